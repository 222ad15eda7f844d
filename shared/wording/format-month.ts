// Months as people read them, in the app and in the terminal alike: calendar months for month
// offsets ("Feb 2028"), offsets that never round up into the next month, and the revision-2
// calendar labels of a pool ("used up in Mar 2027", "usable through Dec 2027").
import {
  calendarMonth,
  lastDollarMonth,
  lastUsableMonth,
  poolIdOf,
  type PoolResult,
  type ScenarioResult,
} from '../engine';
import { NO_FIGURE } from './format-money';

const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** "2027-01" -> "Jan 2027". */
export function monthName(ym: string): string {
  return `${MONTH_NAMES[Number(ym.slice(5, 7)) - 1]} ${ym.slice(0, 4)}`;
}

/** "2027-01" -> "Jan 27" (a chart axis has room for little; 120 months never repeat a label). */
export function shortMonthName(ym: string): string {
  return `${MONTH_NAMES[Number(ym.slice(5, 7)) - 1]} ${ym.slice(2, 4)}`;
}

/** "Feb 2028" for month offset 13 (or 13.9) of a scenario starting 2027-01. */
export function formatMonth(startMonth: string, offset: number | null | undefined): string {
  if (offset === null || offset === undefined || !Number.isFinite(offset)) return NO_FIGURE;
  return monthName(calendarMonth(startMonth, Math.floor(offset)));
}

/** A fractional month offset as a calendar month plus the offset: "Feb 2028 (month 13.9)". */
export function formatMonthDetail(startMonth: string, offset: number | null): string {
  if (offset === null || !Number.isFinite(offset)) return NO_FIGURE;
  return `${formatMonth(startMonth, offset)} (month ${Number.isInteger(offset) ? offset : offset.toFixed(1)})`;
}

const DECIMAL = new Intl.NumberFormat('en-US', { minimumFractionDigits: 0, maximumFractionDigits: 2 });

/**
 * A fractional month offset to two decimals, never rounded up into the next month: 11.9996 is
 * "11.99", so that it agrees with the calendar month shown beside it (2027-12, not month 12).
 */
export function monthOffsetText(offset: number): string {
  let rounded = Math.round(offset * 100) / 100;
  if (Math.floor(rounded) !== Math.floor(offset)) rounded = (Math.floor(offset) * 100 + 99) / 100;
  return DECIMAL.format(rounded);
}

/**
 * The same to one decimal where that stays in the month (12.94 -> "12.9"), else two decimals cut
 * rather than rounded (12.96 -> "12.96", never "13.0" beside a calendar month of month 12).
 */
export function monthOffsetShort(offset: number): string {
  const one = offset.toFixed(1);
  if (Math.floor(Number(one)) === Math.floor(offset)) return one;
  return (Math.floor(offset * 100) / 100).toFixed(2);
}

/**
 * A month offset as the calendar month it falls in, with the offset (the CLI's style):
 * "2028-02 (month 13)"; a fractional offset keeps its fraction: "2028-02 (month 13.89)".
 */
export function calendarLabel(startMonth: string, offset: number): string {
  return `${calendarMonth(startMonth, Math.floor(offset))} (month ${monthOffsetText(offset)})`;
}

/** A number of months, up to two decimals: 13.8888 -> "13.89". */
export function formatMonthCount(x: number): string {
  return DECIMAL.format(Math.round(x * 100) / 100);
}

/** A signed number of months: "+2.5", "-1", "0". */
export function formatMonthCountDelta(x: number): string {
  const rounded = Math.round(x * 100) / 100;
  if (rounded === 0) return '0';
  return `${rounded > 0 ? '+' : ''}${formatMonthCount(rounded)}`;
}

/** 31.24 -> "31.2 months"; 1 -> "1.0 month". */
export function monthsText(value: number): string {
  const text = value.toFixed(1);
  return `${text} ${text === '1.0' ? 'month' : 'months'}`;
}

/** +2.6 months / −0.4 months / 0.0 months (the sign follows what is shown, not noise). */
export function monthsDeltaText(value: number): string {
  const text = Math.abs(value).toFixed(1);
  if (Number(text) === 0) return '0.0 months';
  return `${value > 0 ? '+' : '−'}${monthsText(Math.abs(value))}`;
}

/** 13.88 -> "13.9 mo" (tight table cells). */
export function formatMonths(value: number | null, digits = 1): string {
  if (value === null || !Number.isFinite(value)) return NO_FIGURE;
  return `${value.toFixed(digits)} mo`;
}

type PoolMonths = Pick<PoolResult, 'depletionMonth' | 'draw'>;

/** (rev 2) The offset of the month a pool's last dollar went in, or null if it is never used up. */
export function usedUpMonth(pool: PoolMonths): number | null {
  return pool.depletionMonth === null ? null : lastDollarMonth(pool.depletionMonth, pool.draw);
}

/**
 * (rev 2) The whole month a compare row's month figure reads as: a pool's depletion the month of
 * its last dollar (13.89 is month 13, 3.0 is month 2), any other (the credit cliff) its own month.
 */
export function compareRowMonth(key: string, offset: number, result: Pick<ScenarioResult, 'pools'>): number {
  const id = poolIdOf(key);
  const pool = id === null ? undefined : result.pools.find((p) => p.id === id);
  return (pool === undefined ? null : usedUpMonth(pool)) ?? Math.floor(offset);
}

/** (rev 2) "Mar 2027" for a pool whose depletion is 3.0 (or 2.4) in a scenario starting 2027-01. */
export function usedUpMonthName(startMonth: string, pool: PoolMonths): string {
  return formatMonth(startMonth, usedUpMonth(pool));
}

/** (rev 2) "used up in Mar 2027", or null when the pool is never used up. */
export function usedUpText(startMonth: string, pool: PoolMonths): string | null {
  const m = usedUpMonth(pool);
  return m === null ? null : `used up in ${formatMonth(startMonth, m)}`;
}

/** (rev 2) "Dec 2027" for a pool whose expiryMonth is 12 in a scenario starting 2027-01. */
function usableThroughMonthName(startMonth: string, expiryMonth: number): string {
  return formatMonth(startMonth, lastUsableMonth(expiryMonth));
}

/** (rev 2) "usable through Dec 2027". */
export function usableThroughText(startMonth: string, expiryMonth: number): string {
  return `usable through ${usableThroughMonthName(startMonth, expiryMonth)}`;
}
