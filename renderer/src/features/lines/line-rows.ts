// The lines grid's rows: each line of the active scenario with what the engine says about it
// (first-month cost, horizon total, cell issues). A row object is reused while nothing it
// shows has changed, so the grid redraws only the rows that did. The money cells are footed:
// rounded to the cent so that each column adds up to its total row (docs/domain-decisions.md).
import { apportionCents, footedMonths, wholeCents, type ScenarioResult } from '../../../../shared/engine';
import type { Line } from '../../../../shared/model';
import { namesById } from '../../../../shared/wording';
import type { CellIssue, IssueIndex } from '../../components/grid-issues';
import type { QuantityPreview } from './quantity-preview';

export interface LineRow {
  id: string;
  line: Line;
  /** Cost in month 0 of the scenario; null until the engine has priced the line. */
  monthCost: number | null;
  total: number | null;
  issues: ReadonlyMap<string, CellIssue> | undefined;
  preview: QuantityPreview;
  /** Name of the line a service line supports (shown instead of its id). */
  supportsName: string | null;
  /** In a scenario based on another: the fields this scenario changed, or 'added' for its own line. */
  changed?: ReadonlySet<string> | 'added';
}

export interface LineTotalRow {
  id: '__total';
  line: null;
  monthCost: number;
  total: number;
  count: number;
}

export type LineGridRow = LineRow | LineTotalRow;

const TOTAL_ROW_ID = '__total';

type RowContent = Omit<LineRow, 'id'>;

function sameRow(a: LineRow, b: RowContent): boolean {
  return (
    a.line === b.line &&
    a.monthCost === b.monthCost &&
    a.total === b.total &&
    a.issues === b.issues &&
    a.preview === b.preview &&
    a.supportsName === b.supportsName &&
    sameChanged(a.changed, b.changed)
  );
}

function sameChanged(a: LineRow['changed'], b: LineRow['changed']): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined || a === 'added' || b === 'added') return false;
  return a.size === b.size && [...a].every((f) => b.has(f));
}

/**
 * The engine's line results by line id. Results list the scenario's lines in order, so the
 * line at the same index is tried first and the index is built only when that misses (a kind
 * filter, or results from before a line was added).
 */
function lineResults(result: ScenarioResult | undefined) {
  const list = result?.lines ?? [];
  let byId: Map<string, ScenarioResult['lines'][number]> | null = null;
  return (id: string, at: number) => {
    const same = list[at];
    if (same?.id === id) return same;
    byId ??= new Map(list.map((r) => [r.id, r]));
    return byId.get(id);
  };
}

/**
 * A money column's cells in whole cents, adding up to its total: the scenario's own footed figure
 * (the monthly table's) when the cells shown add up to it, else their rounded sum (a kind filter
 * shows some lines; months of AWS actuals are not the lines' plan).
 */
function footColumn(
  exact: Float64Array,
  scenarioExact: number,
  scenarioCents: number,
): { cells: number[]; sum: number } {
  let sum = 0;
  for (const x of exact) sum += x;
  const same = Math.abs(sum - scenarioExact) <= 1e-9 * Math.max(1, Math.abs(sum));
  const target = same ? scenarioCents : wholeCents(sum);
  return { cells: apportionCents(exact, target), sum: target };
}

interface FootedCosts {
  /** Per shown line, in dollars; null for a line not priced yet. */
  first: (number | null)[];
  total: (number | null)[];
  /** The totals row: each column's cells add up to it (whole cents, as dollars). */
  firstSum: number;
  totalSum: number;
}

