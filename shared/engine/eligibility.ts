// Which pool may pay which line. General programs pay for any credit-eligible service; the
// Bedrock POC pays for Bedrock and for the OpenSearch Serverless, Lambda and S3 lines that
// support a Bedrock line; a custom pool pays for the services it lists.
import { PROGRAMS, lineService, type Line, type Pool } from '../model';

const BEDROCK_SUPPORT = new Set(['opensearch-serverless', 'lambda', 's3']);

export function poolServiceCount(pool: Pool): number {
  if (pool.program === 'custom') return pool.services?.length ?? 0;
  return PROGRAMS[pool.program].services?.length ?? Number.POSITIVE_INFINITY;
}

/** Whether the pool's program can pay for the line at all (ignores timing and balance). */
export function poolCanPay(pool: Pool, line: Line, linesById: ReadonlyMap<string, Line>): boolean {
  if (!line.creditEligible) return false;
  const service = lineService(line);
  if (pool.program === 'custom') return (pool.services ?? []).includes(service);
  if (pool.program !== 'bedrock-poc') return true;
  if (service === 'bedrock') return true;
  if (line.kind === 'service' && BEDROCK_SUPPORT.has(service) && line.supports !== null) {
    return linesById.get(line.supports)?.kind === 'bedrock';
  }
  return false;
}
