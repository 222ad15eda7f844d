// Every command the native menu offers, as data: the menu is built from this list, and the
// renderer receives the same ids in `menu:command` events. Commands marked `main` are carried
// out by the main process (they concern windows, not the document) and are never sent.

export type MenuName = 'file' | 'edit' | 'view';

export interface MenuCommand {
  readonly id: string;
  readonly label: string;
  readonly menu: MenuName;
  /** Commands with the same group sit together; a separator goes between groups. */
  readonly group: number;
  readonly accelerator?: string;
  /** Windows uses Ctrl+Y for Redo. */
  readonly acceleratorWin32?: string;
  readonly handledBy: 'renderer' | 'main';
}

export const MENU_COMMANDS = [
  { id: 'file.new', label: 'New Workbook', menu: 'file', group: 0, accelerator: 'CmdOrCtrl+N', handledBy: 'renderer' },
  { id: 'window.new', label: 'New Window', menu: 'file', group: 0, accelerator: 'CmdOrCtrl+Shift+N', handledBy: 'main' },
  { id: 'file.open', label: 'Open…', menu: 'file', group: 0, accelerator: 'CmdOrCtrl+O', handledBy: 'renderer' },
  { id: 'file.save', label: 'Save', menu: 'file', group: 1, accelerator: 'CmdOrCtrl+S', handledBy: 'renderer' },
  { id: 'file.saveAs', label: 'Save As…', menu: 'file', group: 1, accelerator: 'CmdOrCtrl+Shift+S', handledBy: 'renderer' },
  { id: 'file.export', label: 'Export CSV…', menu: 'file', group: 2, accelerator: 'CmdOrCtrl+E', handledBy: 'renderer' },
  { id: 'edit.undo', label: 'Undo', menu: 'edit', group: 0, accelerator: 'CmdOrCtrl+Z', handledBy: 'renderer' },
  { id: 'edit.redo', label: 'Redo', menu: 'edit', group: 0, accelerator: 'CmdOrCtrl+Shift+Z', acceleratorWin32: 'Ctrl+Y', handledBy: 'renderer' },
  { id: 'lines.add', label: 'Add Line', menu: 'edit', group: 2, accelerator: 'CmdOrCtrl+L', handledBy: 'renderer' },
  { id: 'lines.duplicate', label: 'Duplicate Line', menu: 'edit', group: 2, accelerator: 'CmdOrCtrl+D', handledBy: 'renderer' },
  // No accelerator: Delete and Backspace belong to the grid and its text editors.
  { id: 'lines.delete', label: 'Delete Line', menu: 'edit', group: 2, handledBy: 'renderer' },
  { id: 'scenario.add', label: 'New Scenario', menu: 'edit', group: 3, handledBy: 'renderer' },
  { id: 'scenario.duplicate', label: 'Duplicate Scenario', menu: 'edit', group: 3, handledBy: 'renderer' },
  { id: 'view.lines', label: 'Lines', menu: 'view', group: 0, accelerator: 'CmdOrCtrl+1', handledBy: 'renderer' },
  { id: 'view.pools', label: 'Credit Pools', menu: 'view', group: 0, accelerator: 'CmdOrCtrl+2', handledBy: 'renderer' },
  { id: 'view.assumptions', label: 'Assumptions', menu: 'view', group: 0, accelerator: 'CmdOrCtrl+3', handledBy: 'renderer' },
  { id: 'view.results', label: 'Results', menu: 'view', group: 0, accelerator: 'CmdOrCtrl+4', handledBy: 'renderer' },
  { id: 'view.compare', label: 'Compare Scenarios', menu: 'view', group: 0, accelerator: 'CmdOrCtrl+5', handledBy: 'renderer' },
  { id: 'view.issues', label: 'Issues', menu: 'view', group: 0, accelerator: 'CmdOrCtrl+6', handledBy: 'renderer' },
] as const satisfies readonly MenuCommand[];

export type MenuCommandId = (typeof MENU_COMMANDS)[number]['id'];

/** The ids a renderer can receive in `menu:command`. */
export const RENDERER_COMMAND_IDS: readonly string[] = MENU_COMMANDS.filter((c) => c.handledBy === 'renderer').map((c) => c.id);
