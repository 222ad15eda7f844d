// AWS's credit-application order, by hand-worked cases.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../shared/engine';
import { flat, workbook } from './fixtures';

const engine = createEngine();

// Bedrock priced by override so that one line costs exactly $1,800 a month:
// 10M in x $3 + 2M out x $15 = $60 a day x 30.
const prices = { 'bedrock/claude-sonnet-4': { input: 3, output: 15 } };
const bedrock = {
  id: 'llm',
  kind: 'bedrock',
  model: 'claude-sonnet-4',
  inputTokensPerDay: 10_000_000,
  outputTokensPerDay: 2_000_000,
};
const s3ForBedrock = { id: 'vec', kind: 'service', service: 's3', monthlyCost: 300, supports: 'llm' };
const training = flat('train', 2_000, { service: 'other' });

describe('billing simulation', () => {
  it('uses the soonest-expiring general pool before a narrower one, largest charge first', () => {
    const r = engine.computeScenario(
      workbook({
        priceOverrides: prices,
        lines: [s3ForBedrock, bedrock, training],
        pools: [
          { id: 'poc', program: 'bedrock-poc', amount: 10_000, startMonth: 0, validityMonths: 12 },
          { id: 'founders', program: 'founders', amount: 5_000, startMonth: 0, validityMonths: 6 },
        ],
        horizonMonths: 8,
      }),
      's',
    );
    const [poc, founders] = r.pools;
    // Month 0: Founders expires first (month 6 < 12) and pays everything: 2,000 + 1,800 + 300 = 4,100.
    expect(founders.draw[0]).toBeCloseTo(4_100, 9);
    expect(poc.draw[0]).toBe(0);
    expect(founders.balance[0]).toBeCloseTo(900, 9);
    // Month 1: Founders has 900 for 4,100 offered; the largest charge (training, 2,000) gets it all.
    expect(founders.draw[1]).toBeCloseTo(900, 9);
    expect(founders.depletionMonth).toBeCloseTo(1 + 900 / 4_100, 12);
    // ...so the POC then pays Bedrock 1,800 + S3 300, and 2,000 - 900 = 1,100 of training is cash.
    expect(poc.draw[1]).toBeCloseTo(2_100, 9);
    expect(r.cash[1]).toBeCloseTo(1_100, 9);
    expect(r.kpis.creditCliffMonth).toBe(1);
    // POC: 10,000 - 2,100 x 4 (months 1-4) = 1,600 at the start of month 5, 2,100 offered:
    // Bedrock (1,800, the larger) gets 1,600; S3 300 and the 200 rest are cash, with training 2,000.
    expect(poc.balance[4]).toBeCloseTo(1_600, 9);
    expect(poc.depletionMonth).toBeCloseTo(5 + 1_600 / 2_100, 12);
    expect(r.cash[5]).toBeCloseTo(2_000 + 200 + 300, 9);
    // Months 6-7: all 4,100 is cash.
    expect(r.cash[6]).toBeCloseTo(4_100, 9);
    expect(r.kpis.creditsApplied).toBeCloseTo(15_000, 6);
    // Training is never POC-eligible: the POC never paid it.
    expect(r.kpis.totalCost).toBeCloseTo(8 * 4_100, 6);
  });

  it('with equal expiry, the pool with fewer eligible services goes first', () => {
    const r = engine.computeScenario(
      workbook({
        priceOverrides: prices,
        lines: [bedrock],
        pools: [
          { id: 'founders', program: 'founders', amount: 5_000, startMonth: 0, validityMonths: 12 },
          { id: 'poc', program: 'bedrock-poc', amount: 10_000, startMonth: 0, validityMonths: 12 },
        ],
        horizonMonths: 12,
      }),
      's',
    );
    const [founders, poc] = r.pools;
    // The POC (4 services) is tried before Founders (all services): it pays months 0-4 (5 x 1,800 = 9,000)
    // and 1,000 of month 5, where Founders takes over the other 800.
    expect(poc.draw[0]).toBeCloseTo(1_800, 9);
    expect(founders.draw[0]).toBe(0);
    expect(poc.depletionMonth).toBeCloseTo(5 + 1_000 / 1_800, 12);
    expect(founders.draw[5]).toBeCloseTo(800, 9);
    // Founders: 5,000 - 800 = 4,200 at month 6, 1,800 a month: runs dry in month 8 with 600 left: 8 + 600/1800.
    expect(founders.depletionMonth).toBeCloseTo(8 + 600 / 1_800, 12);
    expect(r.kpis.creditCliffMonth).toBe(8);
  });

  it('with equal expiry and scope, the oldest pool goes first, then list order', () => {
    const r = engine.computeScenario(
      workbook({
        lines: [flat('a', 1_000)],
        pools: [
          { id: 'late', program: 'portfolio', amount: 50_000, startMonth: 2, validityMonths: 10 },
          { id: 'early', program: 'portfolio', amount: 50_000, startMonth: 0, validityMonths: 12 },
          { id: 'twin', program: 'portfolio', amount: 50_000, startMonth: 0, validityMonths: 12 },
        ],
        horizonMonths: 12,
      }),
      's',
    );
    const [late, early, twin] = r.pools;
    // All expire at month 12. In month 2 "early" (start 0) goes before "late" (start 2); "twin" comes after "early".
    expect(early.draw[2]).toBeCloseTo(1_000, 9);
    expect(late.draw[2]).toBe(0);
    expect(twin.draw[2]).toBe(0);
    expect(early.used).toBeCloseTo(12_000, 9);
  });

  it('forfeits what is left at the end of the last valid month, paused or not', () => {
    const r = engine.computeScenario(
      workbook({
        lines: [flat('a', 1_000)],
        pools: [
          { id: 'p', program: 'portfolio', amount: 50_000, startMonth: 0, validityMonths: 12 },
          { id: 'paused', program: 'portfolio', amount: 60_000, startMonth: 0, validityMonths: 6, paused: true },
        ],
        horizonMonths: 24,
      }),
      's',
    );
    const [p, paused] = r.pools;
    // Uses 12 x 1,000 = 12,000; loses 50,000 - 12,000 = 38,000 at the end of month 11.
    expect(p.used).toBeCloseTo(12_000, 9);
    expect(p.forfeited).toBeCloseTo(38_000, 9);
    expect(p.balance[10]).toBeCloseTo(39_000, 9);
    expect(p.balance[11]).toBe(0);
    expect(p.expiryMonth).toBe(12);
    expect(p.depletionMonth).toBeNull();
    // The paused pool pays nothing and loses all 60,000 at the end of month 5.
    expect(paused.used).toBe(0);
    expect(paused.forfeited).toBe(60_000);
    expect(paused.balance[4]).toBe(60_000);
    expect(paused.balance[5]).toBe(0);
    expect(r.kpis.creditsForfeited).toBeCloseTo(98_000, 9);
    expect(r.kpis.creditCliffMonth).toBe(12);
    expect(r.issues.filter((i) => i.code === 'CREDITS_FORFEITED').map((i) => i.poolId)).toEqual(['p', 'paused']);
  });

  it('never pays before a pool starts; an excluded pool takes no part', () => {
    const r = engine.computeScenario(
      workbook({
        lines: [flat('a', 1_000)],
        pools: [
          { id: 'later', program: 'portfolio', amount: 50_000, startMonth: 3, validityMonths: 24 },
          { id: 'off', program: 'portfolio', amount: 50_000, startMonth: 0, validityMonths: 24, included: false },
        ],
        horizonMonths: 6,
      }),
      's',
    );
    expect(Array.from(r.cash)).toEqual([1_000, 1_000, 1_000, 0, 0, 0]);
    expect(r.pools[1].used).toBe(0);
    // Unexpired balance at the horizon's end: 50,000 - 3 x 1,000.
    expect(r.kpis.creditsRemaining).toBeCloseTo(47_000, 9);
  });

  it('pays credit-ineligible spend (support, Marketplace, upfront fees) in cash', () => {
    const r = engine.computeScenario(
      workbook({
        lines: [flat('support', 500, { service: 'support' }), flat('a', 1_000)],
        pools: [{ id: 'p', program: 'portfolio', amount: 100_000, validityMonths: 24 }],
        horizonMonths: 3,
      }),
      's',
    );
    expect(Array.from(r.cash)).toEqual([500, 500, 500]);
    expect(r.pools[0].used).toBeCloseTo(3_000, 9);
  });

  it('as-declared allocation draws each claimed line only from its own pool', () => {
    const lines = [flat('a', 1_000, { fundedBy: 'second' }), flat('b', 500)];
    const pools = [
      { id: 'first', program: 'portfolio', amount: 50_000, startMonth: 0, validityMonths: 12 },
      { id: 'second', program: 'portfolio', amount: 50_000, startMonth: 0, validityMonths: 24 },
    ];
    const aws = engine.computeScenario(workbook({ lines, pools, horizonMonths: 2 }), 's');
    const declared = engine.computeScenario(
      workbook({ lines, pools, horizonMonths: 2, allocation: 'as-declared' }),
      's',
    );
    // AWS: "first" expires sooner and pays both lines: 1,500 a month.
    expect(aws.pools[0].draw[0]).toBeCloseTo(1_500, 9);
    expect(aws.pools[1].draw[0]).toBe(0);
    // As declared: "a" only from "second"; "b" (no claim) follows AWS's order.
    expect(declared.pools[0].draw[0]).toBeCloseTo(500, 9);
    expect(declared.pools[1].draw[0]).toBeCloseTo(1_000, 9);
  });

  it('projects the 75% and 100% used milestones and the expiry e-mails', () => {
    const r = engine.computeScenario(
      workbook({
        lines: [flat('a', 1_000)],
        pools: [{ id: 'p', program: 'founders', amount: 4_000, startMonth: 0, validityMonths: 12 }],
        horizonMonths: 12,
      }),
      's',
    );
    const p = r.pools[0];
    // 75% of 4,000 = 3,000, reached exactly at the end of month 2 (3 x 1,000): 2 + 1000/1000 = 3.
    expect(p.milestones.used75).toBeCloseTo(3, 12);
    expect(p.milestones.used100).toBeCloseTo(4, 12);
    // Expiry at month 12; 60 and 30 days before at 30 days a month: months 10 and 11.
    expect(p.milestones.expiry60Days).toBe(10);
    expect(p.milestones.expiry30Days).toBe(11);
  });
});

