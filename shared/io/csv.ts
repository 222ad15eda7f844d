// The CSV writer (RFC 4180): CRLF after every record, cells separated by commas, each cell's
// text from csv-fields.ts (quoting, the formula guard, plain decimals). A table is either rows
// of cells or, for a table of many money cells, rows that end in a block of whole cents.
import { centsBlockCsv, type CentsBlockTable } from './csv-cents-block';
import { cellTextAt, type CsvCell } from './csv-fields';

export type CsvRows = readonly (readonly CsvCell[])[];

/**
 * RFC 4180 text of a table; the first row is the header. Every row must have the header's
 * number of cells. With `bom`, starts with a UTF-8 byte-order mark (for Excel).
 */
export function toCsv(table: CsvRows | CentsBlockTable, options: { bom?: boolean } = {}): string {
  const bom = options.bom ? '\uFEFF' : '';
  if (!isRows(table)) return bom + centsBlockCsv(table);
  if (table.length === 0) return bom;
  const width = table[0].length;
  const records = new Array<string>(table.length);
  const cells = new Array<string>(width); // reused for every row
  for (let r = 0; r < table.length; r++) {
    const row = table[r];
    if (row.length !== width) throw new Error(`CSV row ${r + 1} has ${row.length} cells, but the header has ${width}`);
    for (let c = 0; c < width; c++) {
      const cell = row[c];
      // A row often repeats a value (a flat monthly cost): its text is the same, so reuse it.
      if (c > 0 && cell !== undefined && cell === row[c - 1]) cells[c] = cells[c - 1];
      else cells[c] = cellTextAt(row, c);
    }
    records[r] = cells.join(',');
  }
  return `${bom}${records.join('\r\n')}\r\n`;
}

function isRows(table: CsvRows | CentsBlockTable): table is CsvRows {
  return Array.isArray(table);
}
