// Nearest-rank percentiles (contracts.md): the p-th percentile of N sorted values is the value
// of rank ceil(p/100 x N). Months where nothing happens ("no cliff", "never depleted") are NaN in
// the run records; they sort after every month, and a percentile that lands on them is null.

export interface Spread {
  p10: number;
  p50: number;
  p90: number;
  mean: number;
}

export interface MonthSpread {
  p10: number | null;
  p50: number | null;
  p90: number | null;
}

/** The 1-based nearest rank of percentile p among n values (at least 1). */
export function nearestRank(p: number, n: number): number {
  return Math.max(1, Math.ceil((p / 100) * n));
}

/** Values sorted ascending, with NaN ("never") after every number. */
export function sortedWithNeverLast(values: Float64Array): Float64Array {
  const sorted = Float64Array.from(values, (v) => (Number.isNaN(v) ? Infinity : v));
  sorted.sort();
  return sorted;
}

/** The nearest-rank percentile of ascending values; null where it lands on "never". */
export function percentileOfSorted(sorted: Float64Array, p: number): number | null {
  if (sorted.length === 0) return null;
  const v = sorted[nearestRank(p, sorted.length) - 1];
  return v === Infinity ? null : v;
}

/** P10, P50, P90 and the mean of amounts (every run has one). The mean adds in run order, so it is the same however runs were split. */
export function spreadOf(values: Float64Array): Spread {
  const sorted = Float64Array.from(values).sort();
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return {
    p10: percentileOfSorted(sorted, 10) ?? NaN,
    p50: percentileOfSorted(sorted, 50) ?? NaN,
    p90: percentileOfSorted(sorted, 90) ?? NaN,
    mean: values.length > 0 ? sum / values.length : NaN,
  };
}

/** P10, P50, P90 of months where NaN means "never". */
export function monthSpreadOf(values: Float64Array): MonthSpread {
  const sorted = sortedWithNeverLast(values);
  return {
    p10: percentileOfSorted(sorted, 10),
    p50: percentileOfSorted(sorted, 50),
    p90: percentileOfSorted(sorted, 90),
  };
}

/** The share of values that are "never" (NaN). */
export function shareNever(values: Float64Array): number {
  if (values.length === 0) return 0;
  let count = 0;
  for (let i = 0; i < values.length; i++) if (Number.isNaN(values[i])) count++;
  return count / values.length;
}
