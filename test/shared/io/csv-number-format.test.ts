// formatCsvNumber writes money (whole cents) with integer arithmetic. Whatever the path, the text
// must be JavaScript's own shortest decimal, expanded without an exponent: checked here against
// that definition, written out the plain way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCsvNumber, toCsv } from '../../../shared/io';

/** The definition: String(n), with an exponent expanded by moving the decimal point. */
function plainDecimal(n: number): string {
  const s = String(n);
  const e = s.indexOf('e');
  if (e === -1) return s;
  const sign = s.startsWith('-') ? '-' : '';
  const mantissa = s.slice(sign.length, e);
  const exponent = Number(s.slice(e + 1));
  const dot = mantissa.indexOf('.');
  const digits = mantissa.replace('.', '');
  const point = (dot === -1 ? mantissa.length : dot) + exponent;
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

const cents = (x: number) => Math.round(x * 100) / 100;

describe('formatCsvNumber', () => {
  it('writes whole cents as the shortest decimal', () => {
    // 1234.5 is 123450 cents: "1234.5", not "1234.50"; 0.07 keeps its leading zero digit.
    expect(formatCsvNumber(1234.5)).toBe('1234.5');
    expect(formatCsvNumber(0.07)).toBe('0.07');
    expect(formatCsvNumber(-0.1)).toBe('-0.1');
    expect(formatCsvNumber(-0)).toBe('0');
    expect(formatCsvNumber(100)).toBe('100');
    // 0.1 + 0.2 is not a whole number of cents (0.30000000000000004): written in full.
    expect(formatCsvNumber(0.1 + 0.2)).toBe('0.30000000000000004');
  });

  it('agrees with the definition on money, at every magnitude up to and past the fast range', () => {
    const money = fc.oneof(
      fc.integer({ min: -1_000_000_00, max: 1_000_000_00 }).map((k) => k / 100),
      fc.maxSafeInteger().map((k) => k / 100),
      fc.double({ min: -1e16, max: 1e16, noNaN: true }).map(cents),
      fc.constantFrom(2 ** 44 - 0.01, 2 ** 44, 2 ** 44 + 0.5, -(2 ** 44) + 0.01, 0.01, 0.005, 1e-7, 1.5e-7),
    );
    fc.assert(
      fc.property(money, (n) => {
        expect(formatCsvNumber(n)).toBe(plainDecimal(n));
      }),
      { numRuns: 20_000 },
    );
  });

  it('agrees with the definition on any finite number', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(formatCsvNumber(n)).toBe(plainDecimal(n));
      }),
      { numRuns: 20_000 },
    );
  });

  it('still refuses non-finite numbers', () => {
    expect(() => formatCsvNumber(Number.NaN)).toThrow('not a finite number');
    expect(() => formatCsvNumber(Number.POSITIVE_INFINITY)).toThrow('not a finite number');
  });
});

describe('toCsv rows', () => {
  it('writes repeated values and sparse rows as joining the cells would', () => {
    // A hole in a sparse row joins as nothing, like a missing value.
    const sparse: (string | number | null)[] = ['a', 'b', 'c'];
    delete sparse[1];
    expect(toCsv([['x', 'y', 'z'], [1.5, 1.5, 1.5], sparse, ['', '', null]])).toBe(
      'x,y,z\r\n1.5,1.5,1.5\r\na,,c\r\n"","",\r\n',
    );
  });
});
