// CREDITS_FORFEITED: a pool that loses more than 5% of its amount when it expires.
import type { ProgramRule } from './rule';

const FORFEIT_THRESHOLD = 0.05;

export const creditsForfeited: ProgramRule = {
  code: 'CREDITS_FORFEITED',
  subject: 'pool',
  needs: ['simulation'],
  check(pool, { simulation, poolIndexOf }) {
    const { forfeited } = simulation.pools[poolIndexOf.get(pool.id)!];
    if (!(forfeited > FORFEIT_THRESHOLD * pool.amount)) return null;
    return {
      severity: 'warning',
      code: 'CREDITS_FORFEITED',
      poolId: pool.id,
      field: 'validityMonths',
      params: { forfeited, amount: pool.amount },
    };
  },
};
