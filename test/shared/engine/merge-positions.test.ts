// The positions a computation redoes: the lines replaced, merged with the lines that use a
// changed assumption. Both lists ascend; the union must too, each position once.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mergePositions } from '../../../shared/engine/speed';

const ascending = fc
  .uniqueArray(fc.nat({ max: 200 }), { maxLength: 40 })
  .map((positions) => positions.sort((a, b) => a - b));

describe('merging position lists', () => {
  it('gives each position of either list once, ascending', () => {
    // Replaced 2 and 7; lines 0, 2 and 9 use the changed assumption: 0, 2, 7, 9.
    expect(mergePositions([2, 7], [0, 2, 9])).toEqual([0, 2, 7, 9]);
    expect(mergePositions([], [4])).toEqual([4]);
    expect(mergePositions([4], [])).toEqual([4]);
    fc.assert(
      fc.property(ascending, ascending, (a, b) => {
        expect(mergePositions(a, b)).toEqual([...new Set([...a, ...b])].sort((x, y) => x - y));
      }),
    );
  });
});
