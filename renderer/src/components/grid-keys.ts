// Keys the app owns while the grid has focus. The store keeps the one undo history, so the
// grid must let Ctrl/Cmd+Z, Shift+Z and Y (and the row commands) reach the window's handlers.

interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

// With Ctrl/Cmd these still belong to the grid: jump to the first/last cell, page.
const GRID_MOD_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown', 'Control', 'Meta', 'Shift', 'Alt']);

export function isUndoRedoKey(e: KeyLike): boolean {
  const key = e.key.toLowerCase();
  return (e.ctrlKey || e.metaKey) && !e.altKey && (key === 'z' || key === 'y');
}

/** True when a key press (outside an open editor) is an app shortcut the grid must ignore. */
export function isAppShortcut(e: KeyLike): boolean {
  if ((e.ctrlKey || e.metaKey) && !GRID_MOD_KEYS.has(e.key)) return true;
  return e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown');
}

/** The row commands of an editable list, by key. */
export type RowCommand = 'insert' | 'duplicate' | 'delete' | 'moveUp' | 'moveDown';

export function rowCommandOf(e: KeyLike): RowCommand | null {
  const mod = e.ctrlKey || e.metaKey;
  if (mod && !e.altKey && !e.shiftKey && e.key === 'Enter') return 'insert';
  if (mod && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'd') return 'duplicate';
  if (mod && !e.altKey && (e.key === 'Delete' || (e.shiftKey && e.key === 'Backspace'))) return 'delete';
  if (e.altKey && !mod && e.key === 'ArrowUp') return 'moveUp';
  if (e.altKey && !mod && e.key === 'ArrowDown') return 'moveDown';
  return null;
}

/** "Ctrl" or "⌘" in hints, as the platform says it. */
export function modKeyName(platform: string): string {
  return /mac|iphone|ipad/i.test(platform) ? '⌘' : 'Ctrl';
}
