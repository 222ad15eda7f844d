import { describe, expect, it } from 'vitest';
import { bundledPriceBook, createPriceResolver, type PriceLookup } from '../../../shared/prices';

const book = bundledPriceBook();
const bundled = createPriceResolver(book, {}, null);

function value<T>(r: PriceLookup<T>): T {
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

describe('Bedrock lookup', () => {
  it('finds the worked prices', () => {
    expect(value(bundled.bedrock('claude-sonnet-4', 'global'))).toMatchObject({ input: 3, output: 15 });
    expect(value(bundled.bedrock('claude-opus-4-1', 'global'))).toMatchObject({ input: 15, output: 75 });
    expect(value(bundled.bedrock('claude-3-haiku', 'global'))).toMatchObject({
      input: 0.25,
      output: 1.25,
      cacheRead: 0.025,
    });
  });

  it('uses regional prices for a regional line when the model has them', () => {
    const global = bundled.bedrock('claude-haiku-4-5', 'global');
    const regional = bundled.bedrock('claude-haiku-4-5', 'regional');
    expect(value(global)).toMatchObject({ input: 1, output: 5, cacheRead: 0.1 });
    // Regional batch is listed (0.55/2.75), so nothing is derived there.
    expect(regional).toEqual({
      ok: true,
      key: 'bedrock/claude-haiku-4-5',
      // Cache write 1.375 = 1.25 (book, global) x the book's regional ratio 1.1 (rev 2).
      value: { input: 1.1, output: 5.5, batchInput: 0.55, batchOutput: 2.75, cacheRead: 0.11, cacheWrite: 1.375 },
      derived: [],
      notes: [],
      earlier: [],
    });
    // Global batch is not listed: 50% of 1/5 = 0.5/2.5, derived.
    expect(value(global)).toMatchObject({ batchInput: 0.5, batchOutput: 2.5 });
    expect(global.ok && global.derived).toHaveLength(2);
  });

  it('falls back to global prices for a regional line of a model without regional prices', () => {
    expect(value(bundled.bedrock('claude-sonnet-4', 'regional'))).toMatchObject({ input: 3, output: 15 });
  });

  it('derives batch at 50% of on-demand where no batch price is listed, and says so', () => {
    const r = bundled.bedrock('claude-sonnet-4', 'global');
    // 3 x 0.5 = 1.5; 15 x 0.5 = 7.5
    expect(value(r)).toEqual({
      input: 3,
      output: 15,
      batchInput: 1.5,
      batchOutput: 7.5,
      cacheRead: 0.3,
      cacheWrite: 3.75,
    });
    expect(r.ok && r.derived.map((d) => d.split(':')[0])).toEqual(['batchInput', 'batchOutput']);
  });

  it('uses the listed batch price where there is one (Claude 3 Haiku 0.125/0.625)', () => {
    const r = bundled.bedrock('claude-3-haiku', 'global');
    expect(value(r)).toMatchObject({ batchInput: 0.125, batchOutput: 0.625 });
    expect(r.ok && r.derived).toEqual([]);
  });

  it('returns a null cache-read price for a model without one', () => {
    expect(value(bundled.bedrock('llama3-3-70b', 'global')).cacheRead).toBeNull();
  });

  it('refuses unknown and unpriced models with a message naming the model and the fix', () => {
    const unknown = bundled.bedrock('claude-9', 'global');
    expect(unknown).toEqual({
      ok: false,
      key: 'bedrock/claude-9',
      message: 'unknown Bedrock model claude-9: not in the price book (2026-08); add a price override',
    });
    const rerank = bundled.bedrock('cohere-rerank-3-5', 'global');
    expect(rerank.ok).toBe(false);
    expect(!rerank.ok && rerank.message).toBe(
      'no Bedrock input and output price for cohere-rerank-3-5 in the price book (2026-08); add a price override',
    );
  });

  it('looks ids up case-sensitively', () => {
    expect(bundled.bedrock('Claude-Sonnet-4', 'global').ok).toBe(false);
  });
});

describe('instance lookup', () => {
  it('accepts the "ml." prefix', () => {
    const r = bundled.instance('ml.p4d.24xlarge', 'ec2');
    expect(r).toEqual({
      ok: true,
      key: 'instance/p4d.24xlarge',
      value: 21.957642,
      derived: [],
      notes: [],
      earlier: [
        {
          through: '2025-05',
          value: 32.7726,
          status: 'legacy',
          note: 'list price before the June 2025 P4/P5 price cut',
        },
      ],
    });
  });

  it('gives the SageMaker P-family price as EC2 x 1.15, labelled derived', () => {
    const r = bundled.instance('p4d.24xlarge', 'sagemakerTraining');
    // Hand arithmetic: 21.957642 x 1.15 = 21.957642 + 3.2936463 = 25.2512883
    expect(r.ok && r.value).toBeCloseTo(25.2512883, 9);
    expect(r.ok && r.derived).toEqual(['sagemakerTraining: EC2 on-demand x 1.15']);
  });

  it('gives a sourced SageMaker price without a derived label', () => {
    expect(bundled.instance('ml.g5.xlarge', 'sagemakerTraining')).toEqual({
      ok: true,
      key: 'instance/g5.xlarge',
      value: 1.408,
      derived: [],
      notes: [],
      earlier: [],
    });
  });

  it('refuses p5e training: no price, and no silent zero', () => {
    expect(bundled.instance('ml.p5e.48xlarge', 'sagemakerTraining')).toEqual({
      ok: false,
      key: 'instance/p5e.48xlarge',
      message: 'no SageMaker training price for p5e.48xlarge in the price book (2026-08); add a price override',
    });
  });

  it('refuses unknown instance types', () => {
    const r = bundled.instance('ml.x9.huge', 'ec2');
    expect(r).toEqual({
      ok: false,
      key: 'instance/x9.huge',
      message: 'unknown instance type x9.huge: not in the price book (2026-08); add a price override',
    });
  });
});

describe('service item lookup', () => {
  it('gives the unit price with its unit and category', () => {
    expect(bundled.serviceItem('opensearch-serverless-ocu')).toEqual({
      ok: true,
      key: 'service/opensearch-serverless-ocu',
      value: { price: 0.24, unit: 'USD per OCU-hour', category: 'opensearch-serverless' },
      derived: [],
      notes: [],
      earlier: [],
    });
  });

  it('refuses an unpriced item', () => {
    const r = bundled.serviceItem('cloudtrail-lake-ingest');
    expect(!r.ok && r.message).toBe(
      'no price for service item cloudtrail-lake-ingest in the price book (2026-08); add a price override',
    );
  });
});

describe('override > snapshot > bundled', () => {
  const snapshot = {
    'bedrock/claude-sonnet-4': { input: 2.5, output: 12 },
    'instance/p4d.24xlarge': { ec2: 30, sagemakerTraining: 31 },
    'service/s3-standard': { price: 0.02 },
  };
  const overrides = {
    'bedrock/claude-sonnet-4': { input: 2 },
    'instance/p4d.24xlarge': { sagemakerTraining: 25.25 },
  };
  const r = createPriceResolver(book, overrides, snapshot);

  it('takes each field from the first of override, snapshot, book that has it', () => {
    // input from the override (2), output from the snapshot (12), batch derived from the
    // effective prices: 2 x 0.5 = 1, 12 x 0.5 = 6. The overridden input carries to the cache
    // prices at the stored ratios (rev 2): read 2 x 0.3 / 2.5 = 0.24, write 2 x 3.75 / 2.5 = 3.
    const sonnet = value(r.bedrock('claude-sonnet-4', 'global'));
    expect(sonnet).toMatchObject({ input: 2, output: 12, batchInput: 1, batchOutput: 6 });
    expect(sonnet.cacheRead).toBeCloseTo(0.24, 12);
    expect(sonnet.cacheWrite).toBeCloseTo(3, 12);
    expect(r.instance('p4d.24xlarge', 'sagemakerTraining')).toEqual({
      ok: true,
      key: 'instance/p4d.24xlarge',
      value: 25.25,
      derived: [],
      notes: [],
      earlier: [],
    });
    expect(value(r.instance('ml.p4d.24xlarge', 'ec2'))).toBe(30);
    expect(value(r.instance('p4d.24xlarge', 'sagemakerInference'))).toBeCloseTo(25.2512883, 9);
    expect(value(r.serviceItem('s3-standard')).price).toBe(0.02);
    expect(value(r.serviceItem('lambda-requests')).price).toBe(0.2);
  });

  it('lets an override of zero stand (a free price is a price)', () => {
    const free = createPriceResolver(book, { 'instance/g5.xlarge': { ec2: 0 } }, null);
    expect(free.instance('g5.xlarge', 'ec2')).toEqual({
      ok: true,
      key: 'instance/g5.xlarge',
      value: 0,
      derived: [],
      notes: [],
      earlier: [],
    });
  });

  it('fixes a missing price with an override, also for ids the book does not know', () => {
    const fixed = createPriceResolver(
      book,
      {
        'instance/p5e.48xlarge': { sagemakerTraining: 120 },
        'bedrock/my-model': { input: 1, output: 2 },
        'service/my-item': { price: 3 },
      },
      null,
    );
    expect(value(fixed.instance('ml.p5e.48xlarge', 'sagemakerTraining'))).toBe(120);
    expect(value(fixed.bedrock('my-model', 'regional'))).toEqual({
      input: 1,
      output: 2,
      batchInput: 0.5,
      batchOutput: 1,
      cacheRead: null,
      cacheWrite: null,
    });
    expect(value(fixed.serviceItem('my-item'))).toEqual({ price: 3, unit: 'USD per unit', category: 'other' });
  });

  it('accepts an override keyed with the "ml." prefix', () => {
    const ml = createPriceResolver(book, { 'instance/ml.g5.xlarge': { sagemakerInference: 1.5 } }, null);
    expect(value(ml.instance('g5.xlarge', 'sagemakerInference'))).toBe(1.5);
  });

  it('applies the snapshot (global prices) but not to the regional prices of a model that has them; overrides carry', () => {
    const snap = createPriceResolver(book, {}, { 'bedrock/claude-haiku-4-5': { input: 0.9, output: 4.5 } });
    expect(value(snap.bedrock('claude-haiku-4-5', 'global'))).toMatchObject({ input: 0.9, output: 4.5 });
    expect(value(snap.bedrock('claude-haiku-4-5', 'regional'))).toMatchObject({ input: 1.1, output: 5.5 });
    // Overrides apply to both scopes.
    const over = createPriceResolver(book, { 'bedrock/claude-haiku-4-5': { input: 0.9 } }, null);
    // ... and carry to the regional endpoint at the book's premium (rev 2): 0.9 x 1.1/1 = 0.99.
    expect(value(over.bedrock('claude-haiku-4-5', 'regional')).input).toBeCloseTo(0.99, 12);
  });
});
