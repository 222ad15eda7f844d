import { describe, expect, it } from 'vitest';
import { createQuantityPreview } from '../../../renderer/src/features/lines/quantity-preview';

const scenario = (assumptions: { name: string; expr: number | string }[], horizonMonths = 24) =>
  createQuantityPreview({
    startMonth: '2027-01',
    horizonMonths,
    assumptions: assumptions.map((a) => ({ ...a, note: '' })),
  });

describe('quantity preview', () => {
  const preview = scenario([
    { name: 'growth', expr: 0.05 },
    { name: 'base', expr: '10e6' },
  ]);

  it('shows a typed number as it is', () => {
    expect(preview.evaluate(2_000_000, 5)).toEqual({ ok: true, value: 2_000_000, formula: false, varies: false });
  });

  it("evaluates a formula with the scenario's assumptions in the asked month", () => {
    // Month 0: 10e6 * 1.05^0 = 10,000,000.
    const m0 = preview.evaluate('base * (1 + growth)^m', 0);
    expect(m0).toMatchObject({ ok: true, formula: true, varies: true });
    expect(m0.ok && m0.value).toBeCloseTo(10_000_000, 6);
    // Month 2: 10e6 * 1.05^2 = 10e6 * 1.1025 = 11,025,000.
    const m2 = preview.evaluate('base * (1 + growth)^m', 2);
    expect(m2.ok && m2.value).toBeCloseTo(11_025_000, 6);
  });

  it('folds a month-independent formula and clamps the month into the horizon', () => {
    // 2 * 10e6 = 20,000,000, whatever the month.
    expect(preview.evaluate('2 * base', 7)).toEqual({ ok: true, value: 20_000_000, formula: true, varies: false });
    // Horizon 24: month 99 reads month 23, so m = 23.
    expect(preview.evaluate('m', 99)).toMatchObject({ ok: true, value: 23 });
    expect(preview.evaluate('m', -3)).toMatchObject({ ok: true, value: 0 });
  });

  it('reports a formula that cannot be computed instead of a number', () => {
    expect(preview.evaluate('nope * 2', 0)).toEqual({
      ok: false,
      message:
        '"nope" is not an assumption of this scenario (nor m, month or year); check the spelling or add it under Assumptions',
    });
    expect(preview.evaluate('1 +', 0)).toEqual({
      ok: false,
      message: 'the formula ends too soon: a number or a name is missing at the end',
    });
    // 1 / (m - 3) is 1/0 in month 3 (2027-04 of a plan starting 2027-01).
    expect(preview.evaluate('1 / (m - 3)', 3)).toEqual({
      ok: false,
      message: 'divides by (m - 3), which is 0 in Apr 2027 (month 3)',
    });
  });

  it('names a broken assumption a formula depends on', () => {
    const cyclic = scenario([
      { name: 'a', expr: 'b + 1' },
      { name: 'b', expr: 'a + 1' },
    ]);
    expect(cyclic.evaluate('a * 2', 0)).toEqual({ ok: false, message: 'uses "a", which has an error' });
    const a = cyclic.assumption('a');
    expect(a.ok).toBe(false);
    expect(!a.ok && a.message).toContain('circular reference');
  });

  it("gives an assumption's value, or its first and last month when it varies", () => {
    expect(preview.assumption('growth')).toEqual({ ok: true, varies: false, value: 0.05 });
    expect(preview.assumption('base')).toEqual({ ok: true, varies: false, value: 10_000_000 });
    const ramp = scenario([{ name: 'ramp', expr: '100 + 10 * m' }], 12);
    // Month 0: 100; month 11: 100 + 110 = 210.
    expect(ramp.assumption('ramp')).toEqual({ ok: true, varies: true, first: 100, last: 210, min: 100, max: 210 });
    // A month formula that never changes reads as the constant it is.
    expect(scenario([{ name: 'flag', expr: 'year > 2000' }]).assumption('flag')).toEqual({
      ok: true,
      varies: false,
      value: 1,
    });
    expect(preview.assumption('missing').ok).toBe(false);
  });
});
