// Plan against actual as rows a finance lead reads: per month the cost and credits AWS billed
// against the plan, and per pool and month what AWS says the credit paid, what the plan said,
// and what AWS's documented order gives on the real bills. Pure, so the wording is unit-tested.
import type { ActualsResult, ScenarioResult } from '../../../../shared/engine';
import { formatMoney, formatMoneyDelta, formatMonth } from '../../../../shared/wording';

export type Check = 'matches' | 'differs' | 'unknown';

export interface MonthRow {
  month: string;
  label: string;
  estimated: boolean;
  actualCost: string;
  planCost: string;
  costVariance: string;
  actualCredits: string;
  planCredits: string;
  creditsVariance: string;
  check: Check;
}

export interface PoolMonthRow {
  key: string;
  label: string;
  pool: string;
  awsDraw: string;
  planDraw: string;
  variance: string;
  ruleDraw: string;
  check: Check;
}

const money = (x: number | null) => (x === null ? 'unknown' : formatMoney(x));
const delta = formatMoneyDelta;
const monthLabel = (ym: string) => formatMonth(ym, 0);

function checkOf(values: readonly (boolean | null)[]): Check {
  if (values.some((v) => v === false)) return 'differs';
  return values.length > 0 && values.every((v) => v === true) ? 'matches' : 'unknown';
}

export function monthRows(actuals: ActualsResult): MonthRow[] {
  return actuals.months.map((m) => ({
    month: m.month,
    label: monthLabel(m.month),
    estimated: m.estimated,
    actualCost: money(m.actualCost),
    planCost: m.planCost === null ? 'not in plan' : formatMoney(m.planCost),
    costVariance: delta(m.costVariance),
    actualCredits: money(m.actualCredits),
    planCredits: m.planCredits === null ? 'not in plan' : formatMoney(m.planCredits),
    creditsVariance: delta(m.creditsVariance),
    check: checkOf(Object.values(m.pools).map((p) => p.replayMatches)),
  }));
}

/** Pools that an imported credit stands behind, month after month. */
export function poolMonthRows(result: ScenarioResult): PoolMonthRow[] {
  const actuals = result.actuals;
  if (actuals === undefined) return [];
  const names = new Map(result.pools.map((p) => [p.id, p.name || p.id]));
  return actuals.months.flatMap((m) =>
    Object.entries(m.pools)
      .filter(([, p]) => p.actualDraw !== null || p.replayDraw !== null)
      .map(([poolId, p]) => ({
        key: `${m.month}/${poolId}`,
        label: monthLabel(m.month),
        pool: names.get(poolId) ?? poolId,
        awsDraw: money(p.actualDraw),
        planDraw: p.planDraw === null ? 'not in plan' : formatMoney(p.planDraw),
        variance: delta(p.drawVariance),
        ruleDraw: money(p.replayDraw),
        check: checkOf([p.replayMatches]),
      })),
  );
}

/** One sentence on whether AWS applied the credits as its documented order says. */
export function replayVerdict(actuals: ActualsResult, result: ScenarioResult): string {
  if (actuals.replayMatches === null)
    return 'Import the credit allocation history to check how AWS applied your credits.';
  if (actuals.replayMatches)
    return 'AWS applied every credit as its documented order says (soonest to expire, fewest services, oldest; largest charge first).';
  const names = new Map(result.pools.map((p) => [p.id, p.name || p.id]));
  const first = actuals.mismatches[0];
  const who = first.poolId === null ? `credit ${first.creditId}` : (names.get(first.poolId) ?? first.poolId);
  const more = actuals.mismatches.length > 1 ? ` and ${actuals.mismatches.length - 1} more` : '';
  return `AWS's allocation differs from its documented order in ${monthLabel(first.month)}: ${who} paid ${formatMoney(first.actualDraw)}, the order gives ${formatMoney(first.replayDraw)}${more}. A credit shared with other accounts, or applied after discounts, does this.`;
}

/** The chart's rows: actual and planned cost and credits per month (null where unknown). */
export function chartRows(actuals: ActualsResult): {
  month: string;
  actualCost: number | null;
  planCost: number | null;
  actualCredits: number | null;
  planCredits: number | null;
}[] {
  return actuals.months.map((m) => ({
    month: monthLabel(m.month),
    actualCost: m.actualCost,
    planCost: m.planCost,
    actualCredits: m.actualCredits,
    planCredits: m.planCredits,
  }));
}
