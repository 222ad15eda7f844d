// The one wrapper around AgGridReact: theme, spreadsheet keyboard, read-only edits handed to
// the store, row ids, the current row (kept in the store, where the row commands read it), and
// focusing a row the issues panel or a row command points at.
// The store owns the data and the undo history, so the grid never changes a row itself:
// every edit arrives as `onEdit` and comes back as new row data, which reaches the grid through
// a row feed (only the changed rows; a long new list in parts).
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type {
  CellEditRequestEvent,
  CellFocusedEvent,
  ColDef,
  ColGroupDef,
  GridApi,
  GridReadyEvent,
  RowSelectionOptions,
  SuppressKeyboardEventParams,
} from 'ag-grid-community';
import type { CommandGrid } from '../../../shared/ipc';
import { useStore } from '../store/store';
import type { SelectionTarget } from '../store/document-slice';
import { isAppShortcut } from './grid-keys';
import { guardColumns } from './grid-guard';
import type { RangeEdit } from './grid-writes';
import { isEditingTarget, useGridRange } from './use-grid-range';
import { gridTheme } from './grid-theme';
import { createRowFeed, FEED_PART, type RowFeed } from './row-feed';

export interface GridRow {
  id: string;
}

export interface FocusRequest {
  id: string;
  colId?: string;
  /** Flash the cell, so the eye finds it (used for jumps from the issues panel). */
  flash?: boolean;
}

export interface DataGridProps<T extends GridRow> {
  testId: string;
  ariaLabel: string;
  rowData: T[];
  columnDefs: (ColDef<T> | ColGroupDef<T>)[];
  pinnedBottomRowData?: T[];
  /** Which grid this is: the store selection, current row and row commands it answers (none: a read-only table). */
  grid?: CommandGrid;
  onEdit(rowId: string, colId: string, value: unknown): void;
  /** A store selection of another kind that this grid shows (the Prices panel answers PRICE_MISSING issues). */
  answers?(target: SelectionTarget): FocusRequest | null;
  /** Paste, fill, Ctrl+Enter over a range, Delete on a range: applied by the panel as one undo step. */
  onRangeEdit?(edit: RangeEdit): void;
  height: number;
  emptyText: string;
}

// Module-level so the grid sees the same functions and objects on every render.
const getRowId = (p: { data: GridRow }) => p.data.id;
const rowSelection: RowSelectionOptions = { mode: 'singleRow', checkboxes: false, enableClickSelection: false };
interface KeyHooks {
  /** Ctrl+Enter in an open editor over a range: fills it with the editor's value; false when there is no range. */
  fillFromEditor(value: unknown): boolean;
}

function keyboardRules(hooks: KeyHooks) {
  return (p: SuppressKeyboardEventParams): boolean => {
    const e = p.event;
    const plain = !e.ctrlKey && !e.altKey && !e.metaKey;
    if (p.editing && e.type === 'keydown') {
      // Tab in an open editor commits and moves on without opening the next cell, as a spreadsheet does.
      if (e.key === 'Tab' && plain) {
        e.preventDefault();
        p.api.stopEditing();
        if (e.shiftKey) p.api.tabToPreviousCell();
        else p.api.tabToNextCell();
        return true;
      }
      if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey) {
        const value = p.api.getCellEditorInstances()[0]?.getValue();
        if (hooks.fillFromEditor(value)) {
          e.preventDefault();
          p.api.stopEditing(true);
          return true;
        }
      }
      return false;
    }
    if (p.editing) return false;
    // Shift+arrows grow the range and Delete clears it (the range layer handles both).
    if (e.shiftKey && !e.altKey && e.key.startsWith('Arrow')) return true;
    if (plain && !e.shiftKey && e.key === 'Delete') return true;
    // Outside an open editor, app shortcuts (undo/redo, copy, paste, fill, row commands) pass through to the window.
    return isAppShortcut(e);
  };
}

const baseColDef: ColDef = {
  resizable: true,
  sortable: false,
  suppressMovable: true,
  suppressHeaderMenuButton: true,
};

