// The scenario's credit pools as a spreadsheet: what was awarded and when, and what the
// billing simulation says happens to it (used, forfeited, the month it runs out).
import { useCallback, useMemo, useState, useDeferredValue } from 'react';
import { DataGrid, type FocusRequest } from '../../components/DataGrid';
import { indexIssues, issueRow } from '../../components/grid-issues';
import { GridPanelHead } from '../../components/GridPanelHead';
import { fitGridHeight } from '../../components/grid-theme';
import type { RowCommand } from '../../components/grid-keys';
import { useResults } from '../../engine-host/engine-host';
import { selectActiveScenario, useDocument } from '../../store/document-store';
import { addPool, deletePool } from '../../../../shared/engine';
import { applyPoolCellEdit, POOL_FIELD_LABELS } from './pool-cell-edit';
import { buildPoolColumns, buildPoolRows, type PoolGridRow } from './pool-columns';

export function PoolsGrid(_props: Record<string, unknown> = {}) {
  // Narrow selections: a line edit does not re-render the pools.
  const scenarioId = useDocument((s) => selectActiveScenario(s).id);
  const pools = useDocument((s) => selectActiveScenario(s).pools);
  const startMonth = useDocument((s) => selectActiveScenario(s).startMonth);
  const commit = useDocument((s) => s.commit);
  // Deferred: the KPI cards repaint first; the grid follows in a background render.
  const result = useDeferredValue(useResults((s) => s.byScenario.get(scenarioId)));
  const [currentId, setCurrentId] = useState<string | null>(null);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);

  const issues = useMemo(() => indexIssues(result?.issues ?? [], issueRow.pool), [result]);
  const { rows, total } = useMemo(() => buildPoolRows(pools, result, issues), [pools, result, issues]);
  const pinned = useMemo<PoolGridRow[]>(() => (pools.length > 1 ? [total] : []), [total, pools.length]);
  const columnDefs = useMemo(() => buildPoolColumns(startMonth), [startMonth]);

  const onEdit = useCallback(
    (poolId: string, colId: string, value: unknown) => {
      const name = pools.find((p) => p.id === poolId)?.name || poolId;
      commit(`Edit ${POOL_FIELD_LABELS[colId] ?? colId} of ${name}`, (wb) => applyPoolCellEdit(wb, scenarioId, poolId, colId, value));
    },
    [commit, pools, scenarioId],
  );

  const current = pools.find((p) => p.id === currentId) ?? null;

  const add = useCallback(() => {
    let newId = '';
    const ok = commit('Add pool', (wb) => {
      const r = addPool(wb, scenarioId);
      newId = r.poolId;
      return r.workbook;
    });
    if (ok) setFocusRequest({ id: newId, colId: 'name' });
  }, [commit, scenarioId]);

  const remove = useCallback(() => {
    if (current === null) return;
    const i = pools.indexOf(current);
    const neighbour = pools[i + 1] ?? pools[i - 1];
    const claims = selectActiveScenario(useDocument.getState()).lines.filter((l) => l.fundedBy === current.id).length;
    const ok = commit(`Delete pool ${current.name || current.id}`, (wb) => deletePool(wb, scenarioId, current.id));
    if (ok && claims > 0)
      useDocument.getState().notify({ kind: 'info', text: `Deleted ${current.name || current.id}; ${claims} ${claims === 1 ? 'line is' : 'lines are'} no longer claimed under a pool.` });
    if (ok && neighbour !== undefined) setFocusRequest({ id: neighbour.id, colId: 'name' });
  }, [commit, current, pools, scenarioId]);

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

  const height = fitGridHeight(1, pools.length + (pinned.length ? 1 : 0), 170, 420);

  return (
    <div className="grid-panel">
      <GridPanelHead title="Credit pools" count={pools.length} toolbarLabel="Pool commands">
        <button type="button" className="primary" data-testid="add-pool" onClick={add} title="Add a credit pool">
          + Add pool
        </button>
        <button type="button" data-testid="delete-pool" disabled={current === null} onClick={remove} title="Delete the current pool (lines it funded keep their cost and lose the claim)">
          Delete
        </button>
      </GridPanelHead>
      <DataGrid<PoolGridRow>
        testId="pools-grid"
        ariaLabel="Credit pools"
        rowData={rows}
        pinnedBottomRowData={pinned}
        columnDefs={columnDefs}
        selectionKind="pool"
        focusRequest={focusRequest}
        onEdit={onEdit}
        onCurrentRowChange={onCurrentRowChange}
        onRowCommand={onRowCommand}
        height={height}
        emptyText="No credit pools yet. Add the credits you hold or are applying for."
      />
    </div>
  );
}
