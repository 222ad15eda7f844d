// The window's two views: the workbook (edit one scenario) and Compare (several side by side).
import { runCommand } from '../../commands/registry';
import { useStore } from '../../store/store';
import './compare.css';

export function ViewSwitch() {
  const view = useStore((s) => s.view);
  const setView = useStore((s) => s.setView);
  return (
    <div className="view-switch" role="tablist" aria-label="View">
      <button
        type="button"
        role="tab"
        aria-selected={view === 'workbook'}
        onClick={() => setView('workbook')}
        data-testid="view-workbook"
      >
        Workbook
      </button>
      <button
        type="button"
        role="tab"
        aria-selected={view === 'compare'}
        onClick={() => runCommand('view.compare')}
        data-testid="view-compare"
      >
        Compare
      </button>
    </div>
  );
}
