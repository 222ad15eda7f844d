// How figures are shown: US dollars with grouping; cents where a figure is small enough for
// cents to matter; calendar months for month offsets.
import { calendarMonth } from '../../../shared/engine';
import { roundToDigits } from '../../../shared/expr/round-half-away';

const whole = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const cents = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 2 });

/** $1,234,568 for large amounts, $123.45 below $10,000. */
export function formatMoney(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  // Rounded here, half away from zero on the decimal value (1.005 -> $1.01), because Intl rounds
  // the double itself (1.00499... -> $1.00).
  const v = roundToDigits(value, 2);
  return Math.abs(v) >= 10_000 ? whole.format(roundToDigits(value, 0)) : cents.format(v);
}

/** Always with cents (tables a finance lead reconciles). */
export function formatMoneyCents(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return cents.format(roundToDigits(value, 2));
}

/** A signed difference: "+$1,200.00" / "−$300.00" / "$0.00". */
export function formatMoneyDelta(value: number | null): string {
  if (value === null) return '—';
  if (roundToDigits(value, 2) === 0) return formatMoney(0);
  return `${value > 0 ? '+' : '−'}${formatMoney(Math.abs(value))}`;
}

export function formatNumber(value: number): string {
  return plain.format(value);
}

export function formatCompact(value: number): string {
  return compact.format(value);
}

export function formatPercent(value: number | null, digits = 1): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return `${(value * 100).toFixed(digits)}%`;
}

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "Feb 2028" for month offset 13 of a scenario starting 2027-01. */
export function formatMonth(startMonth: string, offset: number | null): string {
  if (offset === null || !Number.isFinite(offset)) return '—';
  const ym = calendarMonth(startMonth, Math.floor(offset));
  return `${MONTH_NAMES[Number(ym.slice(5, 7)) - 1]} ${ym.slice(0, 4)}`;
}

/** A fractional month offset as a calendar month plus the offset: "Feb 2028 (month 13.9)". */
export function formatMonthDetail(startMonth: string, offset: number | null): string {
  if (offset === null || !Number.isFinite(offset)) return '—';
  return `${formatMonth(startMonth, offset)} (month ${Number.isInteger(offset) ? offset : offset.toFixed(1)})`;
}

export function formatMonths(value: number | null, digits = 1): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return `${value.toFixed(digits)} mo`;
}
