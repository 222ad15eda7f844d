// Range selection, clipboard and range edits on top of one AG Grid (Community has none of them).
// The selection lives in a ref and is drawn by cell classes (refreshCells re-applies class rules
// without redrawing values); copy, cut and paste come through the DOM clipboard events, which
// work in browsers and in Electron without clipboard permissions. Every range edit reaches the
// owning panel as one RangeEdit, which it applies as one undo step.
import { useCallback, useEffect, useMemo, useRef } from 'react';
import type {
  CellFocusedEvent,
  CellMouseDownEvent,
  CellMouseOverEvent,
  Column,
  ColDef,
  ColGroupDef,
  GridApi,
  IRowNode,
} from 'ag-grid-community';
import { clipboardRows, toHtmlTable, toTsv } from './clipboard-text';
import type { RangeEdit } from './grid-writes';
import { planFill, planFillValue, planPaste, rangeCells, type CellWrite } from './range-edits';
import {
  boundsOf,
  clampTo,
  collapsed,
  contains,
  extendBy,
  extendTo,
  focusedAt,
  fromBounds,
  isSingleCell,
  selectAll,
  type CellPos,
  type RangeSelection,
} from './range-selection';
import { rangeKeyOf } from './grid-keys';

/** True inside an open cell editor or a text field (a checkbox cell's <input> is not one). */
export function isEditingTarget(el: Element): boolean {
  return (
    el.closest('.ag-cell-inline-editing, .ag-popup-editor, textarea, select, input:not([type="checkbox"])') !== null
  );
}

/** How a column's cells copy: the stored value (default), the text shown, or money to the cent. */
type CopyMode = 'value' | 'formatted' | 'cents';

export interface GridRangeOptions {
  container: React.RefObject<HTMLDivElement | null>;
  apiRef: React.RefObject<GridApi | null>;
  /** Applies a range edit as one undo step; absent for read-only grids (copy only). */
  onRangeEdit?: (edit: RangeEdit) => void;
}

function copyModeOf(column: Column): CopyMode {
  return ((column.getColDef().context as { copy?: CopyMode } | undefined)?.copy ?? 'value') as CopyMode;
}

