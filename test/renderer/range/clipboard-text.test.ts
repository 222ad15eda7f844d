import { describe, expect, it } from 'vitest';
import { parseTsv, toHtmlTable, toTsv } from '../../../renderer/src/components/clipboard-text';

describe('tab-separated clipboard text', () => {
  it('reads rows as a spreadsheet writes them, the trailing line break not a row', () => {
    expect(parseTsv('a\tb\r\nc\td\r\n')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(parseTsv('10M\n')).toEqual([['10M']]);
    expect(parseTsv('')).toEqual([]);
  });

  it('keeps tabs, line breaks and quotes inside quoted cells', () => {
    // Excel quotes a cell with a line break and doubles its quotes; rows end in CRLF.
    const text = 'name\tnote\r\n"Chat\nassistant"\t"say ""hi""\tthere"\r\nx\t\r\n';
    expect(parseTsv(text)).toEqual([
      ['name', 'note'],
      ['Chat\nassistant', 'say "hi"\tthere'],
      ['x', ''],
    ]);
  });

  it('writes what it reads back', () => {
    const rows = [
      ['Line', 'Tokens'],
      ['a\tb', '1,200'],
      ['two\nlines', '"q"'],
    ];
    expect(parseTsv(toTsv(rows))).toEqual(rows);
  });

  it('writes an HTML table with the text escaped', () => {
    expect(toHtmlTable([['<b>&', 'x\ny']])).toBe(
      '<meta charset="utf-8"><table><tbody><tr><td>&lt;b&gt;&amp;</td><td>x<br>y</td></tr></tbody></table>',
    );
  });
});
