// A table of money footed both ways: whole cents that add up along every row to the row's target
// and down every column to the column's target, each cell its exact value rounded down or up.
// The pools' monthly draws need both: a month's draws add up to that month's credits (the monthly
// table's rows), and a pool's draws add up to what it paid (the pools table's "used"). Footing the
// months alone let a pool that paid exactly its $25,000 show $25,000.01, a cent a month drifting
// one way over the horizon.
//
// It is a transport problem: each row hands the cents it still misses to the columns that still
// miss some, one cent per cell with a fraction. Most cents go greedily to the cells with the
// largest fractions; the rest are found as augmenting paths, a cent moved along cells from row to
// column to row (the tables are months x pools: a few hundred cells).

/** A cell within a millionth of a cent of a whole cent has nothing to round. */
const WHOLE = 1e-6;

/** A cell's cents rounded down, and whether it has a fraction to round up (-1: none). */
function roundedDown(x: number): { down: number; fraction: number } {
  const nearest = Math.round(x * 100);
  if (Math.abs(x * 100 - nearest) < WHOLE) return { down: nearest, fraction: -1 };
  const down = Math.floor(x * 100);
  return { down, fraction: x * 100 - down };
}

/**
 * Each column's target in cents for a table whose cells add up to totalCents: its exact sum
 * rounded, kept within what rounding its cells down or up can reach (a column of zeros stays 0),
 * and the cents still missing (or in excess) handed out one at a time to the columns with room
 * whose rounding cut (or added) the most. Null when no such targets exist (bad cells, or a total
 * beyond every column's reach).
 */
export function columnTargets(
  cells: readonly (readonly number[])[],
  columns: number,
  totalCents: number,
): number[] | null {
  const exact = new Array<number>(columns).fill(0);
  const low = new Array<number>(columns).fill(0);
  const high = new Array<number>(columns).fill(0);
  for (const row of cells) {
    for (let c = 0; c < columns; c++) {
      const x = row[c];
      if (!(x >= 0) || !Number.isFinite(x)) return null;
      const { down, fraction } = roundedDown(x);
      exact[c] += x * 100;
      low[c] += down;
      high[c] += fraction < 0 ? down : down + 1;
    }
  }
  const targets = exact.map((e, c) => Math.min(high[c], Math.max(low[c], Math.round(e))));
  let delta = totalCents;
  for (const t of targets) delta -= t;
  while (delta !== 0) {
    const step = delta > 0 ? 1 : -1;
    let best = -1;
    for (let c = 0; c < columns; c++) {
      const room = step > 0 ? targets[c] < high[c] : targets[c] > low[c];
      if (room && (best < 0 || step * (exact[c] - targets[c]) > step * (exact[best] - targets[best]))) best = c;
    }
    if (best < 0) return null;
    targets[best] += step;
    delta -= step;
  }
  return targets;
}

/**
 * Whole cents for cells[r][c] (exact dollars, none negative) whose rows add up to rowCents and
 * whose columns add up to columnCents; null when there is no such table (a target beyond what
 * rounding each cell down or up can reach, or targets whose totals differ).
 */
export function footBothWays(
  cells: readonly (readonly number[])[],
  rowCents: readonly number[],
  columnCents: readonly number[],
): number[][] | null {
  const rows = cells.length;
  const columns = columnCents.length;
  const out: number[][] = [];
  /** What rounding down took from each open cell (a cell with a fraction), in cents; -1: closed. */
  const fraction: number[][] = [];
  const rowNeed = rowCents.slice();
  const columnNeed = columnCents.slice();
  for (let r = 0; r < rows; r++) {
    out.push([]);
    fraction.push([]);
    for (let c = 0; c < columns; c++) {
      const x = cells[r][c];
      if (!(x >= 0) || !Number.isFinite(x)) return null;
      const { down, fraction: part } = roundedDown(x);
      out[r].push(down);
      fraction[r].push(part);
      rowNeed[r] -= down;
      columnNeed[c] -= down;
    }
  }
  let missing = 0;
  for (const need of rowNeed) {
    if (need < 0) return null;
    missing += need;
  }
  let columnMissing = 0;
  for (const need of columnNeed) {
    if (need < 0) return null;
    columnMissing += need;
  }
  if (missing !== columnMissing) return null;

  // Greedy first: the largest fractions take a cent while their row and column both miss one.
  const open: [number, number][] = [];
  for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) if (fraction[r][c] >= 0) open.push([r, c]);
  open.sort((a, b) => fraction[b[0]][b[1]] - fraction[a[0]][a[1]] || a[0] - b[0] || a[1] - b[1]);
  const raised = cells.map((row) => row.map(() => false));
  for (const [r, c] of open) {
    if (rowNeed[r] > 0 && columnNeed[c] > 0) {
      raised[r][c] = true;
      rowNeed[r]--;
      columnNeed[c]--;
      missing--;
    }
  }
  // Then augmenting paths for what the greedy pass could not place.
  while (missing > 0) {
    if (!augment(fraction, raised, rowNeed, columnNeed)) return null;
    missing--;
  }
  for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) if (raised[r][c]) out[r][c]++;
  return out;
}

/**
 * Moves one cent from a row that misses one to a column that misses one: a breadth-first search
 * from those rows, to a column through a cell not yet raised, back to a row through a raised cell
 * of that column (its cent moves over), and so on. False when no path exists.
 */
function augment(fraction: number[][], raised: boolean[][], rowNeed: number[], columnNeed: number[]): boolean {
  const rows = rowNeed.length;
  const columns = columnNeed.length;
  // How each row and column was reached: a row from a column (-1: it misses a cent itself), a column from a row.
  const rowFrom = new Array<number>(rows).fill(-2);
  const columnFrom = new Array<number>(columns).fill(-1);
  const queue: number[] = [];
  for (let r = 0; r < rows; r++) {
    if (rowNeed[r] > 0) {
      rowFrom[r] = -1;
      queue.push(r);
    }
  }
  for (let head = 0; head < queue.length; head++) {
    const r = queue[head];
    for (let c = 0; c < columns; c++) {
      if (fraction[r][c] < 0 || raised[r][c] || columnFrom[c] !== -1) continue;
      columnFrom[c] = r;
      if (columnNeed[c] > 0) {
        columnNeed[c]--;
        // Walk back: raise each cell reached, lower each raised cell passed through.
        let column = c;
        for (;;) {
          const row = columnFrom[column];
          raised[row][column] = true;
          const previous = rowFrom[row];
          if (previous === -1) {
            rowNeed[row]--;
            return true;
          }
          raised[row][previous] = false;
          column = previous;
        }
      }
      for (let next = 0; next < rows; next++) {
        if (raised[next][c] && rowFrom[next] === -2) {
          rowFrom[next] = c;
          queue.push(next);
        }
      }
    }
  }
  return false;
}
