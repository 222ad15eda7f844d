// What AWS does with the credits, month by month (AWS Billing User Guide, "Applying AWS
// credits"): every charge of the month is offered to the usable credits in AWS's order -
// soonest to expire, then fewest eligible services, then oldest, then list order - and each
// credit pays the largest remaining charge first until its balance or the charges run out.
// What no credit pays is cash. At the end of its last valid month a credit's balance is lost.

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
  /** Monthly cost per line. */
  costs: readonly Float64Array[];
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

export function simulateBilling(input: SimulationInput): SimulationResult {
  const { horizon, costs, cashOnly, pools } = input;
  const lineCount = costs.length;
  const cost = new Float64Array(horizon);
  const credits = new Float64Array(horizon);
  const cash = new Float64Array(horizon);
  const traces: PoolTrace[] = pools.map(() => ({
    draw: new Float64Array(horizon),
    balance: new Float64Array(horizon),
    offered: new Float64Array(horizon),
    used: 0,
    forfeited: 0,
    depletionMonth: null,
    paidPerLine: new Float64Array(lineCount),
  }));
  const balances = pools.map((p) => p.amount);
  const order = applicationOrder(pools);

  const remaining = new Float64Array(lineCount);
  const charges = new Int32Array(lineCount); // indices of this month's credit-payable charges
  const eligibleNow = new Int32Array(lineCount);

  for (let m = 0; m < horizon; m++) {
    let chargeCount = 0;
    let monthCost = 0;
    let monthCash = 0;
    for (let l = 0; l < lineCount; l++) {
      const c = costs[l][m];
      if (c <= 0) continue;
      monthCost += c;
      if (cashOnly[l]) monthCash += c;
      else {
        remaining[l] = c;
        charges[chargeCount++] = l;
      }
    }
    cost[m] = monthCost;

    let monthCredits = 0;
    for (const p of order) {
      const pool = pools[p];
      const trace = traces[p];
      const b = balances[p];
      if (pool.paused || b <= DUST || m < pool.startMonth || m >= pool.startMonth + pool.validityMonths) continue;

      // The pool's eligible, still unpaid charges.
      let n = 0;
      let offered = 0;
      for (let i = 0; i < chargeCount; i++) {
        const l = charges[i];
        if (remaining[l] > DUST && pool.eligible[l]) {
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
        // The month the pool runs dry: largest remaining charge first, ties in line order.
        const list = Array.from(eligibleNow.subarray(0, n)).sort((x, y) => remaining[y] - remaining[x] || x - y);
        let left = b;
        for (const l of list) {
          const pay = Math.min(left, remaining[l]);
          remaining[l] -= pay;
          trace.paidPerLine[l] += pay;
          left -= pay;
          if (left <= DUST) break;
        }
        paid = b;
      }
      if (offered >= b - DUST && trace.depletionMonth === null) trace.depletionMonth = m + Math.min(1, b / offered);
      balances[p] = offered >= b - DUST ? 0 : b - paid;
      trace.draw[m] = paid;
      trace.used += paid;
      monthCredits += paid;
    }

    for (let i = 0; i < chargeCount; i++) {
      monthCash += remaining[charges[i]];
      remaining[charges[i]] = 0;
    }
    credits[m] = monthCredits;
    cash[m] = monthCash;

    for (let p = 0; p < pools.length; p++) {
      const pool = pools[p];
      if (m === pool.startMonth + pool.validityMonths - 1 && balances[p] > 0) {
        // Expiry forfeits what is left, paused or not.
        traces[p].forfeited += balances[p];
        balances[p] = 0;
      }
      traces[p].balance[m] = balances[p];
    }
  }
  return { cost, credits, cash, pools: traces };
}
