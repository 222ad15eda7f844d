// What AWS does with the credits, month by month (AWS Billing User Guide, "Applying AWS
// credits"): every charge of the month is offered to the usable credits in AWS's order -
// soonest to expire, then fewest eligible services, then oldest, then list order - and each
// credit pays the largest remaining charge first until its balance or the charges run out.
// What no credit pays is cash. At the end of its last valid month a credit's balance is lost.
//
// How it is computed: in a month where every pool can pay all that is offered to it, the order
// inside a pool does not matter, so each charge goes straight to the first usable pool that may
// pay it (a bit test per line instead of a scan per pool) and is paid in the same pass. Only in a
// month where some pool runs short - at most once per pool over the horizon - are the pools taken
// turn by turn, the short one paying largest first and passing what it leaves to the next pool
// that may pay it. Every path adds the same numbers in the same order as the rule written out
// pool by pool (test/shared/engine/billing-equivalence.test.ts), so the results are identical to
// the bit. With more pools than a 32-bit mask has bits, every month is scanned pool by pool.

export interface SimulationPool {
  amount: number;
  startMonth: number;
  validityMonths: number;
  /** Paused credits pay nothing but still expire. */
  paused: boolean;
  /** How many services the credit covers (general credits: Infinity). */
  serviceCount: number;
  /** 1 where this pool may pay that line (eligibility, and in as-declared mode the line's claim). */
  eligible: Uint8Array;
}

export interface SimulationInput {
  horizon: number;
  lineCount: number;
  /**
   * Every line's cost, month after month: line l's cost in month m is at m * lineCount + l.
   * Each month reads one contiguous stretch (see costsByMonth).
   */
  costs: Float64Array;
  /** Lines that no credit may pay (support plans, Marketplace, upfront fees). */
  cashOnly: Uint8Array;
  pools: readonly SimulationPool[];
}

export interface PoolTrace {
  draw: Float64Array;
  /** End-of-month balance, after any forfeit. */
  balance: Float64Array;
  /** Eligible charges still unpaid when the pool's turn came, per month (its spending rate). */
  offered: Float64Array;
  used: number;
  forfeited: number;
  depletionMonth: number | null;
  /** Total paid to each line over the horizon. */
  paidPerLine: Float64Array;
}

export interface SimulationResult {
  cost: Float64Array;
  credits: Float64Array;
  cash: Float64Array;
  pools: PoolTrace[];
}

// Below this a balance or a charge is float dust, not money.
const DUST = 1e-9;
/** Pools are routed with one bit each of a 32-bit mask; with more, every month takes the exact scan. */
const MAX_ROUTED_POOLS = 31;
const NO_POOL = -1;
/** The route of a line no credit may pay. */
const CASH_ONLY = -2;

/** AWS's order of application; a stable sort keeps list order last. */
export function applicationOrder(pools: readonly SimulationPool[]): number[] {
  return pools
    .map((_, i) => i)
    .sort((a, b) => {
      const pa = pools[a];
      const pb = pools[b];
      return (
        pa.startMonth + pa.validityMonths - (pb.startMonth + pb.validityMonths) ||
        (pa.serviceCount === pb.serviceCount ? 0 : pa.serviceCount < pb.serviceCount ? -1 : 1) ||
        pa.startMonth - pb.startMonth ||
        a - b
      );
    });
}

/**
 * The month-by-month layout of SimulationInput.costs, from each line's monthly series (written
 * over every element of `byMonth`, when one is given to be reused). A month
 * then reads one stretch of memory instead of one element of every line's series, which is
 * what the simulation spends its time on when the series are not in the processor's cache.
 */
export function costsByMonth(monthly: readonly Float64Array[], horizon: number, byMonth: Float64Array = new Float64Array(horizon * monthly.length)): Float64Array {
  const lineCount = monthly.length;
  for (let l = 0; l < lineCount; l++) copyIntoMonths(byMonth, lineCount, l, monthly[l]);
  return byMonth;
}

