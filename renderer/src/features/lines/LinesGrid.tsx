// The workload lines of the active scenario as a spreadsheet: every field editable in place,
// quantities as numbers or formulas, each line's first-month cost and horizon total beside it.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useStaged } from '../../components/use-staged';
import { DataGrid } from '../../components/DataGrid';
import { CommandButton, shortcutOf } from '../../components/CommandButton';
import { addLineOfKind } from '../../commands/row-commands';
import { GridPanelHead } from '../../components/GridPanelHead';
import { fitGridHeight } from '../../components/grid-theme';
import { fieldLabel, KIND_LABELS, type LineKind } from '../../../../shared/model';
import { AddLineMenu } from './AddLineMenu';
import { KindFilter } from './KindFilter';
import { buildLineColumns, type LineColumnEnv } from './line-columns';
import { INSTANCE_OPTIONS, MODEL_OPTIONS, SERVICE_ITEM_OPTIONS } from './line-options';
import { applyLineWrites } from './line-writes';
import { commitRangeEdit } from '../../components/commit-range-edit';
import type { RangeEdit } from '../../components/grid-writes';
import { applyLineCellEdit } from './line-cell-edit';
import type { LineGridRow } from './line-rows';
import { useLineRows } from './use-line-rows';
import { createQuantityPreview } from './quantity-preview';
// Compare view actions on the current line (features/variants).
import { LineVariantButtons } from '../variants/LineVariantButtons';
import { useStore } from '../../store/store';
import { changedCells } from '../../../../shared/engine';
import { RevertToBaseButton } from '../linked/RevertToBaseButton';
import { selectActiveScenario } from '../../store/document-slice';

const MOD = (shortcutOf('lines.add') ?? 'Ctrl+Enter').replace(/\+?Enter$/, '');

