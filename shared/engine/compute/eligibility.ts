// Which pool may pay which line. General programs pay for any credit-eligible service; the
// Bedrock POC pays for Bedrock and for the OpenSearch Serverless, Lambda and S3 lines that
// support a Bedrock line; a custom pool pays for the services it lists.
import { PROGRAMS } from '../../model/vocabulary';
import type { Line, Pool } from '../../model';
import { payableLine, type PayableLine } from './line-facts';

const BEDROCK_SUPPORT = new Set(['opensearch-serverless', 'lambda', 's3']);

export function poolServiceCount(pool: Pool): number {
  if (pool.program === 'custom') return pool.services?.length ?? 0;
  return PROGRAMS[pool.program].services?.length ?? Number.POSITIVE_INFINITY;
}

/** Whether the pool's program can pay for the line at all (ignores timing and balance). */
export function poolCanPay(pool: Pool, line: Line, linesById: ReadonlyMap<string, Line>): boolean {
  return canPay(payRule(pool), payableLine(line), (id) => linesById.get(id)?.kind === 'bedrock');
}

/**
 * A pool's eligibility rule, prepared once so that testing many lines against it is cheap. Data
 * rather than a function per rule, so that the engine's loop over lines and pools calls one
 * function (see canPay) instead of a different one per kind of pool.
 */
export interface PayRule {
  /** General programs pay for any credit-eligible service. */
  readonly scope: 'general' | 'bedrock-poc' | 'custom';
  /** The services a custom pool lists (empty for the others). */
  readonly services: ReadonlySet<string>;
}

const NO_SERVICES: ReadonlySet<string> = new Set();
const GENERAL_RULE: PayRule = { scope: 'general', services: NO_SERVICES };
const BEDROCK_POC_RULE: PayRule = { scope: 'bedrock-poc', services: NO_SERVICES };

export function payRule(pool: Pool): PayRule {
  if (pool.program === 'custom') return { scope: 'custom', services: new Set<string>(pool.services ?? []) };
  return pool.program === 'bedrock-poc' ? BEDROCK_POC_RULE : GENERAL_RULE;
}

/** Whether a pool with this rule may pay the line. `isBedrockLine` answers whether the line with that id is a Bedrock line. */
export function canPay(rule: PayRule, line: PayableLine, isBedrockLine: (id: string) => boolean): boolean {
  if (!line.creditEligible) return false;
  switch (rule.scope) {
    case 'general':
      return true;
    case 'custom':
      return rule.services.has(line.service);
    case 'bedrock-poc':
      if (line.service === 'bedrock') return true;
      return line.kind === 'service' && BEDROCK_SUPPORT.has(line.service) && line.supports !== null && isBedrockLine(line.supports);
  }
}