/** Writes line l's monthly series into a costsByMonth matrix of lineCount lines. */
export function copyIntoMonths(byMonth: Float64Array, lineCount: number, l: number, monthly: Float64Array): void {
  for (let m = 0, at = l; m < monthly.length; m++, at += lineCount) byMonth[at] = monthly[m];
}

export function simulateBilling(input: SimulationInput): SimulationResult {
  const run = startRun(input);
  for (let m = 0; m < input.horizon; m++) simulateMonth(run, m);
  return { cost: run.cost, credits: run.credits, cash: run.cash, pools: run.traces };
}

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
    traces.push({ draw: block.f64(horizon), balance: block.f64(horizon), offered: block.f64(horizon), used: 0, forfeited: 0, depletionMonth: null, paidPerLine });
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
interface Run {
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
  /** Scratch of payLargestFirst: a total per binary exponent. */
  readonly exponentTotals: Float64Array;
}

function startRun(input: SimulationInput): Run {
  const { horizon, lineCount, costs, cashOnly, pools } = input;
  const order = applicationOrder(pools);
  const routed = pools.length <= MAX_ROUTED_POOLS;
  const { cost, credits, cash, traces, paid } = emptyResults(pools.length, horizon, lineCount);
  // Scratch: 8-byte elements, then 4-byte, then 1-byte ones.
  const routedLines = routed ? lineCount : 0;
  const scratch = carve(8 * (2 * pools.length + 4 * lineCount + EXPONENTS) + 4 * (pools.length + 2 * lineCount + 2 * routedLines) + 2 * routedLines);
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
    exponentTotals: scratch.f64(EXPONENTS),
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

function simulateMonth(run: Run, m: number): void {
  if (run.masks === null) {
    // Too many pools to route: the plain pool-by-pool scan.
    const monthCash = listCharges(run, m, 0);
    run.credits[m] = scanPoolsInOrder(run, m);
    run.cash[m] = settleUnpaid(run, monthCash);
  } else {
    // (With no usable pool every charge is unrouted: the month is cash, in one pass.)
    const usable = usablePools(run, m);
    const monthCash = payOnAccount(run, m, usable);
    if (someRoutedPoolShort(run)) {
      listCharges(run, m, usable); // also takes back the payments on account
      run.credits[m] = payShortMonth(run, m, usable, monthCash);
    } else {
      run.credits[m] = payRouted(run, m, monthCash);
    }
  }
  closeMonth(run, m);
}

function canPayThisMonth(run: Run, p: number, m: number): boolean {
  const pool = run.pools[p];
  return !pool.paused && run.balances[p] > DUST && m >= pool.startMonth && m < pool.startMonth + pool.validityMonths;
}

/** Bit k set where the k-th pool in order may pay this month (the pools the exact scan would not skip). */
function usablePools(run: Run, m: number): number {
  let usable = 0;
  for (let k = 0; k < run.order.length; k++) if (canPayThisMonth(run, run.order[k], m)) usable |= 1 << k;
  return usable;
}

/** The order position of the lowest bit set in `bits` (not 0). */
const lowestBit = (bits: number) => 31 - Math.clz32(bits & -bits);

/** Sets each line's route for the usable pools, unless they are those of the routes already set. */
function routeLines(run: Run, usable: number): void {
  if (run.routedFor === usable) return;
  const { masks, cashOnly, routes, lineCount } = run;
  for (let l = 0; l < lineCount; l++) {
    const bits = masks![l] & usable;
    routes[l] = cashOnly[l] ? CASH_ONLY : bits === 0 ? NO_POOL : lowestBit(bits);
  }
  run.routedFor = usable;
}

/**
 * The month's single pass when some pool is usable: records its cost, returns the cash-only
 * part, offers each charge to the first usable pool that may pay it, totals each pool's offer
 * (what the exact scan would offer it, if no pool before it runs short) and pays it on account.
 * In most months no pool runs short, and this pass is then the whole month; the paid total each
 * payment replaced is kept, to take it back if one does.
 */
function payOnAccount(run: Run, m: number, usable: number): number {
  routeLines(run, usable);
  const { costs, routes, lineCount, offeredAt, paid, paidAt, replaced, unrouted } = run;
  const month = m * lineCount;
  let unroutedCount = 0;
  let monthCost = 0;
  let monthCash = 0;
  offeredAt.fill(0);
  for (let l = 0; l < lineCount; l++) {
    const c = costs[month + l];
    if (c <= 0) continue;
    monthCost += c;
    const k = routes[l];
    if (k < 0 || !(c > DUST)) {
      // Dust is not offered to a pool.
      if (k === CASH_ONLY) monthCash += c;
      else unrouted[unroutedCount++] = l;
      continue;
    }
    offeredAt[k] += c;
    const at = paidAt[k] + l;
    replaced[l] = paid[at];
    paid[at] += c;
  }
  run.unroutedCount = unroutedCount;
  run.cost[m] = monthCost;
  return monthCash;
}

/**
 * Lists the month's credit-payable charges (line order) with their amounts, for the pool-by-pool
 * passes; returns the cash-only part. With usable pools, also notes each charge's route and takes
 * back its payment on account.
 */
function listCharges(run: Run, m: number, usable: number): number {
  const { costs, cashOnly, remaining, charges, lineCount, owner, paid, paidAt, replaced } = run;
  const month = m * lineCount;
  let count = 0;
  let monthCost = 0;
  let monthCash = 0;
  for (let l = 0; l < lineCount; l++) {
    const c = costs[month + l];
    if (c <= 0) continue;
    monthCost += c;
    if (cashOnly[l]) {
      monthCash += c;
      continue;
    }
    remaining[l] = c;
    charges[count++] = l;
    if (usable === 0) continue;
    const k = c > DUST ? run.routes[l] : NO_POOL;
    owner[l] = k;
    if (k !== NO_POOL) paid[paidAt[k] + l] = replaced[l];
  }
  run.chargeCount = count;
  run.cost[m] = monthCost;
  return monthCash;
}

/** Whether some pool cannot pay all that was routed to it (or would be left with dust). */
function someRoutedPoolShort(run: Run): boolean {
  const { offeredAt, order, balances } = run;
  for (let k = 0; k < order.length; k++) if (offeredAt[k] > 0 && offeredAt[k] >= balances[order[k]] - DUST) return true;
  return false;
}

/** What no pool paid is cash: adds the unpaid charges, in line order, to the month's cash so far. */
function settleUnpaid(run: Run, cashSoFar: number): number {
  const { charges, remaining } = run;
  let cash = cashSoFar;
  for (let i = 0; i < run.chargeCount; i++) cash += remaining[charges[i]];
  return cash;
}

/**
 * The month no pool runs short: the routed charges were paid on account as they were read.
 * Adds the unrouted charges, in line order, to the month's cash (one running sum, as the order
 * of additions shows in the last bits), and books each pool's draw. Returns the month's credits.
 */
function payRouted(run: Run, m: number, cashSoFar: number): number {
  const { costs, lineCount, unrouted, offeredAt, order, traces, balances } = run;
  const month = m * lineCount;
  let cash = cashSoFar;
  for (let i = 0; i < run.unroutedCount; i++) cash += costs[month + unrouted[i]];
  run.cash[m] = cash;
  let monthCredits = 0;
  for (let k = 0; k < order.length; k++) {
    const offered = offeredAt[k];
    if (offered === 0) continue;
    const p = order[k];
    const trace = traces[p];
    trace.offered[m] = offered;
    balances[p] = balances[p] - offered;
    trace.draw[m] = offered;
    trace.used += offered;
    monthCredits += offered;
  }
  return monthCredits;
}

/**
 * The month some pool runs short, from the routing: pools take their turns in order, each
 * holding the charges routed to it. A pool that can pay all it holds pays it (at the end, in
 * one pass); a pool that runs short pays largest first, and what it leaves unpaid passes on to
 * the next usable pool that may pay it - exactly the charges the pool-by-pool scan would offer
 * that pool, in the same line order. Sets the month's cash; returns its credits.
 */
function payShortMonth(run: Run, m: number, usable: number, cashSoFar: number): number {
  const { charges, remaining, owner, offeredAt, order, traces, balances, paid, paidAt } = run;
  let handedOn = 0; // positions that were passed leftovers: their offer must be totalled again
  let paysInFull = 0; // positions whose pool pays every charge it holds
  let monthCredits = 0;
  for (let k = 0; k < order.length; k++) {
    const bit = 1 << k;
    if ((usable & bit) === 0) continue;
    const offered = (handedOn & bit) !== 0 ? heldTotal(run, k) : offeredAt[k];
    if (offered === 0) continue; // it holds no charge
    const p = order[k];
    const trace = traces[p];
    const b = balances[p];
    trace.offered[m] = offered;
    let pays = 0;
    if (offered <= b) {
      paysInFull |= bit;
      pays = offered;
    } else {
      const n = collectHeld(run, k);
      payLargestFirst(run, n, trace.paidPerLine, b);
      handedOn |= passOnLeftovers(run, n, usable & (-2 << k));
      pays = b;
    }
    if (offered >= b - DUST && trace.depletionMonth === null) trace.depletionMonth = m + Math.min(1, b / offered);
    balances[p] = offered >= b - DUST ? 0 : b - pays;
    trace.draw[m] = pays;
    trace.used += pays;
    monthCredits += pays;
  }
  let cash = cashSoFar;
  for (let i = 0; i < run.chargeCount; i++) {
    const l = charges[i];
    const k = owner[l];
    if (k !== NO_POOL && (paysInFull & (1 << k)) !== 0) paid[paidAt[k] + l] += remaining[l];
    else cash += remaining[l];
  }
  run.cash[m] = cash;
  return monthCredits;
}

/** What the pool at order position k holds, totalled in line order. */
function heldTotal(run: Run, k: number): number {
  const { charges, remaining, owner } = run;
  let total = 0;
  for (let i = 0; i < run.chargeCount; i++) if (owner[charges[i]] === k) total += remaining[charges[i]];
  return total;
}

/** Lists the charges the pool at order position k holds in eligibleNow, in line order; returns how many. */
function collectHeld(run: Run, k: number): number {
  const { charges, owner, eligibleNow } = run;
  let n = 0;
  for (let i = 0; i < run.chargeCount; i++) if (owner[charges[i]] === k) eligibleNow[n++] = charges[i];
  return n;
}

/**
 * After a pool ran short: each of its charges with more than dust left goes on to the first of
 * the `later` usable pools that may pay it; the rest no pool takes. Returns the positions passed to.
 */
function passOnLeftovers(run: Run, n: number, later: number): number {
  const { eligibleNow, remaining, owner, masks } = run;
  let passedTo = 0;
  for (let i = 0; i < n; i++) {
    const l = eligibleNow[i];
    const bits = remaining[l] > DUST ? masks![l] & later : 0;
    if (bits === 0) {
      owner[l] = NO_POOL;
      continue;
    }
    const k = lowestBit(bits);
    owner[l] = k;
    passedTo |= 1 << k;
  }
  return passedTo;
}

/** The plain pool-by-pool scan (with more pools than routing bits): each usable pool in order takes its eligible unpaid charges. */
function scanPoolsInOrder(run: Run, m: number): number {
  const { charges, remaining, eligibleNow, balances } = run;
  let monthCredits = 0;
  for (const p of run.order) {
    if (!canPayThisMonth(run, p, m)) continue;
    const eligible = run.pools[p].eligible;
    const trace = run.traces[p];
    const b = balances[p];

    // The pool's eligible, still unpaid charges.
    let n = 0;
    let offered = 0;
    for (let i = 0; i < run.chargeCount; i++) {
      const l = charges[i];
      if (remaining[l] > DUST && eligible[l]) {
        eligibleNow[n++] = l;
        offered += remaining[l];
      }
    }
    if (n === 0) continue;
    trace.offered[m] = offered;

    let paid = 0;
    if (offered <= b) {
      // Enough balance for everything: the order does not matter this month.
      for (let i = 0; i < n; i++) {
        const l = eligibleNow[i];
        trace.paidPerLine[l] += remaining[l];
        remaining[l] = 0;
      }
      paid = offered;
    } else {
      payLargestFirst(run, n, trace.paidPerLine, b);
      paid = b;
    }
    if (offered >= b - DUST && trace.depletionMonth === null) trace.depletionMonth = m + Math.min(1, b / offered);
    balances[p] = offered >= b - DUST ? 0 : b - paid;
    trace.draw[m] = paid;
    trace.used += paid;
    monthCredits += paid;
  }
  return monthCredits;
}

/**
 * The month a pool runs dry: pays `balance` to the charges eligibleNow[0..n) largest first,
 * ties in line order. The amounts paid depend on the sorted amounts alone, so only the amounts
 * are sorted; which of several equal charges is paid follows line order, which is the order
 * of eligibleNow.
 */
function payLargestFirst(run: Run, n: number, paidPerLine: Float64Array, balance: number): void {
  const { eligibleNow, remaining } = run;
  for (let i = 0; i < n; i++) run.sortBuffer[i] = remaining[eligibleNow[i]];
  const reached = reachableCount(run.sortBuffer, n, balance, run.exponentTotals);
  const values = run.sortBuffer.subarray(0, reached);
  sortPositive(values, run.radixBuffer);
  // Walk the amounts from the largest, as the payments happen: the smallest amount reached,
  // what its last charge got, and how many charges of that amount were reached.
  let left = balance;
  let lastValue = 0;
  let lastPay = 0;
  let tiesAtLast = 0;
  for (let i = reached - 1; i >= 0; i--) {
    const v = values[i];
    const pay = Math.min(left, v);
    tiesAtLast = v === lastValue && i < reached - 1 ? tiesAtLast + 1 : 1;
    lastValue = v;
    lastPay = pay;
    left -= pay;
    if (left <= DUST) break;
  }
  // Charges above the last amount are paid in full; of those equal to it, the first
  // tiesAtLast in line order are, the last of them receiving lastPay.
  for (let i = 0; i < n; i++) {
    const l = eligibleNow[i];
    const v = remaining[l];
    if (v > lastValue) {
      paidPerLine[l] += v;
      remaining[l] = 0;
    } else if (v === lastValue && tiesAtLast > 0) {
      const pay = tiesAtLast === 1 ? lastPay : v;
      remaining[l] -= pay;
      paidPerLine[l] += pay;
      tiesAtLast--;
    }
  }
}

/**
 * Moves to the front of values[0..n) (positive numbers) those that paying `balance` largest
 * first can reach, and returns how many: every value of the highest binary exponents whose total
 * passes the balance by a millionth, a margin far above the rounding of any order of adding
 * them. The walk from the largest then spends the balance inside them, so only they need
 * sorting - in a short month usually a fraction of the charges. Values of one exponent are
 * kept or left together, so equal values stay together. `totals` (one per exponent) is zero
 * before and after.
 */
function reachableCount(values: Float64Array, n: number, balance: number, totals: Float64Array): number {
  if (!LITTLE_ENDIAN) return n;
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n); // [low, high] per value
  let lowest = EXPONENTS;
  let highest = -1;
  for (let i = 0; i < n; i++) {
    const e = words[2 * i + 1] >>> 20; // sign 0, then the 11 exponent bits
    totals[e] += values[i];
    if (e < lowest) lowest = e;
    if (e > highest) highest = e;
  }
  const needed = balance * (1 + 1e-6);
  let cut = lowest;
  let total = 0;
  for (let e = highest; e > lowest; e--) {
    total += totals[e];
    if (total >= needed) {
      cut = e;
      break;
    }
  }
  totals.fill(0, lowest, highest + 1);
  if (cut === lowest) return n;
  let count = 0;
  for (let i = 0; i < n; i++) if (words[2 * i + 1] >>> 20 >= cut) values[count++] = values[i];
  return count;
}

