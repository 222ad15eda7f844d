// Rounding as a spreadsheet user expects: halves go away from zero, and the decimal digits the
// user sees decide, so round(1.005, 2) is 1.01 even though the double 1.005 is 1.00499999...

const POWERS_OF_TEN = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
export const MAX_ROUND_DIGITS = 15;

/** round(x): 2.5 -> 3, -2.5 -> -3, NaN and +-Infinity unchanged. Never returns -0. */
export function roundHalfAway(x: number): number {
  return (x < 0 ? -Math.round(-x) : Math.round(x)) + 0;
}

/** round(x, digits) for a whole number of digits from 0 to MAX_ROUND_DIGITS. */
export function roundToDigits(x: number, digits: number): number {
  if (digits === 0 || x - x !== 0) return roundHalfAway(x);
  const ax = Math.abs(x);
  const scale = POWERS_OF_TEN[digits];
  const scaled = ax * scale;
  const whole = Math.floor(scaled);
  const fraction = scaled - whole;
  // Away from a tie the binary product rounds the same way as the decimal (the band is a few
  // ulps), and whole / scale is then the correctly rounded quotient. Past 2^52 the product has no
  // fraction bits left, so only the decimal text can tell.
  const fast = scaled < 2 ** 52 && Math.abs(fraction - 0.5) > scaled * 1e-15;
  const r = fast ? (fraction > 0.5 ? whole + 1 : whole) / scale : roundDecimalDigits(ax, digits);
  return (x < 0 ? -r : r) + 0;
}

/** Rounds the shortest decimal text of ax >= 0 (what String prints, locale-free) half up. */
function roundDecimalDigits(ax: number, digits: number): number {
  const text = String(ax);
  const e = text.indexOf('e');
  const mantissa = e < 0 ? text : text.slice(0, e);
  const exponent = e < 0 ? 0 : Number(text.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const integerPart = dot < 0 ? mantissa : mantissa.slice(0, dot);
  const allDigits = integerPart + (dot < 0 ? '' : mantissa.slice(dot + 1));
  const kept = integerPart.length + exponent + digits;
  if (kept >= allDigits.length) return ax;
  if (kept < 0) return 0;
  const roundUp = allDigits.charCodeAt(kept) >= 0x35; // '5'
  const head = BigInt(allDigits.slice(0, kept) || '0') + (roundUp ? 1n : 0n);
  // One correctly rounded conversion from decimal text, no double rounding.
  return Number(`${head}e-${digits}`);
}
