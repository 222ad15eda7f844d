// CREDIT_NEVER_APPLIES (rev 2): a line of an always-cash category marked credit-eligible; it is
// paid in cash anyway.
import type { ProgramRule } from './rule';

export const creditNeverApplies: ProgramRule = {
  code: 'CREDIT_NEVER_APPLIES',
  subject: 'line',
  check(line) {
    if (!line.flaggedEligible || line.creditEligible) return null;
    return {
      severity: 'warning',
      code: 'CREDIT_NEVER_APPLIES',
      lineId: line.id,
      field: 'creditEligible',
      params: { service: line.service },
    };
  },
};
