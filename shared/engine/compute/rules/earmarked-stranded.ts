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

/** Why a usable declared pool did not pay what the payer paid: the same in every month of its validity. */
function usableCause(
  payer: SimulationPool,
  declared: SimulationPool,
  payerIndex: number,
  declaredIndex: number,
): StrandedCause {
  if (declared.paused) return { cause: 'paused' };
  if (declared.eligible.every((e) => e === 0)) return { cause: 'cannot-pay' };
  return orderCause(payer, declared, payerIndex, declaredIndex);
}

// A payer's causes are noted as bits while the months are walked, and made into records only
// for the payers an issue names. Months run in order, so the causes come in this order too:
// before the declared pool was valid, while it was, after it expired.
const BEFORE_VALID = 1;
const WHILE_VALID = 2;
const AFTER_EXPIRY = 4;

/** The bit for month m's cause: which part of the declared pool's life the month falls in. */
function causeBit(m: number, declared: SimulationPool): number {
  if (m < declared.startMonth) return BEFORE_VALID;
  return m >= declared.startMonth + declared.validityMonths ? AFTER_EXPIRY : WHILE_VALID;
}

/** The causes noted for payer p, in the order they first happened. */
function causesOf(bits: number, pools: readonly SimulationPool[], p: number, d: number): StrandedCause[] {
  const causes: StrandedCause[] = [];
  if ((bits & BEFORE_VALID) !== 0) causes.push({ cause: 'not-yet-valid', startMonth: pools[d].startMonth });
  if ((bits & WHILE_VALID) !== 0) causes.push(usableCause(pools[p], pools[d], p, d));
  if ((bits & AFTER_EXPIRY) !== 0) causes.push({ cause: 'expired' });
  return causes;
}

/**
 * Per payer, the spend declared under pool d it paid over the horizon, and its causes (bits, see
 * causesOf). Month by month, what a pool paid a charge is shared pro rata to cost (as AWS's
 * credit reaches lines): the claimed lines of a charge take paid x (their cost / the charge's cost).
 */
function divertedFrom(
  d: number,
  claimed: ClaimedCharges,
  inputs: RuleInputs,
): { diverted: Float64Array; causeBits: Uint8Array } {
  const { charges, chargeCosts, pools, sim } = inputs.billing;
  const { at, payers, rows } = sim.payments!;
  const poolCount = pools.length;
  const count = charges.count;
  const slots = claimed.charges.length;
  const diverted = new Float64Array(poolCount);
  const month = new Float64Array(poolCount);
  const causeBits = new Uint8Array(poolCount);
  for (let m = 0; m < inputs.scenario.horizonMonths; m++) {
    // Only the pools that drew this month paid a charge in it (see month-payments.ts).
    const first = at[m];
    const end = at[m + 1];
    if (end === first) continue;
    month.fill(0);
    for (let k = 0; k < slots; k++) {
      const g = claimed.charges[k];
      const chargeCost = chargeCosts[m * count + g];
      const cost = claimed.costs[m * slots + k];
      if (!(chargeCost > 0) || !(cost > 0)) continue;
      for (let i = first; i < end; i++) {
        const p = payers[i];
        const paid = rows[i * count + g];
        if (p !== d && paid > 0) month[p] += (paid * cost) / chargeCost;
      }
    }
    const bit = causeBit(m, pools[d]);
    for (let i = first; i < end; i++) {
      const p = payers[i];
      if (p === d) continue;
      if (month[p] > CENT) causeBits[p] |= bit;
      diverted[p] += month[p];
    }
  }
  return { diverted, causeBits };
}

export const earmarkedStranded: ProgramRule = {
  code: 'EARMARKED_STRANDED',
  subject: 'scenario',
  needs: ['simulation', 'claims'],
  check(inputs, issues) {
    const { scenario, billing, poolIndexOf } = inputs;
    if (billing.sim.payments === undefined) return;
    for (const declaredPool of scenario.pools) {
      const d = poolIndexOf.get(declaredPool.id);
      if (d === undefined || billing.sim.pools[d].forfeited <= CENT) continue;
      const claimed = billing.claimed.get(declaredPool.id);
      if (claimed === undefined) continue;
      const { diverted, causeBits } = divertedFrom(d, claimed, inputs);
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
            causes: causesOf(causeBits[p], billing.pools, p, d),
          },
        });
      }
    }
  },
};
