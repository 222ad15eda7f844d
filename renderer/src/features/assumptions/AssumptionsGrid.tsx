// The scenario's named drivers: what each is, its formula, and the value it computes to.
import { useCallback, useMemo } from 'react';
import { useStaged } from '../../components/use-staged';
import { CommandButton } from '../../components/CommandButton';
import { DataGrid } from '../../components/DataGrid';
import { indexIssues, issueRow } from '../../components/grid-issues';
import { GridPanelHead } from '../../components/GridPanelHead';
import { fitGridHeight } from '../../components/grid-theme';
import { createQuantityPreview } from '../lines/quantity-preview';
import { buildAssumptionColumns, buildAssumptionRows, type AssumptionRow } from './assumption-columns';
import { applyAssumptionCellEdit } from './assumption-cell-edit';
import { changedCells } from '../../../../shared/engine';
import { RevertToBaseButton } from '../linked/RevertToBaseButton';
import { useStore } from '../../store/store';
import { selectActiveScenario } from '../../store/document-slice';

const LABELS: Record<string, string> = {
  name: 'name',
  expr: 'value',
  note: 'note',
  rangeKind: 'range',
  rangeLow: 'range low',
  rangeLikely: 'range likely',
  rangeHigh: 'range high',
  rangeSd: 'range sd',
};

import { applyAssumptionWrites } from './assumption-writes';
import { commitRangeEdit } from '../../components/commit-range-edit';
import type { RangeEdit } from '../../components/grid-writes';

export function AssumptionsGrid(_props: Record<string, unknown> = {}) {
  // Narrow selections: a line or pool edit does not re-render the assumptions.
  const scenarioId = useStore((s) => selectActiveScenario(s).id);
  const liveAssumptions = useStore((s) => selectActiveScenario(s).assumptions);
  const liveStart = useStore((s) => selectActiveScenario(s).startMonth);
  const liveHorizon = useStore((s) => selectActiveScenario(s).horizonMonths);
  const liveLink = useStore((s) => selectActiveScenario(s).link);
  const liveResult = useStore((s) => s.byScenario.get(scenarioId));
  const commit = useStore((s) => s.commit);
  // Staged: the KPI cards repaint first; the grid follows in a task of its own.
  const { assumptions, startMonth, horizonMonths, link, result } = useStaged(
    useMemo(
      () => ({
        assumptions: liveAssumptions,
        startMonth: liveStart,
        horizonMonths: liveHorizon,
        link: liveLink,
        result: liveResult,
      }),
      [liveAssumptions, liveStart, liveHorizon, liveLink, liveResult],
    ),
  );

  // Values come straight from the resolver, so they are current even before the worker answers.
  const preview = useMemo(
    () => createQuantityPreview({ startMonth, horizonMonths, assumptions }),
    [startMonth, horizonMonths, assumptions],
  );
  const issues = useMemo(() => indexIssues(result, issueRow.assumption, 'expr'), [result]);
  // A based-on scenario marks the cells that are its own changes.
  const changed = useMemo(() => changedCells({ link })?.assumptions, [link]);
  const rows = useMemo(
    () => buildAssumptionRows(assumptions, preview, issues, changed),
    [assumptions, preview, issues, changed],
  );
  const columnDefs = useMemo(() => buildAssumptionColumns(startMonth, horizonMonths), [startMonth, horizonMonths]);

  const onEdit = useCallback(
    (name: string, colId: string, value: unknown) => {
      const made = commit(`Edit ${LABELS[colId] ?? colId} of ${name}`, (wb) =>
        applyAssumptionCellEdit(wb, scenarioId, name, colId, value),
      );
      const renamedTo = colId === 'name' ? String(value ?? '').trim() : '';
      const rewritten = made?.rewritten ?? 0;
      // The renamed row keeps its place, so the grid's own focus (Enter/Tab) carries on from it.
      if (renamedTo !== '' && rewritten > 0)
        useStore.getState().notify({
          kind: 'info',
          text: `Renamed ${name} to ${renamedTo} and updated ${rewritten} ${rewritten === 1 ? 'formula' : 'formulas'} that used it.`,
        });
    },
    [commit, scenarioId],
  );

  const height = fitGridHeight(1, assumptions.length, 170, 420);

  const onRangeEdit = useCallback(
    (edit: RangeEdit) => commitRangeEdit(edit, (wb) => applyAssumptionWrites(wb, scenarioId, edit)),
    [scenarioId],
  );

  return (
    <div className="grid-panel">
      <GridPanelHead title="Assumptions" count={assumptions.length} toolbarLabel="Assumption commands">
        <CommandButton
          id="assumptions.add"
          className="primary"
          testId="add-assumption"
          hint="Add a named driver formulas can use"
        >
          + Add assumption
        </CommandButton>
        <CommandButton id="assumptions.delete" testId="delete-assumption" hint="Delete the current assumption">
          Delete
        </CommandButton>
        <RevertToBaseButton grid="assumption" />
      </GridPanelHead>
      <DataGrid<AssumptionRow>
        testId="assumptions-grid"
        ariaLabel="Assumptions"
        rowData={rows}
        columnDefs={columnDefs}
        grid="assumption"
        onEdit={onEdit}
        onRangeEdit={onRangeEdit}
        height={height}
        emptyText="No assumptions yet. Add a driver such as growth = 0.05 and use it in any quantity."
      />
    </div>
  );
}
