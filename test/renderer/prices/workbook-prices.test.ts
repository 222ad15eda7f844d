import { describe, expect, it } from 'vitest';
import { setPriceOverride, workbookPrices } from '../../../renderer/src/features/prices/workbook-prices';
import { gridWorkbook } from '../grids/fixtures';
import type { Workbook } from '../../../shared/model';

function withLines(lines: Record<string, unknown>[], overrides: Workbook['priceOverrides'] = {}): Workbook {
  const wb = gridWorkbook();
  const s = wb.scenarios[0];
  return { ...wb, priceOverrides: overrides, scenarios: [{ ...s, lines: lines.map((l) => ({ ...s.lines[0], ...l }) as never) }] };
}

describe('workbook prices', () => {
  it('lists each price a line uses once, with value, unit, date, source and status', () => {
    const rows = workbookPrices(gridWorkbook());
    const byId = new Map(rows.map((r) => [r.id, r]));
    // Summaries: Claude Sonnet 4 on demand, $3 / $15 per 1M tokens (price book 2026-07-24).
    expect(byId.get('bedrock/claude-sonnet-4#input')).toMatchObject({ value: 3, unit: 'USD per 1M tokens', status: 'listed', asOf: '2026-07-24', usedBy: ['Summaries'] });
    expect(byId.get('bedrock/claude-sonnet-4#output')).toMatchObject({ value: 15, status: 'listed' });
    // Fine-tune runs on SageMaker (the default platform): the book derives it as EC2 x 1.15.
    const train = byId.get('instance/p4d.24xlarge#sagemakerTraining')!;
    expect(train.status).toBe('derived');
    expect(train.value).toBeCloseTo(21.957642 * 1.15, 4);
    expect(train.unit).toBe('USD per hour');
    // The vector index has a monthly cost: it uses no price.
    expect(rows.some((r) => r.usedBy.includes('Vector index'))).toBe(false);
  });

  it('marks batch prices the book does not list as derived (50% of on-demand) and overrides as overrides', () => {
    const rows = workbookPrices(withLines([{ id: 'b', name: 'Batch job', kind: 'bedrock', model: 'claude-sonnet-4', batchShare: 0.5 }], { 'bedrock/claude-sonnet-4': { input: 6 } }));
    const byId = new Map(rows.map((r) => [r.field, r]));
    expect(byId.get('batchOutput')).toMatchObject({ value: 7.5, status: 'derived' });
    expect(byId.get('input')).toMatchObject({ value: 6, status: 'override' });
  });

  it('shows a model the book does not have as unsourced with no value', () => {
    const rows = workbookPrices(withLines([{ id: 'x', name: 'Mystery', kind: 'bedrock', model: 'my-model' }]));
    expect(rows.map((r) => [r.id, r.value, r.status])).toEqual([
      ['bedrock/my-model#input', null, 'unsourced'],
      ['bedrock/my-model#output', null, 'unsourced'],
    ]);
  });

  it('sets and clears an override, never leaving an empty entry, and refuses a negative price', () => {
    const wb = gridWorkbook();
    const set = setPriceOverride(wb, 'bedrock/claude-sonnet-4', 'input', 6);
    expect(set.priceOverrides).toEqual({ 'bedrock/claude-sonnet-4': { input: 6 } });
    expect(setPriceOverride(set, 'bedrock/claude-sonnet-4', 'input', 6)).toBe(set);
    const cleared = setPriceOverride(set, 'bedrock/claude-sonnet-4', 'input', null);
    expect(cleared.priceOverrides).toEqual({});
    expect(setPriceOverride(wb, 'bedrock/claude-sonnet-4', 'input', null)).toBe(wb);
    expect(() => setPriceOverride(wb, 'bedrock/claude-sonnet-4', 'input', -1)).toThrow('0 or more');
  });
});
