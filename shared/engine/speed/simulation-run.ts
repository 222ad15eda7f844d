// The state of one billing-simulation run, laid out for speed: every array carved out of one
// block of memory, and each line's pools as bits of one integer (routing masks), so a month
// tests a bit per line instead of scanning pool by pool.
import type { PoolTrace, SimulationInput, SimulationPool } from '../compute/billing-simulation';
import { creditUsable, DUST } from '../compute/credit-rule';
import { EXPONENTS, SHORT_SORT } from './sort-positive';

/** Pools are routed with one bit each of a 32-bit mask; with more, every month takes the exact scan. */
const MAX_ROUTED_POOLS = 31;
export const NO_POOL = -1;
/** The route of a line no credit may pay. */
export const CASH_ONLY = -2;

/**
 * Carves typed arrays out of one block of memory, in the order asked (8-byte elements first,
 * for alignment). A run needs a score of arrays; one allocation instead of one each matters
 * when a computation should take well under a millisecond.
 */
function carve(bytes: number) {
  const buffer = new ArrayBuffer(bytes);
  let at = 0;
  const take = (size: number, count: number) => {
    const start = at;
    at += size * count;
    return start;
  };
  return {
    f64: (count: number) => new Float64Array(buffer, take(8, count), count),
    i32: (count: number) => new Int32Array(buffer, take(4, count), count),
    i8: (count: number) => new Int8Array(buffer, take(1, count), count),
  };
}

/** The run's results: the month series, the pools' traces and their paid totals, in one block. */
function emptyResults(poolCount: number, horizon: number, lineCount: number) {
  const block = carve(8 * (3 * horizon + 3 * poolCount * horizon + poolCount * lineCount));
  const cost = block.f64(horizon);
  const credits = block.f64(horizon);
  const cash = block.f64(horizon);
  // Every pool's paid totals, pool after pool (one array for the month loops to index).
  const paid = block.f64(poolCount * lineCount);
  const traces: PoolTrace[] = [];
  for (let p = 0; p < poolCount; p++) {
    const paidPerLine = paid.subarray(p * lineCount, (p + 1) * lineCount);
    traces.push({
      draw: block.f64(horizon),
      balance: block.f64(horizon),
      offered: block.f64(horizon),
      used: 0,
      forfeited: 0,
      depletionMonth: null,
      paidPerLine,
    });
  }
  return { cost, credits, cash, traces, paid };
}

/** Per line, bit k set where the k-th pool in application order may pay it. */
function fillRoutingMasks(masks: Int32Array, pools: readonly SimulationPool[], order: readonly number[]): void {
  for (let k = 0; k < order.length; k++) {
    const eligible = pools[order[k]].eligible;
    const bit = 1 << k;
    // No branch on the eligibility, which follows no pattern a processor could predict.
    for (let l = 0; l < masks.length; l++) masks[l] |= eligible[l] === 0 ? 0 : bit;
  }
}

/**
 * One simulation run: the balances, the traces and the month's scratch buffers. (A plain object
 * from one literal rather than a class instance: its shape then survives garbage collection
 * between runs, and the compiled month loop is not thrown away each time.)
 */
