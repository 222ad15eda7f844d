import { describe, expect, it } from 'vitest';
import { bundledPriceBook, describePriceBook } from '../../../shared/prices';

const rows = describePriceBook(bundledPriceBook());
const row = (id: string, field: string) =>
  rows.find((r) => r.id === id && r.field === field && r.region === 'us-east-1' && !r.effective.startsWith('through'));

describe('describePriceBook', () => {
  it('prints Bedrock prices with the batch price the lookup would derive', () => {
    expect(row('claude-sonnet-4', 'input')).toEqual({
      kind: 'bedrock',
      id: 'claude-sonnet-4',
      name: 'Claude Sonnet 4',
      field: 'input',
      price: 3,
      unit: 'USD per 1M tokens',
      status: 'sourced',
      region: 'us-east-1',
      effective: '',
      asOf: '2026-07-24',
    });
    // 15 x 0.5 = 7.5
    expect(row('claude-sonnet-4', 'batchOutput')).toMatchObject({ price: 7.5, status: 'derived' });
    expect(row('claude-3-haiku', 'batchInput')).toMatchObject({ price: 0.125, status: 'conflicting' });
    expect(row('claude-haiku-4-5', 'regional.output')).toMatchObject({ price: 5.5 });
    expect(row('llama3-3-70b', 'cacheRead')).toBeUndefined();
    expect(row('cohere-rerank-3-5', 'batchInput')).toMatchObject({ price: null, status: 'unsourced' });
  });

  it('prints three rows per instance type and one per service item', () => {
    // The book's own prices; regional and dated rows come on top of these.
    expect(
      rows.filter((r) => r.kind === 'instance' && r.region === 'us-east-1' && !r.effective.startsWith('through')),
    ).toHaveLength(18 * 3);
    expect(rows.filter((r) => r.kind === 'service')).toHaveLength(13);
    expect(row('p5e.48xlarge', 'sagemakerTraining')).toMatchObject({
      price: null,
      status: 'unsourced',
      unit: 'USD per instance-hour',
    });
    expect(row('s3-standard', 'price')).toMatchObject({ kind: 'service', price: 0.023, unit: 'USD per GB-month' });
  });

  it('prints regional rows with their region and dated rows with the months they apply to (rev 2)', () => {
    const of = (id: string, field: string, region: string, effective: string) =>
      rows.filter((r) => r.id === id && r.field === field && r.region === region && r.effective === effective);
    // Nova Pro's eu row lists $1.05 / $4.20; batch at the book's ratio 0.40 / 0.80: 1.05 x 0.5 = 0.525.
    expect(of('nova-pro', 'input', 'eu', '')).toEqual([
      expect.objectContaining({ price: 1.05, status: 'listed', asOf: '2026-07-24' }),
    ]);
    expect(of('nova-pro', 'batchInput', 'eu', '')).toEqual([
      expect.objectContaining({ price: 0.525, status: 'derived' }),
    ]);
    // Sonnet 5: the launch promotion $2 / $10 through 2026-08; the entry's own $3 / $15 from 2026-09.
    expect(of('claude-sonnet-5', 'input', 'us-east-1', 'through 2026-08')).toEqual([
      expect.objectContaining({ price: 2, status: 'promotion' }),
    ]);
    expect(of('claude-sonnet-5', 'regional.output', 'us-east-1', 'through 2026-08')).toEqual([
      expect.objectContaining({ price: 11, status: 'promotion' }),
    ]);
    expect(of('claude-sonnet-5', 'input', 'us-east-1', 'from 2026-09')).toEqual([
      expect.objectContaining({ price: 3, status: 'sourced' }),
    ]);
    // Every dated row of the book shows up with its own status (promotion or legacy).
    const book = bundledPriceBook();
    const datedStatuses = new Set(
      [...book.models, ...book.instances].flatMap((e) => (e.dated ?? []).map((d) => d.status)),
    );
    const printed = new Set(rows.filter((r) => r.effective.startsWith('through')).map((r) => r.status));
    expect(printed).toEqual(datedStatuses);
    expect(printed.has('legacy')).toBe(true);
  });
});
