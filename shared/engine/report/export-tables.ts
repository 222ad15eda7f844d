// CSV-ready tables built from one computed scenario. Pure functions: the CLI and the app both
// turn these rows into text with the io CSV writer (which quotes and guards against formulas).
// Money is rounded to cents here, because a spreadsheet reader expects what the screen shows;
// the JSON output keeps the unrounded values. The tables foot (docs/domain-decisions.md,
// "Rounding and footing"): cash and credits are rounded, cost is their sum, pool draws and line
// cells are apportioned to those rounded figures, and every total is the sum of its rounded cells.
import type { Scenario } from '../../model';
import { awardStarted, calendarMonth, lastDollarMonth, lastUsableMonth } from '../compute/calendar';
import type { ScenarioResult } from '../compute/results';
import { AS_DECLARED_LABEL, AS_DECLARED_NOTE, changedByAllocation } from './allocation-labels';
import { apportionColumns, footedMonths, footedTotals, wholeCents } from './footing';

export type CsvCell = string | number | null;
export type CsvRows = CsvCell[][];

/**
 * The lines table's form: each row's leading cells, then its month cells as whole cents in one
 * row-major array (shared/io's CentsBlockTable, which writes it without a number or a string per
 * cell). Ten thousand lines x 120 months is 1.2 million cells.
 */
export interface CentsBlockTable {
  header: CsvCell[];
  leading: CsvCell[][];
  cents: Float64Array;
  centsPerRow: number;
}

export type CsvTable = CsvRows | CentsBlockTable;

export const EXPORT_TABLES = ['monthly', 'pools', 'lines', 'summary'] as const;
export type ExportTable = (typeof EXPORT_TABLES)[number];

export function isExportTable(name: string): name is ExportTable {
  return (EXPORT_TABLES as readonly string[]).includes(name);
}