export interface Run {
  readonly lineCount: number;
  /** Month-major, as in SimulationInput. */
  readonly costs: Float64Array;
  readonly cashOnly: Uint8Array;
  readonly pools: readonly SimulationPool[];
  readonly order: readonly number[];
  /** Null when there are too many pools to route by bits. */
  readonly masks: Int32Array | null;
  /**
   * Per line, the order position of the first pool of the usable set `routedFor` that may pay
   * it, NO_POOL, or CASH_ONLY: the set changes a few times over a horizon, so each line's
   * route is worked out then rather than in every month.
   */
  readonly routes: Int8Array;
  routedFor: number;
  readonly balances: Float64Array;
  readonly traces: PoolTrace[];
  /** Every pool's paidPerLine, pool after pool; paidAt[k] is where the k-th pool in order starts. */
  readonly paid: Float64Array;
  readonly paidAt: Int32Array;
  readonly cost: Float64Array;
  readonly credits: Float64Array;
  readonly cash: Float64Array;
  /** Pool-by-pool months: the credit-payable charges (line indices, in line order) and what is left of each. */
  readonly charges: Int32Array;
  chargeCount: number;
  readonly remaining: Float64Array;
  /** Month a pool runs short: the order position of the pool holding each charge (NO_POOL: none). */
  readonly owner: Int8Array;
  /** The total offered to the pool at each order position (routed charges, in line order). */
  readonly offeredAt: Float64Array;
  /** Per line, the paid total its payment on account replaced. */
  readonly replaced: Float64Array;
  /** The charges no usable pool may pay (in line order), and how many. */
  readonly unrouted: Int32Array;
  unroutedCount: number;
  /** A pool's charges when it runs short (or is scanned), and their amounts for sorting. */
  readonly eligibleNow: Int32Array;
  readonly sortBuffer: Float64Array;
  readonly radixBuffer: Float64Array;
  /** Scratch of payLargestFirst: a total per binary exponent (empty with few charges, see SHORT_SORT). */
  readonly exponentTotals: Float64Array;
}

/** `order`: the pools' application order (see applicationOrder). */
export function startRun(input: SimulationInput, order: readonly number[]): Run {
  const { horizon, lineCount, costs, cashOnly, pools } = input;
  const routed = pools.length <= MAX_ROUTED_POOLS;
  const { cost, credits, cash, traces, paid } = emptyResults(pools.length, horizon, lineCount);
  // Scratch: 8-byte elements, then 4-byte, then 1-byte ones.
  const routedLines = routed ? lineCount : 0;
  // payLargestFirst's totals per exponent, needed only for more charges than it sorts whole.
  const exponents = lineCount > SHORT_SORT ? EXPONENTS : 0;
  const scratch = carve(
    8 * (2 * pools.length + 4 * lineCount + exponents) +
      4 * (pools.length + 2 * lineCount + 2 * routedLines) +
      2 * routedLines,
  );
  const balances = scratch.f64(pools.length);
  for (let p = 0; p < pools.length; p++) balances[p] = pools[p].amount;
  const run: Run = {
    lineCount,
    costs,
    cashOnly,
    pools,
    order,
    balances,
    offeredAt: scratch.f64(pools.length),
    remaining: scratch.f64(lineCount),
    replaced: scratch.f64(routedLines),
    sortBuffer: scratch.f64(lineCount),
    radixBuffer: scratch.f64(lineCount),
    exponentTotals: scratch.f64(exponents),
    paidAt: scratch.i32(pools.length),
    charges: scratch.i32(lineCount),
    eligibleNow: scratch.i32(lineCount),
    unrouted: scratch.i32(routedLines),
    masks: routed ? scratch.i32(lineCount) : null,
    routes: scratch.i8(routedLines),
    owner: scratch.i8(routedLines),
    routedFor: -1,
    chargeCount: 0,
    unroutedCount: 0,
    traces,
    paid,
    cost,
    credits,
    cash,
  };
  for (let k = 0; k < order.length; k++) run.paidAt[k] = order[k] * lineCount;
  if (run.masks !== null) fillRoutingMasks(run.masks, pools, order);
  return run;
}

/** Whether the pool p may pay in month m (see creditUsable). */
export function canPayThisMonth(run: Run, p: number, m: number): boolean {
  return creditUsable(run.pools[p], run.balances[p], m);
}

/**
 * Books pool p's payment `pays` in month m, when `offered` was offered to it: its draw, what is
 * left (nothing once only dust would be), and the month it ran dry. Returns the payment.
 */
export function bookDraw(run: Run, p: number, m: number, offered: number, pays: number): number {
  const b = run.balances[p];
  const trace = run.traces[p];
  if (offered >= b - DUST && trace.depletionMonth === null) trace.depletionMonth = m + Math.min(1, b / offered);
  run.balances[p] = offered >= b - DUST ? 0 : b - pays;
  trace.draw[m] = pays;
  trace.used += pays;
  return pays;
}
