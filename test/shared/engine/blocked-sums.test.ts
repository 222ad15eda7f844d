// Blocked sums: the order of the additions is stated (blocks of ceil(sqrt(n)) lines in line order,
// then the block sums in order), and an update after an edit gives exactly what building afresh gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupSums, updateGroupSums } from '../../../shared/engine/speed';

const seriesOf = (values: number[][]) => values.map((v) => ({ monthly: Float64Array.from(v) }));

describe('blocked sums', () => {
  it('adds in blocks of ceil(sqrt(n)) lines, then the blocks in order', () => {
    // One group of 4 lines, one month: 1e16, 1, 1, 1. Blocks of ceil(sqrt(4)) = 2 lines.
    // Doubles near 1e16 are 2 apart, so 1e16 + 1 rounds (half to even) back to 1e16.
    // Block 1: 1e16 + 1 = 1e16. Block 2: 1 + 1 = 2. Sum: 1e16 + 2 = 10,000,000,000,000,002 (exact).
    // (Left to right would lose every 1: 1e16.)
    const s = groupSums(Int32Array.of(0, 4), Int32Array.of(0, 1, 2, 3), seriesOf([[1e16], [1], [1], [1]]), 1);
    expect(s.sums[0]).toBe(10_000_000_000_000_002);
    expect(Array.from(s.blocks)).toEqual([1e16, 2]);
  });

  it('lays the sums out month by month, group after group (month m, group k at m * groups + k)', () => {
    // Group 0: lines 0 and 2; group 1: line 1. Month 0: 1 + 3 = 4 and 2; month 1: 10 + 30 = 40 and 20.
    const s = groupSums(
      Int32Array.of(0, 2, 3),
      Int32Array.of(0, 2, 1),
      seriesOf([
        [1, 10],
        [2, 20],
        [3, 30],
      ]),
      2,
    );
    expect(Array.from(s.sums)).toEqual([4, 2, 40, 20]);
  });

  it('an update after lines changed equals building afresh, to the bit', () => {
    const caseArb = fc
      .record({
        groupOf: fc.array(fc.nat({ max: 3 }), { minLength: 1, maxLength: 60 }),
        horizon: fc.integer({ min: 1, max: 5 }),
        seed: fc.array(fc.double({ min: -1e6, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 30 }),
      })
      .chain((c) =>
        fc.record({
          c: fc.constant(c),
          changed: fc.uniqueArray(fc.nat({ max: c.groupOf.length - 1 }), { maxLength: 6 }),
          bump: fc.double({ min: 0.001, max: 1e7, noNaN: true }),
        }),
      );
    fc.assert(
      fc.property(caseArb, ({ c, changed, bump }) => {
        const lines = c.groupOf.length;
        const value = (l: number, m: number) => c.seed[(l * 7 + m) % c.seed.length] * (1 + l / 3);
        const series = Array.from({ length: lines }, (_, l) => ({
          monthly: Float64Array.from({ length: c.horizon }, (_, m) => value(l, m)),
        }));
        // Group k's lines, ascending (a group may be empty).
        const start = new Int32Array(5);
        const members: number[] = [];
        for (let k = 0; k < 4; k++) {
          c.groupOf.forEach((g, l) => g === k && members.push(l));
          start[k + 1] = members.length;
        }
        const kept = groupSums(start, Int32Array.from(members), series, c.horizon);
        const edited = series.slice();
        for (const l of changed)
          edited[l] = { monthly: Float64Array.from(series[l].monthly, (x, m) => x * 1.37 + bump * (m + 1)) };
        updateGroupSums(kept, changed, (l) => c.groupOf[l], edited);
        const fresh = groupSums(start, Int32Array.from(members), edited, c.horizon);
        expect(Array.from(kept.sums)).toEqual(Array.from(fresh.sums));
        expect(Array.from(kept.blocks)).toEqual(Array.from(fresh.blocks));
      }),
      { numRuns: 300 },
    );
  });
});
