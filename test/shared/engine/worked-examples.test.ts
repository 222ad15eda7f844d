// The domain's worked figures, reproduced by the engine. Every expected value is hand arithmetic.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../shared/engine';
import { workbook } from './fixtures';

const engine = createEngine();

function bedrockScenario(model: string) {
  return workbook({
    lines: [{ id: 'llm', kind: 'bedrock', model, inputTokensPerDay: 10_000_000, outputTokensPerDay: 2_000_000 }],
    pools: [{ id: 'poc', program: 'bedrock-poc', amount: 25_000, startMonth: 0, validityMonths: 24 }],
  });
}

describe('worked examples', () => {
  it('Claude Sonnet 4: $60 a day, $1,800 a month; $25K lasts 13.889 months', () => {
    const r = engine.computeScenario(bedrockScenario('claude-sonnet-4'), 's');
    // 10M x $3/1M + 2M x $15/1M = 30 + 30 = $60 a day; x 30 days = $1,800 a month.
    expect(r.lines[0].monthly[0]).toBeCloseTo(1_800, 9);
    // 24 months x 1,800 = 43,200.
    expect(r.kpis.totalCost).toBeCloseTo(43_200, 6);
    // After 13 months 25,000 - 13 x 1,800 = 1,600 remains; month 13 offers 1,800: 13 + 1600/1800.
    const pool = r.pools[0];
    expect(pool.depletionMonth).toBeCloseTo(13 + 1600 / 1800, 9);
    expect(pool.depletionMonth).toBeCloseTo(13.889, 3);
    expect(pool.monthsFunded).toBeCloseTo(13.889, 3);
    expect(r.kpis.creditCliffMonth).toBe(13);
    expect(r.cash[12]).toBe(0);
    expect(r.cash[13]).toBeCloseTo(200, 9);
    expect(r.cash[14]).toBeCloseTo(1_800, 9);
    expect(r.kpis.creditsApplied).toBeCloseTo(25_000, 6);
    // Cash = 43,200 - 25,000 = 18,200; coverage = 25,000 / 43,200.
    expect(r.kpis.cashCost).toBeCloseTo(18_200, 6);
    expect(r.kpis.creditCoverage).toBeCloseTo(25_000 / 43_200, 12);
    expect(r.kpis.creditsForfeited).toBe(0);
    expect(pool.remaining).toBe(0);
  });

  it('Claude Opus 4.1: $300 a day, $9,000 a month; $25K lasts 2.778 months', () => {
    const r = engine.computeScenario(bedrockScenario('claude-opus-4-1'), 's');
    // 10M x 15 + 2M x 75 = 150 + 150 = $300 a day; x 30 = $9,000.
    expect(r.lines[0].monthly[5]).toBeCloseTo(9_000, 9);
    // 25,000 - 2 x 9,000 = 7,000 left at month 2: 2 + 7000/9000 = 2.7778.
    expect(r.pools[0].depletionMonth).toBeCloseTo(2 + 7000 / 9000, 9);
    expect(r.pools[0].depletionMonth).toBeCloseTo(2.778, 3);
    expect(r.kpis.creditCliffMonth).toBe(2);
    expect(r.cash[2]).toBeCloseTo(2_000, 9);
  });

  it("Claude 3 Haiku costs $150 a month, not the guide's $90", () => {
    const r = engine.computeScenario(bedrockScenario('claude-3-haiku'), 's');
    // 10M x 0.25 + 2M x 1.25 = 2.5 + 2.5 = $5 a day; x 30 = $150.
    expect(r.lines[0].monthly[0]).toBeCloseTo(150, 9);
    expect(r.lines[0].monthly[0]).not.toBeCloseTo(90, 0);
    // 24 x 150 = 3,600, all paid by the pool, which never runs dry. It expires at the end of
    // month 23 (0 + 24 - 1), the horizon's last month, so 25,000 - 3,600 = 21,400 is forfeited.
    expect(r.kpis.totalCost).toBeCloseTo(3_600, 6);
    expect(r.pools[0].depletionMonth).toBeNull();
    expect(r.kpis.creditCliffMonth).toBeNull();
    expect(r.kpis.creditsForfeited).toBeCloseTo(21_400, 6);
    expect(r.kpis.creditsRemaining).toBe(0);
  });

  it('prices the batch share at batch prices and the cached share at the cache-read price', () => {
    const wb = workbook({
      lines: [
        {
          id: 'llm',
          kind: 'bedrock',
          model: 'claude-3-haiku',
          inputTokensPerDay: 10_000_000,
          outputTokensPerDay: 2_000_000,
          cachedInputShare: 0.2,
          batchShare: 0.5,
        },
      ],
    });
    const r = engine.computeScenario(wb, 's');
    // Haiku: in 0.25, out 1.25, cache read 0.025, batch in 0.125, batch out 0.625 (per 1M).
    // On-demand half: 5M in x (0.8 x 0.25 + 0.2 x 0.025) = 5 x 0.205 = 1.025; 1M out x 1.25 = 1.25.
    // Batch half: 5M in x 0.125 = 0.625; 1M out x 0.625 = 0.625.
    // Per day 1.025 + 1.25 + 0.625 + 0.625 = 3.525; x 30 = 105.75.
    expect(r.lines[0].monthly[0]).toBeCloseTo(105.75, 9);
  });

  it('bills batch at half the on-demand price where the catalog has no batch price', () => {
    const wb = workbook({
      lines: [
        {
          id: 'llm',
          kind: 'bedrock',
          model: 'claude-sonnet-4',
          inputTokensPerDay: 10_000_000,
          outputTokensPerDay: 2_000_000,
          batchShare: 1,
        },
      ],
    });
    // Everything at batch = 50%: $900 a month.
    expect(engine.computeScenario(wb, 's').lines[0].monthly[0]).toBeCloseTo(900, 9);
  });

  it('prices training and endpoint lines from instance-hours', () => {
    const wb = workbook({
      priceOverrides: {
        'instance/p4d.24xlarge': { sagemakerTraining: 25, ec2: 20 },
        'instance/g5.12xlarge': { sagemakerInference: 7 },
      },
      lines: [
        {
          id: 'ft',
          kind: 'training',
          instanceType: 'ml.p4d.24xlarge',
          instanceCount: 2,
          hoursPerRun: 10,
          runsPerMonth: 4,
          spotDiscount: 0.5,
        },
        {
          id: 'ec2',
          kind: 'training',
          platform: 'ec2',
          instanceType: 'p4d.24xlarge',
          instanceCount: 1,
          hoursPerRun: 100,
          runsPerMonth: 1,
        },
        { id: 'ep', kind: 'endpoint', instanceType: 'ml.g5.12xlarge', instanceCount: 2 },
        { id: 'ep-half', kind: 'endpoint', instanceType: 'g5.12xlarge', instanceCount: 1, hoursPerMonth: 365 },
      ],
    });
    const r = engine.computeScenario(wb, 's');
    // 4 runs x 10 h x 2 instances x $25 x (1 - 0.5) = 80 instance-hours x 25 x 0.5 = 1,000.
    expect(r.lines[0].monthly[0]).toBeCloseTo(1_000, 9);
    // 1 x 100 h x 1 x $20 = 2,000 (EC2 price for the EC2 platform).
    expect(r.lines[1].monthly[0]).toBeCloseTo(2_000, 9);
    // 2 x 730 h x $7 = 10,220.
    expect(r.lines[2].monthly[0]).toBeCloseTo(10_220, 9);
    // 1 x 365 h x $7 = 2,555.
    expect(r.lines[3].monthly[0]).toBeCloseTo(2_555, 9);
  });

  it('evaluates month-dependent expressions and assumptions per month', () => {
    const wb = workbook({
      assumptions: [
        { name: 'growth', expr: '0.05' },
        { name: 'base', expr: '10e6' },
      ],
      lines: [
        {
          id: 'llm',
          kind: 'bedrock',
          model: 'claude-sonnet-4',
          inputTokensPerDay: 'base * (1 + growth)^m',
          outputTokensPerDay: 2_000_000,
          startMonth: 1,
          endMonth: 3,
        },
      ],
      horizonMonths: 6,
    });
    const r = engine.computeScenario(wb, 's');
    const monthly = r.lines[0].monthly;
    // Inactive before startMonth 1 and after endMonth 3.
    expect(monthly[0]).toBe(0);
    expect(monthly[4]).toBe(0);
    // Month 1: 10.5M in x 3 + 2M x 15 = 31.5 + 30 = 61.5 a day; x 30 = 1,845.
    expect(monthly[1]).toBeCloseTo(1_845, 9);
    // Month 3: 10M x 1.05^3 = 11.57625M; x 3 = 34.72875; + 30 = 64.72875; x 30 = 1,941.8625.
    expect(monthly[3]).toBeCloseTo(1_941.8625, 9);
    expect(r.lines[0].total).toBeCloseTo(1_845 + 30 * (10 * 1.1025 * 3 + 30) + 1_941.8625, 9);
  });
});
