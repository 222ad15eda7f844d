// The month-by-month layout of every line's costs, the billing simulation's input.

/**
 * The month-by-month layout of SimulationInput.costs, from each line's monthly series (written
 * over every element of `byMonth`, when one is given to be reused). A month
 * then reads one stretch of memory instead of one element of every line's series, which is
 * what the simulation spends its time on when the series are not in the processor's cache.
 */
export function costsByMonth(
  monthly: readonly Float64Array[],
  horizon: number,
  byMonth: Float64Array = new Float64Array(horizon * monthly.length),
): Float64Array {
  const lineCount = monthly.length;
  for (let l = 0; l < lineCount; l++) copyIntoMonths(byMonth, lineCount, l, monthly[l]);
  return byMonth;
}

/** Writes line l's monthly series into a costsByMonth matrix of lineCount lines. */
export function copyIntoMonths(byMonth: Float64Array, lineCount: number, l: number, monthly: Float64Array): void {
  for (let m = 0, at = l; m < monthly.length; m++, at += lineCount) byMonth[at] = monthly[m];
}
