// AWS applies a credit to the largest *service* charge of the month, not to the rows of a plan
// (rev 2): so before the billing simulation the lines are summed into charges - one per service
// and per set of pools that may pay it (lines of a service normally share that set; the Bedrock
// POC's supporting-line rule, or as-declared claims, can split a service in two). How a user
// splits a workload into rows then moves no money between credits and cash. Equal charges are
// taken in service-id order, which is the order the charges are listed in. What a charge
// receives from a pool is shared among its lines pro rata to their cost in that month.

export interface ServiceCharges {
  /** The charge each line is part of. */
  readonly chargeOf: Int32Array;
  readonly count: number;
  /** The lines of charge g are members[start[g] .. start[g + 1]), in line order. */
  readonly start: Int32Array;
  readonly members: Int32Array;
  /** Per charge: its service, and 1 where no credit may pay it. */
  readonly service: readonly string[];
  readonly cashOnly: Uint8Array;
  /** Per pool, 1 where it may pay that charge. */
  readonly eligible: Uint8Array[];
  /** Per line, what decides its charge (service, cash-only, paying pools): to reuse the grouping after an edit. */
  readonly keys: readonly string[];
  /** The per-line eligibility rows the grouping was made from (reused only with the same rows). */
  readonly lineEligible: readonly Uint8Array[];
}

/** What decides a line's charge: its service, whether it is cash only, and which pools may pay it. */
function chargeKey(service: string, cashOnly: number, eligible: readonly Uint8Array[], l: number): string {
  let bits = cashOnly === 0 ? '' : '$';
  for (let p = 0; p < eligible.length; p++) bits += eligible[p][l] === 0 ? '0' : '1';
  return `${service}\u0000${bits}`;
}

/**
 * The charges of these lines. With `previous` given and no changed line's key changed, the
 * previous grouping is returned as it is (the eligibility rows are the same objects, updated).
 */
export function groupServiceCharges(
  lines: readonly { readonly service: string }[],
  cashOnly: Uint8Array,
  eligible: Uint8Array[],
  previous: ServiceCharges | null = null,
  changed: readonly number[] | null = null,
): ServiceCharges {
  const lineCount = lines.length;
  const sameRows =
    previous !== null &&
    previous.lineEligible.length === eligible.length &&
    previous.lineEligible.every((row, p) => row === eligible[p]);
  if (previous !== null && changed !== null && sameRows && previous.keys.length === lineCount) {
    let same = true;
    for (const l of changed)
      if (chargeKey(lines[l].service, cashOnly[l], eligible, l) !== previous.keys[l]) same = false;
    if (same) return previous;
  }
  const services = lines.map((line) => line.service);
  const keys = new Array<string>(lineCount);
  const firstLine = new Map<string, number>();
  for (let l = 0; l < lineCount; l++) {
    const key = chargeKey(services[l], cashOnly[l], eligible, l);
    keys[l] = key;
    if (!firstLine.has(key)) firstLine.set(key, l);
  }
  // Service id first (AWS's order of equal charges), then where the charge first appears.
  const ordered = [...firstLine.entries()].sort(([, a], [, b]) =>
    services[a] < services[b] ? -1 : services[a] > services[b] ? 1 : a - b,
  );
  const indexOf = new Map<string, number>();
  ordered.forEach(([key], g) => indexOf.set(key, g));
  const count = ordered.length;
  const chargeOf = new Int32Array(lineCount);
  const sizes = new Int32Array(count + 1);
  for (let l = 0; l < lineCount; l++) {
    const g = indexOf.get(keys[l])!;
    chargeOf[l] = g;
    sizes[g + 1]++;
  }
  const start = new Int32Array(count + 1);
  for (let g = 0; g < count; g++) start[g + 1] = start[g] + sizes[g + 1];
  const fill = start.slice(0, count);
  const members = new Int32Array(lineCount);
  for (let l = 0; l < lineCount; l++) members[fill[chargeOf[l]]++] = l;
  const chargeCashOnly = new Uint8Array(count);
  const chargeEligible = eligible.map(() => new Uint8Array(count));
  const service = ordered.map(([, l]) => services[l]);
  ordered.forEach(([, l], g) => {
    chargeCashOnly[g] = cashOnly[l];
    for (let p = 0; p < eligible.length; p++) chargeEligible[p][g] = eligible[p][l];
  });
  return {
    chargeOf,
    count,
    start,
    members,
    service,
    cashOnly: chargeCashOnly,
    eligible: chargeEligible,
    keys,
    lineEligible: eligible,
  };
}

/**
 * The charges' costs month by month (month m's charge g at m * count + g): each the sum of its
 * lines' costs in line order. `lineCosts` is month-major over `lineCount` lines. Given `reuse`
 * (the last matrix of this same grouping) only the charges holding a changed line are summed
 * again, from each line's own series (its months together in memory, where a month's row would
 * be read one element per line), adding the same numbers in the same order.
 */
export function chargeCostsByMonth(
  charges: ServiceCharges,
  lineCosts: Float64Array,
  lineCount: number,
  horizon: number,
  reuse: {
    costs: Float64Array;
    changed: readonly number[];
    series: readonly { readonly monthly: Float64Array }[];
  } | null = null,
): Float64Array {
  const { count, start, members } = charges;
  if (reuse !== null && reuse.costs.length === horizon * count) {
    const out = reuse.costs;
    for (const g of new Set(reuse.changed.map((l) => charges.chargeOf[l]))) {
      for (let m = 0, at = g; m < horizon; m++, at += count) out[at] = 0;
      for (let i = start[g]; i < start[g + 1]; i++) {
        const monthly = reuse.series[members[i]].monthly;
        for (let m = 0, at = g; m < horizon; m++, at += count) out[at] += monthly[m];
      }
    }
    return out;
  }
  const out = new Float64Array(horizon * count);
  for (let g = 0; g < count; g++) {
    const first = start[g];
    const end = start[g + 1];
    for (let m = 0; m < horizon; m++) {
      const row = m * lineCount;
      let sum = 0;
      for (let i = first; i < end; i++) sum += lineCosts[row + members[i]];
      out[m * count + g] = sum;
    }
  }
  return out;
}