/** Expiry forfeits what is left, paused or not; then the end-of-month balances. */
function closeMonth(run: Run, m: number): void {
  const { pools, traces, balances } = run;
  for (let p = 0; p < pools.length; p++) {
    const pool = pools[p];
    if (m === pool.startMonth + pool.validityMonths - 1 && balances[p] > 0) {
      traces[p].forfeited += balances[p];
      balances[p] = 0;
    }
    traces[p].balance[m] = balances[p];
  }
}

// Radix sorting reads a double's bytes from least significant up, as little-endian memory holds them.
const LITTLE_ENDIAN = new Uint8Array(Float64Array.of(1).buffer)[7] === 0x3f;
/** Binary exponents of a double (11 bits). */
const EXPONENTS = 2048;

/**
 * Sorts positive numbers (no NaN, no -0) ascending, in place; `scratch` holds at least as many.
 * The bit patterns of positive doubles order exactly like the numbers, so a radix sort on their
 * bytes sorts them. It allocates nothing per value, where the built-in sort boxes every double
 * it sorts: on the charges of a month it is about three times as fast. It sorts by the high four
 * bytes (exponent and the leading mantissa bits), then orders the values that share those - equal
 * values, or values less than a millionth apart - by their low four bytes.
 */
export function sortPositive(values: Float64Array, scratch: Float64Array): void {
  const n = values.length;
  if (n < 2 || !LITTLE_ENDIAN) {
    values.sort();
    return;
  }
  radixSortBytes(values, scratch, 4, 8);
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n); // [low, high] per value
  let start = 0;
  for (let i = 1; i <= n; i++) {
    if (i < n && words[2 * i + 1] === words[2 * start + 1]) continue;
    if (i - start > 1) sortByLowWord(values, words, start, i, scratch);
    start = i;
  }
}

