// A range is saved in the file and read back unchanged; a file without ranges is untouched by them.
import { describe, expect, it } from 'vitest';
import { parseWorkbookText, serializeWorkbook } from '../../../shared/io';
import { seriesA, withRanges } from './series-a';

describe('ranges in the file', () => {
  it('round-trips every distribution, byte for byte on the second save', () => {
    const workbook = withRanges(seriesA(), {
      growth: { distribution: 'uniform', low: 0, high: 0.1 },
      tokens_in_per_day: { distribution: 'triangular', low: 4e6, mode: 6e6, high: 9e6 },
      poc_months: { distribution: 'normal', mean: 12, sd: 3, low: 6, high: 18 },
      tokens_out_per_day: { distribution: 'lognormal', mean: 1.15e6, sd: 3e5 },
    });
    const text = serializeWorkbook(workbook);
    const loaded = parseWorkbookText(text);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    const growth = loaded.workbook.scenarios[0].assumptions.find((a) => a.name === 'growth');
    expect(growth?.range).toEqual({ distribution: 'uniform', low: 0, high: 0.1 });
    expect(loaded.workbook.scenarios[0].assumptions.find((a) => a.name === 'tokens_out_per_day')?.range).toEqual({
      distribution: 'lognormal',
      mean: 1.15e6,
      sd: 3e5,
    });
    expect(serializeWorkbook(loaded.workbook)).toBe(text);
    expect(text).toContain('"range": {\n');
  });

  it('an assumption without a range is written without the field', () => {
    expect(serializeWorkbook(seriesA())).not.toContain('"range"');
  });
});
