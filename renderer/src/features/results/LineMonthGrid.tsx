// Lines by month: every line's cost in every month, with totals; select and copy any block
// (Ctrl/Cmd+A, Ctrl/Cmd+C) into a spreadsheet, or export the whole table as CSV.
import { useCallback, useMemo, useState } from 'react';
import { DataGrid } from '../../components/DataGrid';
import { fitGridHeight } from '../../components/grid-theme';
import { bridgeNow } from '../../bridge/get-bridge';
import { useStore } from '../../store/store';
import { selectActiveScenario } from '../../store/document-slice';
import { buildExportText, exportFileName } from '../export/export-file';
import { buildLineMonthColumns, buildLineMonthRows, type LineMonthRow } from './line-month-grid';

export function LineMonthGrid() {
  const scenario = useStore(selectActiveScenario);
  const title = useStore((s) => s.workbook.title);
  const result = useStore((s) => s.byScenario.get(scenario.id));
  const [saving, setSaving] = useState(false);
  const { rows, total } = useMemo(() => buildLineMonthRows(result), [result]);
  const months = result?.lines[0]?.monthly.length ?? scenario.horizonMonths;
  const columnDefs = useMemo(() => buildLineMonthColumns(scenario.startMonth, months), [scenario.startMonth, months]);
  const pinned = useMemo(() => (rows.length > 0 ? [total] : []), [rows.length, total]);

  const exportCsv = useCallback(async () => {
    if (result === undefined) return;
    setSaving(true);
    try {
      const fileName = exportFileName(title, scenario.name, 'lines');
      if (await bridgeNow().exportCsv(fileName, buildExportText('lines', result, scenario)))
        useStore.getState().notify({ kind: 'info', text: `Exported the lines by month as ${fileName}` });
    } catch (error) {
      useStore
        .getState()
        .notify({ kind: 'error', text: `Could not export: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setSaving(false);
    }
  }, [result, scenario, title]);

  return (
    <div className="line-month">
      <div className="panel-head">
        <p className="grid-hint">
          Each line’s cost month by month. Drag or Shift+click to select, Ctrl/Cmd+A for all, Ctrl/Cmd+C to copy into a
          spreadsheet.
        </p>
        <button
          type="button"
          data-testid="line-month-export"
          disabled={result === undefined || saving}
          onClick={() => void exportCsv()}
        >
          Export CSV
        </button>
      </div>
      <DataGrid<LineMonthRow>
        testId="line-month-grid"
        ariaLabel="Lines by month"
        rowData={rows}
        pinnedBottomRowData={pinned}
        columnDefs={columnDefs}
        onEdit={() => undefined}
        height={fitGridHeight(1, rows.length + 1, 160, 520)}
        emptyText="No lines yet."
      />
    </div>
  );
}
