// The scenario's KPIs from its billing simulation: totals, credit coverage, the credit cliff and
// the company runway (carried on past the horizon when cash outlasts it, rev 2).
//
// Why the sums are in seriesSum: the engine's per-computation code runs once per edit, too rarely
// for V8 to optimise it in an editing session's first hundreds of edits, and a loop left in such
// code boxes every double it adds (a thousand line totals were 32 KB of garbage per edit). The
// small shared helper runs hot and is optimised within a few edits.
import type { Company } from '../../model';
import { carriedCash } from '../speed/carried-billing';
import { seriesSum } from '../speed/series-sum';
import type { Kpis } from './results';
import type { BillingFacts } from './rules';
import { cashRunwayMonths, extrapolatedRunway, runsOutWithin } from './runway';

/** Money below half a cent is rounding noise, not a bill. */
const CASH_THRESHOLD = 0.005;

export function computeKpis(
  company: Company,
  billing: BillingFacts,
  totals: Float64Array,
): { kpis: Kpis; runwayExtrapolated: boolean } {
  const { sim } = billing;
  const totalCost = seriesSum(totals);
  const creditsApplied = seriesSum(sim.credits);
  const cashCost = seriesSum(sim.cash);
  let creditsForfeited = 0;
  let creditsRemaining = 0;
  const last = sim.cost.length - 1;
  for (const trace of sim.pools) {
    creditsForfeited += trace.forfeited;
    creditsRemaining += trace.balance[last];
  }
  const { cashOnHand, otherMonthlyBurn } = company;
  let cashRunway: number | null = null;
  let extension: number | null = null;
  let runwayExtrapolated = false;
  if (cashOnHand !== null) {
    // Inside the horizon, the simulated AWS cash; past it, the pools carried on (rev 2).
    runwayExtrapolated = !runsOutWithin(cashOnHand, otherMonthlyBurn, sim.cash);
    cashRunway = runwayExtrapolated
      ? extrapolatedRunway(cashOnHand, otherMonthlyBurn, sim.cash, monthsUntilNoPoolPays(billing), (months) =>
          extendedCash(billing, months),
        )
      : cashRunwayMonths(cashOnHand, otherMonthlyBurn, sim.cash);
    // Without credits, AWS's whole bill is cash (and the last month's bill goes on past the horizon).
    const withoutCredits = cashRunwayMonths(cashOnHand, otherMonthlyBurn, sim.cost);
    extension = cashRunway !== null && withoutCredits !== null ? cashRunway - withoutCredits : null;
  }
  const kpis: Kpis = {
    totalCost,
    creditsApplied,
    cashCost,
    creditCoverage: totalCost > 0 ? creditsApplied / totalCost : 0,
    creditsForfeited,
    creditsRemaining,
    creditCliffMonth: creditCliffMonth(billing),
    cashRunwayMonths: cashRunway,
    runwayExtensionMonths: extension,
  };
  return { kpis, runwayExtrapolated };
}

/**
 * The first month in which credit-eligible charges are paid in cash (rev 2): the month's cash
 * less its always-cash and not-eligible spend, which no credit could have paid.
 */
function creditCliffMonth({ charges, chargeCosts, sim }: BillingFacts): number | null {
  const count = charges.count;
  for (let m = 0; m < sim.cash.length; m++) {
    let cashOnly = 0;
    for (let g = 0; g < count; g++) if (charges.cashOnly[g] !== 0) cashOnly += chargeCosts[m * count + g];
    if (sim.cash[m] - cashOnly > CASH_THRESHOLD) return m;
  }
  return null;
}

/** How long a simulation must run for its last month to have no pool left that could pay. */
function monthsUntilNoPoolPays({ pools, sim }: BillingFacts): number {
  let months = sim.cost.length + 1;
  for (const pool of pools) months = Math.max(months, pool.startMonth + pool.validityMonths + 1);
  return months;
}

/** AWS cash over `months`, each month after the horizon repeating the last horizon month's charges. */
function extendedCash({ charges, chargeCosts, pools, sim }: BillingFacts, months: number): Float64Array {
  const horizon = sim.cost.length;
  const input = { horizon, lineCount: charges.count, costs: chargeCosts, cashOnly: charges.cashOnly, pools };
  return carriedCash(input, sim, months);
}
