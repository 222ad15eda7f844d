// The spend declared under each pool (its lines' fundedBy), summed per service charge and month:
// what the claims rules compare with the pool's amount (DECLARED_OVER_POOL) and with what other
// pools paid (EARMARKED_STRANDED). Summed per charge, the rules do a few sums per month instead
// of following every claimed line through the months, and after an edit only the sums holding a
// changed line are summed again, in the same order as when first built (blocked-sums.ts).
import type { ServiceCharges } from '../compute/service-charges';
import { groupSums, updateGroupSums, type GroupSums, type LineSeries } from './blocked-sums';

/** The lines claimed under one pool, by charge. */
export interface ClaimedCharges {
  /** The charges holding lines claimed under the pool, ascending. */
  readonly charges: Int32Array;
  /** The claimed lines of charges[k] (sums.members[sums.start[k] .. sums.start[k + 1]), in line order) and their sums. */
  readonly sums: GroupSums;
  /** Month-major: the claimed lines' cost in charges[k] in month m at m * charges.length + k (sums.sums). */
  readonly costs: Float64Array;
}

/** Pool id -> its claimed lines by charge (pools with no claimed line are absent). */
export type ClaimedCosts = ReadonlyMap<string, ClaimedCharges>;

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
  const sums = groupSums(start, grouped, series, horizon);
  return { charges: Int32Array.from(present), sums, costs: sums.sums };
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
    // The changed lines claimed under each pool, updated together (each slot summed once).
    const byPool = new Map<ClaimedCharges, number[]>();
    for (const l of reuse.changed) {
      const pool = reuse.fundedBy(l);
      const claimed = pool === null ? undefined : reuse.previous.get(pool);
      if (claimed === undefined) continue;
      const lines = byPool.get(claimed);
      if (lines === undefined) byPool.set(claimed, [l]);
      else lines.push(l);
    }
    for (const [claimed, lines] of byPool)
      updateGroupSums(claimed.sums, lines, (l) => claimed.charges.indexOf(charges.chargeOf[l]), series);
    return reuse.previous;
  }
  const all = new Map<string, ClaimedCharges>();
  for (const [pool, lines] of claimedBy)
    if (lines.length > 0) all.set(pool, claimedCharges(lines, charges.chargeOf, series, horizon));
  return all;
}
