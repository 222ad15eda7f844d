// The fast path of the billing simulation: each charge goes straight to the first usable pool
// that may pay it (its route, from the routing masks) and is paid on account in one pass; only
// in a month where some pool runs short are the pools taken turn by turn. It adds the same
// numbers in the same order as the plain pool-by-pool rule (compute/billing-simulation.ts).
import { DUST } from '../compute/credit-rule';
import { payLargestFirst } from './pay-largest-first';
import { bookDraw, canPayThisMonth, CASH_ONLY, NO_POOL, type Run } from './simulation-run';

/** Bit k set where the k-th pool in order may pay this month (the pools the exact scan would not skip). */
export function usablePools(run: Run, m: number): number {
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
export function payOnAccount(run: Run, m: number, usable: number): number {
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
export function listCharges(run: Run, m: number, usable: number): number {
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
export function someRoutedPoolShort(run: Run): boolean {
  const { offeredAt, order, balances } = run;
  for (let k = 0; k < order.length; k++) if (offeredAt[k] > 0 && offeredAt[k] >= balances[order[k]] - DUST) return true;
  return false;
}

/** What no pool paid is cash: adds the unpaid charges, in line order, to the month's cash so far. */
export function settleUnpaid(run: Run, cashSoFar: number): number {
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
export function payRouted(run: Run, m: number, cashSoFar: number): number {
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
export function payShortMonth(run: Run, m: number, usable: number, cashSoFar: number): number {
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
    let pays: number;
    if (offered <= b) {
      paysInFull |= bit;
      pays = offered;
    } else {
      const n = collectHeld(run, k);
      payLargestFirst(run, n, trace.paidPerLine, b);
      handedOn |= passOnLeftovers(run, n, usable & (-2 << k));
      pays = b;
    }
    monthCredits += bookDraw(run, p, m, offered, pays);
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
