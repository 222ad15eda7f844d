// The CSV writer's form for a table whose rows end in many money cells (the lines table: 10,000
// rows x 120 months). The money stays whole cents in one array, and its text is written as bytes
// into one buffer that is decoded once at the end. The form of rows of cells costs a number and
// a string per cell there, 1.2 million of each, and collecting them was a third of the export.
// The text is byte for byte what toCsv writes for the same rows with each k cents as k / 100.
import { cellTextAt, formatCsvNumber, type CsvCell } from './csv-fields';
import { decodeUtf8Exact } from './utf8';

/** Rows of cells, each ending in `centsPerRow` money cells held as whole cents. */
export interface CentsBlockTable {
  header: readonly CsvCell[];
  /** Each row's cells before its cents: the header's length less centsPerRow of them. */
  leading: readonly (readonly CsvCell[])[];
  /** Row r's money cells are cents[r * centsPerRow] onwards, in whole cents. */
  cents: ArrayLike<number>;
  centsPerRow: number;
}

const COMMA = 0x2c;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
/**
 * Below 2^44 a whole number of cents k is written exactly as formatCsvNumber writes k / 100
 * (csv-fields.ts, centsText: k / 100 is the double nearest that decimal and comes back to k).
 */
const CENTS_LIMIT = 2 ** 44;
/** A comma and the longest cell below the limit, "-175921860444.15". */
const CELL_BYTES = 17;

export function centsBlockCsv(table: CentsBlockTable): string {
  const { header, leading, cents, centsPerRow } = table;
  const width = header.length;
  const out: Bytes = { buffer: new Uint8Array(Math.max(1024, leading.length * (width * 8 + 2))), at: 0 };
  writeCells(out, header, width);
  writeNewline(out);
  for (let r = 0; r < leading.length; r++) {
    const row = leading[r];
    if (row.length + centsPerRow !== width)
      throw new Error(`CSV row ${r + 2} has ${row.length + centsPerRow} cells, but the header has ${width}`);
    writeCells(out, row, row.length);
    writeCentsRow(out, cents, r * centsPerRow, centsPerRow, row.length > 0);
    writeNewline(out);
  }
  return decodeUtf8Exact(out.buffer.subarray(0, out.at));
}

/** UTF-8 bytes written so far: buffer[0..at). */
interface Bytes {
  buffer: Uint8Array;
  at: number;
}

function reserve(out: Bytes, count: number): Uint8Array {
  if (out.at + count > out.buffer.length) {
    const bigger = new Uint8Array(Math.max(out.buffer.length * 2, out.at + count));
    bigger.set(out.buffer.subarray(0, out.at));
    out.buffer = bigger;
  }
  return out.buffer;
}

function writeNewline(out: Bytes): void {
  const bytes = reserve(out, 2);
  bytes[out.at++] = 0x0d;
  bytes[out.at++] = 0x0a;
}

function writeCells(out: Bytes, row: readonly CsvCell[], count: number): void {
  for (let c = 0; c < count; c++) {
    if (c > 0) reserve(out, 1)[out.at++] = COMMA;
    writeText(out, cellTextAt(row, c));
  }
}

/**
 * The row's `count` cents from cents[from], each as the decimal dollars formatCsvNumber(k / 100)
 * writes (12345 -> 123.45, 50 -> 0.5, -7 -> -0.07), each after a comma unless it opens the row.
 */
function writeCentsRow(out: Bytes, cents: ArrayLike<number>, from: number, count: number, comma: boolean): void {
  let bytes = reserve(out, count * CELL_BYTES);
  let at = out.at;
  // The previous cell's text when it was of the fast case (bytes[lastFrom..lastTo)), else -1.
  let lastFrom = -1;
  let lastTo = 0;
  for (let i = from; i < from + count; i++) {
    if (comma || i > from) bytes[at++] = COMMA;
    const k = cents[i];
    if (lastFrom >= 0 && k === cents[i - 1]) {
      // A row often repeats a value (a flat monthly cost): copy the previous cell's text.
      const start = at;
      for (let j = lastFrom; j < lastTo; j++) bytes[at++] = bytes[j];
      lastFrom = start;
      lastTo = at;
      continue;
    }
    if (!(k > -CENTS_LIMIT && k < CENTS_LIMIT && k === Math.floor(k))) {
      // Beyond the limit, and NaN or infinities (which throw, as the rows form does).
      out.at = at;
      writeText(out, formatCsvNumber(k / 100));
      bytes = reserve(out, (from + count - i) * CELL_BYTES);
      at = out.at;
      lastFrom = -1;
      continue;
    }
    lastFrom = at;
    let abs = k;
    if (k < 0) {
      bytes[at++] = MINUS;
      abs = -k;
    }
    let dollars = Math.floor(abs / 100);
    const c = abs - dollars * 100;
    // The dollars' digits, written from the last one back.
    let end = at + 1;
    for (let p = 10; p <= dollars; p *= 10) end++;
    at = end;
    do {
      const q = Math.floor(dollars / 10);
      bytes[--end] = ZERO + dollars - q * 10;
      dollars = q;
    } while (dollars > 0);
    if (c !== 0) {
      // The shortest decimal: 0.5, not 0.50.
      const tens = Math.floor(c / 10);
      bytes[at++] = DOT;
      bytes[at++] = ZERO + tens;
      if (c !== tens * 10) bytes[at++] = ZERO + c - tens * 10;
    }
    lastTo = at;
  }
  out.at = at;
}

/** Appends text as UTF-8; a lone surrogate becomes U+FFFD, as TextEncoder writes it. */
function writeText(out: Bytes, s: string): void {
  const bytes = reserve(out, s.length * 3);
  let at = out.at;
  for (let i = 0; i < s.length; i++) {
    let u = s.charCodeAt(i);
    if (u < 0x80) {
      bytes[at++] = u;
      continue;
    }
    if (u < 0x800) {
      bytes[at++] = 0xc0 | (u >> 6);
      bytes[at++] = 0x80 | (u & 0x3f);
      continue;
    }
    if (u >= 0xd800 && u <= 0xdfff) {
      const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (u <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) {
        const point = 0x10000 + ((u - 0xd800) << 10) + (next - 0xdc00);
        bytes[at++] = 0xf0 | (point >> 18);
        bytes[at++] = 0x80 | ((point >> 12) & 0x3f);
        bytes[at++] = 0x80 | ((point >> 6) & 0x3f);
        bytes[at++] = 0x80 | (point & 0x3f);
        i++;
        continue;
      }
      u = 0xfffd;
    }
    bytes[at++] = 0xe0 | (u >> 12);
    bytes[at++] = 0x80 | ((u >> 6) & 0x3f);
    bytes[at++] = 0x80 | (u & 0x3f);
  }
  out.at = at;
}
