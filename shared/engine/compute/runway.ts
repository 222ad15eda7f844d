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
