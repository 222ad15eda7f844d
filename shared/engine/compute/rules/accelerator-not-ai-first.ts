// ACCELERATOR_NOT_AI_FIRST: a program for AI-first companies only, and the company is not one.
import { PROGRAMS } from '../../../model/programs';
import type { ProgramRule } from './rule';

export const acceleratorNotAiFirst: ProgramRule = {
  code: 'ACCELERATOR_NOT_AI_FIRST',
  subject: 'pool',
  needs: ['company'],
  check(pool, { company }) {
    if (!PROGRAMS[pool.program].aiFirstOnly || company.aiFirst) return null;
    return {
      severity: 'warning',
      code: 'ACCELERATOR_NOT_AI_FIRST',
      poolId: pool.id,
      field: 'program',
      params: { program: pool.program },
    };
  },
};
