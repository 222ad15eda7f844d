// EARMARKED_STRANDED (rev 2): a pool forfeits while spend declared under it was paid by another
// pool - any program, Build for Startups included - with the cause taken from the simulation.
import type { SimulationPool } from '../billing-simulation';
import type { StrandedCause } from '../results';
import type { ClaimedCharges } from '../../speed/claimed-costs';
import type { ProgramRule, RuleInputs } from './rule';

/** Less than a cent is rounding, not money. */
const CENT = 0.005;

/** Why pool `payer` came before pool `declared` in AWS's order (both usable): the first of AWS's criteria that tells them apart. */
function orderCause(
  payer: SimulationPool,
  declared: SimulationPool,
  payerIndex: number,
  declaredIndex: number,
): StrandedCause {
  const payerExpiry = payer.startMonth + payer.validityMonths;
  const declaredExpiry = declared.startMonth + declared.validityMonths;
  if (payerExpiry !== declaredExpiry) return { cause: 'order', criterion: 'expires-sooner' };
  if (payer.serviceCount !== declared.serviceCount) return { cause: 'order', criterion: 'fewer-services' };
  if (payer.startMonth !== declared.startMonth) return { cause: 'order', criterion: 'older' };
  return { cause: 'order', criterion: payerIndex < declaredIndex ? 'listed-first' : 'tried-first' };
}

/** Why the declared pool did not pay in month m (it was not usable, or the payer came first). */
function monthCause(
  m: number,
  payer: SimulationPool,
  declared: SimulationPool,
  payerIndex: number,
  declaredIndex: number,
): StrandedCause {
  if (m < declared.startMonth) return { cause: 'not-yet-valid', startMonth: declared.startMonth };
  if (m >= declared.startMonth + declared.validityMonths) return { cause: 'expired' };
  if (declared.paused) return { cause: 'paused' };
  if (declared.eligible.every((e) => e === 0)) return { cause: 'cannot-pay' };
  return orderCause(payer, declared, payerIndex, declaredIndex);
}

/**
 * Per payer, the spend declared under pool d it paid over the horizon, and the causes. Month by
 * month, what a pool paid a charge is shared pro rata to cost (as AWS's credit reaches lines):
 * the claimed lines of a charge take paid x (their cost / the charge's cost).
 */
function divertedFrom(
  d: number,
  claimed: ClaimedCharges,
  inputs: RuleInputs,
): { diverted: Float64Array; causes: Map<string, StrandedCause>[] } {
  const { charges, chargeCosts, pools, sim } = inputs.billing;
  const paidByMonth = sim.paidByMonth!;
  const poolCount = pools.length;
  const count = charges.count;
  const slots = claimed.charges.length;
  const diverted = new Float64Array(poolCount);
  const month = new Float64Array(poolCount);
  const causes = pools.map(() => new Map<string, StrandedCause>());
  const payers: number[] = [];
  for (let m = 0; m < inputs.scenario.horizonMonths; m++) {
    month.fill(0);
    // Only a pool that drew this month paid a charge in it (most are not yet valid, expired or empty).
    payers.length = 0;
    for (let p = 0; p < poolCount; p++) if (p !== d && sim.pools[p].draw[m] > 0) payers.push(p);
    if (payers.length === 0) {
      closeMonth(m, d, month, diverted, causes, pools);
      continue;
    }
    // paidByMonth holds running totals: what month m paid is the difference with month m - 1.
    const at = m * poolCount * count;
    const before = at - poolCount * count;
    for (let k = 0; k < slots; k++) {
      const g = claimed.charges[k];
      const chargeCost = chargeCosts[m * count + g];
      const cost = claimed.costs[m * slots + k];
      if (!(chargeCost > 0) || !(cost > 0)) continue;
      for (const p of payers) {
        const paid = paidByMonth[at + p * count + g] - (m === 0 ? 0 : paidByMonth[before + p * count + g]);
        if (paid > 0) month[p] += (paid * cost) / chargeCost;
      }
    }
    closeMonth(m, d, month, diverted, causes, pools);
  }
  return { diverted, causes };
}

/** Tells causes apart without serialising them (flat records of a field or two). */
function causeKey(cause: StrandedCause): string {
  switch (cause.cause) {
    case 'not-yet-valid':
      return `${cause.cause} ${cause.startMonth}`;
    case 'order':
      return `${cause.cause} ${cause.criterion}`;
    default:
      return cause.cause;
  }
}

/** Adds the month's diversions to the totals and notes their causes. */
function closeMonth(
  m: number,
  d: number,
  month: Float64Array,
  diverted: Float64Array,
  causes: Map<string, StrandedCause>[],
  pools: readonly SimulationPool[],
): void {
  for (let p = 0; p < pools.length; p++) {
    if (p === d) continue;
    if (month[p] > CENT) {
      const cause = monthCause(m, pools[p], pools[d], p, d);
      causes[p].set(causeKey(cause), cause);
    }
    diverted[p] += month[p];
  }
}

export const earmarkedStranded: ProgramRule = {
  code: 'EARMARKED_STRANDED',
  subject: 'scenario',
  needs: ['simulation', 'claims'],
  check(inputs, issues) {
    const { scenario, billing, poolIndexOf } = inputs;
    if (billing.sim.paidByMonth === undefined) return;
    for (const declaredPool of scenario.pools) {
      const d = poolIndexOf.get(declaredPool.id);
      if (d === undefined || billing.sim.pools[d].forfeited <= CENT) continue;
      const claimed = billing.claimed.get(declaredPool.id);
      if (claimed === undefined) continue;
      const { diverted, causes } = divertedFrom(d, claimed, inputs);
      for (const payerPool of scenario.pools) {
        const p = poolIndexOf.get(payerPool.id);
        if (p === undefined || p === d || diverted[p] <= CENT) continue;
        issues.push({
          severity: 'warning',
          code: 'EARMARKED_STRANDED',
          poolId: declaredPool.id,
          field: 'startMonth',
          params: {
            payerPoolId: payerPool.id,
            diverted: diverted[p],
            forfeited: billing.sim.pools[d].forfeited,
            causes: [...causes[p].values()],
          },
        });
      }
    }
  },
};