describe('runway', () => {
  it('counts the months cash on hand lasts with and without credits', () => {
    const r = engine.computeScenario(
      workbook({
        company: { cashOnHand: 1_000_000, otherMonthlyBurn: 100_000 },
        lines: [flat('a', 10_000)],
        pools: [{ id: 'p', program: 'portfolio', amount: 60_000, validityMonths: 24 }],
        horizonMonths: 12,
      }),
      's',
    );
    // Credits pay months 0-5. Outflow 100,000 a month for 6 months leaves 400,000; then 110,000 a month:
    // 290,000, 180,000, 70,000 left after months 6-8; month 9 burns 70,000 of 110,000: 9 + 70/110.
    expect(r.kpis.cashRunwayMonths).toBeCloseTo(9 + 70 / 110, 12);
    // Without credits 110,000 every month: 9 months use 990,000, then 10,000 of 110,000: 9 + 10/110.
    expect(r.kpis.runwayExtensionMonths).toBeCloseTo(70 / 110 - 10 / 110, 12);
  });

  it("extends past the horizon at the last month's outflow, and is null with no cash on hand", () => {
    const r = engine.computeScenario(
      workbook({
        company: { cashOnHand: 500_000, otherMonthlyBurn: 20_000 },
        lines: [flat('a', 5_000)],
        horizonMonths: 12,
      }),
      's',
    );
    // 25,000 a month: 12 months use 300,000; 200,000 left lasts 8 more: 20 months. No pools: extension 0.
    expect(r.kpis.cashRunwayMonths).toBeCloseTo(20, 12);
    expect(r.kpis.runwayExtensionMonths).toBeCloseTo(0, 12);
    const none = engine.computeScenario(workbook({ lines: [flat('a', 5_000)] }), 's');
    expect(none.kpis.cashRunwayMonths).toBeNull();
    expect(none.kpis.runwayExtensionMonths).toBeNull();
  });
});
