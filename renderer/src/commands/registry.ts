// The page's command registry: the one command table (shared/ipc/commands.ts) joined with what
// each command does here and when it is available. The desktop menu, the window's shortcuts,
// the toolbar, the panels' buttons and the grids' row keys all run commands through it. Every
// command the page handles must have a handler: the Record below does not compile without one.
import { COMMAND_SPECS, type CommandSpec, type PageCommandId } from '../../../shared/ipc';
import { OPEN_SOURCE } from '../features/compare/compare-picks';
import { useStore, type Store } from '../store/store';
import type { PanelId } from '../store/ui-slice';
import { newWorkbook, openWorkbook, saveWorkbook } from './file-actions';
import { newScenarioBasedOnActive } from '../features/linked/linked-actions';
import {
  addAssumptionToScenario,
  addEmptyScenario,
  addLineLikeCurrent,
  addPoolToScenario,
  canMoveCurrentLine,
  currentAssumption,
  currentLine,
  currentPool,
  deleteCurrentAssumption,
  deleteCurrentLine,
  deleteCurrentPool,
  duplicateCurrentLine,
  duplicateScenarioById,
  moveCurrentLine,
} from './row-commands';

export interface CommandHandler {
  run(): void;
  /** Whether the command can run now (buttons show it disabled otherwise); always, if absent. */
  enabled?(state: Store): boolean;
}

const store = () => useStore.getState();
const reveal = (panel: PanelId): CommandHandler => ({ run: () => store().revealPanel(panel) });

/** Shows the Compare view; on the first visit every scenario of the open workbook is picked. */
function enterCompare(): void {
  const s = store();
  s.enterCompare(s.workbook.scenarios.map((sc) => ({ source: OPEN_SOURCE, scenarioId: sc.id })));
}

const COMMAND_HANDLERS: Record<PageCommandId, CommandHandler> = {
  'file.new': { run: newWorkbook },
  'file.open': { run: () => void openWorkbook() },
  'file.save': { run: () => void saveWorkbook() },
  'file.saveAs': { run: () => void saveWorkbook({ as: true }) },
  'file.export': { run: () => store().setExportOpen(true) },
  'file.import': { run: () => store().setImportOpen(true) },
  'edit.undo': { run: () => store().undo(), enabled: (s) => s.past.length > 0 },
  'edit.redo': { run: () => store().redo(), enabled: (s) => s.future.length > 0 },
  'lines.add': { run: addLineLikeCurrent },
  'lines.duplicate': { run: duplicateCurrentLine, enabled: (s) => currentLine(s) !== null },
  'lines.delete': { run: deleteCurrentLine, enabled: (s) => currentLine(s) !== null },
  'lines.moveUp': { run: () => moveCurrentLine(-1), enabled: (s) => canMoveCurrentLine(s, -1) },
  'lines.moveDown': { run: () => moveCurrentLine(1), enabled: (s) => canMoveCurrentLine(s, 1) },
  'pools.add': { run: () => addPoolToScenario() },
  'pools.delete': { run: deleteCurrentPool, enabled: (s) => currentPool(s) !== null },
  'assumptions.add': { run: addAssumptionToScenario },
  'assumptions.delete': { run: deleteCurrentAssumption, enabled: (s) => currentAssumption(s) !== null },
  'scenario.add': { run: addEmptyScenario },
  'scenario.duplicate': { run: () => duplicateScenarioById(store().activeScenarioId) },
  'scenario.basedOn': { run: newScenarioBasedOnActive },
  'view.lines': reveal('lines'),
  'view.pools': reveal('pools'),
  'view.assumptions': reveal('assumptions'),
  'view.results': reveal('results'),
  'view.issues': reveal('issues'),
  'view.compare': { run: enterCompare },
  'view.settings': { run: () => store().setSettingsOpen(!store().settingsOpen) },
};

export function commandHandler(id: string): CommandHandler | undefined {
  return Object.hasOwn(COMMAND_HANDLERS, id) ? COMMAND_HANDLERS[id as PageCommandId] : undefined;
}

export function isEnabled(id: PageCommandId, state: Store): boolean {
  return COMMAND_HANDLERS[id].enabled?.(state) ?? true;
}

/** Runs a command by id (from the menu, a key or a button) if it is available; false if unknown. */
export function runCommand(id: string): boolean {
  const handler = commandHandler(id);
  if (handler === undefined) return false;
  if (handler.enabled?.(store()) ?? true) handler.run();
  return true;
}

/** The commands the page carries out, with their data. */
export const PAGE_COMMANDS: readonly CommandSpec[] = (COMMAND_SPECS as readonly CommandSpec[]).filter(
  (c) => commandHandler(c.id) !== undefined,
);