/** LSD radix sort of values on their bytes [fromByte, toByte) (little-endian), in place. */
function radixSortBytes(values: Float64Array, scratch: Float64Array, fromByte: number, toByte: number): void {
  const n = values.length;
  const bytes = new Uint8Array(values.buffer, values.byteOffset, n * 8);
  // All the byte histograms in one pass; a byte that every value shares needs no pass at all.
  const counts = new Int32Array(8 * 256);
  for (let i = 0; i < n * 8; i += 8) {
    for (let byte = fromByte; byte < toByte; byte++) counts[byte * 256 + bytes[i + byte]]++;
  }
  let from = values;
  let to = scratch.subarray(0, n);
  for (let byte = fromByte; byte < toByte; byte++) {
    const base = byte * 256;
    if (counts[base + bytes[byte]] === n) continue;
    let start = 0;
    for (let d = base; d < base + 256; d++) {
      const count = counts[d];
      counts[d] = start;
      start += count;
    }
    const fromBytes = new Uint8Array(from.buffer, from.byteOffset, n * 8);
    for (let i = 0; i < n; i++) to[counts[base + fromBytes[i * 8 + byte]]++] = from[i];
    const swap = from;
    from = to;
    to = swap;
  }
  if (from !== values) values.set(from);
}

/** Orders values[start, end), which share their high word, by their low word. */
function sortByLowWord(values: Float64Array, words: Uint32Array, start: number, end: number, scratch: Float64Array): void {
  let same = true;
  for (let i = start + 1; i < end && same; i++) same = words[2 * i] === words[2 * start];
  if (same) return; // equal values: the usual case
  if (end - start <= 16) {
    // Insertion sort: such runs are short.
    for (let i = start + 1; i < end; i++) {
      const v = values[i];
      let j = i - 1;
      while (j >= start && values[j] > v) {
        values[j + 1] = values[j];
        j--;
      }
      values[j + 1] = v;
    }
  } else {
    radixSortBytes(values.subarray(start, end), scratch, 0, 4);
  }
}
