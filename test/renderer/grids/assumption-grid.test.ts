import { describe, expect, it } from 'vitest';
import { applyAssumptionCellEdit } from '../../../renderer/src/features/assumptions/assumption-cell-edit';
import {
  assumptionValueText,
  assumptionValueTip,
  buildAssumptionColumns,
} from '../../../renderer/src/features/assumptions/assumption-columns';
import { assumptionUses, editAssumption, renameAssumption, renameSymbolInText } from '../../../shared/engine';
import { gridWorkbook, lineOf } from './fixtures';

const wb = gridWorkbook();

describe('renameSymbolInText', () => {
  it('renames the variable and nothing that merely contains it', () => {
    expect(renameSymbolInText('base * (1 + growth)^m', 'growth', 'g')).toBe('base * (1 + g)^m');
    expect(renameSymbolInText('growth2 + my_growth + growth', 'growth', 'g')).toBe('growth2 + my_growth + g');
    // The exponent of 1e5 is not a variable named e5.
    expect(renameSymbolInText('1e5 + e5', 'e5', 'x')).toBe('1e5 + x');
  });
});

describe('renameAssumption', () => {
  it('renames and rewrites every formula of the scenario that used the name', () => {
    const { workbook, rewritten } = renameAssumption(wb, 's', 'growth', 'traffic_growth');
    expect(rewritten).toBe(1);
    expect(workbook.scenarios[0].assumptions.map((a) => a.name)).toEqual(['traffic_growth', 'base']);
    expect(lineOf(workbook, 'llm')).toMatchObject({ inputTokensPerDay: 'base * (1 + traffic_growth)^m' });
    // Lines without the name are the same objects.
    expect(lineOf(workbook, 'train')).toBe(lineOf(wb, 'train'));
  });
  it('refuses names formulas cannot use', () => {
    expect(() => renameAssumption(wb, 's', 'growth', 'base')).toThrow('there is already an assumption named "base"');
    expect(() => renameAssumption(wb, 's', 'growth', 'max')).toThrow('"max" is a reserved word');
    expect(() => renameAssumption(wb, 's', 'growth', 'm')).toThrow('"m" is a reserved word');
    expect(() => renameAssumption(wb, 's', 'growth', '2fast')).toThrow('"2fast" is not a usable name');
  });
  it('counts the formulas using a name', () => {
    expect(assumptionUses(wb.scenarios[0], 'base')).toBe(1);
    expect(assumptionUses(wb.scenarios[0], 'nothing')).toBe(0);
  });
});

describe('assumption cell edits', () => {
  it('stores a typed value (or percentage) as a number and a formula verbatim; cleared is 0', () => {
    const a = (w: typeof wb) => w.scenarios[0].assumptions[0];
    expect(a(applyAssumptionCellEdit(wb, 's', 'growth', 'expr', '3%').workbook).expr).toBe(0.03);
    expect(a(applyAssumptionCellEdit(wb, 's', 'growth', 'expr', '0.04').workbook).expr).toBe(0.04);
    expect(a(applyAssumptionCellEdit(wb, 's', 'growth', 'expr', '0.04 + m / 1000').workbook).expr).toBe(
      '0.04 + m / 1000',
    );
    expect(a(applyAssumptionCellEdit(wb, 's', 'growth', 'expr', null).workbook).expr).toBe(0);
    expect(applyAssumptionCellEdit(wb, 's', 'growth', 'expr', '0.05').workbook).toBe(wb);
  });
  it('refuses text past the limits', () => {
    expect(() => editAssumption(wb, 's', 'growth', { expr: 'x'.repeat(1001) })).toThrow(
      'Value or formula: expression must be at most 1000 characters',
    );
  });
  it('keeps an empty name from renaming', () => {
    expect(applyAssumptionCellEdit(wb, 's', 'growth', 'name', '  ').workbook).toBe(wb);
  });
});

describe('computed value', () => {
  it('reads a constant, a varying driver and an error', () => {
    expect(assumptionValueText({ ok: true, varies: false, value: 10_000_000 })).toBe('10,000,000');
    expect(assumptionValueText({ ok: true, varies: false, value: 0.035 })).toBe('0.035');
    expect(assumptionValueText({ ok: true, varies: true, first: 100, last: 210, min: 100, max: 210 })).toBe(
      'varies: 100 → 210',
    );
    expect(assumptionValueText({ ok: false, message: 'circular reference: a -> b -> a' })).toBe(
      'Error: circular reference: a -> b -> a',
    );
    expect(
      assumptionValueTip({ ok: true, varies: true, first: 100, last: 210, min: 100, max: 210 }, '2027-01', 12),
    ).toBe('Changes month to month:\nJan 2027: 100\nDec 2027: 210\nlowest 100, highest 210');
  });
  it('has the column ids the tests and the issues panel use', () => {
    expect(buildAssumptionColumns('2027-01', 24).map((c) => c.colId)).toEqual([
      'name',
      'expr',
      'value',
      'rangeKind',
      'rangeLow',
      'rangeLikely',
      'rangeHigh',
      'rangeSd',
      'note',
    ]);
  });
});