export function LinesGrid(_props: Record<string, unknown> = {}) {
  const live = useStore(selectActiveScenario);
  const commit = useStore((s) => s.commit);
  // Staged, the lines and their results: the KPI cards and the rest of the window repaint
  // first, and the grid's rows (12,500 in a large workbook) are rebuilt in a task of their own.
  // Edits go to the scenario on screen now.
  const liveResult = useStore((s) => s.byScenario.get(live.id));
  const { scenario, result } = useStaged(useMemo(() => ({ scenario: live, result: liveResult }), [live, liveResult]));
  const currentRowId = useStore((s) => s.currentRow.line?.id ?? null);
  const [kindFilter, setKindFilter] = useState<LineKind | null>(null);

  const { lines: allLines, pools, assumptions, startMonth, horizonMonths, hoursPerMonth } = scenario;
  const preview = useMemo(
    () => createQuantityPreview({ startMonth, horizonMonths, assumptions }),
    [startMonth, horizonMonths, assumptions],
  );
  const presentKinds = useMemo(() => new Set(allLines.map((l) => l.kind)), [allLines]);
  const filter = kindFilter !== null && presentKinds.has(kindFilter) ? kindFilter : null;
  const lines = useMemo(
    () => (filter === null ? allLines : allLines.filter((l) => l.kind === filter)),
    [allLines, filter],
  );
  // A jump to a line the filter hides (issues panel) shows every kind again.
  const selection = useStore((s) => s.selection);
  useEffect(() => {
    if (selection?.kind === 'line' && filter !== null && !lines.some((l) => l.id === selection.id)) setKindFilter(null);
  }, [selection, filter, lines]);

  // A based-on scenario marks the cells that are its own changes.
  const changed = useMemo(() => changedCells(scenario), [scenario]);
  // Read by the "Supports" editor when it opens; a ref keeps the column definitions stable.
  const linesRef = useRef(allLines);
  linesRef.current = allLines;
  // The kinds by how many lines they have: the commonest kind's inputs come first, beside the name.
  const kindsKey = useMemo(() => {
    const counts = new Map<LineKind, number>();
    for (const l of allLines) counts.set(l.kind, (counts.get(l.kind) ?? 0) + 1);
    return [...counts]
      .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
      .map(([k]) => k)
      .join(',');
  }, [allLines]);
  const columnsNow = useMemo(() => {
    const env: LineColumnEnv = {
      startMonth,
      hoursPerMonth,
      kinds: filter !== null ? [filter] : kindsKey === '' ? [] : (kindsKey.split(',') as LineKind[]),
      pools: pools.map((p) => ({ id: p.id, label: p.name || p.id })),
      models: MODEL_OPTIONS,
      instances: INSTANCE_OPTIONS,
      serviceItems: SERVICE_ITEM_OPTIONS,
      supportOptions: () =>
        linesRef.current.map((l) => ({ id: l.id, label: `${l.name || l.id} (${KIND_LABELS[l.kind]})` })),
    };
    return buildLineColumns(env);
  }, [startMonth, hoursPerMonth, kindsKey, pools, filter]);
  // The columns reach the grid with the rows built for them.
  const { rows, total, columns: columnDefs } = useLineRows(lines, result, preview, changed?.lines, columnsNow);
  const pinned = useMemo<LineGridRow[]>(() => (lines.length > 0 ? [total] : []), [total, lines.length]);

  const scenarioId = live.id;
  const onEdit = useCallback(
    (lineId: string, colId: string, value: unknown) => {
      const name = linesRef.current.find((l) => l.id === lineId)?.name || lineId;
      commit(`Edit ${fieldLabel('line', colId)} of ${name}`, (wb) =>
        applyLineCellEdit(wb, scenarioId, lineId, colId, value),
      );
    },
    [commit, scenarioId],
  );

  // Rows pasted past the end take a pasted Kind column, else the kind shown, else the last line's.
  const onRangeEdit = useCallback(
    (edit: RangeEdit) =>
      commitRangeEdit(edit, (wb) =>
        applyLineWrites(wb, scenarioId, edit, filter ?? linesRef.current.at(-1)?.kind ?? 'bedrock'),
      ),
    [scenarioId, filter],
  );

  const currentLine = lines.find((l) => l.id === currentRowId) ?? null;

  // Tall enough for every row up to a screenful; beyond that the grid scrolls (and virtualises).
  const height = fitGridHeight(2, lines.length + 1, 200, 560, 18);

  return (
    <div className="grid-panel">
      <GridPanelHead title="Workload lines" count={allLines.length} toolbarLabel="Line commands">
        <KindFilter value={filter} present={presentKinds} onChange={setKindFilter} />
        <AddLineMenu
          onAdd={addLineOfKind}
          hint={`Add a line below the current one (${shortcutOf('lines.add')} adds one of the same kind)`}
        />
        <CommandButton id="lines.duplicate" testId="duplicate-line" hint="Duplicate the current line">
          Duplicate
        </CommandButton>
        <CommandButton id="lines.delete" testId="delete-line" hint="Delete the current line">
          Delete
        </CommandButton>
        <CommandButton id="lines.moveUp" testId="move-line-up" hint="Move the current line up" ariaLabel="Move line up">
          ↑
        </CommandButton>
        <CommandButton
          id="lines.moveDown"
          testId="move-line-down"
          hint="Move the current line down"
          ariaLabel="Move line down"
        >
          ↓
        </CommandButton>
        {/* "Compare models" / "GPU fallback" for the current line: make variant scenarios and open Compare. */}
        <LineVariantButtons line={currentLine} scenarioId={scenarioId} />
        <RevertToBaseButton grid="line" />
      </GridPanelHead>
      <DataGrid<LineGridRow>
        testId="lines-grid"
        ariaLabel="Workload lines"
        rowData={rows}
        pinnedBottomRowData={pinned}
        columnDefs={columnDefs}
        grid="line"
        onEdit={onEdit}
        onRangeEdit={onRangeEdit}
        height={height}
        emptyText="No lines yet. Add a Bedrock model, a training run, an endpoint or a supporting service."
      />
      <p className="grid-hint">
        Type to replace a cell, F2 or double-click to edit, Enter or Tab to confirm and move on, Escape to cancel,
        Delete to clear. Quantities take a number (10M, 2.5k) or a formula such as <code>10e6 * (1 + growth)^m</code>;{' '}
        <span className="formula-mark">ƒ</span> marks a formula. Drag or Shift+click to select cells; {MOD}+C / {MOD}+V
        copy and paste with spreadsheets (rows pasted below the last line add lines), {MOD}+D / {MOD}+R fill down /
        right, {MOD}+Enter in an open cell writes it to every selected cell.{' '}
        <strong>A paste applies every cell that reads and lists the ones that do not</strong>; {MOD}+Z undoes the whole
        paste.
      </p>
    </div>
  );
}
