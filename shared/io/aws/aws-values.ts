// Lenient readers for the values in what the AWS CLI prints: amounts as numbers, decimal
// strings or Amount objects ({"currencyCode": "USD", "currencyAmount": "743.21"}), timestamps
// as ISO 8601 text (the CLI's default) or epoch seconds (another --cli-timestamp-format), months
// as "YYYY-MM". Each reader returns the value or throws an ImportProblem naming where it is.
import { formatPath, quoteForMessage } from '../load-error';

export type Path = readonly (string | number)[];

/** What is wrong with an import input, and where (a JSON path, or a CSV line). */
export class ImportProblem extends Error {
  constructor(
    message: string,
    readonly where: string | null = null,
  ) {
    super(message);
  }
}

export function problemAt(path: Path, message: string): ImportProblem {
  return new ImportProblem(message, formatPath(path));
}

export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A short description of a value for a message: its text (quoted) or its kind. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return quoteForMessage(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  return Array.isArray(value) ? 'a list' : 'an object';
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A plain amount: a finite number or a decimal string ("743.21", "-12", "1.5E3"). */
export function readNumber(value: unknown, path: Path): number {
  if (value === undefined) throw problemAt(path, 'is missing');
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && DECIMAL.test(value.trim())) {
    const n = Number(value.trim());
    if (Number.isFinite(n)) return n;
  }
  throw problemAt(path, `${describe(value)} is not an amount`);
}

/**
 * A USD amount: an Amount object (currencyAmount + currencyCode; Cost Explorer's Amount + Unit
 * too), or a bare number or decimal string. Another currency is refused rather than mixed in.
 */
export function readUsd(value: unknown, path: Path): number {
  if (!isObject(value)) return readNumber(value, path);
  const amountKey = ['currencyAmount', 'amount', 'Amount'].find((k) => k in value);
  if (amountKey === undefined) throw problemAt(path, 'has no currencyAmount');
  const currency = value.currencyCode ?? value.Unit ?? value.unit;
  if (currency !== undefined && currency !== null && String(currency).toUpperCase() !== 'USD')
    throw problemAt(
      [...path, value.currencyCode !== undefined ? 'currencyCode' : 'Unit'],
      `is ${describe(currency)}; CreditStack plans in USD`,
    );
  return readNumber(value[amountKey], [...path, amountKey]);
}

export interface UtcDate {
  year: number;
  month: number;
  day: number;
  /** Exactly midnight UTC. */
  midnight: boolean;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/;

function fromEpochMs(ms: number, path: Path, raw: unknown): UtcDate {
  const date = new Date(ms);
  const year = date.getUTCFullYear();
  if (!Number.isFinite(ms) || year < 1900 || year > 2199) throw problemAt(path, `${describe(raw)} is not a date`);
  return {
    year,
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    midnight:
      date.getUTCHours() === 0 &&
      date.getUTCMinutes() === 0 &&
      date.getUTCSeconds() === 0 &&
      date.getUTCMilliseconds() === 0,
  };
}

/** A timestamp: epoch seconds (number or digit string) or ISO 8601 text, read in UTC. */
export function readTimestamp(value: unknown, path: Path): UtcDate {
  if (typeof value === 'number' || (typeof value === 'string' && /^\d+(\.\d+)?$/.test(value.trim()))) {
    const seconds = Number(value);
    // Epoch seconds; a value too large for seconds in this era is milliseconds.
    return fromEpochMs(seconds > 1e11 ? seconds : seconds * 1000, path, value);
  }
  if (typeof value === 'string') {
    const match = ISO.exec(value.trim());
    if (match !== null) {
      const [, y, mo, d, h, mi, s, zone] = match;
      if (h === undefined) return checkedDate(Number(y), Number(mo), Number(d), true, path, value);
      const text = `${y}-${mo}-${d}T${h}:${mi}:${s ?? '00'}${zone === undefined ? 'Z' : zone.length === 5 ? `${zone.slice(0, 3)}:${zone.slice(3)}` : zone}`;
      return fromEpochMs(Date.parse(text), path, value);
    }
  }
  throw problemAt(path, `${describe(value)} is not a date (expected ISO 8601 or epoch seconds)`);
}

function checkedDate(year: number, month: number, day: number, midnight: boolean, path: Path, raw: unknown): UtcDate {
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day || year < 1900 || year > 2199)
    throw problemAt(path, `${describe(raw)} is not a date`);
  return { year, month, day, midnight };
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export const monthText = (d: UtcDate): string => `${d.year}-${pad(d.month)}`;
export const dayText = (d: UtcDate): string => `${d.year}-${pad(d.month)}-${pad(d.day)}`;

/** The calendar month before "YYYY-MM". */
export function previousMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 1 ? `${year - 1}-12` : `${year}-${pad(m - 1)}`;
}

/** A billing month: "YYYY-MM" (a full date is accepted and read as its month). */
export function readMonth(value: unknown, path: Path): string {
  if (typeof value === 'string') {
    const match = /^(\d{4})-(\d{2})(?:-\d{2}.*)?$/.exec(value.trim());
    if (match !== null && Number(match[2]) >= 1 && Number(match[2]) <= 12 && /^(19|20|21)/.test(match[1]))
      return `${match[1]}-${match[2]}`;
  }
  throw problemAt(path, `${describe(value)} is not a month "YYYY-MM"`);
}

/** Text: a string (numbers are accepted and written out, as ids sometimes are). */
export function readText(value: unknown, path: Path, fallback?: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if ((value === undefined || value === null) && fallback !== undefined) return fallback;
  throw problemAt(path, value === undefined ? 'is missing' : `${describe(value)} is not text`);
}

/** A list at `key` of `obj` (a missing key is an empty list only when `optional`). */
export function readList(obj: JsonObject, key: string, path: Path, optional = false): unknown[] {
  const value = obj[key];
  if (Array.isArray(value)) return value;
  if ((value === undefined || value === null) && optional) return [];
  throw problemAt([...path, key], value === undefined ? 'is missing' : 'must be a list');
}

/** Removes control characters that AWS text may carry into a one-line name. */
export function cleanText(text: string, max: number): string {
  return Array.from(text.replace(/[\u0000-\u001F\u007F]+/g, ' ').trim())
    .slice(0, max)
    .join('');
}
