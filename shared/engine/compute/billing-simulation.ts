// What AWS does with the credits, month by month (AWS Billing User Guide, "Applying AWS
// credits"): every charge of the month is offered to the usable credits in AWS's order -
// soonest to expire, then fewest eligible services, then oldest, then list order - and each
// credit pays the largest remaining charge first until its balance or the charges run out.
// What no credit pays is cash. At the end of its last valid month a credit's balance is lost.
//
// How it is computed (the speed machinery is in ../speed): in a month where every pool can pay
// all that is offered to it, the order inside a pool does not matter, so each charge goes straight to the first usable pool that may
// pay it (a bit test per line instead of a scan per pool) and is paid in the same pass. Only in a
// month where some pool runs short - at most once per pool over the horizon - are the pools taken
// turn by turn, the short one paying largest first and passing what it leaves to the next pool
// that may pay it. Every path adds the same numbers in the same order as the rule written out
// pool by pool (test/shared/engine/billing-equivalence.test.ts), so the results are identical to
// the bit. With more pools than a 32-bit mask has bits, every month is scanned pool by pool.
import { recordMonth, startRecording, type MonthPayments } from '../speed/month-payments';
import { payLargestFirst } from '../speed/pay-largest-first';
import {
  listCharges,
  payOnAccount,
  payRouted,
  payShortMonth,
  settleUnpaid,
  someRoutedPoolShort,
  usablePools,
} from '../speed/routed-months';
import { bookDraw, startRun, type Run } from '../speed/simulation-run';
import { applicationOrder, creditUsable, DUST } from './credit-rule';

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
   * Each month reads one contiguous stretch.
   */
  costs: Float64Array;
  /** Lines that no credit may pay (support plans, Marketplace, upfront fees). */
  cashOnly: Uint8Array;
  pools: readonly SimulationPool[];
  /** Record what each pool paid each line, month by month (SimulationResult.payments). */
  recordPaid?: boolean;
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
  /** With recordPaid: what each pool that drew in a month paid each line in it. */
  payments?: MonthPayments;
}

export function simulateBilling(input: SimulationInput): SimulationResult {
  const run = startRun(input, applicationOrder(input.pools));
  if (input.recordPaid !== true) {
    for (let m = 0; m < input.horizon; m++) simulateMonth(run, m);
    return { cost: run.cost, credits: run.credits, cash: run.cash, pools: run.traces };
  }
  const recording = startRecording(input.horizon, input.pools.length, input.lineCount);
  for (let m = 0; m < input.horizon; m++) {
    simulateMonth(run, m);
    recordMonth(recording, m, run.traces, run.paid);
  }
  return { cost: run.cost, credits: run.credits, cash: run.cash, pools: run.traces, payments: recording.payments };
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

/** The plain pool-by-pool scan (with more pools than routing bits): each usable pool in order takes its eligible unpaid charges. */
function scanPoolsInOrder(run: Run, m: number): number {
  const { charges, remaining, eligibleNow, balances } = run;
  let monthCredits = 0;
  for (const p of run.order) {
    if (!creditUsable(run.pools[p], balances[p], m)) continue;
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

    let paid: number;
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
    monthCredits += bookDraw(run, p, m, offered, paid);
  }
  return monthCredits;
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
