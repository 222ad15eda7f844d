// Draws from an assumption's range by inversion: value = F^-1(u) for one uniform u per draw.
// One uniform per value keeps every run's draws a pure function of (seed, run, assumption), and
// truncation is exact: u is mapped into [F(low), F(high)] instead of drawing again until a value
// falls inside (which would make the number of uniforms used depend on the values).
import type { AssumptionRange } from '../model';
import { normalCdf, normalQuantile } from './normal';

/** The normal (of the value, or of its logarithm for a lognormal) a bell-shaped range is built on. */
function bell(r: Extract<AssumptionRange, { distribution: 'normal' | 'lognormal' }>): {
  mu: number;
  sigma: number;
  log: boolean;
} {
  if (r.distribution === 'normal') return { mu: r.mean, sigma: r.sd, log: false };
  // From the value's mean and sd to its logarithm's: sigma^2 = ln(1 + sd^2/mean^2), mu = ln(mean) - sigma^2/2.
  const sigma2 = Math.log1p((r.sd * r.sd) / (r.mean * r.mean));
  return { mu: Math.log(r.mean) - sigma2 / 2, sigma: Math.sqrt(sigma2), log: true };
}

/** The share of the untruncated bell below x. */
function bellCdf(b: { mu: number; sigma: number; log: boolean }, x: number | undefined, side: 0 | 1): number {
  if (x === undefined) return side;
  if (b.log) return x <= 0 ? 0 : normalCdf((Math.log(x) - b.mu) / b.sigma);
  return normalCdf((x - b.mu) / b.sigma);
}

/** The smallest probability mass a truncation may leave: below it draws would be numerically meaningless. */
const MIN_MASS = 1e-9;

/** Why a range cannot be drawn from (its truncation leaves no probability), or null. */
export function rangeDrawProblem(r: AssumptionRange): string | null {
  if (r.distribution !== 'normal' && r.distribution !== 'lognormal') return null;
  const b = bell(r);
  if (bellCdf(b, r.high, 1) - bellCdf(b, r.low, 0) < MIN_MASS)
    return 'its low and high leave (almost) no probability to draw from';
  return null;
}

/** The value at cumulative probability u (0 < u < 1) of the range, truncation included. */
export function rangeQuantile(r: AssumptionRange, u: number): number {
  switch (r.distribution) {
    case 'uniform':
      return r.low + u * (r.high - r.low);
    case 'triangular': {
      const { low: a, mode: c, high: b } = r;
      const split = (c - a) / (b - a);
      return u < split ? a + Math.sqrt(u * (b - a) * (c - a)) : b - Math.sqrt((1 - u) * (b - a) * (b - c));
    }
    case 'normal':
    case 'lognormal': {
      const b = bell(r);
      const lo = bellCdf(b, r.low, 0);
      const hi = bellCdf(b, r.high, 1);
      // Clamped inside (0, 1) so that the inverse stays finite at the edges of a truncation.
      const p = Math.min(1 - 1e-16, Math.max(1e-300, lo + u * (hi - lo)));
      const z = b.mu + b.sigma * normalQuantile(p);
      let value = b.log ? Math.exp(z) : z;
      // Rounding at the bounds must not step outside them.
      if (r.low !== undefined && value < r.low) value = r.low;
      if (r.high !== undefined && value > r.high) value = r.high;
      return value;
    }
  }
}

/** Where sensitivity puts an assumption "low" and "high": the range's own bounds, else its 10th and 90th percentiles. */
export function rangeEnds(r: AssumptionRange): { low: number; high: number } {
  return {
    low: r.low ?? rangeQuantile(r, 0.1),
    high: r.high ?? rangeQuantile(r, 0.9),
  };
}

/** The interval goal seek searches by default: the range's bounds, else 0.1% to 99.9% of it. */
export function rangeSpan(r: AssumptionRange): { low: number; high: number } {
  return {
    low: r.low ?? rangeQuantile(r, 0.001),
    high: r.high ?? rangeQuantile(r, 0.999),
  };
}
