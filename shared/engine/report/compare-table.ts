// The comparison table every surface shows (the app's compare view, the CLI's table and CSV):
// one row per KPI and per credit pool, one value per scenario, with the change against the
// first scenario (the baseline) and whether that change is good news. Kept here so the app and
// the command line cannot disagree about a figure or a verdict.
import { monthIndex } from '../compute/calendar';
import type { ScenarioDiff } from './diff';
import { AS_DECLARED_LABEL } from './allocation-labels';
import { cents, monthFraction, type CsvCell } from './export-tables';
import { footedMonths, footedTotals } from './footing';
import type { Kpis, ScenarioResult } from '../compute/results';

export interface CompareColumn {
  ref: string;
  name: string;
  result: ScenarioResult;
}

type CompareUnit = 'usd' | 'ratio' | 'month' | 'months';
export type Verdict = 'better' | 'worse' | 'same';

export interface CompareKpiRow {
  /** A KPI name (as in the JSON), or "pool:<id>:depletion" / "pool:<id>:forfeited". */
  key: string;
  label: string;
  unit: CompareUnit;
  /** One per entry; null where the figure does not exist (no cliff, no runway, pool absent). */
  values: (number | null)[];
  /**
   * value - baseline value; null where either is null. The baseline's own delta is 0. Month rows
   * (offsets from each scenario's own start) are compared as calendar months.
   */
  deltas: (number | null)[];
  /** delta / |baseline|; null when the baseline is 0 or null. */
  pct: (number | null)[];
  /** Whether the entry is better than the baseline on this row; null when it cannot be said. */
  better: (Verdict | null)[];
  /** false where the entry has no such row at all (a pool only other scenarios hold). */
  present: boolean[];
}

/**
 * lower: less is better (cost, cash, forfeits); higher: more is better (coverage, runway);
 * later: a later month is better and null means "never", the best (a cliff that appears is worse);
 * neutral: neither (credits applied: fewer credits used by a cheaper plan is not bad news).
 */
type Direction = 'lower' | 'higher' | 'later' | 'neutral';

interface RowSpec {
  key: string;
  label: string;
  unit: CompareUnit;
  direction: Direction;
}

const KPI_ROWS: readonly (RowSpec & { key: keyof Kpis })[] = [
  { key: 'totalCost', label: 'Total cost', unit: 'usd', direction: 'lower' },
  // More credits applied is not better in itself: a cheaper model simply needs fewer of them.
  { key: 'creditsApplied', label: 'Credits applied', unit: 'usd', direction: 'neutral' },
  { key: 'cashCost', label: 'Cash cost', unit: 'usd', direction: 'lower' },
  { key: 'creditCoverage', label: 'Credit coverage', unit: 'ratio', direction: 'higher' },
  { key: 'creditCliffMonth', label: 'Credit cliff', unit: 'month', direction: 'later' },
  { key: 'creditsForfeited', label: 'Credits forfeited', unit: 'usd', direction: 'lower' },
  { key: 'cashRunwayMonths', label: 'Cash runway', unit: 'months', direction: 'higher' },
  { key: 'runwayExtensionMonths', label: 'Runway extension', unit: 'months', direction: 'higher' },
];

/** The monthly cost (run rate) in month 0, and in the month of the credit cliff (none without a cliff). */
const RUN_RATE_START: RowSpec = {
  key: 'runRateMonth0',
  label: 'Monthly run rate, month 0',
  unit: 'usd',
  direction: 'lower',
};
const RUN_RATE_CLIFF: RowSpec = {
  key: 'runRateAtCliff',
  label: 'Monthly run rate at the cliff',
  unit: 'usd',
  direction: 'lower',
};

/** Differences smaller than these are noise, not news: half a cent, and float dust elsewhere. */
const SAME_WITHIN: Record<CompareUnit, number> = { usd: 0.005, ratio: 1e-9, month: 1e-9, months: 1e-9 };

function verdict(
  direction: Direction,
  unit: CompareUnit,
  base: number | null,
  value: number | null,
  present: boolean,
): Verdict | null {
  if (!present) return null;
  if (direction === 'later') {
    // null is "never": the latest possible month.
    if (base === null && value === null) return 'same';
    if (base === null) return 'worse';
    if (value === null) return 'better';
  } else if (base === null || value === null) {
    return base === null && value === null ? 'same' : null;
  }
  const delta = value! - base!;
  if (Math.abs(delta) < SAME_WITHIN[unit]) return 'same';
  if (direction === 'neutral') return null;
  const up = delta > 0;
  return (direction === 'lower' ? !up : up) ? 'better' : 'worse';
}

