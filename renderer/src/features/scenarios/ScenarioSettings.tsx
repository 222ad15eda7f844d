// The active scenario's time axis and allocation mode. Each field commits on its own (one
// undoable step); a refused value shows a notice and the field returns to the stored value. In a
// scenario based on another, a setting that is its own change is marked, with a way back to the
// base's value, as its own cells are in the grids.
import { useId } from 'react';
import { ALLOCATION_MODES, SCENARIO_FIELD_LABELS as LABELS, type AllocationMode } from '../../../../shared/model';
import {
  changedCells,
  renameScenario,
  updateScenarioSettings,
  type ScenarioSettings as Settings,
} from '../../../../shared/engine';
import { revertSetting } from '../linked/linked-actions';
import { horizonSpan } from '../results/kpi-view';
import { CommitInput } from './CommitInput';
import {
  ALLOCATION_INFO,
  parseDaysPerMonth,
  parseHorizon,
  parseHoursPerMonth,
  parseStartMonth,
} from './settings-input';
import { useStore } from '../../store/store';
import { selectActiveScenario } from '../../store/document-slice';

/** "own change · Revert to base" after a setting a based-on scenario changed; nothing otherwise. */
function OwnSetting({ field, own }: { field: keyof typeof LABELS; own: ReadonlySet<string> }) {
  if (!own.has(field)) return null;
  return (
    <span className="own-setting" data-testid={`own-setting-${field}`}>
      <span className="cell-changed-sample">own change</span>
      <button type="button" className="link-button" onClick={() => revertSetting(field, LABELS[field])}>
        Revert to base
      </button>
    </span>
  );
}

export function ScenarioSettings() {
  const scenario = useStore(selectActiveScenario);
  const commit = useStore((s) => s.commit);
  const id = useId();
  const own = changedCells(scenario)?.settings ?? new Set<string>();

  const set = (label: string, patch: () => Partial<Settings>) =>
    commit(label, (wb) => updateScenarioSettings(wb, scenario.id, patch()), { activeScenarioId: scenario.id });

  return (
    <div className="panel settings-form" data-testid="scenario-settings">
      <div className="panel-head">
        <h2>Scenario</h2>
      </div>
      <div className="form-grid">
        <label htmlFor={`${id}-name`}>{LABELS.name}</label>
        <CommitInput
          id={`${id}-name`}
          data-testid="setting-name"
          value={scenario.name}
          onCommit={(text) =>
            commit('Rename scenario', (wb) => renameScenario(wb, scenario.id, text), { activeScenarioId: scenario.id })
          }
        />

        <label htmlFor={`${id}-start`}>{LABELS.startMonth}</label>
        <div className="field">
          <CommitInput
            id={`${id}-start`}
            data-testid="setting-startMonth"
            className="short"
            placeholder="YYYY-MM"
            value={scenario.startMonth}
            onCommit={(text) => set('Change start month', () => ({ startMonth: parseStartMonth(text) }))}
          />
          <span className="field-help">All line and pool timing moves with it.</span>
          <OwnSetting field="startMonth" own={own} />
        </div>

        <label htmlFor={`${id}-horizon`}>{LABELS.horizonMonths}</label>
        <div className="field">
          <CommitInput
            id={`${id}-horizon`}
            data-testid="setting-horizonMonths"
            className="short num"
            inputMode="numeric"
            value={String(scenario.horizonMonths)}
            onCommit={(text) => set('Change horizon', () => ({ horizonMonths: parseHorizon(text) }))}
          />
          <span className="field-help">1–120: {horizonSpan(scenario.startMonth, scenario.horizonMonths)}</span>
          <OwnSetting field="horizonMonths" own={own} />
        </div>

        <label htmlFor={`${id}-days`}>{LABELS.daysPerMonth}</label>
        <div className="field">
          <CommitInput
            id={`${id}-days`}
            data-testid="setting-daysPerMonth"
            className="short num"
            inputMode="decimal"
            value={String(scenario.daysPerMonth)}
            onCommit={(text) => set('Change days per month', () => ({ daysPerMonth: parseDaysPerMonth(text) }))}
          />
          <span className="field-help">turns per-day token volumes into a month</span>
          <OwnSetting field="daysPerMonth" own={own} />
        </div>

        <label htmlFor={`${id}-hours`}>{LABELS.hoursPerMonth}</label>
        <div className="field">
          <CommitInput
            id={`${id}-hours`}
            data-testid="setting-hoursPerMonth"
            className="short num"
            inputMode="decimal"
            value={String(scenario.hoursPerMonth)}
            onCommit={(text) => set('Change hours per month', () => ({ hoursPerMonth: parseHoursPerMonth(text) }))}
          />
          <span className="field-help">for always-on endpoints (AWS bills 730)</span>
          <OwnSetting field="hoursPerMonth" own={own} />
        </div>

        <label htmlFor={`${id}-allocation`}>{LABELS.allocation}</label>
        <div className="field">
          <select
            id={`${id}-allocation`}
            data-testid="setting-allocation"
            value={scenario.allocation}
            onChange={(e) => set('Change allocation', () => ({ allocation: e.target.value as AllocationMode }))}
          >
            {ALLOCATION_MODES.map((mode) => (
              <option key={mode} value={mode}>
                {ALLOCATION_INFO[mode].label}
              </option>
            ))}
          </select>
          <span className="field-help" data-testid="allocation-explanation">
            {ALLOCATION_INFO[scenario.allocation].explanation}
          </span>
          <OwnSetting field="allocation" own={own} />
        </div>
      </div>
    </div>
  );
}
