// The row commands of the three grids (lines, pools, assumptions) and the scenario commands, run
// on the store: each acts on the grid's current row (store.currentRow), is one undoable commit,
// and asks the grid to focus what it made or the row that took the removed one's place.
import { KIND_LABELS, PROGRAMS, type LineKind, type ProgramId } from '../../../shared/model';
import type { CommandGrid } from '../../../shared/ipc';
import { selectActiveScenario } from '../store/document-slice';
import { useStore, type Store } from '../store/store';
import {
  addAssumption,
  addLine,
  addPool,
  addScenario,
  assumptionUses,
  deleteAssumption,
  deleteLine,
  deletePool,
  duplicateLine,
  duplicateScenario,
  moveLine,
} from '../../../shared/engine';

const state = () => useStore.getState();
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The current row of a grid in the active scenario, with its index (null when it is gone). */
function currentIn<T>(s: Store, grid: CommandGrid, rows: readonly T[], idOf: (row: T) => string) {
  const current = s.currentRow[grid];
  const index = current === null ? -1 : rows.findIndex((row) => idOf(row) === current.id);
  return index < 0 ? null : { row: rows[index], index, colId: current!.colId };
}

export const currentLine = (s: Store) => currentIn(s, 'line', selectActiveScenario(s).lines, (l) => l.id);
export const currentPool = (s: Store) => currentIn(s, 'pool', selectActiveScenario(s).pools, (p) => p.id);
export const currentAssumption = (s: Store) =>
  currentIn(s, 'assumption', selectActiveScenario(s).assumptions, (a) => a.name);

/** Adds a line of `kind` below the current one and puts the cursor on its name. */
export function addLineOfKind(kind: LineKind): void {
  const s = state();
  const scenarioId = selectActiveScenario(s).id;
  const after = currentLine(s)?.row.id ?? null;
  const made = s.commit(`Add ${KIND_LABELS[kind]} line`, (wb) => addLine(wb, scenarioId, kind, after));
  if (made !== null) s.focusRow({ grid: 'line', id: made.lineId, colId: 'name' });
}

/** Ctrl/Cmd+Enter: a line of the current line's kind (Bedrock in an empty scenario). */
export function addLineLikeCurrent(): void {
  addLineOfKind(currentLine(state())?.row.kind ?? 'bedrock');
}

export function duplicateCurrentLine(): void {
  const s = state();
  const current = currentLine(s);
  if (current === null) return;
  const scenarioId = selectActiveScenario(s).id;
  const made = s.commit(`Duplicate ${current.row.name || current.row.id}`, (wb) =>
    duplicateLine(wb, scenarioId, current.row.id),
  );
  if (made !== null) s.focusRow({ grid: 'line', id: made.lineId, colId: current.colId ?? 'name' });
}

export function deleteCurrentLine(): void {
  const s = state();
  const current = currentLine(s);
  if (current === null) return;
  const { lines, id: scenarioId } = selectActiveScenario(s);
  // Focus stays at the same place: the next line, or the one above at the end.
  const neighbour = lines[current.index + 1] ?? lines[current.index - 1];
  const made = s.commit(`Delete ${current.row.name || current.row.id}`, (wb) =>
    deleteLine(wb, scenarioId, current.row.id),
  );
  if (made !== null && neighbour !== undefined)
    s.focusRow({ grid: 'line', id: neighbour.id, colId: current.colId ?? 'name' });
}

export function moveCurrentLine(delta: -1 | 1): void {
  const s = state();
  const current = currentLine(s);
  if (current === null) return;
  const scenarioId = selectActiveScenario(s).id;
  const label = `Move ${current.row.name || current.row.id} ${delta < 0 ? 'up' : 'down'}`;
  const made = s.commit(label, (wb) => moveLine(wb, scenarioId, current.row.id, delta));
  if (made !== null) s.focusRow({ grid: 'line', id: current.row.id, colId: current.colId ?? 'name' });
}

export function canMoveCurrentLine(s: Store, delta: -1 | 1): boolean {
  const current = currentLine(s);
  const to = current === null ? -1 : current.index + delta;
  return to >= 0 && to < selectActiveScenario(s).lines.length;
}

/** Adds a pool of a program (Activate Portfolio when the key or menu gives none) with the program's proposals. */
export function addPoolToScenario(program: ProgramId = 'portfolio'): void {
  const s = state();
  const scenarioId = selectActiveScenario(s).id;
  const made = s.commit(`Add ${PROGRAMS[program].name} pool`, (wb) => addPool(wb, scenarioId, program));
  if (made !== null) s.focusRow({ grid: 'pool', id: made.poolId, colId: 'name' });
}

export function deleteCurrentPool(): void {
  const s = state();
  const current = currentPool(s);
  if (current === null) return;
  const { pools, lines, id: scenarioId } = selectActiveScenario(s);
  const pool = current.row;
  const neighbour = pools[current.index + 1] ?? pools[current.index - 1];
  const claims = lines.filter((l) => l.fundedBy === pool.id).length;
  const made = s.commit(`Delete pool ${pool.name || pool.id}`, (wb) => deletePool(wb, scenarioId, pool.id));
  if (made === null) return;
  if (claims > 0)
    s.notify({
      kind: 'info',
      text: `Deleted ${pool.name || pool.id}; ${plural(claims, 'line is', 'lines are')} no longer claimed under a pool.`,
    });
  if (neighbour !== undefined) s.focusRow({ grid: 'pool', id: neighbour.id, colId: 'name' });
}

export function addAssumptionToScenario(): void {
  const s = state();
  const scenarioId = selectActiveScenario(s).id;
  const made = s.commit('Add assumption', (wb) => addAssumption(wb, scenarioId));
  if (made !== null) s.focusRow({ grid: 'assumption', id: made.name, colId: 'name' });
}

export function deleteCurrentAssumption(): void {
  const s = state();
  const current = currentAssumption(s);
  if (current === null) return;
  const scenario = selectActiveScenario(s);
  const { name } = current.row;
  const neighbour = scenario.assumptions[current.index + 1] ?? scenario.assumptions[current.index - 1];
  const uses = assumptionUses(scenario, name);
  const made = s.commit(`Delete assumption ${name}`, (wb) => deleteAssumption(wb, scenario.id, name));
  if (made === null) return;
  if (uses > 0)
    s.notify({
      kind: 'info',
      text: `Deleted ${name}; ${plural(uses, 'formula uses', 'formulas use')} it and now show an error (Undo brings it back).`,
    });
  if (neighbour !== undefined) s.focusRow({ grid: 'assumption', id: neighbour.name, colId: 'name' });
}

/** An empty scenario starting in the active one's month, shown at once. */
export function addEmptyScenario(): void {
  const s = state();
  const start = selectActiveScenario(s).startMonth;
  s.commit('Add scenario', (wb) => addScenario(wb, start), { activeScenarioId: (made) => made.scenarioId });
}

export function duplicateScenarioById(id: string): void {
  state().commit('Duplicate scenario', (wb) => duplicateScenario(wb, id), {
    activeScenarioId: (made) => made.scenarioId,
  });
}
