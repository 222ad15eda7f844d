// Cells to and from the clipboard in the two shapes spreadsheets exchange: tab-separated text
// (quoted cells may hold tabs, newlines and quotes) and an HTML table. Excel, Google Sheets and
// LibreOffice put both on the clipboard when they copy, and read either when they paste.
import Papa from 'papaparse';

/** Tab-separated text as rows of cells; one trailing line break (spreadsheets add it) is not a row. */
export function parseTsv(text: string): string[][] {
  const body = text.replace(/\r?\n$/, '');
  if (body === '') return [];
  // papaparse finds the line ending outside quoted cells, so "\r\n" rows with "\n" inside a cell read right.
  const parsed = Papa.parse<string[]>(body, {
    delimiter: '\t',
    quoteChar: '"',
    escapeChar: '"',
    skipEmptyLines: false,
  });
  return parsed.data;
}

function quoteTsvCell(cell: string): string {
  return /[\t\r\n"]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

export function toTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quoteTsvCell).join('\t')).join('\r\n') + '\r\n';
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function toHtmlTable(rows: readonly (readonly string[])[]): string {
  const body = rows
    .map((row) => `<tr>${row.map((cell) => `<td>${escapeHtml(cell).replace(/\r?\n/g, '<br>')}</td>`).join('')}</tr>`)
    .join('');
  return `<meta charset="utf-8"><table><tbody>${body}</tbody></table>`;
}

/** A cell's text as a person reads it: source whitespace collapsed, <br> as a line break. */
function cellText(node: Node): string {
  let out = '';
  node.childNodes.forEach((child) => {
    if (child.nodeType === 3) out += (child.textContent ?? '').replace(/\s+/g, ' ');
    else if (child.nodeName === 'BR') out += '\n';
    else if (child.nodeName !== 'STYLE' && child.nodeName !== 'SCRIPT') out += cellText(child);
  });
  return out;
}

/**
 * The first table of an HTML fragment as rows of cells (a cell spanning columns fills the
 * ones it covers with empty cells); null when the fragment has no table.
 */
function htmlTableRows(doc: ParentNode): string[][] | null {
  const table = doc.querySelector('table');
  if (table === null) return null;
  const rows: string[][] = [];
  for (const tr of Array.from(table.querySelectorAll('tr'))) {
    if (tr.closest('table') !== table) continue;
    const cells: string[] = [];
    for (const td of Array.from(tr.children)) {
      if (td.nodeName !== 'TD' && td.nodeName !== 'TH') continue;
      cells.push(
        cellText(td)
          .replace(/\u00a0/g, ' ')
          .split('\n')
          .map((line) => line.trim())
          .join('\n'),
      );
      const span = Number(td.getAttribute('colspan') ?? 1);
      for (let i = 1; i < Math.min(span, 1000); i++) cells.push('');
    }
    rows.push(cells);
  }
  return rows;
}

/** What a paste brought: the HTML table when there is one (exact cell boundaries), else the text. */
export function clipboardRows(
  data: { html: string; text: string },
  parseHtml: (html: string) => ParentNode,
): string[][] {
  if (data.html !== '' && /<table/i.test(data.html)) {
    const rows = htmlTableRows(parseHtml(data.html));
    if (rows !== null && rows.length > 0) return rows;
  }
  return parseTsv(data.text);
}
