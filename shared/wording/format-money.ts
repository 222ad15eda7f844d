// Money as people read it, in the app and in the terminal alike: US dollars with en-US grouping
// in a fixed locale (the same on every machine, so scripts can diff the CLI's text), rounded half
// away from zero on the decimal value (1.005 -> $1.01) before Intl sees it, because Intl rounds
// the double itself (1.00499... -> $1.00). CSV tables keep plain numbers (shared/engine/report).
import { roundToDigits } from '../expr/round-half-away';

/** What a missing or non-finite figure reads as. */
export const NO_FIGURE = '—';

const CENTS = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const WHOLE = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });

const missing = (value: number | null | undefined): value is null | undefined =>
  value === null || value === undefined || !Number.isFinite(value);

/** Always with cents: "$1,234,567.89" (tables a finance lead reconciles, the CLI's figures). */
export function formatMoneyCents(value: number | null | undefined): string {
  // roundToDigits never returns -0, so a tiny negative reads $0.00.
  return missing(value) ? NO_FIGURE : CENTS.format(roundToDigits(value, 2));
}

/** Whole dollars: "$3,600" (captions and comparisons, where cents are noise). */
export function formatMoneyWhole(value: number | null | undefined): string {
  return missing(value) ? NO_FIGURE : WHOLE.format(roundToDigits(value, 0));
}

/** $1,234,568 for large amounts, $123.45 below $10,000 (cards and grids). */
export function formatMoney(value: number | null | undefined): string {
  if (missing(value)) return NO_FIGURE;
  return Math.abs(roundToDigits(value, 2)) >= 10_000 ? formatMoneyWhole(value) : formatMoneyCents(value);
}

/**
 * A signed difference in the given style: "+$1,200.00" / "−$300.00"; a change that the style
 * shows as zero reads as plain zero ("$0.00"), never "+$0.00". The CLI writes an ASCII minus.
 */
export function formatMoneyDelta(
  value: number | null | undefined,
  style: (abs: number) => string = formatMoney,
  minus: '−' | '-' = '−',
): string {
  if (missing(value)) return NO_FIGURE;
  const shown = style(Math.abs(value));
  if (shown === style(0)) return shown;
  return `${value > 0 ? '+' : minus}${shown}`;
}

/** The terminal's and spreadsheets' signed cents, with an ASCII minus: "+$1,200.00", "-$300.00", "$0.00". */
export function formatMoneyDeltaAscii(value: number): string {
  return formatMoneyDelta(value, formatMoneyCents, '-');
}

/** $0, $950, $25K, $1.2M: value-axis labels, short enough never to crowd an axis. */
export function formatMoneyCompact(value: number): string {
  if (!Number.isFinite(value)) return '';
  const abs = Math.abs(value);
  const sign = value < 0 ? '−' : '';
  const trim = (n: number) => String(Number(n.toFixed(n >= 100 ? 0 : n >= 10 ? 1 : 2)));
  if (abs >= 1e9) return `${sign}$${trim(abs / 1e9)}B`;
  if (abs >= 1e6) return `${sign}$${trim(abs / 1e6)}M`;
  if (abs >= 1e3) return `${sign}$${trim(abs / 1e3)}K`;
  return `${sign}$${trim(abs)}`;
}

const PRICES = new Map<string, Intl.NumberFormat>();

/**
 * A unit price with the digits it needs: "$0.25", "$0.000125" (from `minDigits` up to
 * `maxDigits` decimals; pickers use 0 so that $3 reads "$3").
 */
export function formatPrice(value: number, maxDigits = 6, minDigits = 2): string {
  const key = `${minDigits}-${maxDigits}`;
  let format = PRICES.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: 'USD',
      minimumFractionDigits: minDigits,
      maximumFractionDigits: maxDigits,
    });
    PRICES.set(key, format);
  }
  return format.format(value);
}

const PERCENTS = new Map<number, Intl.NumberFormat>();

/** A ratio as a percentage: 0.4567 -> "45.7%" (digits after the point, 1 by default). */
export function formatPercent(ratio: number | null | undefined, digits = 1): string {
  if (missing(ratio)) return NO_FIGURE;
  let format = PERCENTS.get(digits);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-US', {
      style: 'percent',
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    PERCENTS.set(digits, format);
  }
  return format.format(ratio);
}

/** A relative change: "+12.3%", "−4.0%", and "0.0%" where one decimal shows no change. */
export function formatPercentDelta(ratio: number, minus: '−' | '-' = '−'): string {
  const shown = formatPercent(Math.abs(ratio));
  if (shown === formatPercent(0)) return shown;
  return `${ratio > 0 ? '+' : minus}${shown}`;
}

/** A change of a ratio in percentage points: +0.0123 -> "+1.2 pts". */
export function formatPointsDelta(ratio: number): string {
  const points = Math.round(ratio * 1000) / 10;
  if (points === 0) return '0.0 pts';
  return `${points > 0 ? '+' : ''}${points.toFixed(1)} pts`;
}
