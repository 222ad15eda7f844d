// Company runway: the fractional month in which cash on hand is used up by the other monthly
// burn plus the AWS bill that credits do not pay. Past the horizon the last month's outflow is
// assumed to continue, because runway is usually longer than the plan's horizon.

export function cashRunwayMonths(cashOnHand: number, otherMonthlyBurn: number, awsCash: Float64Array): number | null {
  let left = cashOnHand;
  for (let m = 0; m < awsCash.length; m++) {
    const outflow = otherMonthlyBurn + awsCash[m];
    if (outflow >= left) return outflow > 0 ? m + left / outflow : m;
    left -= outflow;
  }
  const last = otherMonthlyBurn + (awsCash.length > 0 ? awsCash[awsCash.length - 1] : 0);
  if (!(last > 0)) return null;
  // A vanishing outflow (a fraction of a cent beyond the horizon) would give an infinite runway:
  // that is "never runs out", the same as no outflow at all.
  const months = awsCash.length + left / last;
  return Number.isFinite(months) ? months : null;
}

/** Runway is not extrapolated further than this (50 years); beyond it the runway is null. */
const MAX_RUNWAY_MONTHS = 600;

/**
 * The runway when cash outlasts the horizon (rev 2), with the pools still running past it:
 * `extended(months)` gives the AWS cash of a simulation that carries on that long, every later
 * month repeating the last horizon month's costs, with no new awards (it must run until no pool
 * can pay, so that its last month's outflow continues unchanged). Capped at MAX_RUNWAY_MONTHS.
 */
export function extrapolatedRunway(
  cashOnHand: number,
  otherMonthlyBurn: number,
  awsCash: Float64Array,
  extendedMonths: number,
  extended: (months: number) => Float64Array,
): number | null {
  const horizon = awsCash.length;
  const series = extendedMonths > horizon ? extended(Math.min(extendedMonths, MAX_RUNWAY_MONTHS + 1)) : awsCash;
  const months = cashRunwayMonths(cashOnHand, otherMonthlyBurn, series);
  return months === null || months > MAX_RUNWAY_MONTHS ? null : months;
}

/** Whether cash runs out inside the horizon (else the runway is extrapolated past it). */
export function runsOutWithin(cashOnHand: number, otherMonthlyBurn: number, awsCash: Float64Array): boolean {
  let left = cashOnHand;
  for (let m = 0; m < awsCash.length; m++) {
    const outflow = otherMonthlyBurn + awsCash[m];
    if (outflow >= left) return true;
    left -= outflow;
  }
  return false;
}
