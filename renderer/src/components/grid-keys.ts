// Keys the app owns while a grid has focus. The store keeps the one undo history and the row
// commands live in the command registry, so the grid must let Ctrl/Cmd shortcuts (undo, redo,
// Ctrl/Cmd+Enter, Ctrl/Cmd+D...) and Alt+Up/Down reach the window's shortcut handler.

interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey?: boolean;
}

// With Ctrl/Cmd these still belong to the grid: jump to the first/last cell, page.
const GRID_MOD_KEYS = new Set([
  'ArrowUp',
  'ArrowDown',
  'ArrowLeft',
  'ArrowRight',
  'Home',
  'End',
  'PageUp',
  'PageDown',
  'Control',
  'Meta',
  'Shift',
  'Alt',
]);

/** True when a key press (outside an open editor) is an app shortcut the grid must ignore. */
export function isAppShortcut(e: KeyLike): boolean {
  if ((e.ctrlKey || e.metaKey) && !GRID_MOD_KEYS.has(e.key)) return true;
  return e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown');
}

/** What a key does to a cell range (outside an open editor). */
export type RangeKey =
  | { kind: 'extend'; dRow: number; dCol: number; toEdge: boolean }
  | { kind: 'selectAll' }
  | { kind: 'fillDown' }
  | { kind: 'fillRight' }
  | { kind: 'clear' };

const ARROWS: Record<string, [number, number]> = {
  ArrowUp: [-1, 0],
  ArrowDown: [1, 0],
  ArrowLeft: [0, -1],
  ArrowRight: [0, 1],
};

export function rangeKeyOf(e: KeyLike): RangeKey | null {
  const mod = e.ctrlKey || e.metaKey;
  if (e.altKey) return null;
  const arrow = ARROWS[e.key];
  if (arrow !== undefined && e.shiftKey) return { kind: 'extend', dRow: arrow[0], dCol: arrow[1], toEdge: mod };
  if (mod && !e.shiftKey) {
    const key = e.key.toLowerCase();
    if (key === 'a') return { kind: 'selectAll' };
    if (key === 'd') return { kind: 'fillDown' };
    if (key === 'r') return { kind: 'fillRight' };
  }
  if (!mod && !e.shiftKey && e.key === 'Delete') return { kind: 'clear' };
  return null;
}
