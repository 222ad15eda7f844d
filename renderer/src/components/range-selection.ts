// A spreadsheet's cell range over a grid that has none of its own (AG Grid Community): positions
// are display indices (row = displayed row, col = displayed column, pinned ones included). The
// range runs from a fixed corner (`start`) to the corner that Shift+click, Shift+arrows and
// dragging move (`end`); the active cell (where typing goes) is kept apart because Ctrl+A
// selects everything without moving it.

export interface CellPos {
  row: number;
  col: number;
}

export interface RangeSelection {
  active: CellPos;
  start: CellPos;
  end: CellPos;
}

/** Inclusive bounds of a range. */
export interface Bounds {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface GridSize {
  rows: number;
  cols: number;
}

export function collapsed(at: CellPos): RangeSelection {
  return { active: at, start: at, end: at };
}

export function boundsOf(sel: RangeSelection): Bounds {
  return {
    top: Math.min(sel.start.row, sel.end.row),
    bottom: Math.max(sel.start.row, sel.end.row),
    left: Math.min(sel.start.col, sel.end.col),
    right: Math.max(sel.start.col, sel.end.col),
  };
}

export function rangeHeight(b: Bounds): number {
  return b.bottom - b.top + 1;
}

export function rangeWidth(b: Bounds): number {
  return b.right - b.left + 1;
}

export function isSingleCell(sel: RangeSelection): boolean {
  return sel.start.row === sel.end.row && sel.start.col === sel.end.col;
}

export function contains(b: Bounds, row: number, col: number): boolean {
  return row >= b.top && row <= b.bottom && col >= b.left && col <= b.right;
}

function clamp(value: number, max: number): number {
  return Math.max(0, Math.min(max, value));
}

/** The range from its fixed corner to another cell (Shift+click, dragging). */
export function extendTo(sel: RangeSelection, to: CellPos): RangeSelection {
  return { ...sel, end: to };
}

/**
 * Shift+arrow: the far corner moves one cell (or, with Ctrl, to the grid's edge), never past
 * the grid; the active cell stays where it is.
 */
export function extendBy(
  sel: RangeSelection,
  dRow: number,
  dCol: number,
  size: GridSize,
  toEdge = false,
): RangeSelection {
  if (size.rows === 0 || size.cols === 0) return sel;
  const step = (at: number, d: number, count: number) =>
    d === 0 ? at : toEdge ? (d < 0 ? 0 : count - 1) : clamp(at + d, count - 1);
  return { ...sel, end: { row: step(sel.end.row, dRow, size.rows), col: step(sel.end.col, dCol, size.cols) } };
}

/** Ctrl/Cmd+A: every cell; the active cell stays (or is the first cell when there was none). */
export function selectAll(sel: RangeSelection | null, size: GridSize): RangeSelection | null {
  if (size.rows === 0 || size.cols === 0) return null;
  const active = sel === null ? { row: 0, col: 0 } : fit(sel.active, size);
  return { active, start: { row: 0, col: 0 }, end: { row: size.rows - 1, col: size.cols - 1 } };
}

function fit(p: CellPos, size: GridSize): CellPos {
  return { row: clamp(p.row, size.rows - 1), col: clamp(p.col, size.cols - 1) };
}

/** The range as it is once rows or columns went away; null when the grid is empty. */
export function clampTo(sel: RangeSelection, size: GridSize): RangeSelection | null {
  if (size.rows === 0 || size.cols === 0) return null;
  return { active: fit(sel.active, size), start: fit(sel.start, size), end: fit(sel.end, size) };
}

/**
 * The grid's focus is now on `at`. Focus coming back to the active cell keeps the range: the
 * grid puts its focus back there itself after redrawing rows (new results, the totals row), and
 * a spreadsheet's selection does not collapse because figures changed. Any other cell starts a
 * new selection there.
 */
export function focusedAt(sel: RangeSelection | null, at: CellPos): RangeSelection {
  return sel !== null && sel.active.row === at.row && sel.active.col === at.col ? sel : collapsed(at);
}

/** The range covering these bounds, active at the top-left (what a paste selects afterwards). */
export function fromBounds(b: Bounds): RangeSelection {
  const topLeft = { row: b.top, col: b.left };
  return { active: topLeft, start: topLeft, end: { row: b.bottom, col: b.right } };
}
