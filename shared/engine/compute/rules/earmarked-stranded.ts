// EARMARKED_STRANDED (rev 2): a pool forfeits while spend declared under it was paid by another
// pool - any program, Build for Startups included - with the cause taken from the simulation.
import type { SimulationPool } from '../billing-simulation';
import type { StrandedCause } from '../results';
import { paidToLine } from '../service-charges';
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
 * Per payer, the spend declared under pool d it paid in each month and the causes, summed line by
 * line in line order with the arithmetic of paidToLine, exactly as a plain loop over every payer
 * and line would (the terms skipped are exact zeros): in a month a charge is paid by one pool or
 * two, so each line is visited for the pools that paid its charge (bits of a mask), not for every
 * pool.
 */
function divertedFrom(
  d: number,
  lines: readonly number[],
  inputs: RuleInputs,
): { diverted: Float64Array; causes: Map<string, StrandedCause>[] } {
  const { charges, chargeCosts, lineCosts, lineCount, pools, sim } = inputs.billing;
  const paidByMonth = sim.paidByMonth!;
  const poolCount = pools.length;
  const count = charges.count;
  const diverted = new Float64Array(poolCount);
  const month = new Float64Array(poolCount);
  const causes = pools.map(() => new Map<string, StrandedCause>());
  if (poolCount > 31) return plainDiverted(d, lines, inputs, diverted, month, causes);
  const declaredCharges = [...new Set(lines.map((l) => charges.chargeOf[l]))];
  const payersOf = new Int32Array(count);
  // What each pool paid each declared charge this month (charge-major).
  const paid = new Float64Array(count * poolCount);
  for (let m = 0; m < inputs.scenario.horizonMonths; m++) {
    month.fill(0);
    const at = m * poolCount * count;
    for (const g of declaredCharges) {
      let mask = 0;
      for (let p = 0; p < poolCount; p++) {
        const now = paidByMonth[at + p * count + g];
        const amount = now - (m === 0 ? 0 : paidByMonth[at - poolCount * count + p * count + g]);
        if (p !== d && amount > 0) {
          mask |= 1 << p;
          paid[g * poolCount + p] = amount;
        }
      }
      payersOf[g] = chargeCosts[m * count + g] > 0 ? mask : 0;
    }
    for (const l of lines) {
      const g = charges.chargeOf[l];
      let mask = payersOf[g];
      const cost = lineCosts[m * lineCount + l];
      if (mask === 0 || !(cost > 0)) continue;
      const chargeCost = chargeCosts[m * count + g];
      while (mask !== 0) {
        const p = 31 - Math.clz32(mask & -mask);
        mask &= mask - 1;
        month[p] += (paid[g * poolCount + p] * cost) / chargeCost;
      }
    }
    closeMonth(m, d, month, diverted, causes, pools);
  }
  return { diverted, causes };
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
      causes[p].set(JSON.stringify(cause), cause);
    }
    diverted[p] += month[p];
  }
}

/** The same, every pool for every line (more pools than a mask has bits). */
function plainDiverted(
  d: number,
  lines: readonly number[],
  inputs: RuleInputs,
  diverted: Float64Array,
  month: Float64Array,
  causes: Map<string, StrandedCause>[],
) {
  const { charges, chargeCosts, lineCosts, lineCount, pools, sim } = inputs.billing;
  for (let m = 0; m < inputs.scenario.horizonMonths; m++) {
    month.fill(0);
    for (const l of lines)
      for (let p = 0; p < pools.length; p++)
        if (p !== d)
          month[p] += paidToLine(
            charges,
            chargeCosts,
            sim.paidByMonth!,
            pools.length,
            p,
            lineCosts[m * lineCount + l],
            l,
            m,
          );
    closeMonth(m, d, month, diverted, causes, pools);
  }
  return { diverted, causes };
}

export const earmarkedStranded: ProgramRule = {
  code: 'EARMARKED_STRANDED',
  subject: 'scenario',
  needs: ['simulation', 'claims'],
  check(inputs, issues) {
    const { scenario, billing, poolIndexOf, claimedBy } = inputs;
    if (billing.sim.paidByMonth === undefined) return;
    for (const declaredPool of scenario.pools) {
      const d = poolIndexOf.get(declaredPool.id);
      if (d === undefined || billing.sim.pools[d].forfeited <= CENT) continue;
      const lines = claimedBy.get(declaredPool.id) ?? [];
      if (lines.length === 0) continue;
      const { diverted, causes } = divertedFrom(d, lines, inputs);
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
