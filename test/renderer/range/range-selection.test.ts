import { describe, expect, it } from 'vitest';
import {
  boundsOf,
  clampTo,
  collapsed,
  extendBy,
  extendTo,
  focusedAt,
  fromBounds,
  isSingleCell,
  selectAll,
} from '../../../renderer/src/components/range-selection';
import { rangeKeyOf } from '../../../renderer/src/components/grid-keys';

const size = { rows: 5, cols: 4 };

describe('range selection', () => {
  it('grows from the active cell with Shift+arrows and stops at the grid edge', () => {
    let s = collapsed({ row: 1, col: 1 });
    s = extendBy(s, 1, 0, size);
    s = extendBy(s, 0, 1, size);
    expect(boundsOf(s)).toEqual({ top: 1, bottom: 2, left: 1, right: 2 });
    expect(s.active).toEqual({ row: 1, col: 1 });
    // Back up past the active cell: the range flips to the other side.
    s = extendBy(extendBy(s, -1, 0, size), -1, 0, size);
    expect(boundsOf(s)).toEqual({ top: 0, bottom: 1, left: 1, right: 2 });
    s = extendBy(s, -1, 0, size);
    expect(boundsOf(s).top).toBe(0);
    // Ctrl+Shift+arrow: to the edge.
    expect(boundsOf(extendBy(s, 1, 0, size, true)).bottom).toBe(4);
    expect(boundsOf(extendBy(s, 0, -1, size, true)).left).toBe(0);
  });

  it('Shift+click and dragging span from the fixed corner', () => {
    const s = extendTo(collapsed({ row: 3, col: 2 }), { row: 0, col: 0 });
    expect(boundsOf(s)).toEqual({ top: 0, bottom: 3, left: 0, right: 2 });
    expect(isSingleCell(s)).toBe(false);
    expect(isSingleCell(collapsed({ row: 0, col: 0 }))).toBe(true);
  });

  it('focus back on the active cell keeps the range; focus elsewhere starts a new one', () => {
    // Shift+Right twice from row 0, column 0: columns 0-2 of row 0, the active cell still at 0,0.
    const range = extendBy(extendBy(collapsed({ row: 0, col: 0 }), 0, 1, size), 0, 1, size);
    // The grid redraws its rows (new results) and puts its focus back on 0,0: the range stays.
    expect(focusedAt(range, { row: 0, col: 0 })).toBe(range);
    // An arrow key or Tab moves the focus to 0,1, inside the range: a single cell there.
    expect(focusedAt(range, { row: 0, col: 1 })).toEqual(collapsed({ row: 0, col: 1 }));
    expect(focusedAt(null, { row: 2, col: 3 })).toEqual(collapsed({ row: 2, col: 3 }));
  });

  it('Ctrl+A covers the grid and keeps the active cell', () => {
    const s = selectAll(collapsed({ row: 2, col: 3 }), size)!;
    expect(boundsOf(s)).toEqual({ top: 0, bottom: 4, left: 0, right: 3 });
    expect(s.active).toEqual({ row: 2, col: 3 });
    expect(selectAll(null, { rows: 0, cols: 4 })).toBeNull();
  });

  it('shrinks to what is left when rows go away', () => {
    const s = extendTo(collapsed({ row: 1, col: 0 }), { row: 4, col: 3 });
    expect(boundsOf(clampTo(s, { rows: 3, cols: 4 })!)).toEqual({ top: 1, bottom: 2, left: 0, right: 3 });
    expect(clampTo(s, { rows: 0, cols: 4 })).toBeNull();
    expect(fromBounds({ top: 1, bottom: 2, left: 0, right: 1 }).active).toEqual({ row: 1, col: 0 });
  });

  it('reads the range keys', () => {
    const k = (key: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey', boolean>> = {}) => ({
      key,
      ctrlKey: false,
      metaKey: false,
      shiftKey: false,
      altKey: false,
      ...mods,
    });
    expect(rangeKeyOf(k('ArrowDown', { shiftKey: true }))).toEqual({ kind: 'extend', dRow: 1, dCol: 0, toEdge: false });
    expect(rangeKeyOf(k('ArrowLeft', { shiftKey: true, metaKey: true }))).toEqual({
      kind: 'extend',
      dRow: 0,
      dCol: -1,
      toEdge: true,
    });
    expect(rangeKeyOf(k('a', { metaKey: true }))).toEqual({ kind: 'selectAll' });
    expect(rangeKeyOf(k('d', { ctrlKey: true }))).toEqual({ kind: 'fillDown' });
    expect(rangeKeyOf(k('r', { ctrlKey: true }))).toEqual({ kind: 'fillRight' });
    expect(rangeKeyOf(k('Delete'))).toEqual({ kind: 'clear' });
    expect(rangeKeyOf(k('ArrowDown'))).toBeNull();
    expect(rangeKeyOf(k('Delete', { ctrlKey: true }))).toBeNull();
    expect(rangeKeyOf(k('d', { ctrlKey: true, shiftKey: true }))).toBeNull();
  });
});
