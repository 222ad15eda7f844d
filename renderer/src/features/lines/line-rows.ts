// The lines grid's rows: each line of the active scenario with what the engine says about it
// (first-month cost, horizon total, cell issues). A row object is reused while nothing it
// shows has changed, so the grid redraws only the rows that did.
import type { ScenarioResult } from '../../../../shared/engine';
import type { Line } from '../../../../shared/model';
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

export function buildLineRows(
  lines: readonly Line[],
  result: ScenarioResult | undefined,
  issues: IssueIndex,
  preview: QuantityPreview,
  previous: ReadonlyMap<string, LineRow>,
  changed?: ReadonlyMap<string, ReadonlySet<string> | 'added'>,
): { rows: LineRow[]; byId: Map<string, LineRow>; total: LineTotalRow } {
  // Results arrive from the worker after the document changes: match them by id, never by index.
  const costOf = lineResults(result);
  let names: Map<string, string> | null = null;
  const nameOf = (id: string) => (names ??= new Map(lines.map((l) => [l.id, l.name || l.id]))).get(id) ?? id;

  const byId = new Map<string, LineRow>();
  const total: LineTotalRow = { id: TOTAL_ROW_ID, line: null, monthCost: 0, total: 0, count: lines.length };
  // Each row is kept (the same object, so the grid leaves it alone) unless something it shows changed.
  const rows = lines.map((line, at) => {
    const cost = costOf(line.id, at);
    const first = cost === undefined ? null : cost.monthly.length > 0 ? cost.monthly[0] : 0;
    const next: RowContent = {
      line,
      monthCost: first,
      total: cost?.total ?? null,
      issues: issues.get(line.id),
      preview,
      supportsName: line.kind === 'service' && line.supports !== null ? nameOf(line.supports) : null,
      changed: changed?.get(line.id),
    };
    if (cost !== undefined) {
      total.monthCost += first!;
      total.total += cost.total;
    }
    const old = previous.get(line.id);
    const row = old !== undefined && sameRow(old, next) ? old : { id: line.id, ...next };
    byId.set(line.id, row);
    return row;
  });
  return { rows, byId, total };
}
