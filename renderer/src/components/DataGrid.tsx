// The one wrapper around AgGridReact: theme, spreadsheet keyboard, read-only edits handed to
// the store, row ids, the current row (kept in the store, where the row commands read it), and
// focusing a row the issues panel or a row command points at.
// The store owns the data and the undo history, so the grid never changes a row itself:
// every edit arrives as `onEdit` and comes back as new row data.
import { useCallback, useEffect, useMemo, useRef } from 'react';
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
import { isAppShortcut } from './grid-keys';
import { guardColumns } from './grid-guard';
import { gridTheme } from './grid-theme';

export interface GridRow {
  id: string;
}

interface FocusRequest {
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
  /** Which grid this is: the store selection, current row and row commands it answers. */
  grid: CommandGrid;
  onEdit(rowId: string, colId: string, value: unknown): void;
  height: number;
  emptyText: string;
}

// Module-level so the grid sees the same functions and objects on every render.
const getRowId = (p: { data: GridRow }) => p.data.id;
const rowSelection: RowSelectionOptions = { mode: 'singleRow', checkboxes: false, enableClickSelection: false };
function suppressKeyboardEvent(p: SuppressKeyboardEventParams): boolean {
  // Tab in an open editor commits and moves on without opening the next cell, as a spreadsheet does.
  if (p.editing && p.event.key === 'Tab' && p.event.type === 'keydown' && !p.event.ctrlKey && !p.event.altKey && !p.event.metaKey) {
    p.event.preventDefault();
    p.api.stopEditing();
    if (p.event.shiftKey) p.api.tabToPreviousCell();
    else p.api.tabToNextCell();
    return true;
  }
  // Outside an open editor, app shortcuts (undo/redo, row commands) pass through to the window.
  return !p.editing && isAppShortcut(p.event);
}
const defaultColDef: ColDef = {
  resizable: true,
  sortable: false,
  suppressMovable: true,
  suppressHeaderMenuButton: true,
  suppressKeyboardEvent,
};

export function DataGrid<T extends GridRow>(props: DataGridProps<T>) {
  const { testId, ariaLabel, rowData, columnDefs, pinnedBottomRowData, grid, height, emptyText } = props;
  const apiRef = useRef<GridApi<T> | null>(null);
  const guardedColumns = useMemo(() => guardColumns(columnDefs), [columnDefs]);
  const pending = useRef<{ request: FocusRequest; tries: number } | null>(null);
  // Latest callbacks without re-rendering the grid when a parent passes new closures.
  const handlers = useRef(props);
  handlers.current = props;

  const tryFocus = useCallback(() => {
    const api = apiRef.current;
    const want = pending.current;
    if (api === null || want === null || api.isDestroyed()) return;
    const node = api.getRowNode(want.request.id);
    if (node === undefined || node.rowIndex === null) {
      // The row may arrive with the next row data (results and rows can lag a commit by a render).
      if (++want.tries > 2) pending.current = null;
      return;
    }
    pending.current = null;
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
    if (selection !== null && selection.kind === grid) request({ id: selection.id, colId: selection.field, flash: true });
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
      tryFocus();
    },
    [tryFocus],
  );

  // Start-up timing (printed by the end-to-end run): when this grid first shows its rows.
  const markFirstRows = useCallback(() => performance.mark(`grid-ready:${testId}`), [testId]);

  const onCellEditRequest = useCallback((e: CellEditRequestEvent<T>) => {
    if (e.rowPinned || e.data === undefined) return;
    handlers.current.onEdit(e.data.id, e.column.getColId(), e.newValue);
  }, []);

  const onCellFocused = useCallback((e: CellFocusedEvent<T>) => {
    const api = apiRef.current;
    if (api === null) return;
    // The totals row is never current: the row commands keep acting on the last real row.
    if (e.rowIndex === null || e.rowPinned) return;
    const node = api.getDisplayedRowAtIndex(e.rowIndex);
    // The focused row is the current row: highlighted, and the one the row commands act on.
    node?.setSelected(true, true);
    const colId = typeof e.column === 'object' && e.column !== null ? e.column.getColId() : null;
    if (node?.id !== undefined) useStore.getState().setCurrentRow(grid, { id: node.id, colId });
  }, [grid]);

  // A select editor opens with its list showing: one double-click (or F2, or typing) to choose.
  const container = useRef<HTMLDivElement>(null);
  const onCellEditingStarted = useCallback(() => {
    requestAnimationFrame(() => {
      const picker = container.current?.querySelector<HTMLElement>('.ag-cell-inline-editing .ag-picker-field-wrapper.ag-picker-collapsed');
      // AG Grid's picker opens on mousedown.
      picker?.dispatchEvent(new MouseEvent('mousedown', { bubbles: true, cancelable: true }));
    });
  }, []);

  return (
    <div ref={container} className="data-grid" data-testid={testId} aria-label={ariaLabel} data-grid-kind={grid} style={{ height }}>
      <AgGridReact<T>
        theme={gridTheme}
        rowData={rowData}
        columnDefs={guardedColumns}
        pinnedBottomRowData={pinnedBottomRowData}
        defaultColDef={defaultColDef as ColDef<T>}
        getRowId={getRowId}
        rowSelection={rowSelection as RowSelectionOptions<T>}
        readOnlyEdit
        onCellEditRequest={onCellEditRequest}
        onCellFocused={onCellFocused}
        onCellEditingStarted={onCellEditingStarted}
        onGridReady={onGridReady}
        onFirstDataRendered={markFirstRows}
        onRowDataUpdated={tryFocus}
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
