// Each distribution's inverse, checked at hand-computed points, and its draws' moments.
import { describe, expect, it } from 'vitest';
import { rangeSchema, type AssumptionRange } from '../../../shared/model';
import { rangeDrawProblem, rangeEnds, rangeQuantile, uniformDraw } from '../../../shared/ranges';
import { normalCdf, normalQuantile } from '../../../shared/ranges/normal';

function moments(r: AssumptionRange, n = 200_000): { mean: number; sd: number; min: number; max: number } {
  let sum = 0;
  let sum2 = 0;
  let min = Infinity;
  let max = -Infinity;
  for (let i = 0; i < n; i++) {
    const v = rangeQuantile(r, uniformDraw(3, i, 5));
    sum += v;
    sum2 += v * v;
    min = Math.min(min, v);
    max = Math.max(max, v);
  }
  const mean = sum / n;
  return { mean, sd: Math.sqrt(sum2 / n - mean * mean), min, max };
}

describe('normal distribution function', () => {
  it('matches tabulated values', () => {
    // Phi(0) = 1/2; Phi(1) = 0.841344746068543; Phi(-1.959963984540054) = 0.025 (the 95% two-sided point).
    expect(normalCdf(0)).toBe(0.5);
    expect(normalCdf(1)).toBeCloseTo(0.841344746068543, 14);
    expect(normalCdf(-1.959963984540054)).toBeCloseTo(0.025, 14);
    // Absolute error, not relative: Marsaglia's series is accurate to about 1e-15 in the tails.
    expect(normalCdf(-5)).toBeCloseTo(2.866515718791939e-7, 15);
  });
  it('inverts', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959963984540054, 9);
    expect(normalQuantile(0.5)).toBeCloseTo(0, 12);
    for (const p of [1e-9, 0.001, 0.1, 0.3, 0.7, 0.999]) expect(normalCdf(normalQuantile(p))).toBeCloseTo(p, 12);
  });
});

describe('rangeQuantile', () => {
  it('uniform: low + u (high - low)', () => {
    // 0.02 + 0.25 x (0.10 - 0.02) = 0.04
    expect(rangeQuantile({ distribution: 'uniform', low: 0.02, high: 0.1 }, 0.25)).toBeCloseTo(0.04, 15);
  });
  it('triangular: the two square-root branches meet at the mode', () => {
    const r: AssumptionRange = { distribution: 'triangular', low: 0, mode: 1, high: 4 };
    // F(mode) = (1 - 0)/(4 - 0) = 0.25, so u = 0.25 is the mode: 0 + sqrt(0.25 x 4 x 1) = 1.
    expect(rangeQuantile(r, 0.25)).toBeCloseTo(1, 12);
    // u = 0.0625: sqrt(0.0625 x 4 x 1) = 0.5.
    expect(rangeQuantile(r, 0.0625)).toBeCloseTo(0.5, 12);
    // u = 0.625: 4 - sqrt(0.375 x 4 x 3) = 4 - sqrt(4.5) = 1.8786796564...
    expect(rangeQuantile(r, 0.625)).toBeCloseTo(4 - Math.sqrt(4.5), 12);
    // Mean (0 + 1 + 4)/3 = 5/3; variance (0 + 1 + 16 - 0 - 0 - 4)/18 = 13/18.
    const m = moments(r);
    expect(m.mean).toBeCloseTo(5 / 3, 2);
    expect(m.sd).toBeCloseTo(Math.sqrt(13 / 18), 2);
  });
  it('normal: mean and sd; truncation keeps every draw inside and moves the mean as theory says', () => {
    const m = moments({ distribution: 'normal', mean: 10, sd: 2 });
    expect(m.mean).toBeCloseTo(10, 1);
    expect(m.sd).toBeCloseTo(2, 1);
    // Truncated to [10, 14] (z from 0 to 2): mean = 10 + 2 (phi(0) - phi(2)) / (Phi(2) - Phi(0))
    //   = 10 + 2 (0.398942 - 0.053991) / (0.977250 - 0.5) = 10 + 2 x 0.722817 = 11.445634.
    const t = moments({ distribution: 'normal', mean: 10, sd: 2, low: 10, high: 14 });
    expect(t.min).toBeGreaterThanOrEqual(10);
    expect(t.max).toBeLessThanOrEqual(14);
    expect(t.mean).toBeCloseTo(11.4456, 2);
  });
  it('lognormal: mean and sd are those of the value itself', () => {
    const m = moments({ distribution: 'lognormal', mean: 0.05, sd: 0.02 });
    expect(m.min).toBeGreaterThan(0);
    expect(m.mean).toBeCloseTo(0.05, 3);
    expect(m.sd).toBeCloseTo(0.02, 3);
    // Median = exp(mu) = mean / sqrt(1 + sd^2/mean^2) = 0.05 / sqrt(1.16) = 0.046424...
    expect(rangeQuantile({ distribution: 'lognormal', mean: 0.05, sd: 0.02 }, 0.5)).toBeCloseTo(
      0.05 / Math.sqrt(1.16),
      9,
    );
  });
});

describe('range checks', () => {
  it('refuses impossible parameters with the field named', () => {
    const bad = rangeSchema.safeParse({ distribution: 'triangular', low: 0, mode: 5, high: 4 });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues[0].path).toEqual(['mode']);
    expect(rangeSchema.safeParse({ distribution: 'normal', mean: 1, sd: 0 }).success).toBe(false);
    expect(rangeSchema.safeParse({ distribution: 'uniform', low: 2, high: 1 }).success).toBe(false);
    expect(rangeSchema.safeParse({ distribution: 'beta', low: 0, high: 1 }).success).toBe(false);
    expect(rangeSchema.safeParse({ distribution: 'uniform', low: 0, high: 1, mode: 0.5 }).success).toBe(false);
  });
  it('a truncation with no probability between its ends cannot be drawn from', () => {
    expect(rangeDrawProblem({ distribution: 'normal', mean: 0, sd: 1, low: 40, high: 41 })).not.toBeNull();
    expect(rangeDrawProblem({ distribution: 'normal', mean: 0, sd: 1, low: 1, high: 2 })).toBeNull();
  });
  it('sensitivity ends: the bounds when given, else the 10th and 90th percentiles', () => {
    expect(rangeEnds({ distribution: 'uniform', low: 1, high: 3 })).toEqual({ low: 1, high: 3 });
    // 10 -+ 2 x 1.2815515655 (the 90% point of the standard normal).
    const ends = rangeEnds({ distribution: 'normal', mean: 10, sd: 2 });
    expect(ends.low).toBeCloseTo(10 - 2 * 1.2815515655, 8);
    expect(ends.high).toBeCloseTo(10 + 2 * 1.2815515655, 8);
    expect(rangeEnds({ distribution: 'normal', mean: 10, sd: 2, low: 9 }).low).toBe(9);
  });
});
