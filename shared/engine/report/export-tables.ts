// CSV-ready tables built from one computed scenario. Pure functions: the CLI and the app both
// turn these rows into text with the io CSV writer (which quotes and guards against formulas).
// Money is rounded to cents here, because a spreadsheet reader expects what the screen shows;
// the JSON output keeps the unrounded values.
import type { Scenario } from '../../model';
import { calendarMonth } from '../compute/calendar';
import type { ScenarioResult } from '../compute/results';

export type CsvCell = string | number | null;
export type CsvRows = CsvCell[][];

export const EXPORT_TABLES = ['monthly', 'pools', 'lines', 'summary'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

export function isExportTable(name: string): name is ExportTable {
  return (EXPORT_TABLES as readonly string[]).includes(name);
}

/** USD rounded to cents; -0 becomes 0 so that a CSV never shows "-0". */
export function cents(x: number): number {
  const r = Math.round(x * 100) / 100;
  return Object.is(r, -0) ? 0 : r;
}

/**
 * A fractional month offset (depletion, runway) to three decimals: 13.888... -> 13.889. Never
 * rounded up into the next month (11.9996 -> 11.999), so it agrees with its calendar month.
 */
export function monthFraction(x: number | null): number | null {
  if (x === null) return null;
  let r = Math.round(x * 1000) / 1000;
  if (Math.floor(r) !== Math.floor(x)) r = (Math.floor(x) * 1000 + 999) / 1000;
  return Object.is(r, -0) ? 0 : r;
}

/** The calendar month a (possibly fractional) offset falls in, or null. */
function calendarOf(startMonth: string, offset: number | null): string | null {
  return offset === null ? null : calendarMonth(startMonth, Math.floor(offset));
}

/**
 * One row per month: totals, then each pool's draw and end-of-month balance, headed by the
 * pool's name (rev 2: people read pools by name; names are unique within a scenario).
 */
export function monthlyTable(result: ScenarioResult): CsvRows {
  const header: CsvCell[] = ['index', 'month', 'cost', 'credits', 'cash'];
  for (const pool of result.pools) header.push(`${pool.name || pool.id} draw`, `${pool.name || pool.id} balance`);
  const rows: CsvRows = [header];
  for (let m = 0; m < result.horizonMonths; m++) {
    const row: CsvCell[] = [m, calendarMonth(result.startMonth, m), cents(result.cost[m]), cents(result.credits[m]), cents(result.cash[m])];
    for (const pool of result.pools) row.push(cents(pool.draw[m]), cents(pool.balance[m]));
    rows.push(row);
  }
  return rows;
}

/** One row per pool: amounts, what the applications claim, and when it runs out or expires. */
export function poolsTable(result: ScenarioResult, scenario: Scenario): CsvRows {
  const rows: CsvRows = [
    [
      'id', 'name', 'program', 'amount', 'declared', 'used', 'forfeited', 'remaining',
      'start index', 'start month', 'expiry index', 'expiry month',
      'depletion index', 'depletion month', 'months funded',
      '75% used month', '100% used month', '60 days before expiry', '30 days before expiry',
    ],
  ];
  const start = result.startMonth;
  for (const pool of result.pools) {
    const declaredPool = scenario.pools.find((p) => p.id === pool.id);
    const startIndex = declaredPool?.startMonth ?? null;
    rows.push([
      pool.id,
      pool.name,
      pool.program,
      cents(pool.amount),
      cents(pool.declared),
      cents(pool.used),
      cents(pool.forfeited),
      cents(pool.remaining),
      startIndex,
      calendarOf(start, startIndex),
      pool.expiryMonth,
      calendarOf(start, pool.expiryMonth),
      monthFraction(pool.depletionMonth),
      calendarOf(start, pool.depletionMonth),
      monthFraction(pool.monthsFunded),
      calendarOf(start, pool.milestones.used75),
      calendarOf(start, pool.milestones.used100),
      calendarOf(start, pool.milestones.expiry60Days),
      calendarOf(start, pool.milestones.expiry30Days),
    ]);
  }
  return rows;
}

const FIXED_COLUMNS = 6; // id, name, kind, workstream, fundedBy, total

/** One row per line: what it is, who claims it, its total, then its cost in every month. */
export function linesTable(result: ScenarioResult, scenario: Scenario): CsvRows {
  const horizon = result.horizonMonths;
  const header: CsvCell[] = ['id', 'name', 'kind', 'workstream', 'fundedBy', 'total'];
  for (let m = 0; m < horizon; m++) header.push(calendarMonth(result.startMonth, m));
  const rows: CsvRows = [header];
  const byId = new Map(scenario.lines.map((l) => [l.id, l] as const));
  // The claiming pool by name (ids stay in the first column of the pools table for joins).
  const poolNames = new Map(scenario.pools.map((p) => [p.id, p.name || p.id] as const));
  for (const line of result.lines) {
    const source = byId.get(line.id);
    // Sized once and filled by index: ten thousand rows of 126 cells grow no arrays.
    const row = new Array<CsvCell>(FIXED_COLUMNS + horizon);
    row[0] = line.id;
    row[1] = line.name;
    row[2] = source?.kind ?? null;
    row[3] = source?.workstream ?? null;
    row[4] = source?.fundedBy == null ? null : (poolNames.get(source.fundedBy) ?? source.fundedBy);
    row[5] = cents(line.total);
    const monthly = line.monthly;
    for (let m = 0; m < horizon; m++) row[FIXED_COLUMNS + m] = cents(monthly[m] ?? 0);
    rows.push(row);
  }
  return rows;
}

/** Two columns, kpi and value, with the contract's KPI names; month KPIs also as calendar months. */
export function summaryTable(result: ScenarioResult): CsvRows {
  const k = result.kpis;
  const start = result.startMonth;
  return [
    ['kpi', 'value'],
    ['scenario', result.id],
    ['name', result.name],
    ['startMonth', start],
    ['horizonMonths', result.horizonMonths],
    ['totalCost', cents(k.totalCost)],
    ['creditsApplied', cents(k.creditsApplied)],
    ['cashCost', cents(k.cashCost)],
    // A ratio, not money: four decimals keep 0.1% resolution.
    ['creditCoverage', Math.round(k.creditCoverage * 10_000) / 10_000],
    ['creditsForfeited', cents(k.creditsForfeited)],
    ['creditsRemaining', cents(k.creditsRemaining)],
    ['creditCliffMonth', k.creditCliffMonth],
    ['creditCliffCalendarMonth', calendarOf(start, k.creditCliffMonth)],
    ['cashRunwayMonths', monthFraction(k.cashRunwayMonths)],
    ['cashRunwayCalendarMonth', calendarOf(start, k.cashRunwayMonths)],
    ['runwayExtensionMonths', monthFraction(k.runwayExtensionMonths)],
  ];
}

export function exportTable(table: ExportTable, result: ScenarioResult, scenario: Scenario): CsvRows {
  switch (table) {
    case 'monthly':
      return monthlyTable(result);
    case 'pools':
      return poolsTable(result, scenario);
    case 'lines':
      return linesTable(result, scenario);
    case 'summary':
      return summaryTable(result);
  }
}
