// How figures read in the terminal summary: dollars with en-US grouping and cents, months as
// calendar months with their offset, ratios as percentages. Fixed locale so output is the
// same on every machine (scripts diff it).
import { calendarMonth } from '../shared/engine';
import { roundToDigits } from '../shared/expr/round-half-away';

const USD = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  minimumFractionDigits: 2,
  maximumFractionDigits: 2,
});
const DECIMAL = new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
const PERCENT = new Intl.NumberFormat('en-US', {
  style: 'percent',
  minimumFractionDigits: 1,
  maximumFractionDigits: 1,
});

/**
 * 1234567.891 -> "$1,234,567.89"; half away from zero on the decimal value (1.005 -> "$1.01",
 * which Math.round on the double 1.00499... would not give); tiny negatives print as $0.00.
 */
export function money(x: number): string {
  // roundToDigits never returns -0; the rounded value has at most two decimals, so the
  // formatter's own rounding has nothing left to do.
  return USD.format(roundToDigits(x, 2));
}

/** Signed money for deltas: "+$1,200.00", "-$300.00", "$0.00". */
export function moneyDelta(x: number): string {
  const rounded = roundToDigits(x, 2);
  if (rounded === 0) return money(0);
  return (rounded > 0 ? '+' : '') + money(rounded);
}

export function percent(ratio: number): string {
  return PERCENT.format(ratio);
}

export function percentPointsDelta(ratio: number): string {
  const points = Math.round(ratio * 1000) / 10;
  if (points === 0) return '0.0 pts';
  return `${points > 0 ? '+' : ''}${points.toFixed(1)} pts`;
}

/** A number of months, up to two decimals: 13.8888 -> "13.89". */
export function months(x: number): string {
  return DECIMAL.format(Math.round(x * 100) / 100);
}

export function monthsDelta(x: number): string {
  const rounded = Math.round(x * 100) / 100;
  if (rounded === 0) return '0';
  return `${rounded > 0 ? '+' : ''}${months(rounded)}`;
}

/**
 * A fractional month offset to two decimals, never rounded up into the next month: 11.9996 is
 * "11.99", so that it agrees with the calendar month shown beside it (2027-12, not month 12).
 */
export function monthOffset(offset: number): string {
  let rounded = Math.round(offset * 100) / 100;
  if (Math.floor(rounded) !== Math.floor(offset)) rounded = (Math.floor(offset) * 100 + 99) / 100;
  return DECIMAL.format(rounded);
}

/**
 * A month offset as the calendar month it falls in, with the offset: "2028-02 (month 13)";
 * a fractional offset keeps its fraction: "2028-02 (month 13.89)".
 */
export function calendarLabel(startMonth: string, offset: number): string {
  return `${calendarMonth(startMonth, Math.floor(offset))} (month ${monthOffset(offset)})`;
}
