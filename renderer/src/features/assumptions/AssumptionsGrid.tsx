// The scenario's named drivers: what each is, its formula, and the value it computes to.
import { useCallback, useMemo, useState, useDeferredValue } from 'react';
import { DataGrid, type FocusRequest } from '../../components/DataGrid';
import { indexIssues, issueRow } from '../../components/grid-issues';
import { GridPanelHead } from '../../components/GridPanelHead';
import { fitGridHeight } from '../../components/grid-theme';
import type { RowCommand } from '../../components/grid-keys';
import { useResults } from '../../engine-host/engine-host';
import { selectActiveScenario, useDocument } from '../../store/document-store';
import { addAssumption, assumptionUses, deleteAssumption } from '../../../../shared/engine';
import { createQuantityPreview } from '../lines/quantity-preview';
import { buildAssumptionColumns, buildAssumptionRows, type AssumptionRow } from './assumption-columns';
import { applyAssumptionCellEdit } from './assumption-cell-edit';

const LABELS: Record<string, string> = { name: 'name', expr: 'value', note: 'note' };

export function AssumptionsGrid(_props: Record<string, unknown> = {}) {
  // Narrow selections: a line or pool edit does not re-render the assumptions.
  const scenarioId = useDocument((s) => selectActiveScenario(s).id);
  const assumptions = useDocument((s) => selectActiveScenario(s).assumptions);
  const startMonth = useDocument((s) => selectActiveScenario(s).startMonth);
  const horizonMonths = useDocument((s) => selectActiveScenario(s).horizonMonths);
  const commit = useDocument((s) => s.commit);
  // Deferred: the KPI cards repaint first; the grid follows in a background render.
  const result = useDeferredValue(useResults((s) => s.byScenario.get(scenarioId)));
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);

  // Values come straight from the resolver, so they are current even before the worker answers.
  const preview = useMemo(() => createQuantityPreview({ startMonth, horizonMonths, assumptions }), [startMonth, horizonMonths, assumptions]);
  const issues = useMemo(() => indexIssues(result?.issues ?? [], issueRow.assumption, 'expr'), [result]);
  const rows = useMemo(() => buildAssumptionRows(assumptions, preview, issues), [assumptions, preview, issues]);
  const columnDefs = useMemo(() => buildAssumptionColumns(startMonth, horizonMonths), [startMonth, horizonMonths]);

  const onEdit = useCallback(
    (name: string, colId: string, value: unknown) => {
      let rewritten = 0;
      let renamedTo = '';
      const ok = commit(`Edit ${LABELS[colId] ?? colId} of ${name}`, (wb) => {
        const r = applyAssumptionCellEdit(wb, scenarioId, name, colId, value);
        rewritten = r.rewritten;
        renamedTo = colId === 'name' ? String(value ?? '').trim() : '';
        return r.workbook;
      });
      // The renamed row keeps its place, so the grid's own focus (Enter/Tab) carries on from it.
      if (ok && renamedTo !== '' && rewritten > 0)
        useDocument.getState().notify({ kind: 'info', text: `Renamed ${name} to ${renamedTo} and updated ${rewritten} ${rewritten === 1 ? 'formula' : 'formulas'} that used it.` });
    },
    [commit, scenarioId],
  );

  const add = useCallback(() => {
    let name = '';
    const ok = commit('Add assumption', (wb) => {
      const r = addAssumption(wb, scenarioId);
      name = r.name;
      return r.workbook;
    });
    if (ok) setFocusRequest({ id: name, colId: 'name' });
  }, [commit, scenarioId]);

  const current = assumptions.find((a) => a.name === currentId) ?? null;
  const remove = useCallback(() => {
    if (current === null) return;
    const i = assumptions.indexOf(current);
    const neighbour = assumptions[i + 1] ?? assumptions[i - 1];
    const uses = assumptionUses(selectActiveScenario(useDocument.getState()), current.name);
    const ok = commit(`Delete assumption ${current.name}`, (wb) => deleteAssumption(wb, scenarioId, current.name));
    if (ok && uses > 0)
      useDocument.getState().notify({ kind: 'info', text: `Deleted ${current.name}; ${uses} ${uses === 1 ? 'formula uses' : 'formulas use'} it and now show an error (Undo brings it back).` });
    if (ok && neighbour !== undefined) setFocusRequest({ id: neighbour.name, colId: 'name' });
  }, [assumptions, commit, current, scenarioId]);

  const onRowCommand = useCallback(
    (command: RowCommand) => {
      if (command === 'insert') add();
      else if (command === 'delete') remove();
    },
    [add, remove],
  );
  const onCurrentRowChange = useCallback((id: string | null) => {
    if (id !== null) setCurrentId(id);
  }, []);

  const height = fitGridHeight(1, assumptions.length, 170, 420);

  return (
    <div className="grid-panel">
      <GridPanelHead title="Assumptions" count={assumptions.length} toolbarLabel="Assumption commands">
        <button type="button" className="primary" data-testid="add-assumption" onClick={add} title="Add a named driver formulas can use">
          + Add assumption
        </button>
        <button type="button" data-testid="delete-assumption" disabled={current === null} onClick={remove} title="Delete the current assumption">
          Delete
        </button>
      </GridPanelHead>
      <DataGrid<AssumptionRow>
        testId="assumptions-grid"
        ariaLabel="Assumptions"
        rowData={rows}
        columnDefs={columnDefs}
        selectionKind="assumption"
        focusRequest={focusRequest}
        onEdit={onEdit}
        onCurrentRowChange={onCurrentRowChange}
        onRowCommand={onRowCommand}
        height={height}
        emptyText="No assumptions yet. Add a driver such as growth = 0.05 and use it in any quantity."
      />
    </div>
  );
}