export function DataGrid<T extends GridRow>(props: DataGridProps<T>) {
  const { testId, ariaLabel, rowData, columnDefs, pinnedBottomRowData, grid, height, emptyText } = props;
  const apiRef = useRef<GridApi<T> | null>(null);
  const container = useRef<HTMLDivElement>(null);
  const range = useGridRange({
    container,
    apiRef: apiRef as React.RefObject<GridApi | null>,
    onRangeEdit: props.onRangeEdit && ((e) => handlers.current.onRangeEdit?.(e)),
  });
  const rangeRef = useRef(range);
  rangeRef.current = range;
  const defaultColDef = useMemo<ColDef>(
    () => ({
      ...baseColDef,
      suppressKeyboardEvent: keyboardRules({ fillFromEditor: (v) => rangeRef.current.fillFromEditor(v) }),
    }),
    [],
  );
  const { withRangeClasses } = range;
  const guardedColumns = useMemo(() => guardColumns(withRangeClasses(columnDefs)), [columnDefs, withRangeClasses]);
  const pending = useRef<{ request: FocusRequest; tries: number } | null>(null);
  // Latest callbacks without re-rendering the grid when a parent passes new closures.
  const handlers = useRef(props);
  handlers.current = props;

  // The grid starts with the first part of the rows; the feed brings the rest and every change.
  const [firstRows] = useState(() => rowData.slice(0, FEED_PART));
  const feed = useRef<RowFeed<T> | null>(null);
  const latestRows = useRef(rowData);
  latestRows.current = rowData;
  // A layout effect: it runs before AgGridReact takes in its other changed props (its own
  // effect), so the rows of another document are gone before new columns are built for them.
  useLayoutEffect(() => feed.current?.show(rowData), [rowData]);
  useEffect(() => () => feed.current?.stop(), []);

  // A cell can take the keyboard only once the grid has drawn its rows (a grid just shown again).
  const drawn = useRef(false);
  const tryFocus = useCallback(() => {
    const api = apiRef.current;
    const want = pending.current;
    if (api === null || want === null || api.isDestroyed() || !drawn.current) return;
    const node = api.getRowNode(want.request.id);
    if (node === undefined || node.rowIndex === null) {
      // The row may arrive with the next row data (results and rows can lag a commit by a
      // render), or with a later part of a long list still being fed.
      if (!feed.current?.feeding() && ++want.tries > 2) pending.current = null;
      return;
    }
    pending.current = null;
    // A column inside a closed group opens its group first, so the cell can be shown.
    const wanted = want.request.colId ? api.getColumn(want.request.colId) : null;
    const group = wanted?.getOriginalParent();
    if (wanted && group && !api.getAllDisplayedColumns().includes(wanted))
      api.setColumnGroupOpened(group.getGroupId(), true);
    const columns = api.getAllDisplayedColumns();
    const column = (want.request.colId && columns.find((c) => c.getColId() === want.request.colId)) || columns[0];
    if (column === undefined) return;
    api.ensureNodeVisible(node, 'middle');
    api.ensureColumnVisible(column, 'auto');
    api.setFocusedCell(node.rowIndex, column);
    node.setSelected(true, true);
    if (want.request.flash) api.flashCells({ rowNodes: [node], columns: [column] });
  }, []);

  const request = useCallback(
    (r: FocusRequest) => {
      pending.current = { request: r, tries: 0 };
      tryFocus();
    },
    [tryFocus],
  );

  // The issues panel (or anyone) selects a row of this grid: scroll there, focus, flash.
  const selection = useStore((s) => s.selection);
  useEffect(() => {
    if (selection === null) return;
    const wanted =
      selection.kind === grid
        ? { id: selection.id, colId: selection.field, flash: true }
        : (handlers.current.answers?.(selection) ?? null);
    if (wanted !== null) request(wanted);
  }, [selection, grid, request]);

  // A row command made or moved a row: focus it without a flash. The request is used up, so a
  // grid shown again later does not jump back to it.
  const rowFocus = useStore((s) => s.rowFocus);
  useEffect(() => {
    if (rowFocus === null || rowFocus.grid !== grid) return;
    request(rowFocus);
    useStore.setState({ rowFocus: null });
  }, [rowFocus, grid, request]);

  const onGridReady = useCallback(
    (e: GridReadyEvent<T>) => {
      apiRef.current = e.api;
      feed.current = createRowFeed(e.api, firstRows, {
        // Rows (not the pinned totals row) with an open editor: their updates wait for it to close.
        editing: () =>
          new Set(
            e.api
              .getEditingCells()
              .filter((c) => c.rowPinned == null)
              .map((c) => e.api.getDisplayedRowAtIndex(c.rowIndex)?.id)
              .filter((id): id is string => id !== undefined),
          ),
      });
      feed.current.show(latestRows.current);
      rangeRef.current.onDisplayedColumnsChanged();
      tryFocus();
    },
    [tryFocus, firstRows],
  );

  // Rows held back while being edited go to the grid once the editor closes.
  const onCellEditingStopped = useCallback(() => feed.current?.resume(), []);

  const onRowDataUpdated = useCallback(() => {
    tryFocus();
    rangeRef.current.onRowCountChanged();
  }, [tryFocus]);

  // Start-up timing (printed by the end-to-end run): when this grid first shows its rows.
  const markFirstRows = useCallback(() => {
    performance.mark(`grid-ready:${testId}`);
    drawn.current = true;
    tryFocus();
  }, [testId, tryFocus]);

  const onCellEditRequest = useCallback((e: CellEditRequestEvent<T>) => {
    if (e.rowPinned || e.data === undefined) return;
    handlers.current.onEdit(e.data.id, e.column.getColId(), e.newValue);
  }, []);

  const onCellFocused = useCallback(
    (e: CellFocusedEvent<T>) => {
      const api = apiRef.current;
      if (api === null) return;
      rangeRef.current.onCellFocused(e as CellFocusedEvent);
      // The totals row is never current: the row commands keep acting on the last real row.
      if (e.rowIndex === null || e.rowPinned) return;
      const node = api.getDisplayedRowAtIndex(e.rowIndex);
      // The focused row is the current row: highlighted, and the one the row commands act on.
      node?.setSelected(true, true);
      const colId = typeof e.column === 'object' && e.column !== null ? e.column.getColId() : null;
      if (node?.id !== undefined && grid !== undefined) useStore.getState().setCurrentRow(grid, { id: node.id, colId });
    },
    [grid],
  );

  // A select editor opens with its list showing: one double-click (or F2, or typing) to choose.
  const onCellEditingStarted = useCallback(() => {
    requestAnimationFrame(() => {
      const picker = container.current?.querySelector<HTMLElement>(
        '.ag-cell-inline-editing .ag-picker-field-wrapper.ag-picker-collapsed',
      );
      // AG Grid's picker opens on mousedown.
      picker?.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    });
  }, []);

  // Range keys (Shift+arrows, Ctrl+A, fill, Delete) outside an open editor; the rest reach the
  // window's shortcut handler (the command registry).
  const onKeyDown = useCallback((e: React.KeyboardEvent<HTMLDivElement>) => {
    if (isEditingTarget(e.target as HTMLElement)) return;
    if (rangeRef.current.onRangeKey(e.nativeEvent)) e.preventDefault();
  }, []);

  return (
    <div
      ref={container}
      className="data-grid"
      data-testid={testId}
      aria-label={ariaLabel}
      data-grid-kind={grid}
      style={{ height }}
      onKeyDown={onKeyDown}
    >
      <AgGridReact<T>
        theme={gridTheme}
        rowData={firstRows}
        columnDefs={guardedColumns}
        pinnedBottomRowData={pinnedBottomRowData}
        defaultColDef={defaultColDef as ColDef<T>}
        onCellMouseDown={range.onCellMouseDown}
        onCellMouseOver={range.onCellMouseOver}
        onDisplayedColumnsChanged={range.onDisplayedColumnsChanged}
        getRowId={getRowId}
        // No grid sorts or filters: an update of rows leaves the order as it is.
        suppressModelUpdateAfterUpdateTransaction
        rowSelection={rowSelection as RowSelectionOptions<T>}
        readOnlyEdit
        onCellEditRequest={onCellEditRequest}
        onCellFocused={onCellFocused}
        onCellEditingStarted={onCellEditingStarted}
        onCellEditingStopped={onCellEditingStopped}
        onGridReady={onGridReady}
        onFirstDataRendered={markFirstRows}
        onRowDataUpdated={onRowDataUpdated}
        enterNavigatesVertically
        enterNavigatesVerticallyAfterEdit
        stopEditingWhenCellsLoseFocus
        tooltipShowDelay={350}
        tooltipHideDelay={20000}
        suppressDragLeaveHidesColumns
        animateRows={false}
        overlayNoRowsTemplate={`<span class="grid-empty">${emptyText}</span>`}
      />
    </div>
  );
}
