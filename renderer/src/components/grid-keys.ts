// Keys the app owns while a grid has focus. The store keeps the one undo history and the row
// commands live in the command registry, so the grid must let Ctrl/Cmd shortcuts (undo, redo,
// Ctrl/Cmd+Enter, Ctrl/Cmd+D...) and Alt+Up/Down reach the window's shortcut handler.

interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

// With Ctrl/Cmd these still belong to the grid: jump to the first/last cell, page.
const GRID_MOD_KEYS = new Set(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown', 'Control', 'Meta', 'Shift', 'Alt']);

/** True when a key press (outside an open editor) is an app shortcut the grid must ignore. */
export function isAppShortcut(e: KeyLike): boolean {
  if ((e.ctrlKey || e.metaKey) && !GRID_MOD_KEYS.has(e.key)) return true;
  return e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown');
}
