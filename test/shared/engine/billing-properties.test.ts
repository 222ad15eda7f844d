// Properties of the billing simulation that must hold for any model: money is conserved every
// month, no pool goes negative or pays outside its window, and credits never exceed awards.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SimulationPool } from '../../../shared/engine';
import { simulateLines } from './fixtures';

const TOLERANCE = 1e-6;

const poolArb = (lineCount: number) =>
  fc.record({
    amount: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 200_000, noNaN: true })),
    startMonth: fc.integer({ min: 0, max: 30 }),
    validityMonths: fc.integer({ min: 1, max: 36 }),
    paused: fc.boolean(),
    serviceCount: fc.oneof(fc.constant(Number.POSITIVE_INFINITY), fc.integer({ min: 0, max: 6 })),
    eligible: fc.uint8Array({ minLength: lineCount, maxLength: lineCount, min: 0, max: 1 }),
  });

const modelArb = fc
  .record({ horizon: fc.integer({ min: 1, max: 36 }), lineCount: fc.integer({ min: 0, max: 12 }) })
  .chain(({ horizon, lineCount }) =>
    fc.record({
      horizon: fc.constant(horizon),
      costs: fc.array(
        fc
          .array(fc.oneof(fc.constant(0), fc.double({ min: 0, max: 50_000, noNaN: true })), {
            minLength: horizon,
            maxLength: horizon,
          })
          .map((a) => Float64Array.from(a)),
        { minLength: lineCount, maxLength: lineCount },
      ),
      cashOnly: fc.uint8Array({ minLength: lineCount, maxLength: lineCount, min: 0, max: 1 }),
      pools: fc.array(poolArb(lineCount), { maxLength: 6 }) as fc.Arbitrary<SimulationPool[]>,
    }),
  );

describe('billing simulation properties', () => {
  it('conserves money, keeps balances in range and pays only inside each window', () => {
    fc.assert(
      fc.property(modelArb, (model) => {
        const r = simulateLines(model);
        for (let m = 0; m < model.horizon; m++) {
          let cost = 0;
          for (const c of model.costs) cost += c[m];
          expect(Math.abs(r.cost[m] - cost)).toBeLessThan(TOLERANCE);
          // Every dollar of cost is paid by a credit or in cash.
          expect(Math.abs(r.cost[m] - r.credits[m] - r.cash[m])).toBeLessThan(TOLERANCE);
          expect(r.cash[m]).toBeGreaterThanOrEqual(-TOLERANCE);
          let drawn = 0;
          model.pools.forEach((pool, p) => {
            const draw = r.pools[p].draw[m];
            drawn += draw;
            expect(draw).toBeGreaterThanOrEqual(0);
            expect(r.pools[p].balance[m]).toBeGreaterThanOrEqual(-TOLERANCE);
            const inWindow = m >= pool.startMonth && m < pool.startMonth + pool.validityMonths;
            if (!inWindow || pool.paused) expect(draw).toBe(0);
            if (m >= pool.startMonth + pool.validityMonths - 1) expect(r.pools[p].balance[m]).toBe(0);
          });
          expect(Math.abs(drawn - r.credits[m])).toBeLessThan(TOLERANCE);
        }
        model.pools.forEach((pool, p) => {
          const t = r.pools[p];
          // Used + forfeited + what is left never exceeds the award.
          expect(t.used + t.forfeited + t.balance[model.horizon - 1]).toBeLessThanOrEqual(pool.amount + TOLERANCE);
          expect(Math.abs(t.used + t.forfeited + t.balance[model.horizon - 1] - pool.amount)).toBeLessThan(TOLERANCE);
          // Never pays a line it is not eligible for, nor a cash-only line.
          t.paidPerLine.forEach((paid, l) => {
            if (!pool.eligible[l] || model.cashOnly[l]) expect(paid).toBe(0);
          });
        });
      }),
      { numRuns: 300 },
    );
  });

  it('a pool never pays while an earlier-expiring eligible pool has balance for the same charge', () => {
    // Two general pools, one expiring sooner: the later one pays nothing until the sooner one is empty.
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 10_000, noNaN: true }),
        fc.double({ min: 1, max: 50_000, noNaN: true }),
        (monthly, amount) => {
          const eligible = Uint8Array.of(1);
          const r = simulateLines({
            horizon: 12,
            costs: [new Float64Array(12).fill(monthly)],
            cashOnly: Uint8Array.of(0),
            pools: [
              { amount: 1e9, startMonth: 0, validityMonths: 24, paused: false, serviceCount: Infinity, eligible },
              { amount, startMonth: 0, validityMonths: 12, paused: false, serviceCount: Infinity, eligible },
            ],
          });
          let soonerLeft = amount;
          for (let m = 0; m < 12; m++) {
            if (soonerLeft >= monthly) expect(r.pools[0].draw[m]).toBe(0);
            soonerLeft = Math.max(0, soonerLeft - monthly);
          }
        },
      ),
    );
  });
});
