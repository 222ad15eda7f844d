import { describe, expect, it } from 'vitest';
import {
  formatQuantity,
  monthEditText,
  parseMoneyInput,
  parseMonthInput,
  parseQuantityCell,
  parseWholeMonths,
  readableEditError,
} from '../../../renderer/src/components/grid-format';

describe('formatQuantity', () => {
  it('groups large counts and keeps small ones precise', () => {
    expect(formatQuantity(10_000_000, 'count')).toBe('10,000,000');
    // Tokens past a thousand read as whole units: 6,556,364.27 -> 6,556,364.
    expect(formatQuantity(6_556_364.27, 'count')).toBe('6,556,364');
    expect(formatQuantity(77, 'count')).toBe('77');
    expect(formatQuantity(0.125, 'count')).toBe('0.125');
  });
  it('shows shares as percentages and money as dollars', () => {
    expect(formatQuantity(0.25, 'share')).toBe('25%');
    expect(formatQuantity(0.125, 'share')).toBe('12.5%');
    expect(formatQuantity(1800, 'money')).toBe('$1,800.00');
    expect(formatQuantity(35_000, 'money')).toBe('$35,000');
  });
  it('never prints NaN', () => {
    expect(formatQuantity(Number.NaN, 'count')).toBe('—');
  });
});

describe('parseQuantityCell', () => {
  it('reads numbers in the spellings people type', () => {
    expect(parseQuantityCell('10M', 'count')).toBe(10_000_000);
    expect(parseQuantityCell('2.5k', 'count')).toBe(2500);
    expect(parseQuantityCell('1,000,000', 'count')).toBe(1_000_000);
    expect(parseQuantityCell('1e6', 'count')).toBe(1_000_000);
  });
  it('reads a percentage in a share cell (7% is exactly 0.07)', () => {
    expect(parseQuantityCell('25%', 'share')).toBe(0.25);
    expect(parseQuantityCell('7%', 'share')).toBe(0.07);
    expect(parseQuantityCell('0.3', 'share')).toBe(0.3);
  });
  it('keeps an expression verbatim (trimmed) and an empty cell as null', () => {
    expect(parseQuantityCell('  10e6 * (1+growth)^m ', 'count')).toBe('10e6 * (1+growth)^m');
    expect(parseQuantityCell('25%', 'count')).toBe('25%');
    expect(parseQuantityCell('   ', 'count')).toBeNull();
  });
});

describe('money and whole months', () => {
  it('reads amounts and refuses formulas', () => {
    expect(parseMoneyInput('100k')).toBe(100_000);
    expect(parseMoneyInput('$25,000')).toBe(25_000);
    expect(parseMoneyInput('-5')).toBe(-5);
    expect(() => parseMoneyInput('lots')).toThrow('"lots" is not an amount');
  });
  it('reads a validity with or without its unit', () => {
    expect(parseWholeMonths('24')).toBe(24);
    expect(parseWholeMonths('12 months')).toBe(12);
    expect(() => parseWholeMonths('1.5')).toThrow('not a whole number of months');
  });
});

describe('parseMonthInput (scenario starts 2027-01)', () => {
  const start = '2027-01';
  it('reads offsets, calendar months and month names', () => {
    expect(parseMonthInput('13', start)).toBe(13);
    // April 2027 is three months after January 2027.
    expect(parseMonthInput('2027-04', start)).toBe(3);
    // February 2028 is 12 + 1 = 13 months after January 2027.
    expect(parseMonthInput('Feb 2028', start)).toBe(13);
    expect(parseMonthInput('february 2028', start)).toBe(13);
    expect(parseMonthInput('Jan 2027', start)).toBe(0);
  });
  it('treats empty as "no month" and refuses the rest with a readable message', () => {
    expect(parseMonthInput('', start)).toBeNull();
    expect(parseMonthInput('—', start)).toBeNull();
    expect(() => parseMonthInput('abc', start)).toThrow('"abc" is not a month');
    expect(() => parseMonthInput('2027-13', start)).toThrow('is not a month');
    expect(() => parseMonthInput('Foo 2027', start)).toThrow('is not a month');
    expect(() => parseMonthInput('Dec 2026', start)).toThrow('Dec 2026 is before the scenario starts (Jan 2027)');
  });
  it('round-trips through the editor text', () => {
    expect(monthEditText(start, 13)).toBe('2028-02');
    expect(parseMonthInput(monthEditText(start, 13), start)).toBe(13);
    expect(monthEditText(start, null)).toBe('');
  });
});

describe('readableEditError', () => {
  it('names the field of a schema issue by its column header', () => {
    const schemaError = {
      issues: [{ path: ['scenarios', 0, 'amount'], message: 'must be between 0 and 1,000,000,000,000' }],
    };
    expect(readableEditError(schemaError, { amount: 'Amount' }).message).toBe(
      'Amount must be between 0 and 1,000,000,000,000',
    );
  });
  it('passes a plain Error through', () => {
    expect(readableEditError(new Error('nope')).message).toBe('nope');
  });
});
