// What the app does with scenarios based on another: make one, revert a cell to its base, detach
// (make it a complete scenario), and the questions deleting or renaming a base raises.
import {
  changedCells,
  dependantsOf,
  detachScenarios,
  newBasedOnScenario,
  revertToBase,
  type ChangeTarget,
} from '../../../../shared/engine';
import type { CommandGrid } from '../../../../shared/ipc';
import type { Scenario, Workbook } from '../../../../shared/model';
import { selectActiveScenario } from '../../store/document-slice';
import { useStore } from '../../store/store';

const state = () => useStore.getState();
const nameOf = (s: Scenario) => s.name || s.id;

/** A new scenario based on the active one, shown at once. */
export function newScenarioBasedOnActive(): void {
  const active = selectActiveScenario(state());
  state().commit(`New scenario based on ${nameOf(active)}`, (wb) => newBasedOnScenario(wb, active.id), {
    activeScenarioId: (made) => made.scenarioId,
  });
}

/** The cell of a grid's current row that a revert acts on, if it is one of the active scenario's changes. */
export function revertTarget(
  s: ReturnType<typeof state>,
  grid: CommandGrid,
): (ChangeTarget & { kind: CommandGrid; id: string }) | null {
  const scenario = selectActiveScenario(s);
  const cells = changedCells(scenario);
  const current = s.currentRow[grid];
  if (cells === null || current === null) return null;
  const rows = grid === 'line' ? cells.lines : grid === 'pool' ? cells.pools : cells.assumptions;
  const changed = rows.get(current.id);
  if (changed === undefined) return null;
  if (changed === 'added') return null;
  const field = current.colId ?? undefined;
  if (field !== undefined && !changed.has(field)) return null;
  return { kind: grid, id: current.id, ...(field === undefined ? {} : { field }) };
}

/** Sets the current cell of a grid back to the base's value (its change is dropped). */
export function revertCurrentCell(grid: CommandGrid): void {
  const s = state();
  const target = revertTarget(s, grid);
  if (target === null) return;
  const scenario = selectActiveScenario(s);
  s.commit(`Revert ${target.field ?? target.id} to ${baseName(s.workbook, scenario)}`, (wb) =>
    revertToBase(wb, scenario.id, target),
  );
}

/** Sets one of the active scenario's settings (horizon, start month, ...) back to its base's. */
export function revertSetting(field: string, label: string): void {
  const s = state();
  const scenario = selectActiveScenario(s);
  s.commit(`Revert ${label} to ${baseName(s.workbook, scenario)}`, (wb) =>
    revertToBase(wb, scenario.id, { kind: 'scenario', field }),
  );
}

function baseName(wb: Workbook, scenario: Scenario): string {
  const base = wb.scenarios.find((x) => x.id === scenario.link?.basedOn);
  return base === undefined ? 'the base' : nameOf(base);
}

/** Makes the active scenario a complete one (it stops following its base). */
export function detachActive(): void {
  const s = state();
  const scenario = selectActiveScenario(s);
  if (scenario.link === undefined) return;
  s.commit(`Detach ${nameOf(scenario)} from ${baseName(s.workbook, scenario)}`, (wb) =>
    detachScenarios(wb, [scenario.id]),
  );
}

/**
 * What to ask before deleting a scenario: scenarios based on it are detached (they keep what they
 * compute as, as complete scenarios), so the question names them.
 */
export function deleteQuestion(wb: Workbook, scenario: Scenario): string {
  const base = `Delete scenario “${nameOf(scenario)}” with its ${scenario.lines.length} lines and ${scenario.pools.length} pools?`;
  const dependants = dependantsOf(wb, scenario.id);
  if (dependants.length === 0) return `${base} Undo brings it back.`;
  const names = dependants.map((d) => `“${nameOf(d)}”`).join(', ');
  return `${base}\n\n${dependants.length === 1 ? 'This scenario is' : `${dependants.length} scenarios are`} based on it: ${names}. They will be detached: each becomes a complete scenario with the figures it has now, and stops following “${nameOf(scenario)}”.\n\nUndo brings everything back.`;
}
