// One CSV cell's text (RFC 4180): fields quoted when they hold a comma, semicolon, quote, CR or
// LF, inner quotes doubled. Text cells are guarded against formula injection; number cells are
// written as plain decimals and never guarded, so -5 stays a number. The writers (csv.ts and
// csv-cents-block.ts) join these cells into records.

export type CsvCell = string | number | null;

// OWASP's trigger set plus NUL, and their full-width look-alikes (some spreadsheets fold
// U+FF1D "＝" to "=" and U+2212 "−" to "-"): a cell starting with one, even after leading
// Unicode whitespace, may be read as a formula.
const FORMULA_START =
  /^[\s\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]*[=+\-@\t\r\n\0\uff1d\uff0b\uff0d\uff20\u2212\ufe62\ufe63\ufe66]/u;
// ";" too: Excel in locales whose list separator is ";" splits a cell there.
const NEEDS_QUOTES = /[",;\r\n]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Prefixes ' to text that starts (after any whitespace) with = + - @ tab CR LF NUL or a look-alike, so a spreadsheet shows it as text. */
function guardStart(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * The formula guard of a text cell: at its start, and after each ";" - where Excel in a
 * ";"-separated locale starts a new cell.
 */
export function neutraliseFormula(text: string): string {
  if (!text.includes(';')) return guardStart(text);
  return text.split(';').map(guardStart).join(';');
}

/**
 * A number as a plain decimal: dot, no exponent, no thousands separators, and the shortest
 * digits that read back as the same number (JavaScript's own). Non-finite numbers throw.
 */
export function formatCsvNumber(n: number): string {
  const cents = centsText(n);
  if (cents !== null) return cents;
  if (!Number.isFinite(n)) throw new Error(`cannot write ${n} to CSV: not a finite number`);
  const s = String(n); // "-0" never appears: String(-0) is "0"
  const e = s.indexOf('e');
  if (e === -1) return s;
  // Expand "d.ddde±x" by moving the decimal point; the digits stay exactly those JavaScript chose.
  const sign = s.startsWith('-') ? '-' : '';
  const mantissa = s.slice(sign.length, e);
  const exponent = Number(s.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  const point = (dot === -1 ? mantissa.length : dot) + exponent; // digits before the decimal point
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

/** ".5", ".05", ".25" ...: the fraction part of k cents, as the shortest decimal writes it ("" for whole dollars). */
const CENT_FRACTIONS = Array.from({ length: 100 }, (_, c) =>
  c === 0 ? '' : c % 10 === 0 ? `.${c / 10}` : `.${String(c).padStart(2, '0')}`,
);
/** Below 2^44 a cent is more than one unit in the last place, so a cents value has no shorter decimal. */
const CENTS_LIMIT = 2 ** 44;

/**
 * The fast case of formatCsvNumber, built with integer arithmetic: a number that is a whole number
 * of cents (the money columns) below 2^44. Such a number is the double nearest to k/100, so
 * k/100 written out reads back as it; and no decimal with fewer digits does, since any other
 * such decimal is at least a cent away while doubles there are less than a cent apart. So this
 * is exactly JavaScript's shortest form. Returns null for every other number.
 */
function centsText(n: number): string | null {
  if (!(n > -CENTS_LIMIT && n < CENTS_LIMIT)) return null; // also refuses NaN
  const k = Math.round(n * 100);
  if (k / 100 !== n) return null;
  if (k === 0) return '0'; // 0 and -0
  const abs = k < 0 ? -k : k;
  const dollars = Math.floor(abs / 100);
  const text = `${dollars}${CENT_FRACTIONS[abs - dollars * 100]}`;
  return k < 0 ? `-${text}` : text;
}

function textField(text: string): string {
  // A lone surrogate cannot be written as UTF-8; it becomes U+FFFD here, on purpose, rather than
  // wherever the encoder happens to replace it.
  const clean = text.replace(LONE_SURROGATE, '\uFFFD');
  const guarded = neutraliseFormula(clean);
  // Empty text is quoted so that it reads back as text, distinct from a missing value; a guarded
  // cell is quoted too, as OWASP recommends.
  const quote = guarded === '' || guarded !== clean || NEEDS_QUOTES.test(guarded);
  return quote ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

function field(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return formatCsvNumber(cell);
  return textField(cell);
}

/** The text of cell c of a row; a hole in a sparse row is written as nothing. */
export function cellTextAt(row: readonly CsvCell[], c: number): string {
  const cell = row[c];
  return cell === undefined && !(c in row) ? '' : field(cell);
}
