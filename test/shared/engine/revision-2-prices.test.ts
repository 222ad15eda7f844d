// Revision 2 prices in the engine, figures by hand: region-aware and date-aware prices,
// overrides carried to derived prices at the book's ratios, cache-write tokens.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../shared/engine';
import { workbookSchema } from '../../../shared/model';
import type { LineInput } from './fixtures';

function scenario(
  lines: LineInput[],
  options: {
    startMonth?: string;
    horizonMonths?: number;
    priceOverrides?: Record<string, Record<string, number>>;
  } = {},
) {
  const wb = workbookSchema.parse({
    format: 'creditstack.workbook',
    version: 1,
    priceOverrides: options.priceOverrides ?? {},
    scenarios: [
      {
        id: 's',
        name: 'S',
        startMonth: options.startMonth ?? '2027-01',
        horizonMonths: options.horizonMonths ?? 3,
        lines,
      },
    ],
  });
  return createEngine().computeScenario(wb, 's');
}

const tokens = (id: string, model: string, extra: Record<string, unknown> = {}): LineInput => ({
  id,
  kind: 'bedrock',
  model,
  inputTokensPerDay: 10_000_000,
  outputTokensPerDay: 2_000_000,
  ...extra,
});

describe('5. region-aware prices', () => {
  it('an EU Nova Pro line is priced at the EU rate: 567, not 432', () => {
    // us-east-1: 30 days x (10 x 0.80 + 2 x 3.20) = 30 x 14.4 = 432.
    // eu (1.05 / 4.20): 30 x (10 x 1.05 + 2 x 4.20) = 30 x (10.5 + 8.4) = 30 x 18.9 = 567.
    expect(scenario([tokens('us', 'nova-pro')]).lines[0].monthly[0]).toBeCloseTo(432, 9);
    const eu = scenario([tokens('eu', 'nova-pro', { region: 'eu-west-1' })]);
    expect(eu.lines[0].monthly[0]).toBeCloseTo(567, 9);
    expect(eu.issues.map((i) => i.code)).not.toContain('PRICE_REGION_FALLBACK');
  });

  it('a region the book has no price for uses us-east-1 with PRICE_REGION_FALLBACK', () => {
    const r = scenario([tokens('ap', 'nova-pro', { region: 'ap-southeast-2' })]);
    expect(r.lines[0].monthly[0]).toBeCloseTo(432, 9);
    const issue = r.issues.find((i) => i.code === 'PRICE_REGION_FALLBACK')!;
    expect(issue.severity).toBe('warning');
    expect(issue.params).toEqual({ region: 'ap-southeast-2', usedRegion: 'us-east-1', priceKey: 'bedrock/nova-pro' });
    expect(issue.lineId).toBe('ap');
  });

  it("an exact region's row wins over its geography: Llama 3 8B in eu-west-2", () => {
    // eu-west-2 0.39 / 0.78: 30 x (10 x 0.39 + 2 x 0.78) = 30 x (3.9 + 1.56) = 30 x 5.46 = 163.8.
    expect(scenario([tokens('l', 'llama3-8b', { region: 'eu-west-2' })]).lines[0].monthly[0]).toBeCloseTo(163.8, 9);
  });

  it('an EC2 training run in eu-central-1 uses the EU hourly price', () => {
    // 27.43298 an hour x 100 hours x 1 instance x 1 run = 2,743.298.
    const r = scenario([
      {
        id: 't',
        kind: 'training',
        platform: 'ec2',
        instanceType: 'p4d.24xlarge',
        region: 'eu-central-1',
        hoursPerRun: 100,
      },
    ]);
    expect(r.lines[0].monthly[0]).toBeCloseTo(2_743.298, 9);
  });

  it('a SageMaker run in the EU falls back, and says its price is derived from EC2', () => {
    // 21.957642 x 1.15 = 25.2512883 an hour x 10 hours = 252.512883.
    const r = scenario([
      { id: 't', kind: 'training', instanceType: 'p4d.24xlarge', region: 'eu-central-1', hoursPerRun: 10 },
    ]);
    expect(r.lines[0].monthly[0]).toBeCloseTo(252.512883, 9);
    const codes = r.issues.map((i) => i.code);
    expect(codes).toContain('PRICE_REGION_FALLBACK');
    expect(codes).toContain('PRICE_DATED');
  });
});

