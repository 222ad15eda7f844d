// Which pool may pay which line, from the program's scope (shared/model/programs.ts): general
// programs pay for any credit-eligible service; a Bedrock-workload program pays for Bedrock and
// for the supporting services of a line that supports a Bedrock line; a custom pool pays for the
// services it lists.
import { PROGRAMS } from '../../model/programs';
import type { Pool } from '../../model';
import type { PayableLine } from './line-facts';

/** The services that may support a Bedrock line under a Bedrock-workload program (all but Bedrock itself). */
const BEDROCK_SUPPORT: ReadonlySet<string> = new Set(
  (PROGRAMS['bedrock-poc'].services ?? []).filter((s) => s !== 'bedrock'),
);

export function poolServiceCount(pool: Pool): number {
  if (PROGRAMS[pool.program].scope === 'listed-services') return pool.services?.length ?? 0;
  return PROGRAMS[pool.program].services?.length ?? Number.POSITIVE_INFINITY;
}

/**
 * A pool's eligibility rule, prepared once so that testing many lines against it is cheap. Data
 * rather than a function per rule, so that the engine's loop over lines and pools calls one
 * function (see canPay) instead of a different one per kind of pool.
 */
export interface PayRule {
  readonly scope: (typeof PROGRAMS)[keyof typeof PROGRAMS]['scope'];
  /** The services a listed-services pool lists (empty for the others). */
  readonly services: ReadonlySet<string>;
}

const NO_SERVICES: ReadonlySet<string> = new Set();
const ANY_SERVICE_RULE: PayRule = { scope: 'any-service', services: NO_SERVICES };
const BEDROCK_WORKLOAD_RULE: PayRule = { scope: 'bedrock-workload', services: NO_SERVICES };

export function payRule(pool: Pool): PayRule {
  switch (PROGRAMS[pool.program].scope) {
    case 'listed-services':
      return { scope: 'listed-services', services: new Set<string>(pool.services ?? []) };
    case 'bedrock-workload':
      return BEDROCK_WORKLOAD_RULE;
    case 'any-service':
      return ANY_SERVICE_RULE;
  }
}

/** Whether a pool with this rule may pay the line. `isBedrockLine` answers whether the line with that id is a Bedrock line. */
export function canPay(rule: PayRule, line: PayableLine, isBedrockLine: (id: string) => boolean): boolean {
  if (!line.creditEligible) return false;
  switch (rule.scope) {
    case 'any-service':
      return true;
    case 'listed-services':
      return rule.services.has(line.service);
    case 'bedrock-workload':
      if (line.service === 'bedrock') return true;
      return (
        line.kind === 'service' &&
        BEDROCK_SUPPORT.has(line.service) &&
        line.supports !== null &&
        isBedrockLine(line.supports)
      );
  }
}
