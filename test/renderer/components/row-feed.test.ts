// The row feed: what reaches AG Grid for each change of the row list, checked against a fake
// grid that applies transactions and row lists as AG Grid does (rows by id, in order).
import { describe, expect, it } from 'vitest';
import { createRowFeed, type FeedGrid } from '../../../renderer/src/components/row-feed';

interface Row {
  id: string;
  v: number;
}

function fakeGrid(initial: Row[]) {
  let rows = [...initial];
  const calls: string[] = [];
  const grid: FeedGrid<Row> = {
    setGridOption(_key, next) {
      calls.push(`rowData ${next.length}`);
      rows = [...next];
    },
    applyTransaction({ add = [], update = [] }) {
      calls.push(`transaction update ${update.length} add ${add.length}`);
      for (const u of update) {
        const at = rows.findIndex((r) => r.id === u.id);
        if (at < 0) throw new Error(`update of a row the grid does not have: ${u.id}`);
        rows[at] = u;
      }
      rows.push(...add);
      return null;
    },
    getRowNode: (id) => rows.find((r) => r.id === id),
    isDestroyed: () => false,
  };
  return { grid, calls, rows: () => rows };
}

/** Runs the feed's later tasks one at a time, as the page's event loop would. */
function taskQueue() {
  const queue: (() => void)[] = [];
  return {
    later: (run: () => void) => queue.push(run),
    runAll() {
      let n = 0;
      while (queue.length > 0) {
        queue.shift()!();
        n++;
      }
      return n;
    },
  };
}

const list = (n: number, prefix = 'r', v = 0) => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, v }));

describe('row feed', () => {
  it('sends a long new list in parts, one per task, and ends with every row in order', () => {
    const { grid, calls, rows } = fakeGrid(list(3, 'old'));
    const tasks = taskQueue();
    const feed = createRowFeed(grid, list(3, 'old'), { later: tasks.later, part: 1000 });
    const next = list(2500);
    feed.show(next);
    // The old document's rows go at once; the new ones follow from the next task on.
    expect(calls).toEqual(['rowData 0']);
    expect(feed.feeding()).toBe(true);
    // The first screenful (40 rows) 5 at a time, then parts of 1,000:
    // 2,500 rows = 8 x 5 + 1,000 + 1,000 + 460, in eleven later tasks.
    expect(tasks.runAll()).toBe(11);
    expect(calls).toEqual([
      'rowData 0',
      ...Array<string>(8).fill('transaction update 0 add 5'),
      'transaction update 0 add 1000',
      'transaction update 0 add 1000',
      'transaction update 0 add 460',
    ]);
    expect(rows()).toEqual(next);
    expect(feed.feeding()).toBe(false);
  });

  it('sends only the changed row objects of an edit, as one update', () => {
    const first = list(5000);
    const { grid, calls, rows } = fakeGrid(first);
    const feed = createRowFeed(grid, first, { later: () => {} });
    const edited = first.map((r, i) => (i === 1234 ? { ...r, v: 7 } : r));
    feed.show(edited);
    expect(calls).toEqual(['transaction update 1 add 0']);
    expect(rows()[1234]).toBe(edited[1234]);
    // The same list again sends nothing.
    feed.show(edited);
    expect(calls).toHaveLength(1);
  });

  it('a change while parts are still going over updates the rows sent and feeds the rest from the new list', () => {
    const { grid, calls, rows } = fakeGrid([]);
    const tasks = taskQueue();
    const feed = createRowFeed(grid, [], { later: tasks.later, part: 100 });
    const next = list(250);
    feed.show(next);
    // Results arrive before the rest is fed: every row changed (its cost).
    const costed = next.map((r) => ({ ...r, v: 1 }));
    feed.show(costed);
    // An empty grid takes its first 5 rows as an added part; then the 5 rows it has are
    // updated (no room left for more in that part), and the rest come in later tasks.
    expect(calls).toEqual(['transaction update 0 add 5', 'transaction update 5 add 0']);
    tasks.runAll();
    expect(rows()).toEqual(costed);
    expect(rows().every((r, i) => r === costed[i])).toBe(true);
  });

  it('results that change every row go over in parts of changed rows, top rows first', () => {
    const first = list(2500);
    const { grid, calls, rows } = fakeGrid(first);
    const tasks = taskQueue();
    const feed = createRowFeed(grid, first, { later: tasks.later, part: 1000 });
    const costed = first.map((r) => ({ ...r, v: 2 }));
    feed.show(costed);
    expect(calls).toEqual(['transaction update 1000 add 0']);
    expect(rows()[999].v).toBe(2);
    expect(rows()[1000].v).toBe(0);
    expect(feed.feeding()).toBe(true);
    tasks.runAll();
    expect(calls).toEqual([
      'transaction update 1000 add 0',
      'transaction update 1000 add 0',
      'transaction update 500 add 0',
    ]);
    expect(rows()).toEqual(costed);
    expect(feed.feeding()).toBe(false);
  });

  it('a row inserted, deleted or moved goes as a whole list, which the grid matches by id', () => {
    const first = list(10);
    const { grid, calls, rows } = fakeGrid(first);
    const feed = createRowFeed(grid, first, { later: () => {} });
    const inserted = [...first.slice(0, 3), { id: 'new', v: 1 }, ...first.slice(3)];
    feed.show(inserted);
    const deleted = inserted.filter((r) => r.id !== 'r0');
    feed.show(deleted);
    const moved = [deleted[1], deleted[0], ...deleted.slice(2)];
    feed.show(moved);
    expect(calls).toEqual(['rowData 11', 'rowData 10', 'rowData 10']);
    expect(rows()).toEqual(moved);
  });

  it('a row added at the end goes as a transaction', () => {
    const first = list(10);
    const { grid, calls, rows } = fakeGrid(first);
    const feed = createRowFeed(grid, first, { later: () => {} });
    const added = [...first, { id: 'r10', v: 0 }];
    feed.show(added);
    expect(calls).toEqual(['transaction update 0 add 1']);
    expect(rows()).toEqual(added);
  });

  it('stops feeding once stopped', () => {
    const { grid, rows } = fakeGrid([]);
    const tasks = taskQueue();
    const feed = createRowFeed(grid, [], { later: tasks.later, part: 10 });
    feed.show(list(30));
    feed.stop();
    tasks.runAll();
    // Only the part sent at once: an empty grid's first screen goes 5 rows at a time.
    expect(rows()).toHaveLength(5);
  });

  it('holds back a row being edited until the editor closes, then sends it', () => {
    const { grid, calls, rows } = fakeGrid(list(3));
    const tasks = taskQueue();
    let editing = new Set(['r1']);
    const feed = createRowFeed(grid, list(3), { later: tasks.later, part: 1000, editing: () => editing });
    // Results change every row's value while r1's cell is being edited: r0 and r2 go over, r1 waits
    // (a transaction on its row would end the user's edit and drop what they typed).
    feed.show(list(3, 'r', 1));
    tasks.runAll();
    expect(rows().map((r) => r.v)).toEqual([1, 0, 1]);
    expect(calls).toEqual(['transaction update 2 add 0']);
    // The editor closes: the held row goes over.
    editing = new Set();
    feed.resume();
    tasks.runAll();
    expect(rows().map((r) => r.v)).toEqual([1, 1, 1]);
    expect(calls.at(-1)).toBe('transaction update 1 add 0');
  });
});
