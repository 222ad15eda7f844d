// How grid cells read and what typed text means: quantities by what they measure (counts,
// shares, dollars), month offsets as calendar months, and schema rejections as sentences.
import { calendarMonth } from '../../../shared/engine';
import { formatMoney, formatMonth } from '../../../shared/wording';
import { parseQuantityInput } from '../format/quantity-input';

/** What a quantity measures decides how it reads: 10,000,000 tokens, 25%, $1,800.00, 77 h. */
export type QuantityStyle = 'count' | 'share' | 'money';

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const small = new Intl.NumberFormat('en-US', { maximumFractionDigits: 3 });
const percent = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 2 });
const plain = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

/** A plain number as typed values read: grouping, up to six decimals. */
export function formatNumber(value: number): string {
  return plain.format(value);
}

export function formatQuantity(value: number, style: QuantityStyle): string {
  if (!Number.isFinite(value)) return '—';
  if (style === 'money') return formatMoney(value);
  if (style === 'share') return percent.format(value);
  // Whole units past a thousand (nobody reads 10,000,000.25 tokens); a little precision below.
  return Math.abs(value) >= 1000 ? grouped.format(value) : small.format(value);
}

/**
 * A quantity cell's text as stored: a number (1,000,000 / 10k / 2.5M / 1e6 / $100), an
 * expression kept verbatim, or - for shares - a percentage ("25%" is 0.25).
 * Returns null for an empty cell.
 */
export function parseQuantityCell(text: string, style: QuantityStyle): number | string | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (style === 'share') {
    const pct = /^([+-]?(?:\d+(?:\.\d+)?|\.\d+))\s*%$/.exec(trimmed);
    // Divide rather than multiply by 0.01 so 7% is exactly 0.07.
    if (pct !== null) return Number(pct[1]) / 100;
  }
  return parseQuantityInput(trimmed);
}

/** An amount of money: a number in any of the quantity spellings, never an expression. */
export function parseMoneyInput(text: string): number {
  const value = parseQuantityInput(String(text ?? ''));
  if (typeof value !== 'number') throw new Error(`"${text}" is not an amount (type 25000, 25k or $25,000)`);
  return value;
}

/** A whole number of months (validity), as typed. */
export function parseWholeMonths(text: string): number {
  const trimmed = String(text ?? '')
    .trim()
    .replace(/\s*(months?|mo)$/i, '');
  if (!/^\d+$/.test(trimmed)) throw new Error(`"${text}" is not a whole number of months`);
  return Number(trimmed);
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthIndex(year: number, month1: number): number {
  return year * 12 + (month1 - 1);
}

/**
 * A month cell's text as an offset from the scenario's start: a whole offset ("13"), a
 * calendar month ("2028-02") or a month name and year ("Feb 2028", "february 2028").
 * Returns null for an empty cell; throws a readable message for anything else.
 */
export function parseMonthInput(text: string, startMonth: string): number | null {
  const trimmed = String(text ?? '').trim();
  if (trimmed === '' || trimmed === '—') return null;
  const start = monthIndex(Number(startMonth.slice(0, 4)), Number(startMonth.slice(5, 7)));
  let index: number | null = null;
  if (/^\d+$/.test(trimmed)) return Number(trimmed);
  const iso = /^(\d{4})-(\d{1,2})$/.exec(trimmed);
  if (iso !== null && Number(iso[2]) >= 1 && Number(iso[2]) <= 12) index = monthIndex(Number(iso[1]), Number(iso[2]));
  const named = /^([A-Za-z]{3,9})\.?\s+(\d{4})$/.exec(trimmed);
  if (named !== null) {
    const m = MONTHS.indexOf(named[1].slice(0, 3).toLowerCase());
    if (m >= 0 && MONTHS[m] === named[1].slice(0, 3).toLowerCase()) index = monthIndex(Number(named[2]), m + 1);
  }
  if (index === null)
    throw new Error(
      `"${trimmed}" is not a month: type a calendar month (2027-04 or Apr 2027) or a month offset (0, 1, 2…)`,
    );
  if (index < start) throw new Error(`${trimmed} is before the scenario starts (${formatMonth(startMonth, 0)})`);
  return index - start;
}

/** The text a month cell's editor starts with: the calendar month, "2027-04". */
export function monthEditText(startMonth: string, offset: number | null): string {
  return offset === null ? '' : calendarMonth(startMonth, offset);
}

/**
 * A schema rejection (zod's issue list) or any Error as one readable sentence, naming the
 * field by its column header.
 */
export function readableEditError(error: unknown, labels: Readonly<Record<string, string>> = {}): Error {
  const issues = (error as { issues?: unknown })?.issues;
  if (Array.isArray(issues) && issues.length > 0) {
    const first = issues[0] as { path?: unknown[]; message?: string };
    const key = String(first.path?.at(-1) ?? '');
    const name = labels[key] ?? key;
    return new Error(`${name ? `${name} ` : ''}${first.message ?? 'is not valid'}`);
  }
  return error instanceof Error ? error : new Error(String(error));
}
