// Money fields of the company profile: typed as 4,000,000 / 4M / 250k / $1.5M, shown with grouping.
import { parseQuantityInput } from '../../format/quantity-input';

/** What the user typed, shortened for a one-line notice. */
function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** The text a money field shows for a stored value: "4,000,000", or "" for none. */
export function moneyInputText(value: number | null): string {
  return value === null ? '' : grouped.format(value);
}

/**
 * A typed amount in USD. Empty text is null when `optional`, else 0. Throws an Error saying what
 * is wrong (the commit's label names the field) when the text is not an amount.
 */
export function parseMoneyInput(text: string, options: { optional?: boolean } = {}): number | null {
  const t = text.trim();
  if (t === '') return options.optional ? null : 0;
  const value = parseQuantityInput(t);
  if (typeof value !== 'number') throw new Error(`"${clip(t)}" is not an amount; type e.g. 4,000,000, 4M or 250k`);
  if (value < 0) throw new Error('must not be negative');
  if (value > 1e12) throw new Error('must be at most 1,000,000,000,000');
  return value;
}
