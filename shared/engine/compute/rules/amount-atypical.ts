// AMOUNT_ATYPICAL: a pool's amount outside its program's usual range, or a program a company at
// this stage does not usually get (both from the programs table).
import { PROGRAMS } from '../../../model/programs';
import type { Pool } from '../../../model';
import type { Issue } from '../results';
import type { ProgramRule, RuleInputs } from './rule';

function outsideRange(pool: Pool): Issue | null {
  const { typicalMin, typicalMax } = PROGRAMS[pool.program];
  if (pool.amount >= typicalMin && pool.amount <= typicalMax) return null;
  return {
    severity: 'warning',
    code: 'AMOUNT_ATYPICAL',
    poolId: pool.id,
    field: 'amount',
    params: { reason: 'range', program: pool.program, amount: pool.amount, typicalMin, typicalMax },
  };
}

function unusualForStage(pool: Pool, { company }: RuleInputs): Issue | null {
  const note = PROGRAMS[pool.program].unusualAt[company.stage];
  if (note === undefined) return null;
  return {
    severity: 'warning',
    code: 'AMOUNT_ATYPICAL',
    poolId: pool.id,
    field: 'program',
    params: { reason: 'stage', program: pool.program, stage: company.stage, note },
  };
}

/** The range issue comes before the stage issue; both may be reported for one pool. */
export const amountOutsideRange: ProgramRule = {
  code: 'AMOUNT_ATYPICAL',
  subject: 'pool',
  needs: [],
  check: outsideRange,
};
export const programUnusualForStage: ProgramRule = {
  code: 'AMOUNT_ATYPICAL',
  subject: 'pool',
  needs: ['company'],
  check: unusualForStage,
};
