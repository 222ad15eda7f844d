// The scenario's credit pools as a spreadsheet: what was awarded and when, and what the
// billing simulation says happens to it (used, forfeited, the month it runs out).
import { useCallback, useMemo } from 'react';
import { useStaged } from '../../components/use-staged';
import { CommandButton } from '../../components/CommandButton';
import { DataGrid } from '../../components/DataGrid';
import { indexIssues, issueRow } from '../../components/grid-issues';
import { GridPanelHead } from '../../components/GridPanelHead';
import { fitGridHeight } from '../../components/grid-theme';
import { fieldLabel } from '../../../../shared/model';
import { applyPoolCellEdit } from './pool-cell-edit';
import { buildPoolColumns, buildPoolRows, type PoolGridRow } from './pool-columns';
import { useStore } from '../../store/store';
import { selectActiveScenario } from '../../store/document-slice';
import { changedCells } from '../../../../shared/engine';
import { RevertToBaseButton } from '../linked/RevertToBaseButton';

import { applyPoolWrites } from './pool-writes';
import { commitRangeEdit } from '../../components/commit-range-edit';
import type { RangeEdit } from '../../components/grid-writes';

import { AddPoolMenu } from './AddPoolMenu';
import { addPoolToScenario } from '../../commands/row-commands';
export function PoolsGrid(_props: Record<string, unknown> = {}) {
  // Narrow selections: a line edit does not re-render the pools.
  const scenarioId = useStore((s) => selectActiveScenario(s).id);
  const livePools = useStore((s) => selectActiveScenario(s).pools);
  const liveStart = useStore((s) => selectActiveScenario(s).startMonth);
  const liveLink = useStore((s) => selectActiveScenario(s).link);
  const liveResult = useStore((s) => s.byScenario.get(scenarioId));
  const commit = useStore((s) => s.commit);
  // Staged: the KPI cards repaint first; the grid follows in a task of its own.
  const { pools, startMonth, link, result } = useStaged(
    useMemo(
      () => ({ pools: livePools, startMonth: liveStart, link: liveLink, result: liveResult }),
      [livePools, liveStart, liveLink, liveResult],
    ),
  );

  const issues = useMemo(() => indexIssues(result, issueRow.pool), [result]);
  // A based-on scenario marks the cells that are its own changes.
  const changed = useMemo(() => changedCells({ link })?.pools, [link]);
  const { rows, total } = useMemo(
    () => buildPoolRows(pools, result, issues, changed),
    [pools, result, issues, changed],
  );
  const pinned = useMemo<PoolGridRow[]>(() => (pools.length > 1 ? [total] : []), [total, pools.length]);
  const columnDefs = useMemo(() => buildPoolColumns(startMonth), [startMonth]);

  const onEdit = useCallback(
    (poolId: string, colId: string, value: unknown) => {
      const name = livePools.find((p) => p.id === poolId)?.name || poolId;
      commit(`Edit ${fieldLabel('pool', colId)} of ${name}`, (wb) =>
        applyPoolCellEdit(wb, scenarioId, poolId, colId, value),
      );
    },
    [commit, livePools, scenarioId],
  );

  const height = fitGridHeight(1, pools.length + (pinned.length ? 1 : 0), 170, 420);

  const onRangeEdit = useCallback(
    (edit: RangeEdit) => commitRangeEdit(edit, (wb) => applyPoolWrites(wb, scenarioId, edit)),
    [scenarioId],
  );

  return (
    <div className="grid-panel">
      <GridPanelHead title="Credit pools" count={pools.length} toolbarLabel="Pool commands">
        <AddPoolMenu onAdd={addPoolToScenario} />
        <CommandButton
          id="pools.delete"
          testId="delete-pool"
          hint="Delete the current pool (lines it funded keep their cost and lose the claim)"
        >
          Delete
        </CommandButton>
        <RevertToBaseButton grid="pool" />
      </GridPanelHead>
      <DataGrid<PoolGridRow>
        testId="pools-grid"
        ariaLabel="Credit pools"
        rowData={rows}
        pinnedBottomRowData={pinned}
        columnDefs={columnDefs}
        grid="pool"
        onEdit={onEdit}
        onRangeEdit={onRangeEdit}
        height={height}
        emptyText="No credit pools yet. Add the credits you hold or are applying for."
      />
    </div>
  );
}
