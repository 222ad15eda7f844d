// The assumptions grid's range cells: one field at a time, refused when the range would be impossible.
import { describe, expect, it } from 'vitest';
import { editRangeField } from '../../../shared/ranges';

describe('editRangeField', () => {
  it('picking a distribution fills it around the point value', () => {
    // growth = 0.03: half of it either side -> 0.015 / 0.03 / 0.045.
    expect(editRangeField(undefined, 0.03, 'rangeKind', 'triangular')).toEqual({
      ok: true,
      range: { distribution: 'triangular', low: 0.015, mode: 0.03, high: 0.045 },
    });
    expect(editRangeField(undefined, 0.03, 'rangeKind', 'uniform')).toEqual({
      ok: true,
      range: { distribution: 'uniform', low: 0.015, high: 0.045 },
    });
    // normal: mean 0.03, sd a quarter of it (0.0075), no truncation.
    expect(editRangeField(undefined, 0.03, 'rangeKind', 'normal')).toEqual({
      ok: true,
      range: { distribution: 'normal', mean: 0.03, sd: 0.0075 },
    });
    expect(editRangeField({ distribution: 'uniform', low: 0, high: 1 }, 0.03, 'rangeKind', 'none')).toEqual({
      ok: true,
      range: undefined,
    });
  });

  it('switching keeps low and high, and the likely value where there is one', () => {
    expect(editRangeField({ distribution: 'uniform', low: 0, high: 0.1 }, 0.03, 'rangeKind', 'triangular')).toEqual({
      ok: true,
      range: { distribution: 'triangular', low: 0, mode: 0.05, high: 0.1 },
    });
    expect(
      editRangeField({ distribution: 'triangular', low: 0, mode: 0.02, high: 0.1 }, 0.03, 'rangeKind', 'normal'),
    ).toEqual({
      ok: true,
      range: { distribution: 'normal', mean: 0.02, sd: 0.005, low: 0, high: 0.1 },
    });
  });

  it('edits one field and refuses an impossible range with the field named', () => {
    const tri = { distribution: 'triangular', low: 0, mode: 0.03, high: 0.1 } as const;
    expect(editRangeField(tri, 0.03, 'rangeHigh', '0.2')).toEqual({ ok: true, range: { ...tri, high: 0.2 } });
    expect(editRangeField(tri, 0.03, 'rangeLikely', '0.5')).toEqual({
      ok: false,
      message: 'mode must be between low and high',
    });
    expect(editRangeField(tri, 0.03, 'rangeLow', 'abc')).toEqual({
      ok: false,
      message: 'low must be a number, not "abc"',
    });
    expect(editRangeField({ distribution: 'uniform', low: 0, high: 1 }, 0.03, 'rangeLikely', '0.5')).toEqual({
      ok: false,
      message: 'a uniform range has no likely',
    });
    expect(editRangeField(undefined, 0.03, 'rangeLow', '0.5')).toEqual({
      ok: false,
      message: 'choose a distribution first',
    });
    expect(editRangeField(undefined, 0.03, 'rangeKind', 'beta').ok).toBe(false);
  });

  it('an empty low or high on a bell removes that truncation', () => {
    const cut = { distribution: 'normal', mean: 12, sd: 3, low: 6, high: 18 } as const;
    expect(editRangeField(cut, 12, 'rangeLow', '')).toEqual({
      ok: true,
      range: { distribution: 'normal', mean: 12, sd: 3, high: 18 },
    });
    expect(editRangeField(cut, 12, 'rangeSd', '0')).toEqual({ ok: false, message: 'sd must be greater than 0' });
  });
});
