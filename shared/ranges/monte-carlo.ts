// Monte Carlo runs of one scenario. Run i draws each ranged assumption from (seed, i, the
// assumption's name) and computes the scenario with those values; what the summary needs of the
// run is written into row i of a Float64Array. Rows depend only on (workbook, seed, i), so runs
// may be split across any number of workers and the rows concatenated in run order: the result
// is identical whatever the split (percentiles sort, means add in run order).
import type { Engine, ScenarioResult } from '../engine';
import type { Workbook } from '../model';
import { findScenario, rangedAssumptions, withAssumptionValues, type RangedAssumption } from './assumption-values';
import { rangeQuantile } from './distributions';
import { uniformDraw } from './random';

export interface SimulationPlan {
  scenarioId: string;
  ranged: RangedAssumption[];
  poolIds: string[];
  horizon: number;
  /** Numbers per run row (see RunRow). */
  stride: number;
}

/** Where each figure sits in a run row. Months that never happen are NaN. */
export const RunRow = {
  totalCost: 0,
  cashCost: 1,
  creditsForfeited: 2,
  creditsApplied: 3,
  creditCliffMonth: 4,
  cashRunwayMonths: 5,
  /** Then per pool its depletion month, then per pool its forfeit, then cumulative cash per month. */
  fixed: 6,
} as const;

export function simulationPlan(workbook: Workbook, scenarioId: string): SimulationPlan {
  const scenario = findScenario(workbook, scenarioId);
  const poolIds = scenario.pools.map((p) => p.id);
  const horizon = scenario.horizonMonths;
  return {
    scenarioId,
    ranged: rangedAssumptions(scenario),
    poolIds,
    horizon,
    stride: RunRow.fixed + 2 * poolIds.length + horizon,
  };
}

/** The values run `run` draws for the ranged assumptions. */
export function drawsFor(plan: SimulationPlan, seed: number, run: number): Map<string, number> {
  const values = new Map<string, number>();
  for (const a of plan.ranged) values.set(a.name, rangeQuantile(a.range, uniformDraw(seed, run, a.key)));
  return values;
}

const never = (month: number | null) => (month === null ? NaN : month);

/** Writes what the summary reads of one result into rows[offset...]. */
function writeRunRow(plan: SimulationPlan, result: ScenarioResult, rows: Float64Array, offset: number): void {
  const { kpis } = result;
  rows[offset + RunRow.totalCost] = kpis.totalCost;
  rows[offset + RunRow.cashCost] = kpis.cashCost;
  rows[offset + RunRow.creditsForfeited] = kpis.creditsForfeited;
  rows[offset + RunRow.creditsApplied] = kpis.creditsApplied;
  rows[offset + RunRow.creditCliffMonth] = never(kpis.creditCliffMonth);
  rows[offset + RunRow.cashRunwayMonths] = never(kpis.cashRunwayMonths);
  const pools = plan.poolIds.length;
  let o = offset + RunRow.fixed;
  for (let p = 0; p < pools; p++) rows[o + p] = never(result.pools[p].depletionMonth);
  o += pools;
  for (let p = 0; p < pools; p++) rows[o + p] = result.pools[p].forfeited;
  o += pools;
  let cumulative = 0;
  for (let m = 0; m < plan.horizon; m++) {
    cumulative += result.cash[m];
    rows[o + m] = cumulative;
  }
}

/**
 * Rows for runs [from, to): one engine computes them all (each run a new workbook object; the
 * engine's memo must give exactly what a fresh engine would - test/shared/ranges checks it).
 * `onRun` is told after each run (progress, or a cancel check that throws).
 */
export function runRows(
  workbook: Workbook,
  plan: SimulationPlan,
  seed: number,
  from: number,
  to: number,
  engine: Engine,
  onRun?: (done: number) => void,
): Float64Array {
  const rows = new Float64Array((to - from) * plan.stride);
  for (let run = from; run < to; run++) {
    const result = engine.computeScenario(
      withAssumptionValues(workbook, plan.scenarioId, drawsFor(plan, seed, run)),
      plan.scenarioId,
    );
    writeRunRow(plan, result, rows, (run - from) * plan.stride);
    onRun?.(run - from + 1);
  }
  return rows;
}

/** Splits runs [0, runs) into at most `parts` contiguous, nearly equal chunks. */
export function splitRuns(runs: number, parts: number): { from: number; to: number }[] {
  const count = Math.max(1, Math.min(parts, runs));
  const chunks: { from: number; to: number }[] = [];
  for (let i = 0; i < count; i++)
    chunks.push({ from: Math.floor((i * runs) / count), to: Math.floor(((i + 1) * runs) / count) });
  return chunks.filter((c) => c.to > c.from);
}

/** Chunks' rows joined in run order (chunks given in any order, each with its first run). */
export function joinRows(
  plan: SimulationPlan,
  runs: number,
  chunks: readonly { from: number; rows: Float64Array }[],
): Float64Array {
  const all = new Float64Array(runs * plan.stride);
  for (const c of chunks) all.set(c.rows, c.from * plan.stride);
  return all;
}
