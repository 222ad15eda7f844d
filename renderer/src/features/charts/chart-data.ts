// The rows behind each chart, built from engine results. Pure, so the figures a chart plots are
// unit-tested; series keys are positional (p0, b0, s0) because ids may hold dots, which chart
// libraries read as paths.
import { awardStarted, calendarMonth, lastUsableMonth, type ScenarioResult } from '../../../../shared/engine';
import { axisMonth } from './chart-format';
import { shortMonthName } from '../../../../shared/wording';

/** Money below half a cent is rounding noise, not a bill. */
const CENT = 0.005;

interface ChartSeries {
  key: string;
  name: string;
}

export interface ChartRows {
  /** One row per month: `month` is the axis label ("Jan 27"), `ym` the calendar month ("2027-01"). */
  rows: Record<string, string | number | null>[];
  series: ChartSeries[];
}

export interface MonthMarker {
  /** Month offset of the scenario. */
  m: number;
  /** Axis label of that month. */
  month: string;
  /** What happens there ("Credit cliff", "Bedrock POC expires"). */
  text: string;
  kind: 'cliff' | 'expiry' | 'mixed';
}

function monthRow(startMonth: string, m: number): Record<string, string | number | null> {
  return { m, ym: calendarMonth(startMonth, m), month: axisMonth(startMonth, m) };
}

/** Monthly cost split by what paid it: each pool's draw (pools that paid anything), then cash. */
export function paidByRows(result: ScenarioResult): ChartRows {
  const paying = result.pools.map((p, i) => ({ p, i })).filter(({ p }) => p.used > CENT);
  const series: ChartSeries[] = paying.map(({ p, i }) => ({ key: `p${i}`, name: p.name || p.id }));
  series.push({ key: 'cash', name: 'Cash' });
  const rows = [];
  for (let m = 0; m < result.horizonMonths; m++) {
    const row = monthRow(result.startMonth, m);
    for (const { p, i } of paying) row[`p${i}`] = p.draw[m];
    row.cash = result.cash[m];
    row.cost = result.cost[m];
    rows.push(row);
  }
  return { rows, series };
}

/**
 * Each pool's balance at the end of every month (after any forfeit at expiry); blank (a gap in
 * the line) before a late award starts, since nothing is available yet (rev 2).
 */
export function poolBalanceRows(result: ScenarioResult): ChartRows {
  const series = result.pools.map((p, i) => ({ key: `b${i}`, name: p.name || p.id }));
  const rows = [];
  for (let m = 0; m < result.horizonMonths; m++) {
    const row = monthRow(result.startMonth, m);
    result.pools.forEach((p, i) => (row[`b${i}`] = awardStarted(p, m) ? p.balance[m] : null));
    rows.push(row);
  }
  return { rows, series };
}

/**
 * The months worth a vertical marker: the credit cliff, and each pool's last usable month (rev 2:
 * expiry reads as "usable through" that month) inside the horizon. Markers in the same month share one label,
 * so their texts never sit on top of each other.
 */
export function monthMarkers(result: ScenarioResult): MonthMarker[] {
  const byMonth = new Map<number, { texts: string[]; kinds: Set<'cliff' | 'expiry'> }>();
  const add = (m: number, text: string, kind: 'cliff' | 'expiry') => {
    if (m < 0 || m >= result.horizonMonths) return;
    const at = byMonth.get(m) ?? { texts: [], kinds: new Set() };
    at.texts.push(text);
    at.kinds.add(kind);
    byMonth.set(m, at);
  };
  if (result.kpis.creditCliffMonth !== null) add(result.kpis.creditCliffMonth, 'Credit cliff', 'cliff');
  for (const p of result.pools)
    if (p.amount > 0 && p.expiryMonth < result.horizonMonths)
      add(lastUsableMonth(p.expiryMonth), `${p.name || p.id}: last usable month`, 'expiry');
  return [...byMonth.entries()]
    .sort(([a], [b]) => a - b)
    .map(([m, at]) => ({
      m,
      month: axisMonth(result.startMonth, m),
      text: at.texts.join(' · '),
      kind: at.kinds.size > 1 ? 'mixed' : [...at.kinds][0],
    }));
}

export interface CumulativeInput {
  /** Legend name of the scenario. */
  name: string;
  result: ScenarioResult;
}

/**
 * Cash paid to date, one series per compared scenario, on one calendar axis: scenarios may start
 * in different months, so the axis is the union of their months and a scenario is blank (null)
 * outside its own horizon.
 */
export function cumulativeCashRows(inputs: readonly CumulativeInput[]): ChartRows {
  const series = inputs.map((input, i) => ({ key: `s${i}`, name: input.name }));
  const months = new Set<string>();
  const cumulative = inputs.map(({ result }) => {
    const byMonth = new Map<string, number>();
    let sum = 0;
    for (let m = 0; m < result.horizonMonths; m++) {
      sum += result.cash[m];
      const ym = calendarMonth(result.startMonth, m);
      byMonth.set(ym, sum);
      months.add(ym);
    }
    return byMonth;
  });
  const rows = [...months].sort().map((ym) => {
    const row: Record<string, string | number | null> = { ym, month: shortMonthName(ym) };
    cumulative.forEach((byMonth, i) => (row[`s${i}`] = byMonth.get(ym) ?? null));
    return row;
  });
  return { rows, series };
}