/** A cell's text on the clipboard: formulas as their text, numbers plain, choices by name. */
function copyText(api: GridApi, node: IRowNode, column: Column): string {
  const value: unknown = api.getCellValue({ rowNode: node, colKey: column });
  if (value === null || value === undefined || value === '') return '';
  const mode = copyModeOf(column);
  if (mode === 'formatted')
    return String(api.getCellValue({ rowNode: node, colKey: column, useFormatter: true }) ?? '');
  if (typeof value === 'number') return String(mode === 'cents' ? Math.round(value * 100) / 100 : value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}

export function useGridRange({ container, apiRef, onRangeEdit }: GridRangeOptions) {
  const sel = useRef<RangeSelection | null>(null);
  const colIndex = useRef(new Map<string, number>());
  const dragging = useRef(false);
  const keepOnFocus = useRef(false);
  const edit = useRef(onRangeEdit);
  edit.current = onRangeEdit;

  const columns = useCallback((): Column[] => apiRef.current?.getAllDisplayedColumns() ?? [], [apiRef]);
  const size = useCallback(
    () => ({ rows: apiRef.current?.getDisplayedRowCount() ?? 0, cols: columns().length }),
    [apiRef, columns],
  );

  const redraw = useCallback(() => {
    const api = apiRef.current;
    if (api !== null && !api.isDestroyed()) api.refreshCells();
  }, [apiRef]);

  const setSelection = useCallback(
    (next: RangeSelection | null) => {
      const before = sel.current;
      if (JSON.stringify(before) === JSON.stringify(next)) return;
      sel.current = next;
      container.current?.setAttribute('data-range', next === null ? '' : rangeText(next));
      // A single cell draws nothing (the grid's own focus shows it): redraw only when a range shows or goes.
      const drawn = (s: RangeSelection | null) => s !== null && !isSingleCell(s);
      if (drawn(before) || drawn(next)) redraw();
    },
    [container, redraw],
  );

  const onDisplayedColumnsChanged = useCallback(() => {
    colIndex.current = new Map(columns().map((c, i) => [c.getColId(), i]));
    if (sel.current !== null) setSelection(clampTo(sel.current, size()));
  }, [columns, setSelection, size]);

  const onRowCountChanged = useCallback(() => {
    if (sel.current !== null) setSelection(clampTo(sel.current, size()));
    else redraw();
  }, [redraw, setSelection, size]);

  /** Class rules every column gets: in range, its edges, the active cell. */
  const classRules = useMemo(() => {
    const where = (p: { node: IRowNode; column: Column }) => {
      const s = sel.current;
      if (s === null || p.node.rowPinned || p.node.rowIndex === null || isSingleCell(s)) return null;
      const col = colIndex.current.get(p.column.getColId());
      if (col === undefined) return null;
      const b = boundsOf(s);
      const row = p.node.rowIndex;
      return contains(b, row, col) ? { b, row, col, s } : null;
    };
    type P = { node: IRowNode; column: Column };
    const edge = (test: (w: NonNullable<ReturnType<typeof where>>) => boolean) => (p: P) => {
      const w = where(p);
      return w !== null && test(w);
    };
    return {
      'cell-range': edge(() => true),
      'range-top': edge((w) => w.row === w.b.top),
      'range-bottom': edge((w) => w.row === w.b.bottom),
      'range-left': edge((w) => w.col === w.b.left),
      'range-right': edge((w) => w.col === w.b.right),
      'range-active': edge((w) => w.row === w.s.active.row && w.col === w.s.active.col),
    };
  }, []);

  const withRangeClasses = useCallback(
    <T>(defs: (ColDef<T> | ColGroupDef<T>)[]): (ColDef<T> | ColGroupDef<T>)[] =>
      defs.map((def) =>
        'children' in def
          ? { ...def, children: withRangeClasses(def.children) }
          : { ...def, cellClassRules: { ...def.cellClassRules, ...classRules } as ColDef<T>['cellClassRules'] },
      ),
    [classRules],
  );

  const posOf = useCallback((rowIndex: number | null, column: Column | null): CellPos | null => {
    if (rowIndex === null || column === null) return null;
    const col = colIndex.current.get(column.getColId());
    return col === undefined ? null : { row: rowIndex, col };
  }, []);

  const onCellMouseDown = useCallback(
    (e: CellMouseDownEvent) => {
      const mouse = e.event as MouseEvent | null;
      const at = e.rowPinned ? null : posOf(e.rowIndex, e.column);
      if (at === null || mouse === null || mouse.button !== 0) return;
      if (mouse.shiftKey && sel.current !== null) {
        keepOnFocus.current = true;
        setSelection(extendTo(sel.current, at));
        return;
      }
      dragging.current = true;
      setSelection(collapsed(at));
    },
    [posOf, setSelection],
  );

  const onCellMouseOver = useCallback(
    (e: CellMouseOverEvent) => {
      const mouse = e.event as MouseEvent | null;
      if (!dragging.current || sel.current === null) return;
      if (mouse === null || (mouse.buttons & 1) === 0) {
        dragging.current = false;
        return;
      }
      const at = e.rowPinned ? null : posOf(e.rowIndex, e.column);
      if (at !== null) setSelection(extendTo(sel.current, at));
    },
    [posOf, setSelection],
  );

  useEffect(() => {
    const stop = () => (dragging.current = false);
    window.addEventListener('mouseup', stop);
    return () => window.removeEventListener('mouseup', stop);
  }, []);

  const onCellFocused = useCallback(
    (e: CellFocusedEvent) => {
      if (keepOnFocus.current) {
        keepOnFocus.current = false;
        return;
      }
      if (dragging.current) return;
      const column = typeof e.column === 'object' ? e.column : null;
      const at = e.rowPinned ? null : posOf(e.rowIndex, column);
      setSelection(at === null ? null : focusedAt(sel.current, at));
    },
    [posOf, setSelection],
  );

  /** Display positions -> row ids and column ids, read-only cells left out (and said when they had text). */
  const toRangeEdit = useCallback(
    (
      label: string,
      writes: readonly CellWrite[],
      appended: { col: number; raw: string }[][] = [],
      extraSkipped: string[] = [],
    ): RangeEdit | null => {
      const api = apiRef.current;
      if (api === null) return null;
      const cols = columns();
      const skipped: string[] = [...extraSkipped];
      const header = (c: Column) => c.getColDef().headerName ?? c.getColId();
      // Rows come in runs (a paste is row by row): the row and its name are looked up once per run.
      let at = -1;
      let node: IRowNode | undefined;
      let rowLabel = '';
      const out: RangeEdit['writes'] = [];
      for (const w of writes) {
        if (w.row !== at) {
          at = w.row;
          node = api.getDisplayedRowAtIndex(w.row);
          rowLabel = node === undefined ? '' : `Row ${w.row + 1} (${copyText(api, node, cols[0])})`;
        }
        const column = cols[w.col];
        if (node === undefined || node.id === undefined || column === undefined) continue;
        const where = `${rowLabel} · ${header(column)}`;
        if (!column.isCellEditable(node)) {
          if (w.raw !== null && w.raw.trim() !== '' && w.raw !== copyText(api, node, column))
            skipped.push(`${where}: cannot be typed into here`);
          continue;
        }
        out.push({ rowId: node.id, colId: column.getColId(), raw: w.raw, where });
      }
      const rows = api.getDisplayedRowCount();
      const added = appended.map((cells, i) => ({
        cells: cells
          .filter((c) => cols[c.col] !== undefined)
          .map((c) => ({
            colId: cols[c.col].getColId(),
            raw: c.raw,
            where: `New row ${rows + i + 1} · ${header(cols[c.col])}`,
          })),
      }));
      if (out.length === 0 && added.length === 0 && skipped.length === 0) return null;
      return { label, writes: out, appended: added, skipped };
    },
    [apiRef, columns],
  );

  const send = useCallback((e: RangeEdit | null) => {
    if (e !== null) edit.current?.(e);
  }, []);

  const cellsText = useCallback((): string[][] | null => {
    const api = apiRef.current;
    const s = sel.current;
    if (api === null || s === null) return null;
    const cols = columns();
    return rangeCells(s).map((row) => {
      const node = api.getDisplayedRowAtIndex(row[0].row);
      return row.map((c) => (node === undefined || cols[c.col] === undefined ? '' : copyText(api, node, cols[c.col])));
    });
  }, [apiRef, columns]);

  const fill = useCallback(
    (direction: 'down' | 'right') => {
      const api = apiRef.current;
      const s = sel.current;
      if (api === null || s === null) return;
      const cols = columns();
      const writes = planFill(s, direction).map((step) => {
        const node = api.getDisplayedRowAtIndex(step.from.row);
        const column = cols[step.from.col];
        return { ...step.to, raw: node === undefined || column === undefined ? '' : copyText(api, node, column) };
      });
      send(toRangeEdit(direction === 'down' ? 'Fill down' : 'Fill right', writes));
    },
    [apiRef, columns, send, toRangeEdit],
  );

  const clear = useCallback(() => {
    const s = sel.current;
    if (s !== null)
      send(toRangeEdit(isSingleCell(s) ? 'Clear cell' : `Clear ${cellCount(s)} cells`, planFillValue(s, null)));
  }, [send, toRangeEdit]);

  /** Keys of a grid that is not editing; true when the range handled it. */
  const onRangeKey = useCallback(
    (e: KeyboardEvent): boolean => {
      const command = rangeKeyOf(e);
      if (command === null) return false;
      const s = sel.current;
      if (command.kind === 'selectAll') {
        setSelection(selectAll(s, size()));
        return true;
      }
      if (s === null) return command.kind !== 'extend';
      if (command.kind === 'extend') {
        const next = extendBy(s, command.dRow, command.dCol, size(), command.toEdge);
        setSelection(next);
        const api = apiRef.current;
        const column = columns()[next.end.col];
        api?.ensureIndexVisible(next.end.row);
        if (column !== undefined) api?.ensureColumnVisible(column);
        return true;
      }
      if (edit.current === undefined) return true;
      if (command.kind === 'fillDown') fill('down');
      else if (command.kind === 'fillRight') fill('right');
      else clear();
      return true;
    },
    [apiRef, clear, columns, fill, setSelection, size],
  );

  /** Ctrl+Enter in an open editor over a range: the editor's value into every cell. */
  const fillFromEditor = useCallback(
    (value: unknown): boolean => {
      const s = sel.current;
      if (s === null || isSingleCell(s) || edit.current === undefined) return false;
      const raw =
        value === null || value === undefined
          ? ''
          : typeof value === 'boolean'
            ? value
              ? 'TRUE'
              : 'FALSE'
            : String(value);
      send(toRangeEdit(`Fill ${cellCount(s)} cells`, planFillValue(s, raw)));
      return true;
    },
    [send, toRangeEdit],
  );

  // The clipboard events of the page, taken when this grid has the focus and no editor is open.
  useEffect(() => {
    const mine = () => {
      const active = document.activeElement;
      const root = container.current;
      if (root === null || active === null || !root.contains(active)) return false;
      return !isEditingTarget(active);
    };
    const onCopy = (e: ClipboardEvent, cut: boolean) => {
      if (!mine() || e.clipboardData === null) return;
      const rows = cellsText();
      if (rows === null) return;
      e.preventDefault();
      e.clipboardData.setData('text/plain', toTsv(rows));
      e.clipboardData.setData('text/html', toHtmlTable(rows));
      if (cut && edit.current !== undefined && sel.current !== null)
        send(toRangeEdit(`Cut ${cellCount(sel.current)} cells`, planFillValue(sel.current, null)));
    };
    const copy = (e: ClipboardEvent) => onCopy(e, false);
    const cut = (e: ClipboardEvent) => onCopy(e, true);
    const paste = (e: ClipboardEvent) => {
      if (!mine() || e.clipboardData === null || sel.current === null || edit.current === undefined) return;
      e.preventDefault();
      performance.mark('paste-start');
      const block = clipboardRows(
        { html: e.clipboardData.getData('text/html'), text: e.clipboardData.getData('text/plain') },
        (html) => new DOMParser().parseFromString(html, 'text/html'),
      );
      const plan = planPaste(block, sel.current, size());
      const clipped =
        plan.clippedCols > 0
          ? [`${plan.clippedCols} ${plan.clippedCols === 1 ? 'column' : 'columns'} past the last column`]
          : [];
      const count = plan.writes.length + plan.appended.reduce((n, r) => n + r.length, 0);
      send(toRangeEdit(`Paste ${count} ${count === 1 ? 'cell' : 'cells'}`, plan.writes, plan.appended, clipped));
      setSelection(fromBounds(plan.bounds));
    };
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', paste);
    return () => {
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', paste);
    };
  }, [cellsText, container, send, setSelection, size, toRangeEdit]);

  return {
    withRangeClasses,
    onCellMouseDown,
    onCellMouseOver,
    onCellFocused,
    onDisplayedColumnsChanged,
    onRowCountChanged,
    onRangeKey,
    fillFromEditor,
    hasRange: () => sel.current !== null && !isSingleCell(sel.current),
  };
}

function cellCount(s: RangeSelection): number {
  const b = boundsOf(s);
  return (b.bottom - b.top + 1) * (b.right - b.left + 1);
}

/** "r0c1:r3c4", for tests and for people inspecting the page. */
function rangeText(s: RangeSelection): string {
  const b = boundsOf(s);
  return `r${b.top}c${b.left}:r${b.bottom}c${b.right}`;
}
