// A month or line series added up in index order: one small function that every computation
// calls, so V8 optimises it within a few edits (see kpis.ts for why the sums are not inline).

/** values[0] + values[1] + ... in that order (the same additions as an inline loop, to the bit). */
export function seriesSum(values: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum;
}
