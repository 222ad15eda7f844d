// Properties of the revision-2 rules on random plans: how rows are split within a service never
// changes a total (credits apply to service charges), and a plan's runway does not depend on
// the horizon it is viewed over when nothing changes after that horizon.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine, type ScenarioResult } from '../../../shared/engine';
import { flat, workbook, type LineInput, type PoolInput } from './fixtures';

// Few services and small pools, so that pools run short and the order of charges matters.
const SERVICES = ['s3', 'lambda', 'other', 'support'] as const;

// Whole-dollar costs and amounts: every sum is exact in doubles, so a split row adds to the
// same charge to the bit and the comparison can be exact.
const lineArb = fc.record({
  service: fc.constantFrom(...SERVICES),
  cost: fc.integer({ min: 0, max: 2_000 }),
  startMonth: fc.integer({ min: 0, max: 3 }),
  claim: fc.integer({ min: -1, max: 2 }),
});
const poolArb = fc.record({
  // Custom pools often: with general pools alone the order of charges never changes a total.
  program: fc.constantFrom('founders', 'custom', 'custom'),
  services: fc.subarray([...SERVICES]),
  amount: fc.integer({ min: 0, max: 4_000 }),
  startMonth: fc.integer({ min: 0, max: 2 }),
  validityMonths: fc.integer({ min: 1, max: 14 }),
  paused: fc.boolean(),
});

function plan(
  lines: { service: string; cost: number; startMonth: number; claim: number }[],
  pools: PoolInput[],
  horizonMonths: number,
  company: Record<string, unknown> = {},
  allocation: 'aws-billing' | 'as-declared' = 'aws-billing',
) {
  const lineInputs: LineInput[] = lines.map((l, i) =>
    flat(`l${i}`, l.cost, {
      service: l.service,
      startMonth: l.startMonth,
      fundedBy: l.claim >= 0 && l.claim < pools.length ? pools[l.claim].id : null,
      workstream: `w${i}`,
    }),
  );
  return workbook({ lines: lineInputs, pools, horizonMonths, company, allocation });
}

type RawPool = typeof poolArb extends fc.Arbitrary<infer T> ? T : never;
const toPools = (raw: RawPool[]): PoolInput[] =>
  raw.map((p, i) => ({
    id: `p${i}`,
    name: `Pool ${i}`,
    program: p.program,
    services: p.program === 'custom' ? p.services : undefined,
    amount: p.amount,
    startMonth: p.startMonth,
    validityMonths: p.validityMonths,
    paused: p.paused,
  }));

function totals(r: ScenarioResult) {
  return {
    kpis: r.kpis,
    cost: Array.from(r.cost),
    credits: Array.from(r.credits),
    cash: Array.from(r.cash),
    pools: r.pools.map((p) => ({
      used: p.used,
      forfeited: p.forfeited,
      remaining: p.remaining,
      depletion: p.depletionMonth,
      draw: Array.from(p.draw),
    })),
  };
}

describe('rows split or merged within a service never change any total', () => {
  it('splitting one row into two of the same service, claim and timing', () => {
    fc.assert(
      fc.property(
        fc.array(lineArb, { minLength: 1, maxLength: 8 }),
        fc.array(poolArb, { minLength: 2, maxLength: 4 }),
        fc.nat(),
        fc.integer({ min: 1, max: 99 }),
        fc.constantFrom('aws-billing' as const, 'as-declared' as const),
        (lines, rawPools, pick, percent, allocation) => {
          const pools = toPools(rawPools);
          const i = pick % lines.length;
          const part = Math.floor((lines[i].cost * percent) / 100);
          const split = [
            ...lines.slice(0, i),
            { ...lines[i], cost: part },
            { ...lines[i], cost: lines[i].cost - part },
            ...lines.slice(i + 1),
          ];
          const engine = createEngine();
          const whole = engine.computeScenario(plan(lines, pools, 8, {}, allocation), 's');
          const parts = createEngine().computeScenario(plan(split, pools, 8, {}, allocation), 's');
          expect(totals(parts)).toEqual(totals(whole));
        },
      ),
      { numRuns: 1_200 },
    );
  });
});

describe('a plan viewed over H and H + k months gives the same runway when nothing changes after H', () => {
  it('with pools that run past the horizon, expire inside it or are paused', () => {
    fc.assert(
      fc.property(
        fc.array(lineArb, { minLength: 0, maxLength: 6 }),
        fc.array(poolArb, { maxLength: 4 }),
        fc.integer({ min: 4, max: 12 }),
        fc.integer({ min: 1, max: 30 }),
        fc.integer({ min: 0, max: 2_000_000 }),
        fc.integer({ min: 0, max: 50_000 }),
        (lines, rawPools, h, k, cashOnHand, otherMonthlyBurn) => {
          // Nothing starts after month H - 1: no new line, no new award.
          const pools = toPools(rawPools).map((p) => ({ ...p, startMonth: Math.min(p.startMonth as number, h - 1) }));
          const company = { cashOnHand, otherMonthlyBurn };
          const short = createEngine().computeScenario(plan(lines, pools, h, company), 's').kpis;
          const long = createEngine().computeScenario(plan(lines, pools, h + k, company), 's').kpis;
          const same = (a: number | null, b: number | null) =>
            a === null || b === null
              ? expect(a).toBe(b)
              : expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(a)));
          same(short.cashRunwayMonths, long.cashRunwayMonths);
          same(short.runwayExtensionMonths, long.runwayExtensionMonths);
        },
      ),
      { numRuns: 300 },
    );
  });
});
