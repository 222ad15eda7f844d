// Which pool may pay which line. General programs pay for any credit-eligible service; the
// Bedrock POC pays for Bedrock and for the OpenSearch Serverless, Lambda and S3 lines that
// support a Bedrock line; a custom pool pays for the services it lists.
import { PROGRAMS } from '../model/vocabulary';
import type { Line, Pool } from '../model';
import { payableLine, type PayableLine } from './line-facts';

const BEDROCK_SUPPORT = new Set(['opensearch-serverless', 'lambda', 's3']);

export function poolServiceCount(pool: Pool): number {
  if (pool.program === 'custom') return pool.services?.length ?? 0;
  return PROGRAMS[pool.program].services?.length ?? Number.POSITIVE_INFINITY;
}

/** Whether the pool's program can pay for the line at all (ignores timing and balance). */
export function poolCanPay(pool: Pool, line: Line, linesById: ReadonlyMap<string, Line>): boolean {
  return payRule(pool).canPay(payableLine(line), (id) => linesById.get(id)?.kind === 'bedrock');
}

/**
 * A pool's eligibility rule, prepared once so that testing many lines against it is cheap.
 * `isBedrockLine` answers whether the line with that id is a Bedrock line.
 */
export interface PayRule {
  canPay(line: PayableLine, isBedrockLine: (id: string) => boolean): boolean;
}

const GENERAL_RULE: PayRule = { canPay: (line) => line.creditEligible };

const BEDROCK_POC_RULE: PayRule = {
  canPay(line, isBedrockLine) {
    if (!line.creditEligible) return false;
    if (line.service === 'bedrock') return true;
    return line.kind === 'service' && BEDROCK_SUPPORT.has(line.service) && line.supports !== null && isBedrockLine(line.supports);
  },
};

export function payRule(pool: Pool): PayRule {
  if (pool.program === 'custom') {
    const services = new Set<string>(pool.services ?? []);
    return { canPay: (line) => line.creditEligible && services.has(line.service) };
  }
  return pool.program === 'bedrock-poc' ? BEDROCK_POC_RULE : GENERAL_RULE;
}
