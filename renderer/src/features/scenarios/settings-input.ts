// What the scenario settings fields accept. Each parser returns the stored value or throws an
// Error that says what is wrong and gives an example; the commit's label ("Change horizon")
// already names the field in the notice.
import type { AllocationMode } from '../../../../shared/model';

/** What the user typed, shortened for a one-line notice. */
function clip(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}

export function parseStartMonth(text: string): string {
  const t = text.trim();
  const match = /^(\d{4})-(\d{1,2})$/.exec(t);
  const month = match === null ? NaN : Number(match[2]);
  const year = match === null ? NaN : Number(match[1]);
  if (match === null || month < 1 || month > 12 || year < 1900 || year > 2199)
    throw new Error(`"${clip(t)}" is not a month; use YYYY-MM, like 2027-01`);
  return `${match[1]}-${String(month).padStart(2, '0')}`;
}

function parseNumber(text: string): number {
  const t = text.trim().replace(/,/g, '');
  const n = t === '' ? NaN : Number(t);
  if (!Number.isFinite(n)) throw new Error(`"${clip(text.trim())}" is not a number`);
  return n;
}

export function parseHorizon(text: string): number {
  const n = parseNumber(text);
  if (!Number.isInteger(n) || n < 1 || n > 120) throw new Error('must be a whole number of months from 1 to 120');
  return n;
}

export function parseDaysPerMonth(text: string): number {
  const n = parseNumber(text);
  if (n <= 0 || n > 31) throw new Error('must be more than 0 and at most 31 (30 is the usual convention)');
  return n;
}

export function parseHoursPerMonth(text: string): number {
  const n = parseNumber(text);
  if (n <= 0 || n > 744) throw new Error('must be more than 0 and at most 744 (AWS uses 730)');
  return n;
}

export const ALLOCATION_INFO: Record<AllocationMode, { label: string; explanation: string }> = {
  'aws-billing': {
    label: 'AWS billing order',
    explanation: 'Credits pay as AWS applies them: the pool expiring soonest first, the largest charge first.',
  },
  'as-declared': {
    label: 'As declared',
    explanation:
      'Each line draws only on the pool its application names (“Funded by”); shows the gap between plan and AWS billing.',
  },
};