/** Below a cent a baseline is no base for a percentage (5e-324 would give Infinity). */
const MIN_PERCENT_BASE = 0.01;

/**
 * Whether a change against this baseline reads as a percentage: not for a month index (month 13
 * is not 30% later than month 10); not for a baseline under a cent (rev 2).
 */
function percentable(unit: CompareUnit, base: number | null): boolean {
  if (base === null || unit === 'month') return false;
  return Math.abs(base) >= MIN_PERCENT_BASE;
}

/**
 * One row. `shifts` are the months from the baseline's start to each entry's start: a month
 * offset plus its shift is a month counted from the baseline's start, so "month 13 of a plan
 * starting in January" and "month 11 of one starting in March" are the same month.
 */
function buildRow(
  spec: RowSpec,
  values: (number | null)[],
  present: boolean[],
  shifts: readonly number[],
): CompareKpiRow {
  const aligned = spec.unit === 'month' ? values.map((v, i) => (v === null ? null : v + shifts[i]!)) : values;
  const base = aligned[0] ?? null;
  const basePresent = present[0] ?? false;
  const deltas = aligned.map((v) => (v === null || base === null ? null : v - base));
  const pct = deltas.map((d) => (d === null || !percentable(spec.unit, base) ? null : d / Math.abs(base!)));
  const better = aligned.map((v, i) => (basePresent ? verdict(spec.direction, spec.unit, base, v, present[i]!) : null));
  return { key: spec.key, label: spec.label, unit: spec.unit, values, deltas, pct, better, present: [...present] };
}

/** The pool a "pool:<id>:..." row is about (the keys compareKpiRows makes), or null for a scenario KPI. */
export function poolIdOf(key: string): string | null {
  const match = /^pool:(.*):(depletion|forfeited)$/.exec(key);
  return match === null ? null : match[1];
}

/** KPI rows, then for each pool (matched by id across entries, in order of first appearance) its depletion and forfeit. */
export function compareKpiRows(entries: readonly CompareColumn[]): CompareKpiRow[] {
  const all = entries.map(() => true);
  const start = entries.length > 0 ? monthIndex(entries[0]!.result.startMonth) : 0;
  const shifts = entries.map((e) => monthIndex(e.result.startMonth) - start);
  // Money as the scenario's own tables show it (footed cents), so a column reads as its KPI
  // cards and its CSV, and a difference is the difference of the figures shown.
  const footed = entries.map((e) => footedMonths(e.result));
  const totals = entries.map((e, i) => footedTotals(e.result, footed[i]));
  const monthCost = (i: number, m: number | null) => (m === null ? null : (footed[i]!.cost[m] ?? 0) / 100);
  const kpiValue = (i: number, key: keyof Kpis) =>
    key === 'totalCost' || key === 'creditsApplied' || key === 'cashCost'
      ? totals[i]![key]
      : entries[i]!.result.kpis[key];
  const rows = [
    // What a reader looks at first: what each plan costs a month, at the start and once credits run out.
    buildRow(
      RUN_RATE_START,
      entries.map((e, i) => (e.result.horizonMonths > 0 ? monthCost(i, 0) : null)),
      all,
      shifts,
    ),
    buildRow(
      RUN_RATE_CLIFF,
      entries.map((e, i) => monthCost(i, e.result.kpis.creditCliffMonth)),
      all,
      shifts,
    ),
    ...KPI_ROWS.map((spec) =>
      buildRow(
        spec,
        entries.map((_, i) => kpiValue(i, spec.key)),
        all,
        shifts,
      ),
    ),
  ];
  const poolNames = new Map<string, string>();
  for (const e of entries)
    for (const p of e.result.pools) if (!poolNames.has(p.id)) poolNames.set(p.id, p.name || p.id);
  for (const [id, name] of poolNames) {
    const pools = entries.map((e) => e.result.pools.find((p) => p.id === id));
    const present = pools.map((p) => p !== undefined);
    rows.push(
      buildRow(
        { key: `pool:${id}:depletion`, label: `${name} depletion`, unit: 'month', direction: 'later' },
        pools.map((p) => p?.depletionMonth ?? null),
        present,
        shifts,
      ),
      buildRow(
        { key: `pool:${id}:forfeited`, label: `${name} forfeited`, unit: 'usd', direction: 'lower' },
        pools.map((p) => p?.forfeited ?? null),
        present,
        shifts,
      ),
    );
  }
  return rows;
}

