// What a set of Monte Carlo runs says: the `simulate --json` figures of contracts.md, and the
// series the app draws (a fan of cumulative cash, the distribution of the cliff month).
import { RunRow, type SimulationPlan } from './monte-carlo';
import {
  monthSpreadOf,
  percentileOfSorted,
  shareNever,
  sortedWithNeverLast,
  spreadOf,
  type MonthSpread,
  type Spread,
} from './percentiles';

/** Forfeits below half a cent are rounding noise (the engine's own threshold for cash). */
const FORFEIT_THRESHOLD = 0.005;

export interface ScenarioSimulation {
  id: string;
  kpis: {
    totalCost: Spread;
    cashCost: Spread;
    creditsForfeited: Spread;
    creditCliffMonth: MonthSpread & { probabilityNone: number };
  };
  pools: { id: string; depletionMonth: MonthSpread; forfeitProbability: number }[];
}

/** One figure of every run, in run order. */
function column(plan: SimulationPlan, rows: Float64Array, index: number): Float64Array {
  const runs = rows.length / plan.stride;
  const values = new Float64Array(runs);
  for (let r = 0; r < runs; r++) values[r] = rows[r * plan.stride + index];
  return values;
}

export function summarizeRuns(plan: SimulationPlan, rows: Float64Array): ScenarioSimulation {
  const cliff = column(plan, rows, RunRow.creditCliffMonth);
  const pools = plan.poolIds.map((id, p) => {
    const forfeits = column(plan, rows, RunRow.fixed + plan.poolIds.length + p);
    let forfeiting = 0;
    for (const f of forfeits) if (f > FORFEIT_THRESHOLD) forfeiting++;
    return {
      id,
      depletionMonth: monthSpreadOf(column(plan, rows, RunRow.fixed + p)),
      forfeitProbability: forfeits.length > 0 ? forfeiting / forfeits.length : 0,
    };
  });
  return {
    id: plan.scenarioId,
    kpis: {
      totalCost: spreadOf(column(plan, rows, RunRow.totalCost)),
      cashCost: spreadOf(column(plan, rows, RunRow.cashCost)),
      creditsForfeited: spreadOf(column(plan, rows, RunRow.creditsForfeited)),
      creditCliffMonth: { ...monthSpreadOf(cliff), probabilityNone: shareNever(cliff) },
    },
    pools,
  };
}

export interface CashFan {
  p10: Float64Array;
  p50: Float64Array;
  p90: Float64Array;
}

/** Per month, P10 / P50 / P90 of cumulative cash paid to AWS across the runs. */
export function cumulativeCashFan(plan: SimulationPlan, rows: Float64Array): CashFan {
  const fan = {
    p10: new Float64Array(plan.horizon),
    p50: new Float64Array(plan.horizon),
    p90: new Float64Array(plan.horizon),
  };
  const first = RunRow.fixed + 2 * plan.poolIds.length;
  for (let m = 0; m < plan.horizon; m++) {
    const sorted = column(plan, rows, first + m).sort();
    fan.p10[m] = percentileOfSorted(sorted, 10) ?? NaN;
    fan.p50[m] = percentileOfSorted(sorted, 50) ?? NaN;
    fan.p90[m] = percentileOfSorted(sorted, 90) ?? NaN;
  }
  return fan;
}

/** How many runs hit the credit cliff in each month of the horizon, and how many never did. */
export function cliffDistribution(plan: SimulationPlan, rows: Float64Array): { byMonth: number[]; none: number } {
  const byMonth = new Array<number>(plan.horizon).fill(0);
  let none = 0;
  for (const v of sortedWithNeverLast(column(plan, rows, RunRow.creditCliffMonth))) {
    if (v === Infinity) none++;
    else byMonth[v]++;
  }
  return { byMonth, none };
}
