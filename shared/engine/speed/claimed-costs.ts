// The spend declared under each pool (its lines' fundedBy), summed per service charge and month:
// what the claims rules compare with the pool's amount (DECLARED_OVER_POOL) and with what other
// pools paid (EARMARKED_STRANDED). Summed per charge, the rules do a few sums per month instead
// of following every claimed line through the months, and after an edit only the sums holding a
// changed line are summed again: each from its lines in line order, exactly as when first built.
import type { ServiceCharges } from '../compute/service-charges';

/** The lines claimed under one pool, by charge. */
export interface ClaimedCharges {
  /** The charges holding lines claimed under the pool, ascending. */
  readonly charges: Int32Array;
  /** The claimed lines of charges[k] are lines[start[k] .. start[k + 1]), in line order. */
  readonly start: Int32Array;
  readonly lines: Int32Array;
  /** Month-major: the claimed lines' cost in charges[k] in month m at m * charges.length + k. */
  readonly costs: Float64Array;
}

/** Pool id -> its claimed lines by charge (pools with no claimed line are absent). */
export type ClaimedCosts = ReadonlyMap<string, ClaimedCharges>;

/** Each line's costs month by month, as the cost table's results hold them. */
type LineSeries = readonly { readonly monthly: Float64Array }[];

/** Sums the claimed lines of slot k month by month, in line order, into `costs`. */
function sumSlot(claimed: ClaimedCharges, k: number, series: LineSeries, horizon: number): void {
  const { costs, lines, start } = claimed;
  const slots = claimed.charges.length;
  for (let m = 0, at = k; m < horizon; m++, at += slots) costs[at] = 0;
  for (let i = start[k]; i < start[k + 1]; i++) {
    const monthly = series[lines[i]].monthly;
    for (let m = 0, at = k; m < horizon; m++, at += slots) costs[at] += monthly[m];
  }
}

/** One pool's claimed lines (in line order) grouped by charge, and their sums. */
function claimedCharges(
  lines: readonly number[],
  chargeOf: Int32Array,
  series: LineSeries,
  horizon: number,
): ClaimedCharges {
  const present = [...new Set(lines.map((l) => chargeOf[l]))].sort((a, b) => a - b);
  const slotOf = new Map(present.map((g, k) => [g, k]));
  const start = new Int32Array(present.length + 1);
  for (const l of lines) start[slotOf.get(chargeOf[l])! + 1]++;
  for (let k = 0; k < present.length; k++) start[k + 1] += start[k];
  const fill = start.slice(0, present.length);
  const grouped = new Int32Array(lines.length);
  for (const l of lines) grouped[fill[slotOf.get(chargeOf[l])!]++] = l;
  const claimed = {
    charges: Int32Array.from(present),
    start,
    lines: grouped,
    costs: new Float64Array(horizon * present.length),
  };
  for (let k = 0; k < present.length; k++) sumSlot(claimed, k, series, horizon);
  return claimed;
}

/** What may be updated in place: the last result, built from the same claims and charges, and the lines whose costs changed since. */
export interface ClaimedReuse {
  previous: ClaimedCosts;
  changed: readonly number[];
  /** The pool each changed line is claimed under (the same before and after). */
  fundedBy: (l: number) => string | null;
}

/**
 * The claimed costs of every pool. With `reuse`, the previous sums are kept and the slots
 * holding a changed line are summed again; else all are built.
 */
export function claimedCostsFor(
  claimedBy: ReadonlyMap<string, readonly number[]>,
  charges: ServiceCharges,
  series: LineSeries,
  horizon: number,
  reuse: ClaimedReuse | null,
): ClaimedCosts {
  if (reuse !== null) {
    // Each slot holding a changed line once (an assumption change can touch most lines).
    const dirty = new Map<ClaimedCharges, Set<number>>();
    for (const l of reuse.changed) {
      const pool = reuse.fundedBy(l);
      const claimed = pool === null ? undefined : reuse.previous.get(pool);
      if (claimed === undefined) continue;
      const k = claimed.charges.indexOf(charges.chargeOf[l]);
      const slots = dirty.get(claimed) ?? new Set<number>();
      dirty.set(claimed, slots.add(k));
    }
    for (const [claimed, slots] of dirty) for (const k of slots) sumSlot(claimed, k, series, horizon);
    return reuse.previous;
  }
  const all = new Map<string, ClaimedCharges>();
  for (const [pool, lines] of claimedBy)
    if (lines.length > 0) all.set(pool, claimedCharges(lines, charges.chargeOf, series, horizon));
  return all;
}
