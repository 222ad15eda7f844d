// The window's keyboard shortcuts, read from the command table. One listener serves the browser
// and the desktop (the Electron menu only shows the keys), so a key press runs once. Row keys
// are scoped: Ctrl/Cmd+Enter adds a pool in the pools grid and a line in the lines grid; outside
// any grid a menu command's key works wherever its menu item would.
import type { CommandGrid, CommandSpec } from '../../../shared/ipc';
import { PAGE_COMMANDS, runCommand } from './registry';

export interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** Where the key was pressed: in which grid (if any), and whether a text field had it. */
export interface KeyPlace {
  grid: CommandGrid | null;
  typing: boolean;
}

function matchesShortcut(shortcut: string, e: KeyLike): boolean {
  const parts = shortcut.split('+');
  const key = parts.at(-1)!.toLowerCase();
  return (
    parts.includes('Mod') === (e.ctrlKey || e.metaKey) &&
    parts.includes('Shift') === e.shiftKey &&
    parts.includes('Alt') === e.altKey &&
    e.key.toLowerCase() === key
  );
}

/** The command a key press runs at `place`, if any. */
export function commandForKey(
  e: KeyLike,
  place: KeyPlace,
  commands: readonly CommandSpec[] = PAGE_COMMANDS,
): CommandSpec | undefined {
  const matching = commands.filter(
    (c) =>
      [c.shortcut, c.alternate].some((s) => s !== undefined && matchesShortcut(s, e)) &&
      (!place.typing || c.whileTyping === true),
  );
  const unscoped = matching.find((c) => c.grid === undefined);
  if (place.grid !== null) return matching.find((c) => c.grid === place.grid) ?? unscoped;
  return unscoped ?? matching.find((c) => c.menu !== undefined);
}

const TEXT_INPUT_TYPES_NOT = new Set(['checkbox', 'radio', 'button', 'submit']);

/** Where a key event happened in the page. */
function keyPlace(target: EventTarget | null): KeyPlace {
  if (!(target instanceof HTMLElement)) return { grid: null, typing: false };
  // Text fields keep their own keys (undo, Ctrl+Enter in a note); checkboxes and buttons do not edit text.
  const typing =
    (target instanceof HTMLInputElement && !TEXT_INPUT_TYPES_NOT.has(target.type)) ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    target.isContentEditable ||
    target.closest('.ag-cell-inline-editing, .ag-popup-editor') !== null;
  const grid = target.closest('[data-grid-kind]')?.getAttribute('data-grid-kind') ?? null;
  return { grid: grid as CommandGrid | null, typing };
}

export function installShortcuts(): () => void {
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented) return;
    const command = commandForKey(e, keyPlace(e.target));
    if (command === undefined) return;
    e.preventDefault();
    runCommand(command.id);
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
