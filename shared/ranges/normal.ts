// The standard normal distribution function and its inverse, to double precision where it
// matters here: truncated draws invert the distribution between Phi(low) and Phi(high).

const LOG_SQRT_2PI = 0.9189385332046728;

/**
 * Phi(x), the standard normal distribution function: Marsaglia's series (J. Stat. Software 11,
 * 2004), absolute error near 1e-15. Beyond +-8.5 the result is 0 or 1 to double precision.
 */
export function normalCdf(x: number): number {
  if (x < -8.5) return 0;
  if (x > 8.5) return 1;
  let s = x;
  let t = 0;
  let b = x;
  const q = x * x;
  let i = 1;
  while (s !== t) {
    t = s;
    i += 2;
    b *= q / i;
    s = t + b;
  }
  return 0.5 + s * Math.exp(-0.5 * q - LOG_SQRT_2PI);
}

function normalDensity(x: number): number {
  return Math.exp(-0.5 * x * x - LOG_SQRT_2PI);
}

// Acklam's rational approximation of the inverse (relative error 1.15e-9), polished below.
const A = [
  -3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1,
  2.506628277459239,
];
const B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const C = [
  -7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
];
const D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const P_LOW = 0.02425;

function acklam(p: number): number {
  if (p < P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (
      (((((C[0] * q + C[1]) * q + C[2]) * q + C[3]) * q + C[4]) * q + C[5]) /
      ((((D[0] * q + D[1]) * q + D[2]) * q + D[3]) * q + 1)
    );
  }
  if (p > 1 - P_LOW) return -acklam(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((A[0] * r + A[1]) * r + A[2]) * r + A[3]) * r + A[4]) * r + A[5]) * q) /
    (((((B[0] * r + B[1]) * r + B[2]) * r + B[3]) * r + B[4]) * r + 1)
  );
}

/** x with Phi(x) = p, for p strictly inside (0, 1). */
export function normalQuantile(p: number): number {
  const x = acklam(p);
  // One Newton step on Phi(x) - p where Phi is accurate (its absolute error would swamp the tails).
  if (p > 1e-6 && p < 1 - 1e-6) return x - (normalCdf(x) - p) / normalDensity(x);
  return x;
}
