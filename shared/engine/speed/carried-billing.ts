// The billing simulation carried on past the horizon, for the runway (rev 2): every later month
// repeats the last horizon month's charges. A month's payments depend only on the balances it
// starts with, the month's charges and the pools (AWS's order does not look at balances), so the
// months after the horizon are simulated from the balances the horizon left - the pools shifted
// by the horizon, their amounts those balances - instead of running every month again.
import {
  simulateBilling,
  type SimulationInput,
  type SimulationPool,
  type SimulationResult,
} from '../compute/billing-simulation';

/**
 * The cash of `input` simulated over `months` (>= its horizon), each month after the horizon
 * repeating the last one's costs; `sim` is the simulation of `input` itself.
 */
export function carriedCash(input: SimulationInput, sim: SimulationResult, months: number): Float64Array {
  const { horizon, lineCount, costs } = input;
  const later = months - horizon;
  const cash = new Float64Array(months);
  cash.set(sim.cash.subarray(0, Math.min(horizon, months)));
  if (later <= 0) return cash;
  const laterCosts = new Float64Array(later * lineCount);
  if (horizon > 0) {
    const last = costs.subarray((horizon - 1) * lineCount, horizon * lineCount);
    for (let m = 0; m < later; m++) laterCosts.set(last, m * lineCount);
  }
  const pools: SimulationPool[] = input.pools.map((pool, p) => ({
    ...pool,
    amount: horizon === 0 ? pool.amount : sim.pools[p].balance[horizon - 1],
    startMonth: pool.startMonth - horizon,
  }));
  const rest = simulateBilling({ horizon: later, lineCount, costs: laterCosts, cashOnly: input.cashOnly, pools });
  cash.set(rest.cash, horizon);
  return cash;
}
