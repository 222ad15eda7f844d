// Hands a grid its rows without one long task on the page's thread. Handing AG Grid a new row
// list makes it look up every row by id (12,500 rows: tens of milliseconds per change), and a
// first list of that size builds every row node at once. Instead:
// - rows with the same ids in the same order as those shown: only the changed row objects go
//   over, as one update transaction (an edit rebuilds one row, not 12,500);
// - a new list (another document) goes over in parts of FEED_PART rows, one part per task, so
//   the page answers between parts and shows the first rows at once;
// - any other change (a row inserted, deleted or moved) is a new row list, which AG Grid matches
//   by id as before.
import type { GridRow } from './DataGrid';

/** The part of AG Grid's API the feed uses (a fake one in the tests). */
export interface FeedGrid<T> {
  setGridOption(key: 'rowData', rows: T[]): void;
  applyTransaction(transaction: { add?: T[]; update?: T[] }): unknown;
  getRowNode(id: string): unknown;
  isDestroyed(): boolean;
}

export const FEED_PART = 2_000;

export interface RowFeed<T> {
  /** Makes `rows` the grid's rows (now or over the next tasks). */
  show(rows: readonly T[]): void;
  /** True while parts of a list are still to go to the grid. */
  feeding(): boolean;
  /** Stops feeding (the grid is going away). */
  stop(): void;
}

/** A feed for a grid that already shows `shown` (the rows it was created with); `later` runs a function in a later task. */
export function createRowFeed<T extends GridRow>(
  grid: FeedGrid<T>,
  shown: readonly T[],
  options: { later?: (run: () => void) => void; part?: number } = {},
): RowFeed<T> {
  const later = options.later ?? ((run) => setTimeout(run, 0));
  const part = options.part ?? FEED_PART;
  /** The grid holds rows[0..count) of this list. */
  let rows: readonly T[] = shown;
  let count = shown.length;
  let target: readonly T[] = shown;
  let waiting = false;
  let stopped = false;

  /** Whether the grid's rows are the first `count` of `next`, by id and in order. */
  function isPrefixOf(next: readonly T[]): boolean {
    if (count > next.length) return false;
    for (let i = 0; i < count; i++) if (rows[i] !== next[i] && rows[i].id !== next[i].id) return false;
    return true;
  }

  function sendPart(): void {
    const next = target;
    const update: T[] = [];
    for (let i = 0; i < count; i++) if (rows[i] !== next[i]) update.push(next[i]);
    const add = next.slice(count, count + part);
    if (update.length > 0 || add.length > 0) grid.applyTransaction(add.length > 0 ? { update, add } : { update });
    rows = next;
    count += add.length;
  }

  function schedule(): void {
    if (waiting || count >= target.length) return;
    waiting = true;
    later(() => {
      waiting = false;
      if (stopped || grid.isDestroyed()) return;
      if (isPrefixOf(target)) sendPart();
      else restart(target);
      schedule();
    });
  }

  function restart(next: readonly T[]): void {
    // A list sharing its first row with the grid's is the same document changed: AG Grid
    // matches it by id, keeping the rows' state. Another list (another document) starts again
    // in parts from the next task, so that the grid's other changes (its columns) and its rows
    // are not drawn in one task.
    const related = count > 0 && next.length > 0 && grid.getRowNode(next[0].id) !== undefined;
    const first = related ? next : next.length > part && count > 0 ? [] : next.slice(0, part);
    grid.setGridOption('rowData', first as T[]);
    rows = next;
    count = first.length;
  }

  return {
    show(next) {
      if (stopped || next === target) return;
      target = next;
      if (isPrefixOf(next)) sendPart();
      else restart(next);
      schedule();
    },
    feeding: () => count < target.length,
    stop() {
      stopped = true;
    },
  };
}
