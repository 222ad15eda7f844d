// The cents-block form of the CSV writer (the lines table's): rows whose money cells are whole
// cents in one array, written as bytes. Its text must be exactly what the writer gives for the
// same rows of cells, each k cents as the number k / 100: the quoting, the formula guard and the
// number format all come from the one definition in csv-fields.ts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv, type CentsBlockTable, type CsvCell } from '../../../shared/io';
import { centsBlockRows } from './cents-block-rows';
import { csvCellArb, csvTextArb } from './csv-cell-arbitrary';

describe('the cents block', () => {
  it('writes cents as the shortest decimal dollars, after the guarded text cells', () => {
    const table: CentsBlockTable = {
      header: ['id', 'name', '2027-01', '2027-02', '2027-03'],
      leading: [
        ['a', '=SUM(A1);+1'],
        ['b', null],
      ],
      // Row a: 12345 cents = 123.45, 50 = 0.5 (not 0.50), -7 = -0.07.
      // Row b: 0 = 0, 100000 = 1000 (no decimals), 100000 again (a repeat) = 1000.
      cents: new Float64Array([12345, 50, -7, 0, 100_000, 100_000]),
      centsPerRow: 3,
    };
    // The name is guarded at its start and after its ";" ('=SUM(A1);'+1) and quoted.
    expect(toCsv(table)).toBe(
      'id,name,2027-01,2027-02,2027-03\r\na,"\'=SUM(A1);\'+1",123.45,0.5,-0.07\r\nb,,0,1000,1000\r\n',
    );
    expect(toCsv(table, { bom: true })).toBe(`\uFEFF${toCsv(table)}`);
  });

  it('equals the rows form on any cells and cents, to the byte', () => {
    const centsArb = fc.oneof(
      { weight: 6, arbitrary: fc.integer({ min: -100_000_00, max: 100_000_00 }) },
      // Repeats within a row (a flat monthly cost) are copied, so make them common.
      { weight: 3, arbitrary: fc.constantFrom(0, -0, 5, 50, 12_345, 100_000) },
      // Around the fast case's limit, 2^44 cents, and far past it (hundreds of digits).
      { weight: 1, arbitrary: fc.constantFrom(2 ** 44 - 1, 2 ** 44, -(2 ** 44) + 1, -(2 ** 44), 1e300, -1.5e307) },
      { weight: 1, arbitrary: fc.maxSafeInteger() },
      // Not whole cents: written in full, as the rows form writes k / 100.
      { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true }) },
    );
    const tableArb = fc
      .record({ lead: fc.integer({ min: 0, max: 3 }), months: fc.integer({ min: 0, max: 12 }) })
      .chain(({ lead, months }) =>
        fc.record({
          header: fc.array(csvTextArb, { minLength: lead + months, maxLength: lead + months }),
          leading: fc.array(fc.array(csvCellArb, { minLength: lead, maxLength: lead }), { maxLength: 6 }),
          centsPerRow: fc.constant(months),
          cells: fc.array(centsArb, { minLength: 6 * months, maxLength: 6 * months }),
        }),
      )
      .map(({ header, leading, centsPerRow, cells }) => ({
        header,
        leading,
        centsPerRow,
        cents: new Float64Array(cells.slice(0, leading.length * centsPerRow)),
      }));
    fc.assert(
      fc.property(tableArb, fc.boolean(), (table, bom) => {
        expect(toCsv(table, { bom })).toBe(toCsv(centsBlockRows(table), { bom }));
      }),
      { numRuns: 2_000 },
    );
  });

  it('grows its buffer for long text and long numbers', () => {
    // 300 rows of a 5,000-character name and 20 cells of 1e300 cents (a 299-digit number each).
    const table: CentsBlockTable = {
      header: ['name', ...Array.from({ length: 20 }, (_, m) => `m${m}`)],
      leading: Array.from({ length: 300 }, (_, r) => [`${'é'.repeat(5_000)}${r}`]),
      cents: new Float64Array(300 * 20).fill(1e300),
      centsPerRow: 20,
    };
    const text = toCsv(table);
    expect(text.length).toBeGreaterThan(300 * (5_000 + 20 * 299));
    expect(text).toBe(toCsv(centsBlockRows(table)));
  });

  it('refuses what the rows form refuses, with the same message', () => {
    const table = (cents: number[], leading: CsvCell[][]): CentsBlockTable => ({
      header: ['id', 'm0', 'm1'],
      leading,
      cents: new Float64Array(cents),
      centsPerRow: 2,
    });
    const nan = table([1, Number.NaN], [['a']]);
    expect(() => toCsv(nan)).toThrow('cannot write NaN to CSV: not a finite number');
    expect(() => toCsv(centsBlockRows(nan))).toThrow('cannot write NaN to CSV: not a finite number');
    const narrow = table([1, 2, 3, 4], [['a'], []]);
    expect(() => toCsv(narrow)).toThrow('CSV row 3 has 2 cells, but the header has 3');
    expect(() => toCsv(centsBlockRows(narrow))).toThrow('CSV row 3 has 2 cells, but the header has 3');
  });
});
