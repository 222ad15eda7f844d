import { describe, expect, it } from 'vitest';
import { planFill, planFillValue, planPaste, rangeCells } from '../../../renderer/src/components/range-edits';
import { collapsed, extendTo } from '../../../renderer/src/components/range-selection';

const size = { rows: 3, cols: 4 };
const at = (row: number, col: number) => collapsed({ row, col });

describe('planPaste', () => {
  it('lands a block from the active cell and turns rows past the end into new rows', () => {
    const plan = planPaste(
      [
        ['a', 'b'],
        ['c', 'd'],
        ['e', 'f'],
        ['g', 'h'],
      ],
      at(1, 2),
      size,
    );
    // Rows 1 and 2 exist; the block's last two rows are new rows.
    expect(plan.writes).toEqual([
      { row: 1, col: 2, raw: 'a' },
      { row: 1, col: 3, raw: 'b' },
      { row: 2, col: 2, raw: 'c' },
      { row: 2, col: 3, raw: 'd' },
    ]);
    expect(plan.appended).toEqual([
      [
        { col: 2, raw: 'e' },
        { col: 3, raw: 'f' },
      ],
      [
        { col: 2, raw: 'g' },
        { col: 3, raw: 'h' },
      ],
    ]);
    expect(plan.clippedCols).toBe(0);
    expect(plan.bounds).toEqual({ top: 1, bottom: 4, left: 2, right: 3 });
  });

  it('cuts columns past the last one and says how many', () => {
    const plan = planPaste([['1', '2', '3']], at(0, 2), size);
    expect(plan.writes.map((w) => w.col)).toEqual([2, 3]);
    expect(plan.clippedCols).toBe(1);
  });

  it('fills a range with one cell, and repeats a block that fits it', () => {
    const range = extendTo(at(0, 0), { row: 1, col: 1 });
    expect(planPaste([['x']], range, size).writes.map((w) => w.raw)).toEqual(['x', 'x', 'x', 'x']);
    const tall = extendTo(at(0, 0), { row: 1, col: 3 });
    expect(planPaste([['p', 'q']], tall, size).writes.map((w) => w.raw)).toEqual([
      'p',
      'q',
      'p',
      'q',
      'p',
      'q',
      'p',
      'q',
    ]);
    // 3 columns do not fit 4: pasted once from the corner.
    expect(planPaste([['1', '2', '3']], tall, size).writes).toHaveLength(3);
  });

  it('does nothing for an empty block', () => {
    expect(planPaste([], at(0, 0), size).writes).toEqual([]);
  });
});

describe('fill and clear', () => {
  it('fills down from the first row, or from the row above a one-row range', () => {
    const steps = planFill(extendTo(at(0, 1), { row: 2, col: 2 }), 'down');
    expect(steps).toEqual([
      { from: { row: 0, col: 1 }, to: { row: 1, col: 1 } },
      { from: { row: 0, col: 2 }, to: { row: 1, col: 2 } },
      { from: { row: 0, col: 1 }, to: { row: 2, col: 1 } },
      { from: { row: 0, col: 2 }, to: { row: 2, col: 2 } },
    ]);
    expect(planFill(at(2, 0), 'down')).toEqual([{ from: { row: 1, col: 0 }, to: { row: 2, col: 0 } }]);
    expect(planFill(at(0, 0), 'down')).toEqual([]);
  });

  it('fills right from the first column', () => {
    expect(planFill(extendTo(at(1, 0), { row: 1, col: 2 }), 'right')).toEqual([
      { from: { row: 1, col: 0 }, to: { row: 1, col: 1 } },
      { from: { row: 1, col: 0 }, to: { row: 1, col: 2 } },
    ]);
    expect(planFill(at(1, 3), 'right')).toEqual([{ from: { row: 1, col: 2 }, to: { row: 1, col: 3 } }]);
  });

  it('writes one value (or a clear) into every cell, and lists cells for copying by rows', () => {
    const range = extendTo(at(0, 0), { row: 1, col: 1 });
    expect(planFillValue(range, null)).toHaveLength(4);
    expect(planFillValue(range, '5').every((w) => w.raw === '5')).toBe(true);
    expect(rangeCells(range)).toEqual([
      [
        { row: 0, col: 0 },
        { row: 0, col: 1 },
      ],
      [
        { row: 1, col: 0 },
        { row: 1, col: 1 },
      ],
    ]);
  });
});
