// The workload lines of the active scenario as a spreadsheet: every field editable in place,
// quantities as numbers or formulas, each line's first-month cost and horizon total beside it.
import { useCallback, useMemo, useRef, useState, useDeferredValue } from 'react';
import { bundledPriceBook } from '../../../../shared/prices';
import { indexIssues, issueRow } from '../../components/grid-issues';
import { DataGrid, type FocusRequest } from '../../components/DataGrid';
import { GridPanelHead } from '../../components/GridPanelHead';
import { fitGridHeight } from '../../components/grid-theme';
import { modKeyName, type RowCommand } from '../../components/grid-keys';
import { useResults } from '../../engine-host/engine-host';
import { selectActiveScenario, useDocument } from '../../store/document-store';
import { addLine, deleteLine, duplicateLine, moveLine } from '../../../../shared/engine';
import type { LineKind } from '../../../../shared/model';
import { AddLineMenu } from './AddLineMenu';
import { buildLineColumns, type LineColumnEnv, type Option } from './line-columns';
import { applyLineCellEdit } from './line-cell-edit';
import { KIND_LABELS, LINE_FIELDS } from './line-fields';
import { buildLineRows, type LineGridRow, type LineRow } from './line-rows';
import { createQuantityPreview } from './quantity-preview';
// Compare view actions on the current line (features/variants).
import { LineVariantButtons } from '../variants/LineVariantButtons';

const book = bundledPriceBook();
const MODEL_OPTIONS: Option[] = book.models.map((m) => ({ id: m.id, label: m.name }));
const INSTANCE_OPTIONS: Option[] = book.instances.map((i) => ({
  id: i.id,
  label: i.gpuCount > 0 && i.gpuType ? `${i.id} · ${i.gpuCount}× ${i.gpuType}` : i.id,
}));
const SERVICE_ITEM_OPTIONS = book.serviceItems.map((s) => ({ id: s.id, label: `${s.name} (${s.unit})`, category: s.category }));
const MOD = modKeyName(typeof navigator === 'undefined' ? '' : navigator.platform);