describe('5. date-aware prices', () => {
  it("Sonnet 5's launch price is not applied to 2027: 1,800, not 1,200", () => {
    // Regular 3 / 15: 30 x (10 x 3 + 2 x 15) = 30 x 60 = 1,800.
    const r = scenario([tokens('s5', 'claude-sonnet-5')]);
    expect(r.lines[0].monthly[0]).toBeCloseTo(1_800, 9);
    expect(r.issues.map((i) => i.code)).not.toContain('PRICE_DATED');
  });

  it('a plan starting in July 2026 pays the promotion through August, then the regular price', () => {
    // Jul, Aug 2026 at 2 / 10: 30 x (10 x 2 + 2 x 10) = 30 x 40 = 1,200; Sep on: 1,800.
    const r = scenario([tokens('s5', 'claude-sonnet-5')], { startMonth: '2026-07', horizonMonths: 4 });
    expect(Array.from(r.lines[0].monthly)).toEqual([1_200, 1_200, 1_800, 1_800]);
    const dated = r.issues.find((i) => i.code === 'PRICE_DATED')!;
    expect(dated.code === 'PRICE_DATED' && dated.params).toMatchObject({
      priceKey: 'bedrock/claude-sonnet-5',
      status: 'promotion',
      month: 0,
    });
    expect(dated.code === 'PRICE_DATED' && dated.params.note).toContain('2026-08');
  });

  it('a line that starts after the promotion raises no PRICE_DATED', () => {
    const r = scenario([tokens('s5', 'claude-sonnet-5', { startMonth: 2 })], {
      startMonth: '2026-07',
      horizonMonths: 4,
    });
    expect(Array.from(r.lines[0].monthly)).toEqual([0, 0, 1_800, 1_800]);
    expect(r.issues.map((i) => i.code)).not.toContain('PRICE_DATED');
  });
});

describe('6. overrides carry to derived prices at the book ratios', () => {
  it('Claude 3 Haiku overridden to $1 / $5: batch costs 50% of on-demand, not 12.5%', () => {
    // Book ratios: batch 0.125 / 0.25 = 0.5 of input, 0.625 / 1.25 = 0.5 of output.
    // Batch: 30 x (10 x 0.50 + 2 x 2.50) = 30 x 10 = 300. On-demand: 30 x (10 x 1 + 2 x 5) = 600.
    const overrides = { 'bedrock/claude-3-haiku': { input: 1, output: 5 } };
    const batch = scenario([tokens('b', 'claude-3-haiku', { batchShare: 1 })], { priceOverrides: overrides });
    const onDemand = scenario([tokens('o', 'claude-3-haiku')], { priceOverrides: overrides });
    expect(batch.lines[0].monthly[0]).toBeCloseTo(300, 9);
    expect(onDemand.lines[0].monthly[0]).toBeCloseTo(600, 9);
  });

  it('and to the cache-read price: $1 input makes cache reads $0.10', () => {
    // Book: 0.025 / 0.25 = 0.1 of input. All input cached, no output:
    // 30 x 10 x 0.10 = 30.
    const r = scenario([tokens('c', 'claude-3-haiku', { outputTokensPerDay: 0, cachedInputShare: 1 })], {
      priceOverrides: { 'bedrock/claude-3-haiku': { input: 1 } },
    });
    expect(r.lines[0].monthly[0]).toBeCloseTo(30, 9);
  });

  it("an instance's EC2 override carries to its SageMaker price derived as EC2 x 1.15", () => {
    // EC2 overridden to 20: SageMaker 20 x 1.15 = 23 an hour x 10 hours = 230.
    const r = scenario([{ id: 't', kind: 'training', instanceType: 'p4d.24xlarge', hoursPerRun: 10 }], {
      priceOverrides: { 'instance/p4d.24xlarge': { ec2: 20 } },
    });
    expect(r.lines[0].monthly[0]).toBeCloseTo(230, 9);
  });
});

describe('7. cache-write tokens', () => {
  it('Sonnet 4 with 50% cache reads and 20% cache writes', () => {
    // Per 1M input: 0.3 x 3 (plain) + 0.5 x 0.30 (read) + 0.2 x 3.75 (write) = 0.9 + 0.15 + 0.75 = 1.8.
    // 10M a day: 18 a day; output 2M x 15 = 30 a day; 30 days x 48 = 1,440.
    const r = scenario([tokens('c', 'claude-sonnet-4', { cachedInputShare: 0.5, cacheWriteShare: 0.2 })]);
    expect(r.lines[0].monthly[0]).toBeCloseTo(1_440, 9);
  });

  it('a Claude model without a listed cache-write price pays 1.25 x input', () => {
    // Claude 3 Sonnet lists none: 1.25 x 3 = 3.75 per 1M; 10M written a day = 37.5; x 30 = 1,125.
    const r = scenario([tokens('c', 'claude-3-sonnet', { outputTokensPerDay: 0, cacheWriteShare: 1 })]);
    expect(r.lines[0].monthly[0]).toBeCloseTo(1_125, 9);
  });

  it('read and written shares over 1 are an error on the line, not a negative cost', () => {
    const r = scenario([tokens('c', 'claude-sonnet-4', { cachedInputShare: 0.7, cacheWriteShare: 0.5 })]);
    expect(r.lines[0].total).toBe(0);
    expect(r.issues.find((i) => i.code === 'EXPR_ERROR')?.lineId).toBe('c');
  });
});
