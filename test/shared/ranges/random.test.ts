// The counter-based draws: pure, strictly inside (0, 1), and uniform enough that a chi-square
// test over 20 bins passes (it fails for a biased or badly mixed generator).
import { describe, expect, it } from 'vitest';
import { nameKey, uniformDraw } from '../../../shared/ranges';

describe('uniformDraw', () => {
  it('is a pure function of (seed, run, key)', () => {
    expect(uniformDraw(7, 123, nameKey('growth'))).toBe(uniformDraw(7, 123, nameKey('growth')));
    expect(uniformDraw(7, 123, nameKey('growth'))).not.toBe(uniformDraw(7, 124, nameKey('growth')));
    expect(uniformDraw(7, 123, nameKey('growth'))).not.toBe(uniformDraw(8, 123, nameKey('growth')));
    expect(uniformDraw(7, 123, nameKey('growth'))).not.toBe(uniformDraw(7, 123, nameKey('tokens')));
    // Seeds above 2^32 differ by their high word.
    expect(uniformDraw(2 ** 40, 1, 1)).not.toBe(uniformDraw(2 ** 41, 1, 1));
  });

  it('is uniform on (0, 1): chi-square over 20 bins, and no two neighbouring runs correlate', () => {
    const n = 100_000;
    const bins = new Array<number>(20).fill(0);
    let previous = uniformDraw(1, 0, 99);
    let cross = 0;
    let outside = 0;
    for (let run = 0; run < n; run++) {
      const u = uniformDraw(1, run, 99);
      if (!(u > 0 && u < 1)) outside++;
      bins[Math.floor(u * 20)]++;
      if (run > 0) cross += (u - 0.5) * (previous - 0.5);
      previous = u;
    }
    expect(outside).toBe(0);
    const expected = n / 20;
    const chi2 = bins.reduce((s, b) => s + (b - expected) ** 2 / expected, 0);
    // 19 degrees of freedom: the 99.9% point of chi-square is 43.8.
    expect(chi2).toBeLessThan(43.8);
    // Lag-1 correlation: sd is 1/sqrt(n) = 0.0032, so 0.015 is more than 4 sd.
    expect(Math.abs(cross / (n - 1) / (1 / 12))).toBeLessThan(0.015);
  });
});
