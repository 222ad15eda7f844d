// The CSV writer (RFC 4180): CRLF after every record, fields quoted when they hold a comma,
// quote, CR or LF, inner quotes doubled. Text cells are guarded against formula injection;
// number cells are written as plain decimals and never guarded, so -5 stays a number.

export type CsvCell = string | number | null;

// OWASP's trigger set plus NUL: a spreadsheet may treat a cell starting with these as a formula.
const FORMULA_START = /^[=+\-@\t\r\n\0]/;
const NEEDS_QUOTES = /[",\r\n]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Prefixes ' when text starts with = + - @ tab CR LF or NUL, so a spreadsheet shows it as text. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * A number as a plain decimal: dot, no exponent, no thousands separators, and the shortest
 * digits that read back as the same number (JavaScript's own). Non-finite numbers throw.
 */
export function formatCsvNumber(n: number): string {
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

/**
 * RFC 4180 text of `rows`; the first row is the header. Every row must have the header's number
 * of cells. With `bom`, starts with a UTF-8 byte-order mark (for Excel).
 */
export function toCsv(rows: readonly (readonly CsvCell[])[], options: { bom?: boolean } = {}): string {
  const width = rows[0]?.length ?? 0;
  const lines = rows.map((row, r) => {
    if (row.length !== width) throw new Error(`CSV row ${r + 1} has ${row.length} cells, but the header has ${width}`);
    return `${row.map(field).join(',')}\r\n`;
  });
  return (options.bom ? '\uFEFF' : '') + lines.join('');
}
