// A range edit (paste, fill, Ctrl+Enter, Delete) as the owning panel receives it: cells by row id
// and column id, rows to append, and - once applied - which cells could not be written and why.
// The policy is "apply what parses, list the rest by address": each cell is written whole or not
// at all, and the notice names every cell that was not.
import type { Workbook } from '../../../shared/model';

interface IdWrite {
  rowId: string;
  colId: string;
  /** Text as typed; null clears the cell. */
  raw: string | null;
  /** The cell's address in words ("Row 3 (Chat assistant) · Input tokens/day"). */
  where: string;
}

interface NewRowCells {
  cells: { colId: string; raw: string; where: string }[];
}

export interface RangeEdit {
  /** What the undo history calls it ("Paste 12 cells"). */
  label: string;
  writes: IdWrite[];
  appended: NewRowCells[];
  /** Cells of the block that went nowhere (read-only or past the last column), said in the notice. */
  skipped: string[];
}

export interface WriteFailure {
  where: string;
  message: string;
}

export interface WriteOutcome {
  workbook: Workbook;
  failures: WriteFailure[];
  /** Ids of the rows the edit appended. */
  added: string[];
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Rows of writes in the order they came, grouped by row id. */
export function groupByRow<W extends { rowId: string }>(writes: readonly W[]): Map<string, W[]> {
  const rows = new Map<string, W[]>();
  for (const w of writes) {
    const list = rows.get(w.rowId);
    if (list === undefined) rows.set(w.rowId, [w]);
    else list.push(w);
  }
  return rows;
}

export interface CellApplier {
  /** One cell; returns the workbook and the row's id afterwards (a rename changes an id). */
  applyCell(wb: Workbook, rowId: string, colId: string, raw: string | null): { workbook: Workbook; rowId: string };
  /** A new row for pasted cells (the cells it used to make the row are not written again). */
  addRow(wb: Workbook, cells: NewRowCells['cells']): { workbook: Workbook; rowId: string; used: ReadonlySet<string> };
  /** Columns written last in a row (a rename must not move the row under the other cells). */
  lastColumns?: ReadonlySet<string>;
}

/** Applies a range edit cell by cell (for small lists: pools, assumptions); each cell all or nothing. */
export function applyCellByCell(wb: Workbook, edit: RangeEdit, applier: CellApplier): WriteOutcome {
  const failures: WriteFailure[] = [];
  const added: string[] = [];
  let workbook = wb;
  const last = applier.lastColumns ?? new Set<string>();
  const ordered = <C extends { colId: string }>(cells: readonly C[]) => [
    ...cells.filter((c) => !last.has(c.colId)),
    ...cells.filter((c) => last.has(c.colId)),
  ];
  const write = (rowId: string, cells: readonly { colId: string; raw: string | null; where: string }[]) => {
    let id = rowId;
    for (const cell of ordered(cells)) {
      try {
        const r = applier.applyCell(workbook, id, cell.colId, cell.raw);
        workbook = r.workbook;
        id = r.rowId;
      } catch (error) {
        failures.push({ where: cell.where, message: message(error) });
      }
    }
  };
  for (const [rowId, cells] of groupByRow(edit.writes)) write(rowId, cells);
  for (const row of edit.appended) {
    try {
      const r = applier.addRow(workbook, row.cells);
      workbook = r.workbook;
      added.push(r.rowId);
      write(
        r.rowId,
        row.cells.filter((c) => !r.used.has(c.colId)),
      );
    } catch (error) {
      failures.push({ where: row.cells[0]?.where ?? 'new row', message: message(error) });
    }
  }
  return { workbook, failures, added };
}

const SHOWN = 6;

/** The notice after a range edit: what was done, and every cell that was not, by address. */
export function outcomeNotice(
  edit: RangeEdit,
  outcome: Pick<WriteOutcome, 'failures' | 'added'>,
  changed: boolean,
): { kind: 'error' | 'info'; text: string } | null {
  const problems = [...outcome.failures.map((f) => `${f.where}: ${f.message}`), ...edit.skipped];
  if (problems.length === 0)
    return changed && outcome.added.length > 0
      ? {
          kind: 'info',
          text: `${edit.label}: added ${outcome.added.length} ${outcome.added.length === 1 ? 'row' : 'rows'}.`,
        }
      : null;
  const shown = problems.slice(0, SHOWN).join('; ');
  const more = problems.length > SHOWN ? `; and ${problems.length - SHOWN} more` : '';
  const head = changed
    ? `${edit.label}: applied the cells that could be read; not applied (${problems.length})`
    : `${edit.label}: nothing applied (${problems.length})`;
  return { kind: 'error', text: `${head}: ${shown}${more}.` };
}
