// Above the grids of a scenario based on another: which base it follows, how many changes it
// holds (marked cells in the grids), what it leaves out, and the way to detach it.
import { changedCells } from '../../../../shared/engine';
import { selectActiveScenario } from '../../store/document-slice';
import { useStore } from '../../store/store';
import { detachActive } from './linked-actions';

export function LinkedBanner() {
  const scenario = useStore(selectActiveScenario);
  const scenarios = useStore((s) => s.workbook.scenarios);
  const setActive = useStore((s) => s.setActiveScenario);
  const link = scenario.link;
  if (link === undefined) return null;
  const base = scenarios.find((s) => s.id === link.basedOn);
  const cells = changedCells(scenario);
  const removed =
    cells === null
      ? []
      : [
          ...cells.removed.lines.map((id) => `line ${id}`),
          ...cells.removed.pools.map((id) => `pool ${id}`),
          ...cells.removed.assumptions.map((n) => `assumption ${n}`),
        ];
  const count = link.changes.length;
  return (
    <div className="linked-banner" role="note" data-testid="linked-banner">
      <span>
        Based on{' '}
        {base === undefined ? (
          <strong>“{link.basedOn}” (missing)</strong>
        ) : (
          <button type="button" className="link-button" data-testid="go-to-base" onClick={() => setActive(base.id)}>
            {base.name || base.id}
          </button>
        )}
        : it follows every edit there, except its own{' '}
        <span data-testid="linked-change-count">
          {count} {count === 1 ? 'change' : 'changes'}
        </span>{' '}
        (<span className="cell-changed-sample">marked cells</span>; select one and use “Revert to base” to follow the
        base again).
        {removed.length > 0 && <> Leaves out: {removed.join(', ')}.</>}
      </span>
      <button
        type="button"
        data-testid="detach-scenario"
        title="Make this a complete scenario: it keeps its figures and stops following its base"
        onClick={detachActive}
      >
        Detach from base
      </button>
    </div>
  );
}
