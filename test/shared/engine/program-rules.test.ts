// Each program rule fires where it should, points at the right row and field, and stays quiet otherwise.
import { describe, expect, it } from 'vitest';
import { createEngine, type Issue } from '../../../shared/engine';
import { issueMessage, namesFrom } from '../../../shared/wording';
import { flat, workbook, type LineInput, type PoolInput } from './fixtures';

const engine = createEngine();

function issues(options: Parameters<typeof workbook>[0], code: Issue['code']): Issue[] {
  return engine.computeScenario(workbook(options), 's').issues.filter((i) => i.code === code);
}

const llm: LineInput = {
  id: 'llm',
  kind: 'bedrock',
  model: 'claude-sonnet-4',
  inputTokensPerDay: 1e6,
  outputTokensPerDay: 1e5,
  workstream: 'Chat',
};
const poc: PoolInput = { id: 'poc', program: 'bedrock-poc', amount: 25_000 };
const portfolio: PoolInput = { id: 'pf', program: 'portfolio', amount: 100_000 };
const build: PoolInput = { id: 'build', program: 'build', amount: 25_000 };

describe('program rules', () => {
  it('POOL_INELIGIBLE: training claimed under the Bedrock POC', () => {
    const training = { id: 'ft', kind: 'training', instanceType: 'g5.12xlarge', hoursPerRun: 10, fundedBy: 'poc' };
    const found = issues({ lines: [llm, training], pools: [poc] }, 'POOL_INELIGIBLE');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', lineId: 'ft', poolId: 'poc', field: 'fundedBy' });
    // Bedrock itself, and S3 supporting a Bedrock line, are fine under the POC.
    const ok = [{ ...llm, fundedBy: 'poc' }, flat('vec', 100, { service: 's3', supports: 'llm', fundedBy: 'poc' })];
    expect(issues({ lines: ok, pools: [poc] }, 'POOL_INELIGIBLE')).toEqual([]);
    // S3 that supports nothing is not.
    expect(
      issues({ lines: [flat('vec', 100, { service: 's3', fundedBy: 'poc' })], pools: [poc] }, 'POOL_INELIGIBLE'),
    ).toHaveLength(1);
    // Support plans are never credit-payable, whatever the pool.
    expect(
      issues(
        { lines: [flat('sup', 100, { service: 'support', fundedBy: 'pf' })], pools: [portfolio] },
        'POOL_INELIGIBLE',
      ),
    ).toHaveLength(1);
  });

  it('WORKSTREAM_SPLIT: one workstream claimed under two pools', () => {
    const lines = [
      flat('a', 100, { workstream: 'Search', fundedBy: 'pf' }),
      flat('b', 100, { workstream: 'search ', fundedBy: 'acc' }),
    ];
    const acc: PoolInput = { id: 'acc', program: 'accelerator', amount: 300_000 };
    const found = issues({ lines, pools: [portfolio, acc], company: { aiFirst: true } }, 'WORKSTREAM_SPLIT');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', lineId: 'b', poolId: 'acc', field: 'fundedBy' });
    const distinct = [
      flat('a', 100, { workstream: 'Search', fundedBy: 'pf' }),
      flat('b', 100, { workstream: 'Eval', fundedBy: 'acc' }),
    ];
    expect(
      issues({ lines: distinct, pools: [portfolio, acc], company: { aiFirst: true } }, 'WORKSTREAM_SPLIT'),
    ).toEqual([]);
  });

  it('BUILD_NOT_DISTINCT: Build funds a workstream Portfolio also funds', () => {
    const lines = [
      flat('a', 100, { workstream: 'Search', fundedBy: 'pf' }),
      flat('b', 100, { workstream: 'Search', fundedBy: 'build' }),
    ];
    const found = issues({ lines, pools: [portfolio, build] }, 'BUILD_NOT_DISTINCT');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', lineId: 'b', poolId: 'build', field: 'fundedBy' });
    const distinct = [
      flat('a', 100, { workstream: 'Search', fundedBy: 'pf' }),
      flat('b', 100, { workstream: 'Fine-tuning', fundedBy: 'build' }),
    ];
    expect(issues({ lines: distinct, pools: [portfolio, build] }, 'BUILD_NOT_DISTINCT')).toEqual([]);
  });

  it('ACCELERATOR_NOT_AI_FIRST', () => {
    const acc: PoolInput = { id: 'acc', program: 'accelerator', amount: 300_000 };
    const found = issues(
      { lines: [flat('a', 1)], pools: [acc], company: { aiFirst: false } },
      'ACCELERATOR_NOT_AI_FIRST',
    );
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', poolId: 'acc', field: 'program' })]);
    expect(
      issues({ lines: [flat('a', 1)], pools: [acc], company: { aiFirst: true } }, 'ACCELERATOR_NOT_AI_FIRST'),
    ).toEqual([]);
  });

  it('AMOUNT_ATYPICAL: outside the program range, or unusual for the stage', () => {
    const big: PoolInput = { id: 'f', program: 'founders', amount: 50_000 };
    expect(issues({ lines: [flat('a', 1)], pools: [big] }, 'AMOUNT_ATYPICAL')).toEqual([
      expect.objectContaining({ severity: 'warning', poolId: 'f', field: 'amount' }),
    ]);
    expect(issues({ lines: [flat('a', 1)], pools: [{ ...big, amount: 5_000 }] }, 'AMOUNT_ATYPICAL')).toEqual([]);
    // Pre-seed with Portfolio credits; Series B still on Activate.
    expect(
      issues({ lines: [flat('a', 1)], pools: [portfolio], company: { stage: 'pre-seed' } }, 'AMOUNT_ATYPICAL'),
    ).toEqual([expect.objectContaining({ poolId: 'pf', field: 'program' })]);
    expect(
      issues({ lines: [flat('a', 1)], pools: [portfolio], company: { stage: 'series-b' } }, 'AMOUNT_ATYPICAL'),
    ).toHaveLength(1);
    expect(
      issues({ lines: [flat('a', 1)], pools: [portfolio], company: { stage: 'series-a' } }, 'AMOUNT_ATYPICAL'),
    ).toEqual([]);
  });

  it('CREDITS_FORFEITED: more than 5% of the award lost at expiry', () => {
    // 12 x 1,950 = 23,400 used of 25,000: 1,600 lost = 6.4% -> fires.
    const line = { ...llm, model: 'claude-sonnet-4' };
    const prices = { 'bedrock/claude-sonnet-4': { input: 1, output: 0 } };
    const fires = issues(
      {
        lines: [{ ...line, inputTokensPerDay: 65_000_000, outputTokensPerDay: 0 }],
        pools: [{ ...poc, validityMonths: 12 }],
        priceOverrides: prices,
      },
      'CREDITS_FORFEITED',
    );
    // 65M x $1/1M x 30 = 1,950 a month.
    expect(fires).toEqual([expect.objectContaining({ severity: 'warning', poolId: 'poc' })]);
    // 12 x 2,000 = 24,000 used: 1,000 lost = 4% -> quiet.
    const quiet = issues(
      {
        lines: [{ ...line, inputTokensPerDay: 66_666_666.67, outputTokensPerDay: 0 }],
        pools: [{ ...poc, validityMonths: 12 }],
        priceOverrides: prices,
      },
      'CREDITS_FORFEITED',
    );
    expect(quiet).toEqual([]);
  });

  it('EARMARKED_STRANDED: a general pool pays what the POC was declared for, and the POC forfeits', () => {
    const lines = [{ ...llm, fundedBy: 'poc' }];
    // Founders expires first (month 6), so AWS uses it for the Bedrock spend; the POC then forfeits most of its award.
    const founders: PoolInput = { id: 'f', program: 'founders', amount: 5_000, startMonth: 0, validityMonths: 6 };
    const latePoc: PoolInput = { ...poc, startMonth: 0, validityMonths: 12 };
    const found = issues({ lines, pools: [latePoc, founders] }, 'EARMARKED_STRANDED');
    expect(found).toEqual([expect.objectContaining({ severity: 'warning', poolId: 'poc' })]);
    // Without the general pool, the POC pays its own spend: nothing stranded (it may still forfeit).
    expect(issues({ lines, pools: [latePoc] }, 'EARMARKED_STRANDED')).toEqual([]);
  });

  it('EU_RESIDENCY: lines outside eu-* when the company requires EU residency', () => {
    const lines = [flat('us', 1, { region: 'us-east-1' }), flat('eu', 1, { region: 'eu-central-1' })];
    expect(issues({ lines, company: { euDataResidency: true } }, 'EU_RESIDENCY')).toEqual([
      expect.objectContaining({ severity: 'warning', lineId: 'us', field: 'region' }),
    ]);
    expect(issues({ lines, company: { euDataResidency: false } }, 'EU_RESIDENCY')).toEqual([]);
  });

  it('PRICE_MISSING: a model or instance without a price is an error, never a silent zero', () => {
    const lines = [
      { id: 'x', kind: 'bedrock', model: 'no-such-model', inputTokensPerDay: 1e6 },
      { id: 'p5e', kind: 'training', instanceType: 'ml.p5e.48xlarge', hoursPerRun: 10 },
      flat('ok', 100),
    ];
    const r = engine.computeScenario(workbook({ lines }), 's');
    const missing = r.issues.filter((i) => i.code === 'PRICE_MISSING');
    expect(missing.map((i) => [i.lineId, i.field, i.severity])).toEqual([
      ['x', 'model', 'error'],
      ['p5e', 'instanceType', 'error'],
    ]);
    // The rest still computes.
    expect(r.lines[2].total).toBeCloseTo(2_400, 9);
    // An override fixes it: 10 h x $100 = 1,000 a month.
    const fixed = engine.computeScenario(
      workbook({ lines: [lines[1]], priceOverrides: { 'instance/p5e.48xlarge': { sagemakerTraining: 100 } } }),
      's',
    );
    expect(fixed.issues.filter((i) => i.code === 'PRICE_MISSING')).toEqual([]);
    expect(fixed.lines[0].monthly[0]).toBeCloseTo(1_000, 9);
  });

  it('EXPR_ERROR: bad expressions and assumption cycles are flagged while the rest computes', () => {
    const r = engine.computeScenario(
      workbook({
        assumptions: [
          { name: 'a', expr: 'b + 1' },
          { name: 'b', expr: 'a * 2' },
          { name: 'ok', expr: '100' },
          { name: 'c', expr: 'a + ok' },
        ],
        lines: [
          flat('unknown', 'nope * 2'),
          flat('cycle', 'c * 3'),
          flat('syntax', '(1 + '),
          flat('div', '1 / (2 - m)'),
          flat('negative', '-5'),
          flat('fine', 'ok * 2'),
        ],
        horizonMonths: 4,
      }),
      's',
    );
    const errors = r.issues.filter((i) => i.code === 'EXPR_ERROR');
    const where = errors.map((i) => i.assumption ?? `${i.lineId}.${i.field}`);
    expect(where).toEqual([
      'a',
      'b',
      'c',
      'unknown.monthlyCost',
      'cycle.monthlyCost',
      'syntax.monthlyCost',
      'div.monthlyCost',
      'negative.monthlyCost',
    ]);
    const words = errors.map((i) => issueMessage(i, namesFrom(r)));
    expect(errors[0].params).toEqual({ problem: 'circular', cycle: ['a', 'b', 'a'] });
    expect(words[0]).toBe('a: circular reference: a -> b -> a');
    expect(errors[2].params).toEqual({ problem: 'uses-failed', name: 'a' });
    expect(words[2]).toBe('c: uses "a", which has an error');
    expect(words[3]).toMatch(/^unknown: Monthly cost: .*nope/);
    // 1 / (2 - m) is 0.5, then 1, then infinite in month 2 (2027-03): (2 - m) is the zero divisor.
    expect(errors[6].params).toEqual({ problem: 'divides-by-zero', divisor: '(2 - m)', month: 2 });
    expect(words[6]).toBe('div: Monthly cost: divides by (2 - m), which is 0 in Mar 2027 (month 2)');
    // A constant out of bounds says so without a month.
    expect(words[7]).toBe('negative: Monthly cost: must not be negative (is -5)');
    // The good line: 200 a month x 4.
    expect(r.lines[5].total).toBeCloseTo(800, 9);
    expect(r.lines[0].total).toBe(0);
  });

  it('EXPR_ERROR: a monthly cost too large to add up is an error, not an infinite total', () => {
    const r = engine.computeScenario(
      workbook({ lines: [flat('huge', 1e308), flat('fine', 10)], horizonMonths: 12 }),
      's',
    );
    expect(r.issues.filter((i) => i.code === 'EXPR_ERROR').map((i) => i.lineId)).toEqual(['huge']);
    // 12 x 10 = 120: the rest computes and every total is finite.
    expect(r.kpis.totalCost).toBeCloseTo(120, 9);
  });
});
