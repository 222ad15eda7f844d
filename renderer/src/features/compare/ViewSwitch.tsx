// The window's two views: the workbook (edit one scenario) and Compare (several side by side).
import { useDocument } from '../../store/document-store';
import { OPEN_SOURCE } from './compare-picks';
import { useCompare } from './compare-store';
import './compare.css';

export function ViewSwitch() {
  const view = useCompare((s) => s.view);
  const setView = useCompare((s) => s.setView);
  const enterCompare = useCompare((s) => s.enterCompare);
  const openCompare = () => {
    // First visit: compare every scenario of the open workbook.
    const scenarios = useDocument.getState().workbook.scenarios;
    enterCompare(scenarios.map((s) => ({ source: OPEN_SOURCE, scenarioId: s.id })));
  };
  return (
    <div className="view-switch" role="tablist" aria-label="View">
      <button type="button" role="tab" aria-selected={view === 'workbook'} onClick={() => setView('workbook')} data-testid="view-workbook">
        Workbook
      </button>
      <button type="button" role="tab" aria-selected={view === 'compare'} onClick={openCompare} data-testid="view-compare">
        Compare
      </button>
    </div>
  );
}