export function LinesGrid(_props: Record<string, unknown> = {}) {
  const scenario = useDocument(selectActiveScenario);
  const commit = useDocument((s) => s.commit);
  // Deferred: the KPI cards repaint first; the grid follows in a background render.
  const result = useDeferredValue(useResults((s) => s.byScenario.get(scenario.id)));
  const [current, setCurrent] = useState<{ id: string | null; colId: string | null }>({ id: null, colId: null });
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);

  const { lines, pools, assumptions, startMonth, horizonMonths, hoursPerMonth } = scenario;
  const preview = useMemo(() => createQuantityPreview({ startMonth, horizonMonths, assumptions }), [startMonth, horizonMonths, assumptions]);
  const issues = useMemo(() => indexIssues(result?.issues ?? [], issueRow.line), [result]);

  const previousRows = useRef<ReadonlyMap<string, LineRow>>(new Map());
  const { rows, total } = useMemo(() => {
    const built = buildLineRows(lines, result, issues, preview, previousRows.current);
    previousRows.current = built.byId;
    return built;
  }, [lines, result, issues, preview]);
  const pinned = useMemo<LineGridRow[]>(() => (lines.length > 0 ? [total] : []), [total, lines.length]);

  // Read by the "Supports" editor when it opens; a ref keeps the column definitions stable.
  const linesRef = useRef(lines);
  linesRef.current = lines;
  const kindsKey = useMemo(() => [...new Set(lines.map((l) => l.kind))].sort().join(','), [lines]);
  const columnDefs = useMemo(() => {
    const env: LineColumnEnv = {
      startMonth,
      hoursPerMonth,
      kinds: kindsKey === '' ? [] : (kindsKey.split(',') as LineKind[]),
      pools: pools.map((p) => ({ id: p.id, label: p.name || p.id })),
      models: MODEL_OPTIONS,
      instances: INSTANCE_OPTIONS,
      serviceItems: SERVICE_ITEM_OPTIONS,
      supportOptions: () => linesRef.current.map((l) => ({ id: l.id, label: `${l.name || l.id} (${KIND_LABELS[l.kind]})` })),
    };
    return buildLineColumns(env);
  }, [startMonth, hoursPerMonth, kindsKey, pools]);

  const scenarioId = scenario.id;
  const onEdit = useCallback(
    (lineId: string, colId: string, value: unknown) => {
      const header = (LINE_FIELDS as Record<string, { header: string }>)[colId]?.header ?? colId;
      const name = linesRef.current.find((l) => l.id === lineId)?.name || lineId;
      commit(`Edit ${header} of ${name}`, (wb) => applyLineCellEdit(wb, scenarioId, lineId, colId, value));
    },
    [commit, scenarioId],
  );

  const currentId = current.id !== null && lines.some((l) => l.id === current.id) ? current.id : null;
  const currentIndex = currentId === null ? -1 : lines.findIndex((l) => l.id === currentId);

  const add = useCallback(
    (kind: LineKind) => {
      let newId = '';
      const ok = commit(`Add ${KIND_LABELS[kind]} line`, (wb) => {
        const r = addLine(wb, scenarioId, kind, currentId);
        newId = r.lineId;
        return r.workbook;
      });
      if (ok) setFocusRequest({ id: newId, colId: 'name' });
    },
    [commit, scenarioId, currentId],
  );

  const runRowCommand = useCallback(
    (command: RowCommand) => {
      if (command === 'insert') {
        add(lines[currentIndex]?.kind ?? 'bedrock');
        return;
      }
      if (currentId === null) return;
      const line = lines[currentIndex];
      const colId = current.colId ?? 'name';
      if (command === 'duplicate') {
        let newId = '';
        const ok = commit(`Duplicate ${line.name || line.id}`, (wb) => {
          const r = duplicateLine(wb, scenarioId, currentId);
          newId = r.lineId;
          return r.workbook;
        });
        if (ok) setFocusRequest({ id: newId, colId });
      } else if (command === 'delete') {
        // Focus stays at the same place: the next line, or the one above at the end.
        const neighbour = lines[currentIndex + 1] ?? lines[currentIndex - 1];
        const ok = commit(`Delete ${line.name || line.id}`, (wb) => deleteLine(wb, scenarioId, currentId));
        if (ok && neighbour !== undefined) setFocusRequest({ id: neighbour.id, colId });
      } else {
        const delta = command === 'moveUp' ? -1 : 1;
        const ok = commit(`Move ${line.name || line.id} ${delta < 0 ? 'up' : 'down'}`, (wb) => moveLine(wb, scenarioId, currentId, delta));
        if (ok) setFocusRequest({ id: currentId, colId });
      }
    },
    [add, commit, current.colId, currentId, currentIndex, lines, scenarioId],
  );

  const onCurrentRowChange = useCallback((id: string | null, colId: string | null) => {
    if (id !== null) setCurrent({ id, colId });
  }, []);

  // Tall enough for every row up to a screenful; beyond that the grid scrolls (and virtualises).
  const height = fitGridHeight(2, lines.length + 1, 200, 560, 18);
  const none = currentId === null;

  return (
    <div className="grid-panel">
      <GridPanelHead title="Workload lines" count={lines.length} toolbarLabel="Line commands">
        <AddLineMenu onAdd={add} hint={`Add a line below the current one (${MOD}+Enter adds one of the same kind)`} />
        <button type="button" data-testid="duplicate-line" disabled={none} onClick={() => runRowCommand('duplicate')} title={`Duplicate the current line (${MOD}+D)`}>
          Duplicate
        </button>
        <button type="button" data-testid="delete-line" disabled={none} onClick={() => runRowCommand('delete')} title={`Delete the current line (${MOD}+Delete)`}>
          Delete
        </button>
        <button type="button" data-testid="move-line-up" disabled={none || currentIndex === 0} onClick={() => runRowCommand('moveUp')} title="Move the current line up (Alt+↑)" aria-label="Move line up">
          ↑
        </button>
        <button type="button" data-testid="move-line-down" disabled={none || currentIndex === lines.length - 1} onClick={() => runRowCommand('moveDown')} title="Move the current line down (Alt+↓)" aria-label="Move line down">
          ↓
        </button>
        {/* "Compare models" / "GPU fallback" for the current line: make variant scenarios and open Compare. */}
        <LineVariantButtons line={currentId === null ? null : lines[currentIndex]} scenarioId={scenarioId} />
      </GridPanelHead>
      <DataGrid<LineGridRow>
        testId="lines-grid"
        ariaLabel="Workload lines"
        rowData={rows}
        pinnedBottomRowData={pinned}
        columnDefs={columnDefs}
        selectionKind="line"
        focusRequest={focusRequest}
        onEdit={onEdit}
        onCurrentRowChange={onCurrentRowChange}
        onRowCommand={runRowCommand}
        height={height}
        emptyText="No lines yet. Add a Bedrock model, a training run, an endpoint or a supporting service."
      />
      <p className="grid-hint">
        Type to replace a cell, F2 or double-click to edit, Enter or Tab to confirm and move on, Escape to cancel, Delete to clear. Quantities take a number (10M, 2.5k) or a formula such as{' '}
        <code>10e6 * (1 + growth)^m</code>; <span className="formula-mark">ƒ</span> marks a formula.
      </p>
    </div>
  );
}
