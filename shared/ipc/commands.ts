// Every user command once, as data: id, label, shortcut and where the desktop menu shows it.
// The Electron menu is built from this table and sends the ids back in `menu:command`; the page
// runs them through its registry (renderer/src/commands/registry.ts), which must give every id
// handled there a `run` (a missing one does not compile). Toolbars, panel buttons, grid row keys
// and the window's shortcuts all go through the same registry, so one command has one shortcut.

export type MenuName = 'file' | 'edit' | 'view';

/** The grids whose row commands are scoped to them (a key press runs the focused grid's command). */
export type CommandGrid = 'line' | 'pool' | 'assumption';

export interface CommandSpec {
  readonly id: string;
  readonly label: string;
  /** Shorter text for a toolbar button, when the label is long. */
  readonly short?: string;
  /** "Mod" is Ctrl, or Cmd on macOS; keys are KeyboardEvent.key names ("Enter", "ArrowUp"). */
  readonly shortcut?: string;
  /** A second key for the same command (Ctrl+Y for Redo, Shift+Backspace for Macs without Delete). */
  readonly alternate?: string;
  /** The Windows menu shows the alternate (Ctrl+Y is Redo there). */
  readonly windowsShowsAlternate?: true;
  /** Its place in the desktop menu: commands of one group sit together between separators. */
  readonly menu?: { readonly name: MenuName; readonly group: number };
  /** Its shortcut acts only while this grid has focus (or, for a menu command, when no grid has). */
  readonly grid?: CommandGrid;
  /** The shortcut still runs while a text field has focus (file and view commands). */
  readonly whileTyping?: boolean;
  /** Carried out by the main process (windows), never sent to the page. */
  readonly main?: true;
}

export const COMMAND_SPECS = [
  {
    id: 'file.new',
    label: 'New Workbook',
    short: 'New',
    shortcut: 'Mod+N',
    whileTyping: true,
    menu: { name: 'file', group: 0 },
  },
  { id: 'window.new', label: 'New Window', shortcut: 'Mod+Shift+N', main: true, menu: { name: 'file', group: 0 } },
  { id: 'file.open', label: 'Open…', shortcut: 'Mod+O', whileTyping: true, menu: { name: 'file', group: 0 } },
  { id: 'file.save', label: 'Save', shortcut: 'Mod+S', whileTyping: true, menu: { name: 'file', group: 1 } },
  {
    id: 'file.saveAs',
    label: 'Save As…',
    short: 'Save as…',
    shortcut: 'Mod+Shift+S',
    whileTyping: true,
    menu: { name: 'file', group: 1 },
  },
  { id: 'file.export', label: 'Export CSV…', shortcut: 'Mod+E', whileTyping: true, menu: { name: 'file', group: 2 } },
  {
    id: 'file.import',
    label: 'Import from AWS…',
    short: 'Import…',
    shortcut: 'Mod+I',
    whileTyping: true,
    menu: { name: 'file', group: 2 },
  },
  { id: 'edit.undo', label: 'Undo', shortcut: 'Mod+Z', menu: { name: 'edit', group: 0 } },
  {
    id: 'edit.redo',
    label: 'Redo',
    shortcut: 'Mod+Shift+Z',
    alternate: 'Mod+Y',
    windowsShowsAlternate: true,
    menu: { name: 'edit', group: 0 },
  },
  { id: 'lines.add', label: 'Add Line', shortcut: 'Mod+Enter', grid: 'line', menu: { name: 'edit', group: 2 } },
  {
    id: 'lines.duplicate',
    label: 'Duplicate Line',
    shortcut: 'Mod+Shift+D',
    grid: 'line',
    menu: { name: 'edit', group: 2 },
  },
  {
    id: 'lines.delete',
    label: 'Delete Line',
    shortcut: 'Mod+Delete',
    alternate: 'Mod+Shift+Backspace',
    grid: 'line',
    menu: { name: 'edit', group: 2 },
  },
  { id: 'lines.moveUp', label: 'Move Line Up', shortcut: 'Alt+ArrowUp', grid: 'line' },
  { id: 'lines.moveDown', label: 'Move Line Down', shortcut: 'Alt+ArrowDown', grid: 'line' },
  { id: 'pools.add', label: 'Add Pool', shortcut: 'Mod+Enter', grid: 'pool' },
  { id: 'pools.delete', label: 'Delete Pool', shortcut: 'Mod+Delete', alternate: 'Mod+Shift+Backspace', grid: 'pool' },
  { id: 'assumptions.add', label: 'Add Assumption', shortcut: 'Mod+Enter', grid: 'assumption' },
  {
    id: 'assumptions.delete',
    label: 'Delete Assumption',
    shortcut: 'Mod+Delete',
    alternate: 'Mod+Shift+Backspace',
    grid: 'assumption',
  },
  { id: 'scenario.add', label: 'New Scenario', menu: { name: 'edit', group: 3 } },
  { id: 'scenario.duplicate', label: 'Duplicate Scenario', menu: { name: 'edit', group: 3 } },
  {
    id: 'scenario.basedOn',
    label: 'New Scenario Based on Current',
    short: 'Based on this…',
    menu: { name: 'edit', group: 3 },
  },
  { id: 'view.lines', label: 'Lines', shortcut: 'Mod+1', whileTyping: true, menu: { name: 'view', group: 0 } },
  { id: 'view.pools', label: 'Credit Pools', shortcut: 'Mod+2', whileTyping: true, menu: { name: 'view', group: 0 } },
  {
    id: 'view.assumptions',
    label: 'Assumptions',
    shortcut: 'Mod+3',
    whileTyping: true,
    menu: { name: 'view', group: 0 },
  },
  { id: 'view.results', label: 'Results', shortcut: 'Mod+4', whileTyping: true, menu: { name: 'view', group: 0 } },
  {
    id: 'view.compare',
    label: 'Compare Scenarios',
    shortcut: 'Mod+5',
    whileTyping: true,
    menu: { name: 'view', group: 0 },
  },
  { id: 'view.issues', label: 'Issues', shortcut: 'Mod+6', whileTyping: true, menu: { name: 'view', group: 0 } },
  { id: 'view.settings', label: 'Settings' },
] as const satisfies readonly CommandSpec[];

type CommandId = (typeof COMMAND_SPECS)[number]['id'];
type MainCommand = Extract<(typeof COMMAND_SPECS)[number], { main: true }>;
/** The commands the page carries out: each needs a handler in the renderer's registry. */
export type PageCommandId = Exclude<CommandId, MainCommand['id']>;

export function commandSpec(id: string): CommandSpec | undefined {
  return (COMMAND_SPECS as readonly CommandSpec[]).find((c) => c.id === id);
}

/** "Mod+Shift+Z" as a person reads it on this platform: "Ctrl+Shift+Z" or "⌘+Shift+Z". */
export function shortcutText(shortcut: string, mac: boolean): string {
  return shortcut
    .split('+')
    .map((part) =>
      part === 'Mod' ? (mac ? '⌘' : 'Ctrl') : part === 'ArrowUp' ? '↑' : part === 'ArrowDown' ? '↓' : part,
    )
    .join('+');
}
