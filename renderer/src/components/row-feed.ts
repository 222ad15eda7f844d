// Hands a grid its rows without one long task on the page's thread. Handing AG Grid a new row
// list makes it look up every row by id (12,500 rows: tens of milliseconds per change), and a
// first list of that size builds every row node at once. Instead:
// - rows with the same ids in the same order as those shown: only the changed row objects go
//   over, as update transactions of at most FEED_PART rows per task (an edit rebuilds one row,
//   not 12,500; results that change every row's cost go over in parts, top rows first);
// - a new list (another document) goes over in parts, one part per task, so the page answers
//   between parts and shows the first rows at once: the grid is emptied first, then its first
//   screenful arrives SCREEN_PART rows at a time (drawing their cells is most of the work), then
//   FEED_PART rows at a time (rows below the screen are not drawn);
// - any other change (a row inserted, deleted or moved) is a new row list, which AG Grid matches
//   by id as before;
// - a row whose cell is being edited keeps its row object until the editor closes (resume): AG
//   Grid ends an edit when a transaction updates its row, so an update arriving a moment after
//   the user started typing (a big workbook's rows come over several tasks) would drop the typing.
import type { GridRow } from './DataGrid';

/** The part of AG Grid's API the feed uses (a fake one in the tests). */
export interface FeedGrid<T> {
  setGridOption(key: 'rowData', rows: T[]): void;
  applyTransaction(transaction: { add?: T[]; update?: T[] }): unknown;
  getRowNode(id: string): unknown;
  isDestroyed(): boolean;
}

// 1,000 rather than 2,000: at 2,000 the first part of a 50,000-line workbook made one task of
// 104-129 ms (three timing-spec runs, load ~3); at 1,000 the longest was 78-98 ms, open time the same.
export const FEED_PART = 1_000;
/** Rows per part while the grid holds fewer than SCREEN_ROWS (about two screens of the tallest grid with its buffer). */
export const SCREEN_PART = 5;
export const SCREEN_ROWS = 40;

export interface RowFeed<T> {
  /** Makes `rows` the grid's rows (now or over the next tasks). */
  show(rows: readonly T[]): void;
  /** True while parts of a list are still to go to the grid. */
  feeding(): boolean;
  /** Sends the rows held back while they were being edited (call when an edit ends). */
  resume(): void;
  /** Stops feeding (the grid is going away). */
  stop(): void;
}

const NONE: ReadonlySet<string> = new Set();

/** A feed for a grid that already shows `shown` (the rows it was created with); `later` runs a function in a later task. */
export function createRowFeed<T extends GridRow>(
  grid: FeedGrid<T>,
  shown: readonly T[],
  options: {
    later?: (run: () => void) => void;
    part?: number;
    /** The ids of the rows with a cell being edited. */
    editing?: () => ReadonlySet<string>;
  } = {},
): RowFeed<T> {
  const later = options.later ?? ((run) => setTimeout(run, 0));
  const part = options.part ?? FEED_PART;
  /** The rows the grid holds, in order (a copy: parts of a change may still be to go). */
  let held: T[] = [...shown];
  let target: readonly T[] = shown;
  /** The last part was full: more changed rows may be waiting. */
  let behind = false;
  let waiting = false;
  let stopped = false;

  /** Whether the grid's rows are the first of `next`, by id and in order. */
  function isPrefixOf(next: readonly T[]): boolean {
    if (held.length > next.length) return false;
    for (let i = 0; i < held.length; i++) if (held[i] !== next[i] && held[i].id !== next[i].id) return false;
    return true;
  }

  /** Up to `part` rows of work: changed rows first (in order), then new ones at the end. */
  function sendPart(): void {
    const next = target;
    const update: T[] = [];
    const editing = options.editing?.() ?? NONE;
    for (let i = 0; i < held.length && update.length < part; i++)
      if (held[i] !== next[i] && !editing.has(next[i].id)) update.push((held[i] = next[i]));
    const room = (held.length < SCREEN_ROWS ? Math.min(SCREEN_PART, part) : part) - update.length;
    const add = room > 0 ? next.slice(held.length, held.length + room) : [];
    if (update.length > 0 || add.length > 0) grid.applyTransaction(add.length > 0 ? { update, add } : { update });
    held.push(...add);
    // A full part of changed rows: more may be waiting (new rows still to add are seen by `schedule`).
    behind = update.length === part;
  }

  function schedule(): void {
    if (waiting || !(behind || held.length < target.length)) return;
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
    // matches it by id, keeping the rows' state. Another list (another document) empties the
    // grid and comes in parts from the next task, so that the grid's other changes (its
    // columns) and its rows are not drawn in one task. (The grid holds rows here: any list
    // starts with none.)
    const related = next.length > 0 && grid.getRowNode(next[0].id) !== undefined;
    const first = related ? next : [];
    grid.setGridOption('rowData', first as T[]);
    held = [...first];
    behind = false;
  }

  return {
    show(next) {
      if (stopped || next === target) return;
      target = next;
      if (isPrefixOf(next)) sendPart();
      else restart(next);
      schedule();
    },
    feeding: () => behind || held.length < target.length,
    resume() {
      if (stopped || grid.isDestroyed() || !isPrefixOf(target)) return;
      sendPart();
      schedule();
    },
    stop() {
      stopped = true;
    },
  };
}
