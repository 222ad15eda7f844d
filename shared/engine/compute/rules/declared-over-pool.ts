// DECLARED_OVER_POOL (rev 2): the lines declared under a pool cost more, within the pool's
// validity, than its amount; says by how much and from which month the declared plan runs short.
import type { ProgramRule } from './rule';

/** Less than a cent is rounding, not money. */
const CENT = 0.005;

export const declaredOverPool: ProgramRule = {
  code: 'DECLARED_OVER_POOL',
  subject: 'scenario',
  needs: ['claims', 'lines'],
  check({ scenario, billing }, issues) {
    const horizon = scenario.horizonMonths;
    for (const pool of scenario.pools) {
      // The claimed lines' costs, summed per charge (see claimed-costs.ts), then month by month.
      const claimed = billing.claimed.get(pool.id);
      if (claimed === undefined) continue;
      const { costs } = claimed;
      const slots = claimed.charges.length;
      const end = Math.min(horizon, pool.startMonth + pool.validityMonths);
      let declared = 0;
      let shortFrom: number | null = null;
      for (let m = Math.max(0, pool.startMonth); m < end; m++) {
        for (let k = 0; k < slots; k++) declared += costs[m * slots + k];
        if (shortFrom === null && declared > pool.amount + CENT) shortFrom = m;
      }
      if (shortFrom === null) continue;
      issues.push({
        severity: 'warning',
        code: 'DECLARED_OVER_POOL',
        poolId: pool.id,
        field: 'amount',
        params: { declared, over: declared - pool.amount, amount: pool.amount, shortFrom },
      });
    }
  },
};
