// The billing simulation routes each charge straight to its first usable pool and scans pool by
// pool only in the month a pool runs short. Here it is checked against the plain statement of
// AWS's rule - every usable pool in order takes its eligible unpaid charges, largest first when
// it cannot pay them all - written out below as simply as possible. Results must agree to the bit.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applicationOrder, simulateBilling, type SimulationResult } from '../../../shared/engine';
import { carriedCash, sortPositive } from '../../../shared/engine/speed';
import { simulateLines, type LineModel } from './fixtures';

const DUST = 1e-9;

/** The rule as the domain states it, month by month and pool by pool; `afterMonth` sees the traces after each month. */
function plainSimulation(
  { horizon, costs, cashOnly, pools }: LineModel,
  afterMonth?: (m: number, traces: SimulationResult['pools']) => void,
): SimulationResult {
  const lineCount = costs.length;
  const cost = new Float64Array(horizon);
  const credits = new Float64Array(horizon);
  const cash = new Float64Array(horizon);
  const traces = pools.map(() => ({
    draw: new Float64Array(horizon),
    balance: new Float64Array(horizon),
    offered: new Float64Array(horizon),
    used: 0,
    forfeited: 0,
    depletionMonth: null as number | null,
    paidPerLine: new Float64Array(lineCount),
  }));
  const balances = pools.map((p) => p.amount);
  const order = applicationOrder(pools);
  const remaining = new Float64Array(lineCount);
  for (let m = 0; m < horizon; m++) {
    const charges: number[] = [];
    let monthCost = 0;
    let monthCash = 0;
    for (let l = 0; l < lineCount; l++) {
      const c = costs[l][m];
      if (c <= 0) continue;
      monthCost += c;
      if (cashOnly[l]) monthCash += c;
      else {
        remaining[l] = c;
        charges.push(l);
      }
    }
    cost[m] = monthCost;
    let monthCredits = 0;
    for (const p of order) {
      const pool = pools[p];
      const trace = traces[p];
      const b = balances[p];
      if (pool.paused || b <= DUST || m < pool.startMonth || m >= pool.startMonth + pool.validityMonths) continue;
      const eligible = charges.filter((l) => remaining[l] > DUST && pool.eligible[l]);
      if (eligible.length === 0) continue;
      let offered = 0;
      for (const l of eligible) offered += remaining[l];
      trace.offered[m] = offered;
      let paid: number;
      if (offered <= b) {
        for (const l of eligible) {
          trace.paidPerLine[l] += remaining[l];
          remaining[l] = 0;
        }
        paid = offered;
      } else {
        let left = b;
        for (const l of eligible.sort((x, y) => remaining[y] - remaining[x] || x - y)) {
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
    for (const l of charges) {
      monthCash += remaining[l];
      remaining[l] = 0;
    }
    credits[m] = monthCredits;
    cash[m] = monthCash;
    pools.forEach((pool, p) => {
      if (m === pool.startMonth + pool.validityMonths - 1 && balances[p] > 0) {
        traces[p].forfeited += balances[p];
        balances[p] = 0;
      }
      traces[p].balance[m] = balances[p];
    });
    afterMonth?.(m, traces);
  }
  return { cost, credits, cash, pools: traces };
}

/** Typed arrays as plain arrays, so that a failure shows the month; Object.is tells -0 from 0. */
function plain(r: SimulationResult) {
  return {
    cost: Array.from(r.cost),
    credits: Array.from(r.credits),
    cash: Array.from(r.cash),
    pools: r.pools.map((t) => ({
      ...t,
      draw: Array.from(t.draw),
      balance: Array.from(t.balance),
      offered: Array.from(t.offered),
      paidPerLine: Array.from(t.paidPerLine),
    })),
  };
}

// Few distinct amounts, so that equal charges (ties) and exact depletions are common; some dust.
const amountArb = fc.oneof(
  fc.constantFrom(0, 0, 100, 100, 250, 1_000, 1e-10, 5e-10, 33.33),
  fc.double({ min: 0, max: 5_000, noNaN: true }),
);

const modelArb = (maxPools: number) =>
  fc
    .record({
      horizon: fc.integer({ min: 1, max: 24 }),
      lineCount: fc.integer({ min: 0, max: 25 }),
      poolCount: fc.integer({ min: 0, max: maxPools }),
    })
    .chain(({ horizon, lineCount, poolCount }) =>
      fc.record({
        horizon: fc.constant(horizon),
        costs: fc.array(
          fc.array(amountArb, { minLength: horizon, maxLength: horizon }).map((a) => Float64Array.from(a)),
          {
            minLength: lineCount,
            maxLength: lineCount,
          },
        ),
        cashOnly: fc.uint8Array({ minLength: lineCount, maxLength: lineCount, min: 0, max: 1 }),
        pools: fc.array(
          fc.record({
            amount: fc.oneof(
              fc.constantFrom(0, 100, 250, 1_000, 2_500, 1e-10),
              fc.double({ min: 0, max: 20_000, noNaN: true }),
            ),
            startMonth: fc.integer({ min: 0, max: 12 }),
            validityMonths: fc.integer({ min: 1, max: 18 }),
            paused: fc.boolean(),
            serviceCount: fc.oneof(fc.constant(Number.POSITIVE_INFINITY), fc.integer({ min: 0, max: 4 })),
            eligible: fc.uint8Array({ minLength: lineCount, maxLength: lineCount, min: 0, max: 1 }),
          }),
          { minLength: poolCount, maxLength: poolCount },
        ),
      }),
    );

describe('billing simulation equals the plain statement of the rule', () => {
  it('bit for bit, with ties, dust, paused and expiring pools', () => {
    fc.assert(
      fc.property(modelArb(8), (model) => {
        expect(plain(simulateLines(model))).toEqual(plain(plainSimulation(model)));
      }),
      { numRuns: 1_500 },
    );
  });

  it('records what each pool that drew paid each line, month by month (the difference of running totals, to the bit)', () => {
    fc.assert(
      fc.property(modelArb(8), (model) => {
        // Expected: from the plain rule's running totals after each month, the pools that drew
        // and, for each, this month's total less last month's, per line.
        const expected: { month: number; pool: number; paid: number[] }[] = [];
        let before = model.pools.map(() => new Array<number>(model.costs.length).fill(0));
        plainSimulation(model, (m, traces) => {
          traces.forEach((t, p) => {
            if (t.draw[m] > 0)
              expected.push({ month: m, pool: p, paid: Array.from(t.paidPerLine, (v, l) => v - before[p][l]) });
          });
          before = traces.map((t) => Array.from(t.paidPerLine));
        });
        const { at, payers, rows, chargeCount } = simulateLines(model, true).payments!;
        const recorded: typeof expected = [];
        for (let m = 0; m < model.horizon; m++)
          for (let i = at[m]; i < at[m + 1]; i++)
            recorded.push({
              month: m,
              pool: payers[i],
              paid: Array.from(rows.subarray(i * chargeCount, (i + 1) * chargeCount)),
            });
        expect(recorded).toEqual(expected);
      }),
      { numRuns: 1_000 },
    );
  });

  it('bit for bit with more pools than the routing has bits (every month scanned pool by pool)', () => {
    fc.assert(
      fc.property(
        modelArb(40).filter((m) => m.pools.length > 31),
        (model) => {
          expect(plain(simulateLines(model))).toEqual(plain(plainSimulation(model)));
        },
      ),
      { numRuns: 40 },
    );
  });

  it('bit for bit when a short pool reaches only its largest charges (many charges, amounts over several octaves)', () => {
    // The short pool sorts only the charges its balance can reach; here balances are small
    // against a month's charges, so that is usually a few of them, with ties and tiny amounts.
    const chargeArb = fc.oneof(
      fc.constantFrom(0, 1e-10, 0.5, 64, 64, 1_000, 4_096),
      fc.double({ min: 0.01, max: 1e6, noNaN: true }),
    );
    const manyCharges = fc
      .record({ horizon: fc.integer({ min: 1, max: 6 }), lineCount: fc.integer({ min: 20, max: 200 }) })
      .chain(({ horizon, lineCount }) =>
        fc.record({
          horizon: fc.constant(horizon),
          costs: fc.array(
            fc.array(chargeArb, { minLength: horizon, maxLength: horizon }).map((a) => Float64Array.from(a)),
            { minLength: lineCount, maxLength: lineCount },
          ),
          cashOnly: fc.constant(new Uint8Array(lineCount)),
          pools: fc.array(
            fc.record({
              amount: fc.oneof(fc.constantFrom(64, 1_000, 5_000), fc.double({ min: 1, max: 3e6, noNaN: true })),
              startMonth: fc.integer({ min: 0, max: 2 }),
              validityMonths: fc.integer({ min: 1, max: 6 }),
              paused: fc.constant(false),
              serviceCount: fc.constant(Number.POSITIVE_INFINITY),
              eligible: fc.uint8Array({ minLength: lineCount, maxLength: lineCount, min: 0, max: 1 }),
            }),
            { minLength: 1, maxLength: 4 },
          ),
        }),
      );
    fc.assert(
      fc.property(manyCharges, (model) => {
        expect(plain(simulateLines(model))).toEqual(plain(plainSimulation(model)));
      }),
      { numRuns: 300 },
    );
  });

  it('a month where the first pool runs short passes its unpaid charges to the next pool that may pay them', () => {
    // Pool A (expires first) has 150 for charges of 100, 100 and 50: it pays the first 100 (ties in
    // line order), then 50 of the second; the rest of the second (50) and the third (50) go to B.
    const eligible = Uint8Array.of(1, 1, 1);
    const r = simulateLines({
      horizon: 1,
      costs: [Float64Array.of(100), Float64Array.of(100), Float64Array.of(50)],
      cashOnly: Uint8Array.of(0, 0, 0),
      pools: [
        { amount: 150, startMonth: 0, validityMonths: 1, paused: false, serviceCount: Infinity, eligible },
        { amount: 1_000, startMonth: 0, validityMonths: 6, paused: false, serviceCount: Infinity, eligible },
      ],
    });
    expect(Array.from(r.pools[0].paidPerLine)).toEqual([100, 50, 0]);
    expect(Array.from(r.pools[1].paidPerLine)).toEqual([0, 50, 50]);
    // B was offered what A left: 50 + 50.
    expect(r.pools[1].offered[0]).toBe(100);
    expect(r.pools[0].depletionMonth).toBe(150 / 250);
    expect(r.cash[0]).toBe(0);
  });
});

describe('the simulation carried on past the horizon (runway)', () => {
  it('from the balances the horizon left gives the cash of simulating every month again, bit for bit', () => {
    const monthMajor = (costs: Float64Array[], months: number, horizon: number) => {
      const out = new Float64Array(months * costs.length);
      costs.forEach((series, l) => {
        for (let m = 0; m < months; m++) out[m * costs.length + l] = series[Math.min(m, horizon - 1)];
      });
      return out;
    };
    fc.assert(
      fc.property(modelArb(8), fc.integer({ min: 0, max: 20 }), (model, extra) => {
        const { horizon, costs, cashOnly, pools } = model;
        const lineCount = costs.length;
        const input = { horizon, lineCount, costs: monthMajor(costs, horizon, horizon), cashOnly, pools };
        const months = horizon + extra;
        const whole = { horizon: months, lineCount, costs: monthMajor(costs, months, horizon), cashOnly, pools };
        const carried = carriedCash(input, simulateBilling(input), months);
        expect(Array.from(carried)).toEqual(Array.from(simulateBilling(whole).cash));
      }),
      { numRuns: 1_000 },
    );
  });
});

describe('sortPositive', () => {
  it('sorts positive numbers as the built-in numeric sort does', () => {
    const positive = fc.oneof(
      fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true }),
      fc.constantFrom(Number.MIN_VALUE, 1e-9, 1, 1, 2.5, 1e12, Number.POSITIVE_INFINITY),
      // Values that differ only in their last bits (same high four bytes), many of them alike.
      fc.integer({ min: 0, max: 40 }).map((k) => 1_000 * (1 + k * 2 ** -45)),
    );
    const sortsLikeTheBuiltIn = (values: number[]) => {
      const sorted = Float64Array.from(values);
      sortPositive(sorted, new Float64Array(values.length));
      expect(Array.from(sorted)).toEqual(Array.from(Float64Array.from(values).sort()));
    };
    fc.assert(fc.property(fc.array(positive, { maxLength: 300 }), sortsLikeTheBuiltIn));
    fc.assert(fc.property(fc.array(positive, { minLength: 2_048, maxLength: 6_000 }), sortsLikeTheBuiltIn), {
      numRuns: 30,
    });
  });
});
