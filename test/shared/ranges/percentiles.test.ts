// Nearest-rank percentiles, by hand: rank = ceil(p/100 x N), "never" (NaN) after every month.
import { describe, expect, it } from 'vitest';
import { monthSpreadOf, nearestRank, spreadOf } from '../../../shared/ranges';

describe('nearest-rank percentiles', () => {
  it('ranks', () => {
    // N = 10: P10 rank ceil(1) = 1, P50 rank 5, P90 rank 9. N = 7: P10 ceil(0.7) = 1, P50 ceil(3.5) = 4, P90 ceil(6.3) = 7.
    expect([nearestRank(10, 10), nearestRank(50, 10), nearestRank(90, 10)]).toEqual([1, 5, 9]);
    expect([nearestRank(10, 7), nearestRank(50, 7), nearestRank(90, 7)]).toEqual([1, 4, 7]);
  });
  it('amounts: P10/P50/P90 and mean of 10 values given out of order', () => {
    const values = Float64Array.from([10, 3, 7, 1, 9, 2, 8, 5, 4, 6]);
    // sorted 1..10: ranks 1, 5, 9 -> 1, 5, 9; mean 55/10 = 5.5.
    expect(spreadOf(values)).toEqual({ p10: 1, p50: 5, p90: 9, mean: 5.5 });
  });
  it('months: "never" sorts last and a percentile landing on it is null', () => {
    // [3, never, 1, never] sorted [1, 3, never, never]: P10 rank 1 -> 1; P50 rank 2 -> 3; P90 rank ceil(3.6) = 4 -> never.
    expect(monthSpreadOf(Float64Array.from([3, NaN, 1, NaN]))).toEqual({ p10: 1, p50: 3, p90: null });
    // All never: every percentile is null.
    expect(monthSpreadOf(Float64Array.from([NaN, NaN]))).toEqual({ p10: null, p50: null, p90: null });
  });
});