const ratio = (x: number) => {
  const r = Math.round(x * 1e6) / 1e6;
  return Object.is(r, -0) ? 0 : r;
};

/** A figure as a spreadsheet should see it: money to cents, months to 3 decimals, ratios to 6. */
function csvFigure(unit: CompareUnit, x: number | null): number | null {
  if (x === null) return null;
  switch (unit) {
    case 'usd':
      return cents(x);
    case 'ratio':
      return ratio(x);
    case 'month':
    case 'months':
      return monthFraction(x);
  }
}

/** A signed month difference keeps 3 decimals without the calendar-month clamp of monthFraction. */
function csvDelta(unit: CompareUnit, x: number | null): number | null {
  if (x === null) return null;
  if (unit === 'month' || unit === 'months') {
    const r = Math.round(x * 1000) / 1000;
    return Object.is(r, -0) ? 0 : r;
  }
  return csvFigure(unit, x);
}

/** Field values of a diff as CSV cells: numbers stay numbers, lists are joined, absent is empty. */
function csvValue(value: unknown): CsvCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(String).join('; ');
  return String(value);
}

const DIFF_HEADER: CsvCell[] = ['kind', 'status', 'id', 'name', 'field', 'before', 'after', 'cost effect'];

/** What a line's or pool's figure is, for the summary row of a diff entry. */
const FIGURE_LABEL: Record<'line' | 'pool', string> = { line: 'horizon cost', pool: 'credits used' };

function diffRows(diff: ScenarioDiff): CsvCell[][] {
  const rows: CsvCell[][] = [DIFF_HEADER];
  for (const c of diff.settings)
    rows.push(['setting', 'changed', null, null, c.field, csvValue(c.before), csvValue(c.after), null]);
  for (const row of [...diff.lines, ...diff.pools, ...diff.assumptions]) {
    // Lines and pools first get one row with their figure and its effect, then one per field.
    if (row.kind !== 'assumption')
      rows.push([
        row.kind,
        row.status,
        row.id,
        row.name,
        FIGURE_LABEL[row.kind],
        row.before === null ? null : cents(row.before),
        row.after === null ? null : cents(row.after),
        row.effect === null ? null : cents(row.effect),
      ]);
    for (const c of row.changes)
      rows.push([row.kind, row.status, row.id, row.name, c.field, csvValue(c.before), csvValue(c.after), null]);
  }
  rows.push([
    'total',
    null,
    null,
    null,
    'total cost',
    cents(diff.totalCostBefore),
    cents(diff.totalCostAfter),
    cents(diff.totalCostEffect),
  ]);
  return rows;
}

/**
 * The comparison as CSV rows: a KPI table (value, delta and pct per entry), then, with a diff, a
 * blank row and the diff (kind, status, id, name, field, before, after, cost effect). Every row
 * has the same number of cells, as RFC 4180 asks.
 */
export function compareCsvRows(entries: readonly CompareColumn[], diff?: ScenarioDiff): CsvCell[][] {
  const header: CsvCell[] = [
    'key',
    'kpi',
    'unit',
    // As declared, a scenario's columns say so in their heading, so a figure copied out of them
    // keeps its label; its allocation row says what it means (issue 14, item 10).
    ...entries.flatMap((e) => {
      const ref = e.result.allocation === 'as-declared' ? `${e.ref} (${AS_DECLARED_LABEL})` : e.ref;
      return [`${ref} value`, `${ref} delta`, `${ref} pct`];
    }),
  ];
  const table: CsvCell[][] = [header];
  if (entries.some((e) => e.result.allocation === 'as-declared'))
    table.push(['allocation', 'Credits applied', 'text', ...entries.flatMap((e) => [e.result.allocation, null, null])]);
  for (const row of compareKpiRows(entries))
    table.push([
      row.key,
      row.label,
      row.unit,
      ...row.values.flatMap((v, i) => [
        csvFigure(row.unit, v),
        csvDelta(row.unit, row.deltas[i]!),
        row.pct[i] === null ? null : ratio(row.pct[i]!),
      ]),
    ]);
  if (diff !== undefined) table.push([], ...diffRows(diff));
  const width = Math.max(...table.map((r) => r.length));
  return table.map((r) => (r.length === width ? r : [...r, ...new Array<CsvCell>(width - r.length).fill(null)]));
}
