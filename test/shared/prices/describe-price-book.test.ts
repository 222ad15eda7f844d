import { describe, expect, it } from 'vitest';
import { bundledPriceBook, describePriceBook } from '../../../shared/prices';

const rows = describePriceBook(bundledPriceBook());
const row = (id: string, field: string) => rows.find((r) => r.id === id && r.field === field);

describe('describePriceBook', () => {
  it('prints Bedrock prices with the batch price the lookup would derive', () => {
    expect(row('claude-sonnet-4', 'input')).toEqual({
      kind: 'bedrock', id: 'claude-sonnet-4', name: 'Claude Sonnet 4', field: 'input', price: 3, unit: 'USD per 1M tokens', status: 'sourced', asOf: '2026-07-24',
    });
    // 15 x 0.5 = 7.5
    expect(row('claude-sonnet-4', 'batchOutput')).toMatchObject({ price: 7.5, status: 'derived' });
    expect(row('claude-3-haiku', 'batchInput')).toMatchObject({ price: 0.125, status: 'conflicting' });
    expect(row('claude-haiku-4-5', 'regional.output')).toMatchObject({ price: 5.5 });
    expect(row('llama3-3-70b', 'cacheRead')).toBeUndefined();
    expect(row('cohere-rerank-3-5', 'batchInput')).toMatchObject({ price: null, status: 'unsourced' });
  });

  it('prints three rows per instance type and one per service item', () => {
    expect(rows.filter((r) => r.kind === 'instance')).toHaveLength(18 * 3);
    expect(rows.filter((r) => r.kind === 'service')).toHaveLength(13);
    expect(row('p5e.48xlarge', 'sagemakerTraining')).toMatchObject({ price: null, status: 'unsourced', unit: 'USD per instance-hour' });
    expect(row('s3-standard', 'price')).toMatchObject({ kind: 'service', price: 0.023, unit: 'USD per GB-month' });
  });
});
