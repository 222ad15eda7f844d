// Sums of groups of lines' monthly costs (a service charge's lines; the lines of one charge
// claimed under one pool), laid out and ordered so that an edit re-adds few numbers.
//
// Floating-point addition is not associative, so the order of the additions is part of the
// result. A group of n lines (in line order) is cut into blocks of ceil(sqrt(n)) consecutive
// lines; each block is summed in line order, and the group's sum is its block sums added in
// block order. Building afresh and updating after an edit run the same two steps on the same
// numbers, so they agree to the bit; but an edit re-adds one block (about sqrt(n) lines' series)
// and the group's sqrt(n) block sums, where a plain left-to-right sum would re-add all n series
// (a charge of 300 lines: about 36 series instead of 300, each a cache miss after a collection).

/** Each line's costs month by month, as the cost table's results hold them. */
export type LineSeries = readonly { readonly monthly: Float64Array }[];

export interface GroupSums {
  readonly horizon: number;
  /** The lines of group k are members[start[k] .. start[k + 1]), ascending (line order). */
  readonly start: Int32Array;
  readonly members: Int32Array;
  /** Group k's blocks are blockAt[k] .. blockAt[k + 1]. */
  readonly blockAt: Int32Array;
  /** Block-major: block j's month m at j * horizon + m (a block's months together in memory). */
  readonly blocks: Float64Array;
  /** Month-major: group k's sum in month m at m * groupCount + k (the billing simulation's layout). */
  readonly sums: Float64Array;
}

/** Lines per block in a group of n lines. */
const blockSize = (n: number) => Math.ceil(Math.sqrt(n));

/** Sums block j of group k from its lines' series, in line order. */
function sumBlock(s: GroupSums, k: number, j: number, series: LineSeries): void {
  const { horizon, start, members, blocks } = s;
  const first = start[k];
  const n = start[k + 1] - first;
  const size = blockSize(n);
  const from = first + j * size;
  const to = Math.min(first + n, from + size);
  const at = (s.blockAt[k] + j) * horizon;
  blocks.fill(0, at, at + horizon);
  for (let i = from; i < to; i++) {
    const monthly = series[members[i]].monthly;
    for (let m = 0; m < horizon; m++) blocks[at + m] += monthly[m];
  }
}

/** Sums group k from its block sums, in block order. */
function sumGroup(s: GroupSums, k: number): void {
  const { horizon, blockAt, blocks, sums } = s;
  const count = blockAt.length - 1;
  for (let m = 0; m < horizon; m++) {
    let sum = 0;
    for (let j = blockAt[k]; j < blockAt[k + 1]; j++) sum += blocks[j * horizon + m];
    sums[m * count + k] = sum;
  }
}

/** The sums of the groups whose lines are `members[start[k] .. start[k + 1])` (each ascending). */
export function groupSums(start: Int32Array, members: Int32Array, series: LineSeries, horizon: number): GroupSums {
  const count = start.length - 1;
  const blockAt = new Int32Array(count + 1);
  for (let k = 0; k < count; k++) {
    const n = start[k + 1] - start[k];
    blockAt[k + 1] = blockAt[k] + (n === 0 ? 0 : Math.ceil(n / blockSize(n)));
  }
  const s: GroupSums = {
    horizon,
    start,
    members,
    blockAt,
    blocks: new Float64Array(blockAt[count] * horizon),
    sums: new Float64Array(horizon * count),
  };
  for (let k = 0; k < count; k++) {
    for (let j = 0; j < blockAt[k + 1] - blockAt[k]; j++) sumBlock(s, k, j, series);
    sumGroup(s, k);
  }
  return s;
}

/** Where line l sits among group k's members (they ascend), or -1 when it is not one of them. */
function positionIn(s: GroupSums, k: number, l: number): number {
  let lo = s.start[k];
  let hi = s.start[k + 1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = s.members[mid];
    if (at === l) return mid - s.start[k];
    if (at < l) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Updates the sums in place after the series of the `changed` lines changed (the groups' lines
 * are as before): each block holding a changed line, then each group holding such a block, is
 * summed again, once. `groupOf(l)` is line l's group, or -1 when it is in none.
 */
export function updateGroupSums(
  s: GroupSums,
  changed: readonly number[],
  groupOf: (l: number) => number,
  series: LineSeries,
): void {
  const count = s.blockAt.length - 1;
  const dirtyBlock = new Uint8Array(s.blockAt[count]);
  const dirtyGroup = new Uint8Array(count);
  for (const l of changed) {
    const k = groupOf(l);
    if (k < 0) continue;
    const i = positionIn(s, k, l);
    if (i < 0) throw new Error(`line ${l} is not in group ${k}`);
    const j = Math.floor(i / blockSize(s.start[k + 1] - s.start[k]));
    if (dirtyBlock[s.blockAt[k] + j] === 0) {
      dirtyBlock[s.blockAt[k] + j] = 1;
      sumBlock(s, k, j, series);
    }
    dirtyGroup[k] = 1;
  }
  for (let k = 0; k < count; k++) if (dirtyGroup[k] !== 0) sumGroup(s, k);
}
