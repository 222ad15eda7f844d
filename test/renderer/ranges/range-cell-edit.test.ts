// Range cells of the assumptions grid change the workbook; "none" removes the field entirely.
import { describe, expect, it } from 'vitest';
import { serializeWorkbook } from '../../../shared/io';
import { applyAssumptionCellEdit } from '../../../renderer/src/features/assumptions/assumption-cell-edit';
import { seriesA } from '../../shared/ranges/series-a';

describe('range cells', () => {
  it('set a range, change one end, then remove it', () => {
    const start = seriesA();
    const growth = (wb: typeof start) => wb.scenarios[0].assumptions.find((a) => a.name === 'growth')!;
    // growth = 0.03: triangular 0.015 / 0.03 / 0.045.
    let wb = applyAssumptionCellEdit(start, 'stack', 'growth', 'rangeKind', 'triangular').workbook;
    expect(growth(wb).range).toEqual({ distribution: 'triangular', low: 0.015, mode: 0.03, high: 0.045 });
    wb = applyAssumptionCellEdit(wb, 'stack', 'growth', 'rangeHigh', '0.09').workbook;
    expect(growth(wb).range).toEqual({ distribution: 'triangular', low: 0.015, mode: 0.03, high: 0.09 });
    // Other scenarios are untouched.
    expect(wb.scenarios[1]).toBe(start.scenarios[1]);
    expect(() => applyAssumptionCellEdit(wb, 'stack', 'growth', 'rangeLikely', '1')).toThrow(
      'mode must be between low and high',
    );
    wb = applyAssumptionCellEdit(wb, 'stack', 'growth', 'rangeKind', 'none').workbook;
    expect('range' in growth(wb)).toBe(false);
    expect(serializeWorkbook(wb)).toBe(serializeWorkbook(start));
  });
});
