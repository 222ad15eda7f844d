// AWS applies a credit to the largest *service* charge of the month, not to the rows of a plan
// (rev 2): so before the billing simulation the lines are summed into charges - one per service
// and per set of pools that may pay it (lines of a service normally share that set; the Bedrock
// POC's supporting-line rule, or as-declared claims, can split a service in two). How a user
// splits a workload into rows then moves no money between credits and cash. Equal charges are
// taken in service-id order, which is the order the charges are listed in. What a charge
// receives from a pool is shared among its lines pro rata to their cost in that month.
import { groupSums, updateGroupSums, type GroupSums, type LineSeries } from '../speed/blocked-sums';

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
  /** The per-line eligibility rows the grouping was made from (reused only with the same rows). */
  readonly lineEligible: readonly Uint8Array[];
}

/** Whether line l still belongs with charge g: the same service, cash-only flag and paying pools. */
function sameCharge(
  previous: ServiceCharges,
  g: number,
  service: string,
  cashOnly: number,
  eligible: readonly Uint8Array[],
  l: number,
): boolean {
  if (previous.service[g] !== service || previous.cashOnly[g] !== cashOnly) return false;
  for (let p = 0; p < eligible.length; p++) if (previous.eligible[p][g] !== eligible[p][l]) return false;
  return true;
}

/**
 * What decides each line's charge: its service, whether it is cash only, and which pools may pay
 * it - as one number (service number, cash-only bit, a bit per pool) while the pools fit in 30
 * bits, else as text. Numbers, because a workbook of 10,000 lines would otherwise build 10,000
 * strings and hash each.
 */
function chargeKeys(services: readonly string[], cashOnly: Uint8Array, eligible: readonly Uint8Array[]) {
  const lineCount = services.length;
  const keys = new Array<number | string>(lineCount);
  if (eligible.length > 30) {
    for (let l = 0; l < lineCount; l++) {
      let bits = cashOnly[l] === 0 ? '' : '$';
      for (let p = 0; p < eligible.length; p++) bits += eligible[p][l] === 0 ? '0' : '1';
      keys[l] = `${services[l]}\u0000${bits}`;
    }
    return keys;
  }
  const numberOf = new Map<string, number>();
  const span = 2 ** (eligible.length + 1);
  for (let l = 0; l < lineCount; l++) {
    let service = numberOf.get(services[l]);
    if (service === undefined) numberOf.set(services[l], (service = numberOf.size));
    let bits = cashOnly[l] === 0 ? 0 : 1;
    for (let p = 0; p < eligible.length; p++) bits += eligible[p][l] === 0 ? 0 : 2 << p;
    keys[l] = service * span + bits;
  }
  return keys;
}

/**
 * The charges of these lines. With `previous` given and every changed line still matching its
 * charge, the previous grouping is returned as it is (the eligibility rows are the same objects, updated).
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
  if (previous !== null && changed !== null && sameRows && previous.chargeOf.length === lineCount) {
    let same = true;
    for (const l of changed)
      if (!sameCharge(previous, previous.chargeOf[l], lines[l].service, cashOnly[l], eligible, l)) same = false;
    if (same) return previous;
  }
  const services = lines.map((line) => line.service);
  const keys = chargeKeys(services, cashOnly, eligible);
  const firstLine = new Map<number | string, number>();
  for (let l = 0; l < lineCount; l++) if (!firstLine.has(keys[l])) firstLine.set(keys[l], l);
  // Service id first (AWS's order of equal charges), then where the charge first appears.
  const ordered = [...firstLine.entries()].sort(([, a], [, b]) =>
    services[a] < services[b] ? -1 : services[a] > services[b] ? 1 : a - b,
  );
  const indexOf = new Map<number | string, number>();
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
    lineEligible: eligible,
  };
}

/**
 * The charges' costs month by month (month m's charge g at sums[m * count + g]): each the sum of
 * its lines' costs, added in the order blocked-sums.ts states. Given `reuse` (the last sums of
 * this same grouping, whose other lines' costs stand) they are updated in place where a line changed.
 */
export function chargeCostsFor(
  charges: ServiceCharges,
  series: LineSeries,
  horizon: number,
  reuse: { sums: GroupSums; changed: readonly number[] } | null = null,
): GroupSums {
  if (reuse === null) return groupSums(charges.start, charges.members, series, horizon);
  updateGroupSums(reuse.sums, reuse.changed, (l) => charges.chargeOf[l], series);
  return reuse.sums;
}