/** USD rounded to cents half away from zero on the decimal value (1.005 -> 1.01); never -0. */
export function cents(x: number): number {
  return wholeCents(x) / 100;
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
 * (rev 2) The calendar month a balance ran out in: a depletion (or 75% mark) of exactly 3.0 was
 * reached at the end of month 2, so it is month 2's calendar month; 2.4 is month 2 too.
 */
function lastDollarOf(startMonth: string, offset: number | null, draw?: ArrayLike<number>): string | null {
  return offset === null ? null : calendarMonth(startMonth, lastDollarMonth(offset, draw));
}

/**
 * As declared (issue 14, item 10): the money tables of such a scenario end with an "allocation"
 * column saying so on every row, so a figure pasted out of them keeps its label. Columns may be
 * added (contracts.md), and AWS-billing exports are unchanged.
 */
function allocationColumn(result: ScenarioResult): CsvCell[] {
  return result.allocation === 'as-declared' ? [AS_DECLARED_LABEL] : [];
}

/**
 * One row per month: totals, then each pool's draw and end-of-month balance, headed by the
 * pool's name (rev 2: people read pools by name; names are unique within a scenario).
 */
function monthlyTable(result: ScenarioResult): CsvRows {
  const header: CsvCell[] = ['index', 'month', 'cost', 'credits', 'cash'];
  for (const pool of result.pools) header.push(`${pool.name || pool.id} draw`, `${pool.name || pool.id} balance`);
  const label = allocationColumn(result);
  if (label.length > 0) header.push('allocation');
  const rows: CsvRows = [header];
  const f = footedMonths(result);
  for (let m = 0; m < result.horizonMonths; m++) {
    const row: CsvCell[] = [
      m,
      calendarMonth(result.startMonth, m),
      f.cost[m] / 100,
      f.credits[m] / 100,
      f.cash[m] / 100,
    ];
    // (rev 2) Before a late award starts there is no balance yet: blank, not its amount.
    result.pools.forEach((pool, p) =>
      row.push(f.draws[p][m] / 100, awardStarted(pool, m) ? cents(pool.balance[m]) : null),
    );
    rows.push(label.length > 0 ? [...row, ...label] : row);
  }
  return rows;
}

/** One row per pool: amounts, what the applications claim, and when it runs out or expires. */
function poolsTable(result: ScenarioResult, scenario: Scenario): CsvRows {
  const rows: CsvRows = [
    [
      'id',
      'name',
      'program',
      'amount',
      'declared',
      'used',
      'forfeited',
      'remaining',
      'start index',
      'start month',
      'expiry index',
      'expiry month',
      // (rev 2) The last month it pays (expiry month - 1): what "usable through" means.
      'usable through',
      'depletion index',
      'depletion month',
      'months funded',
      '75% used month',
      '100% used month',
      '60 days before expiry',
      '30 days before expiry',
    ],
  ];
  const label = allocationColumn(result);
  if (label.length > 0) rows[0].push('allocation');
  const start = result.startMonth;
  // A pool's used is the sum of its draw column in the monthly table, so the two tables foot.
  const { poolUsed } = footedTotals(result);
  result.pools.forEach((pool, p) => {
    const declaredPool = scenario.pools.find((d) => d.id === pool.id);
    const startIndex = declaredPool?.startMonth ?? null;
    rows.push([
      pool.id,
      pool.name,
      pool.program,
      cents(pool.amount),
      cents(pool.declared),
      poolUsed[p],
      cents(pool.forfeited),
      cents(pool.remaining),
      startIndex,
      calendarOf(start, startIndex),
      pool.expiryMonth,
      calendarOf(start, pool.expiryMonth),
      calendarMonth(start, lastUsableMonth(pool.expiryMonth)),
      monthFraction(pool.depletionMonth),
      lastDollarOf(start, pool.depletionMonth, pool.draw),
      monthFraction(pool.monthsFunded),
      lastDollarOf(start, pool.milestones.used75),
      lastDollarOf(start, pool.milestones.used100, pool.draw),
      calendarOf(start, pool.milestones.expiry60Days),
      calendarOf(start, pool.milestones.expiry30Days),
      ...label,
    ]);
  });
  return rows;
}

/** One row per line: what it is, who claims it, its total, then its cost in every month. */
export function linesTable(result: ScenarioResult, scenario: Scenario): CentsBlockTable {
  const horizon = result.horizonMonths;
  const header: CsvCell[] = ['id', 'name', 'kind', 'workstream', 'fundedBy', 'total'];
  for (let m = 0; m < horizon; m++) header.push(calendarMonth(result.startMonth, m));
  const byId = new Map(scenario.lines.map((l) => [l.id, l] as const));
  // The claiming pool by name (ids stay in the first column of the pools table for joins).
  const poolNames = new Map(scenario.pools.map((p) => [p.id, p.name || p.id] as const));
  // Each month's line cells are apportioned to that month's rounded cost, so the columns sum to
  // the monthly table's cost column. Line i's cell in month m is cellCents[i * horizon + m].
  const n = result.lines.length;
  const cellCents = apportionColumns(
    result.lines.map((l) => l.monthly),
    horizon,
    footedMonths(result).cost,
  );
  const leading = new Array<CsvCell[]>(n);
  for (let i = 0; i < n; i++) {
    const line = result.lines[i];
    const source = byId.get(line.id);
    // The total is the sum of the row's rounded cells, so the row foots.
    let total = 0;
    for (let m = 0, at = i * horizon; m < horizon; m++, at++) total += cellCents[at];
    leading[i] = [
      line.id,
      line.name,
      source?.kind ?? null,
      source?.workstream ?? null,
      source?.fundedBy == null ? null : (poolNames.get(source.fundedBy) ?? source.fundedBy),
      total / 100,
    ];
  }
  return { header, leading, cents: cellCents, centsPerRow: horizon };
}

/** Two columns, kpi and value, with the contract's KPI names; month KPIs also as calendar months. */
export function summaryTable(result: ScenarioResult): CsvRows {
  const k = result.kpis;
  const start = result.startMonth;
  // The money totals are the monthly table's column sums, so the two tables agree to the cent.
  const totals = footedTotals(result);
  const rows: CsvRows = [
    ['kpi', 'value'],
    ['scenario', result.id],
    ['name', result.name],
    ['startMonth', start],
    ['horizonMonths', result.horizonMonths],
    ['totalCost', totals.totalCost],
    ['creditsApplied', totals.creditsApplied],
    ['cashCost', totals.cashCost],
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
  if (result.allocation !== 'as-declared') return rows;
  // As declared: the contract's optional third column says so beside every figure it changes,
  // and a row names the allocation with what it means.
  const kpiOf: Record<string, string> = {
    creditCliffCalendarMonth: 'creditCliffMonth',
    cashRunwayCalendarMonth: 'cashRunwayMonths',
  };
  const labelled = rows.map((row, i): CsvCell[] => {
    if (i === 0) return [...row, 'note'];
    const key = String(row[0]);
    return [...row, changedByAllocation(result.allocation, kpiOf[key] ?? key) ? AS_DECLARED_LABEL : null];
  });
  labelled.splice(5, 0, ['allocation', result.allocation, AS_DECLARED_NOTE]);
  return labelled;
}

export function exportTable(table: 'lines', result: ScenarioResult, scenario: Scenario): CentsBlockTable;
export function exportTable(table: Exclude<ExportTable, 'lines'>, result: ScenarioResult, scenario: Scenario): CsvRows;
export function exportTable(table: ExportTable, result: ScenarioResult, scenario: Scenario): CsvTable;
export function exportTable(table: ExportTable, result: ScenarioResult, scenario: Scenario): CsvTable {
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
