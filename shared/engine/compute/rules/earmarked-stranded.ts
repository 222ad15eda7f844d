// EARMARKED_STRANDED (rev 2): a pool forfeits while spend declared under it was paid by another
// pool - any program, Build for Startups included - with the cause taken from the simulation.
import type { SimulationPool } from '../billing-simulation';
import type { StrandedCause } from '../results';
import { paidToLine } from '../service-charges';
import type { ProgramRule } from './rule';

/** Less than a cent is rounding, not money. */
const CENT = 0.005;

/** Why pool `payer` came before pool `declared` in AWS's order (both usable): the first of AWS's criteria that tells them apart. */
function orderCause(payer: SimulationPool, declared: SimulationPool, payerIndex: number, declaredIndex: number): StrandedCause {
  const payerExpiry = payer.startMonth + payer.validityMonths;
  const declaredExpiry = declared.startMonth + declared.validityMonths;
  if (payerExpiry !== declaredExpiry) return { cause: 'order', criterion: 'expires-sooner' };
  if (payer.serviceCount !== declared.serviceCount) return { cause: 'order', criterion: 'fewer-services' };
  if (payer.startMonth !== declared.startMonth) return { cause: 'order', criterion: 'older' };
  return { cause: 'order', criterion: payerIndex < declaredIndex ? 'listed-first' : 'tried-first' };
}

/** Why the declared pool did not pay in month m (it was not usable, or the payer came first). */
function monthCause(m: number, payer: SimulationPool, declared: SimulationPool, payerIndex: number, declaredIndex: number): StrandedCause {
  if (m < declared.startMonth) return { cause: 'not-yet-valid', startMonth: declared.startMonth };
  if (m >= declared.startMonth + declared.validityMonths) return { cause: 'expired' };
  if (declared.paused) return { cause: 'paused' };
  if (declared.eligible.every((e) => e === 0)) return { cause: 'cannot-pay' };
  return orderCause(payer, declared, payerIndex, declaredIndex);
}

export const earmarkedStranded: ProgramRule = {
  code: 'EARMARKED_STRANDED',
  subject: 'scenario',
  needs: ['simulation', 'claims'],
  check({ scenario, billing, poolIndexOf, claimedBy }, issues) {
    const { sim, charges, chargeCosts, lineCosts, lineCount, pools } = billing;
    const paidByMonth = sim.paidByMonth;
    if (paidByMonth === undefined) return;
    const horizon = scenario.horizonMonths;
    for (const declaredPool of scenario.pools) {
      const d = poolIndexOf.get(declaredPool.id);
      if (d === undefined || sim.pools[d].forfeited <= CENT) continue;
      const lines = claimedBy.get(declaredPool.id) ?? [];
      if (lines.length === 0) continue;
      for (const payerPool of scenario.pools) {
        const p = poolIndexOf.get(payerPool.id);
        if (p === undefined || p === d) continue;
        let diverted = 0;
        // Each cause once, in the order the months first show it.
        const causes = new Map<string, StrandedCause>();
        for (let m = 0; m < horizon; m++) {
          let month = 0;
          for (const l of lines) month += paidToLine(charges, chargeCosts, paidByMonth, pools.length, p, lineCosts[m * lineCount + l], l, m);
          if (month > CENT) {
            const cause = monthCause(m, pools[p], pools[d], p, d);
            causes.set(JSON.stringify(cause), cause);
          }
          diverted += month;
        }
        if (diverted <= CENT) continue;
        issues.push({
          severity: 'warning',
          code: 'EARMARKED_STRANDED',
          poolId: declaredPool.id,
          field: 'startMonth',
          params: { payerPoolId: payerPool.id, diverted, forfeited: sim.pools[d].forfeited, causes: [...causes.values()] },
        });
      }
    }
  },
};