/** The shown lines' first-month cost and total, footed. */
function footedCosts(
  costs: readonly (ScenarioResult['lines'][number] | undefined)[],
  result: ScenarioResult | undefined,
): FootedCosts {
  const priced = costs.filter((c) => c !== undefined);
  if (result === undefined || priced.length === 0)
    return { first: costs.map(() => null), total: costs.map(() => null), firstSum: 0, totalSum: 0 };
  const f = footedMonths(result);
  let scenarioTotal = 0;
  let scenarioCents = 0;
  for (let m = 0; m < result.horizonMonths; m++) {
    scenarioTotal += result.cost[m] ?? 0;
    scenarioCents += f.cost[m];
  }
  const firstCents = footColumn(
    Float64Array.from(priced, (c) => (c.monthly.length > 0 ? c.monthly[0] : 0)),
    result.cost[0] ?? 0,
    f.cost[0] ?? 0,
  );
  const totalCents = footColumn(
    Float64Array.from(priced, (c) => c.total),
    scenarioTotal,
    scenarioCents,
  );
  let at = 0;
  const first: (number | null)[] = [];
  const total: (number | null)[] = [];
  for (const c of costs) {
    if (c === undefined) {
      first.push(null);
      total.push(null);
    } else {
      first.push(firstCents.cells[at] / 100);
      total.push(totalCents.cells[at++] / 100);
    }
  }
  return { first, total, firstSum: firstCents.sum / 100, totalSum: totalCents.sum / 100 };
}

export interface LineRowsBuilt {
  rows: LineRow[];
  byId: Map<string, LineRow>;
  total: LineTotalRow;
}

/**
 * Builds the rows a part at a time: each `step(n)` does one part of the work and says whether
 * all is done, `built()` gives the rows then. The parts: the cell issues (when given as a
 * function), the footing of the money columns (it needs every line's cost), then `n` rows per
 * step. A large scenario's rows (12,500) are built over several tasks (use-line-rows.ts), so no
 * single task of the page builds them all.
 */
export function lineRowsBuilder(
  lines: readonly Line[],
  result: ScenarioResult | undefined,
  issuesOf: IssueIndex | (() => IssueIndex),
  preview: QuantityPreview,
  previous: ReadonlyMap<string, LineRow>,
  changed?: ReadonlyMap<string, ReadonlySet<string> | 'added'>,
): { step(n: number): boolean; built(): LineRowsBuilt } {
  // Results arrive from the worker after the document changes: match them by id, never by index.
  const costOf = lineResults(result);
  const nameOf = (id: string) => namesById(lines).get(id) ?? id;

  let issues = typeof issuesOf === 'function' ? null : issuesOf;
  let footed: FootedCosts | null = null;
  const byId = new Map<string, LineRow>();
  const total: LineTotalRow = { id: TOTAL_ROW_ID, line: null, monthCost: 0, total: 0, count: lines.length };
  const rows: LineRow[] = [];

  function buildRows(n: number, index: IssueIndex, money: FootedCosts): boolean {
    const end = Math.min(lines.length, rows.length + n);
    // Each row is kept (the same object, so the grid leaves it alone) unless something it shows changed.
    for (let at = rows.length; at < end; at++) {
      const line = lines[at];
      const next: RowContent = {
        line,
        monthCost: money.first[at],
        total: money.total[at],
        issues: index.get(line.id),
        preview,
        supportsName: line.kind === 'service' && line.supports !== null ? nameOf(line.supports) : null,
        changed: changed?.get(line.id),
      };
      const old = previous.get(line.id);
      const row = old !== undefined && sameRow(old, next) ? old : { id: line.id, ...next };
      byId.set(line.id, row);
      rows.push(row);
    }
    if (rows.length < lines.length) return false;
    // The footing's targets: exactly the sums of the cells above them.
    total.monthCost = money.firstSum;
    total.total = money.totalSum;
    return true;
  }

  return {
    step(n) {
      if (issues === null) issues = (issuesOf as () => IssueIndex)();
      else if (footed === null)
        footed = footedCosts(
          lines.map((line, at) => costOf(line.id, at)),
          result,
        );
      else return buildRows(n, issues, footed);
      return false;
    },
    built: () => ({ rows, byId, total }),
  };
}

/** All the rows at once (see lineRowsBuilder). */
export function buildLineRows(...args: Parameters<typeof lineRowsBuilder>): LineRowsBuilt {
  const builder = lineRowsBuilder(...args);
  while (!builder.step(Infinity));
  return builder.built();
}
