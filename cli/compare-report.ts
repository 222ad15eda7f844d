// The readable output of `creditstack compare`: a legend of the scenarios, one row per KPI and
// per credit pool with each scenario's figure and its change against the baseline (the same rows
// the app's compare view shows), and with --diff what changed between the first two.
import {
  AS_DECLARED_LABEL,
  AS_DECLARED_NOTE,
  changedByAllocation,
  type CompareColumn,
  type CompareKpiRow,
  type FieldChange,
  type RowDiff,
  type ScenarioDiff,
  type ScenarioResult,
} from '../shared/engine';
import type { Scenario } from '../shared/model';
import {
  allocationHeading,
  formatMoneyCents,
  formatMoneyDeltaAscii,
  formatMonthCount,
  formatMonthCountDelta,
  formatPercent,
  formatPercentDelta,
  formatPointsDelta,
  linkText,
  compareRowMonth,
  calendarLabel,
} from '../shared/wording';
import { formatPairs, formatTable, type Column } from './format-table';
import { visibleLength, type Style } from './style';

/** A month as the CLI writes months, "2028-02 (month 13)" (a pool's depletion: its last dollar's month). */
function monthValue(row: CompareKpiRow, x: number, result: ScenarioResult): string {
  return calendarLabel(result.startMonth, compareRowMonth(row.key, x, result));
}

function value(row: CompareKpiRow, i: number, result: ScenarioResult): string {
  const x = row.values[i] ?? null;
  if (row.present[i] === false) return '-';
  // A month that never comes (no cliff, a pool never used up) reads "none"; a missing figure "-".
  if (x === null) return row.unit === 'month' ? 'none' : '-';
  switch (row.unit) {
    case 'usd':
      return formatMoneyCents(x);
    case 'ratio':
      return formatPercent(x);
    case 'month':
      return monthValue(row, x, result);
    case 'months':
      return `${formatMonthCount(x)} mo`;
  }
}

function change(row: CompareKpiRow, i: number): string {
  const d = row.deltas[i] ?? null;
  if (d === null) return '-';
  switch (row.unit) {
    case 'usd': {
      const pct = row.pct[i] ?? null;
      return pct === null ? formatMoneyDeltaAscii(d) : `${formatMoneyDeltaAscii(d)} (${formatPercentDelta(pct, '-')})`;
    }
    case 'ratio':
      return formatPointsDelta(d);
    case 'month':
    case 'months':
      return formatMonthCountDelta(d);
  }
}

const tag = (i: number) => `[${i + 1}]`;
const declared = (e: CompareColumn) => e.result.allocation === 'as-declared';

/** The KPI table: scenario [1] is the baseline; every other scenario has a value and a change column. */
export function renderKpiTable(entries: readonly CompareColumn[], rows: readonly CompareKpiRow[]): string {
  const refWidth = Math.max(...entries.map((e) => visibleLength(e.ref)));
  const legend = formatPairs(
    entries.map(
      (e, i) =>
        [
          tag(i),
          `${e.ref}${' '.repeat(refWidth - visibleLength(e.ref))}  ${e.name}${i === 0 ? ' (baseline)' : ''}${declared(e) ? `; ${allocationHeading(e.result.allocation)}` : ''}`,
        ] as const,
    ),
    2,
  );
  const columns: Column[] = [{ header: '' }];
  entries.forEach((e, i) => {
    // As declared, the scenario's column says so in its heading (its legend line says what it means).
    columns.push({ header: declared(e) ? `${tag(i)} ${AS_DECLARED_LABEL}` : tag(i), align: 'right' });
    if (i > 0) columns.push({ header: `change ${tag(i)}`, align: 'right' });
  });
  const cells = rows.map((row) => [
    row.label,
    ...entries.flatMap((e, i) => {
      // A figure the allocation changes is marked "*" in an as-declared column (not a blank).
      const shown = value(row, i, e.result);
      const v = shown !== '-' && changedByAllocation(e.result.allocation, row.key) ? `${shown}*` : shown;
      return i === 0 ? [v] : [v, change(row, i)];
    }),
  ]);
  const note = entries.some(declared) ? ['', `* ${AS_DECLARED_NOTE}`] : [];
  return [`Baseline: ${entries[0]!.ref}`, '', legend, '', formatTable(columns, cells, 0), ...note].join('\n') + '\n';
}

const MAX_TEXT = 60;

/** A field value as typed in the file: text quoted (and shortened), numbers as written. */
function fieldValue(x: unknown): string {
  if (x === undefined) return '(absent)';
  if (x === null) return 'none';
  if (typeof x === 'string') {
    const chars = [...x];
    return JSON.stringify(chars.length > MAX_TEXT ? chars.slice(0, MAX_TEXT - 3).join('') + '...' : x);
  }
  return typeof x === 'number' || typeof x === 'boolean' ? String(x) : JSON.stringify(x);
}

function fieldLine(c: FieldChange): string {
  const note = c.sameValue === true ? '  (same value, written differently)' : '';
  return `${c.field}: ${fieldValue(c.before)} -> ${fieldValue(c.after)}${note}`;
}

function figure(row: RowDiff): string {
  if (row.kind === 'assumption') return '';
  const label = row.kind === 'line' ? 'cost' : 'credits used';
  const before = row.before === null ? '-' : formatMoneyCents(row.before);
  const after = row.after === null ? '-' : formatMoneyCents(row.after);
  const effect = row.effect === null ? '' : ` (${formatMoneyDeltaAscii(row.effect)})`;
  const span = row.status === 'added' ? after : row.status === 'removed' ? before : `${before} -> ${after}`;
  return `  ${label} ${span}${effect}`;
}

function renderRows(title: string, rows: readonly RowDiff[]): string[] {
  if (rows.length === 0) return [];
  const out = ['', title];
  for (const row of rows) {
    const name = row.name !== '' && row.name !== row.id ? ` ${JSON.stringify(row.name)}` : '';
    const matched = row.matchedBy === 'name' ? ' (matched by name)' : '';
    out.push(`  ${row.status.padEnd(7)}  ${row.id}${name}${matched}${figure(row)}`);
    for (const c of row.changes) out.push(`           ${fieldLine(c)}`);
  }
  return out;
}

/** What changed from the first scenario to the second, with each line's cost effect. */
export function renderDiff(
  before: CompareColumn,
  after: CompareColumn,
  diff: ScenarioDiff,
  style: Style,
  afterScenario?: Scenario,
): string {
  const out = [
    style.bold(`Changes from [1] ${before.ref} to [2] ${after.ref}`),
    `  total cost ${formatMoneyCents(diff.totalCostBefore)} -> ${formatMoneyCents(diff.totalCostAfter)} (${formatMoneyDeltaAscii(diff.totalCostEffect)})`,
  ];
  const empty = diff.settings.length + diff.lines.length + diff.pools.length + diff.assumptions.length === 0;
  if (empty) out.push('', '  No differences in settings, lines, pools or assumptions.');
  if (diff.settings.length > 0) out.push('', 'Settings', ...diff.settings.map((c) => `  ${fieldLine(c)}`));
  out.push(
    ...renderRows('Lines', diff.lines),
    ...renderRows('Pools', diff.pools),
    ...renderRows('Assumptions', diff.assumptions),
  );
  // A based-on scenario says what it holds of its own, whatever it is compared with.
  const own = afterScenario === undefined ? [] : linkText(afterScenario);
  if (own.length > 0) out.push('', style.bold('Based on'), ...own.map((l) => `  ${l}`));
  return out.join('\n') + '\n';
}
