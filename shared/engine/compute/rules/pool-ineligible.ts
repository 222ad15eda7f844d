// POOL_INELIGIBLE: a line claimed (fundedBy) under a pool whose program cannot pay for it.
import { PROGRAMS } from '../../../model/programs';
import { canPay } from '../eligibility';
import type { ProgramRule } from './rule';

export const poolIneligible: ProgramRule = {
  code: 'POOL_INELIGIBLE',
  subject: 'claim',
  check(line, pool, rule, isBedrockLine) {
    if (canPay(rule, line, isBedrockLine)) return null;
    const scope = PROGRAMS[pool.program].scope;
    return {
      severity: 'error',
      code: 'POOL_INELIGIBLE',
      lineId: line.id,
      poolId: pool.id,
      field: 'fundedBy',
      params: {
        reason: !line.creditEligible
          ? line.flaggedEligible
            ? 'always-cash-category'
            : 'not-credit-eligible'
          : scope === 'bedrock-workload'
            ? 'bedrock-workload'
            : 'listed-services',
        services: pool.services ?? [],
      },
    };
  },
};
