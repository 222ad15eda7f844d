// A small RFC 4180 reader for the Cost Explorer CSV download: quoted fields with doubled
// quotes and line breaks inside quotes, CRLF or LF records, a leading BOM dropped.
import { ImportProblem } from './aws-values';

/** Rows of cells; blank lines are left out. Throws an ImportProblem on an unclosed quote. */
export function readCsv(text: string): string[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1;
  let quoteLine = 0;
  const endRow = () => {
    row.push(cell);
    if (row.length > 1 || row[0].trim() !== '') rows.push(row);
    row = [];
    cell = '';
  };
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"') {
        if (body[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        cell += c;
      }
    } else if (c === '"' && cell.trim() === '') {
      quoted = true;
      quoteLine = line;
      cell = '';
    } else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && body[i + 1] === '\n') i++;
      line++;
      endRow();
    } else cell += c;
  }
  if (quoted) throw new ImportProblem(`a quoted field opened on line ${quoteLine} is never closed`);
  if (cell !== '' || row.length > 0) endRow();
  return rows;
}
