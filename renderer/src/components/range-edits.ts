// What paste, fill, Ctrl+Enter and Delete write, cell by cell, in display positions. The grid
// turns these into row ids and column ids and its panel applies them as one undo step; nothing
// here knows what a cell holds.
import {
  boundsOf,
  isSingleCell,
  rangeHeight,
  rangeWidth,
  type Bounds,
  type CellPos,
  type GridSize,
  type RangeSelection,
} from './range-selection';

export interface CellWrite {
  row: number;
  col: number;
  /** Text as typed, or null to clear the cell. */
  raw: string | null;
}

export interface PastePlan {
  /** Cells of existing rows. */
  writes: CellWrite[];
  /** Rows past the last one: each a list of cells by column (a new row each). */
  appended: { col: number; raw: string }[][];
  /** Columns of the block that fell past the grid's last column. */
  clippedCols: number;
  /** The cells the paste covers (existing rows and appended ones), for the selection afterwards. */
  bounds: Bounds;
}

function eachCell(b: Bounds, fn: (row: number, col: number) => void): void {
  for (let row = b.top; row <= b.bottom; row++) for (let col = b.left; col <= b.right; col++) fn(row, col);
}

/**
 * A pasted block laid over the grid as spreadsheets do: one cell fills the whole range; a block
 * that fits the range a whole number of times is repeated across it; otherwise it lands from the
 * range's top-left corner, and its rows below the last row become new rows.
 */
export function planPaste(block: readonly (readonly string[])[], sel: RangeSelection, size: GridSize): PastePlan {
  const b = boundsOf(sel);
  const height = block.length;
  const width = Math.max(0, ...block.map((r) => r.length));
  if (height === 0 || width === 0) return { writes: [], appended: [], clippedCols: 0, bounds: b };
  const tiles = !isSingleCell(sel) && rangeHeight(b) % height === 0 && rangeWidth(b) % width === 0;
  if (tiles) {
    const writes: CellWrite[] = [];
    eachCell(b, (row, col) =>
      writes.push({ row, col, raw: block[(row - b.top) % height][(col - b.left) % width] ?? '' }),
    );
    return { writes, appended: [], clippedCols: 0, bounds: b };
  }
  const writes: CellWrite[] = [];
  const appended: { col: number; raw: string }[][] = [];
  const lastCol = Math.min(size.cols - 1, b.left + width - 1);
  block.forEach((cells, r) => {
    const row = b.top + r;
    const out: { col: number; raw: string }[] = [];
    for (let c = 0; c < cells.length && b.left + c <= lastCol; c++) out.push({ col: b.left + c, raw: cells[c] });
    if (row < size.rows) for (const cell of out) writes.push({ row, ...cell });
    else appended.push(out);
  });
  return {
    writes,
    appended,
    clippedCols: Math.max(0, b.left + width - size.cols),
    bounds: { top: b.top, bottom: b.top + height - 1, left: b.left, right: lastCol },
  };
}

export interface CopyStep {
  from: CellPos;
  to: CellPos;
}

/**
 * Fill down (or right): the range's first row (column) copied into the rest of it; a range one
 * row tall (one column wide) takes the row above it (the column to its left), as spreadsheets do.
 */
export function planFill(sel: RangeSelection, direction: 'down' | 'right'): CopyStep[] {
  const b = boundsOf(sel);
  const steps: CopyStep[] = [];
  if (direction === 'down') {
    const single = b.top === b.bottom;
    const source = single ? b.top - 1 : b.top;
    if (source < 0) return [];
    eachCell({ ...b, top: single ? b.top : b.top + 1 }, (row, col) =>
      steps.push({ from: { row: source, col }, to: { row, col } }),
    );
  } else {
    const single = b.left === b.right;
    const source = single ? b.left - 1 : b.left;
    if (source < 0) return [];
    eachCell({ ...b, left: single ? b.left : b.left + 1 }, (row, col) =>
      steps.push({ from: { row, col: source }, to: { row, col } }),
    );
  }
  return steps;
}

/** One value into every cell of the range (Ctrl+Enter), or null into each (Delete). */
export function planFillValue(sel: RangeSelection, raw: string | null): CellWrite[] {
  const writes: CellWrite[] = [];
  eachCell(boundsOf(sel), (row, col) => writes.push({ row, col, raw }));
  return writes;
}

/** The cells of the range in rows, for copying. */
export function rangeCells(sel: RangeSelection): CellPos[][] {
  const b = boundsOf(sel);
  const rows: CellPos[][] = [];
  for (let row = b.top; row <= b.bottom; row++) {
    const cells: CellPos[] = [];
    for (let col = b.left; col <= b.right; col++) cells.push({ row, col });
    rows.push(cells);
  }
  return rows;
}
