// The figures of the readable output, and the table layout, as pure functions.
import { describe, expect, it } from 'vitest';
import { formatPairs, formatTable } from '../../cli/format-table';
import { ANSI, PLAIN, styleFor } from '../../cli/style';
import { cents, monthFraction } from '../../shared/engine';
import {
  calendarLabel,
  formatMoneyCents,
  formatMoneyDeltaAscii,
  formatPercent,
  formatPointsDelta,
  monthOffsetText,
} from '../../shared/wording';

describe('money and ratios', () => {
  it.each([
    [1234567.891, '$1,234,567.89'],
    [0, '$0.00'],
    [-0.001, '$0.00'],
    [0.005, '$0.01'],
    [-1500, '-$1,500.00'],
    [999999.999, '$1,000,000.00'],
  ])('formatMoneyCents(%d) = %s', (x, text) => expect(formatMoneyCents(x)).toBe(text));

  it('signs deltas, and shows no sign for zero', () => {
    expect(formatMoneyDeltaAscii(1200)).toBe('+$1,200.00');
    expect(formatMoneyDeltaAscii(-300)).toBe('-$300.00');
    expect(formatMoneyDeltaAscii(0.001)).toBe('$0.00');
  });

  it('shows coverage as a percentage with one decimal; deltas in points', () => {
    // 25,000 / 43,200 = 0.578703...
    expect(formatPercent(25_000 / 43_200)).toBe('57.9%');
    expect(formatPercent(1)).toBe('100.0%');
    expect(formatPointsDelta(0.5787 - 0.1157)).toBe('+46.3 pts');
    expect(formatPointsDelta(0)).toBe('0.0 pts');
  });
});

describe('months', () => {
  it('labels an offset with its calendar month', () => {
    // 2027-01 + 13 months = 2028-02
    expect(calendarLabel('2027-01', 13)).toBe('2028-02 (month 13)');
    expect(calendarLabel('2027-01', 13 + 1600 / 1800)).toBe('2028-02 (month 13.89)');
    expect(calendarLabel('2027-11', 2)).toBe('2028-01 (month 2)');
  });

  it('never rounds a fraction up into the next month', () => {
    // 11.9965 lies in month 11 (2027-12): shown as 11.99, not 12.
    expect(monthOffsetText(11.9965)).toBe('11.99');
    expect(calendarLabel('2027-01', 11.9965)).toBe('2027-12 (month 11.99)');
    expect(monthFraction(11.9996)).toBe(11.999);
    expect(monthFraction(13 + 1600 / 1800)).toBe(13.889);
    expect(monthFraction(null)).toBeNull();
  });

  it('rounds CSV money to cents without a negative zero', () => {
    expect(cents(1800.004999)).toBe(1800);
    expect(cents(0.125)).toBe(0.13);
    expect(Object.is(cents(-0.001), 0)).toBe(true);
  });
});

describe('tables', () => {
  it('aligns text left and figures right, two spaces apart, without trailing spaces', () => {
    const text = formatTable(
      [{ header: 'Pool' }, { header: 'Amount', align: 'right' }],
      [
        ['poc', '$25,000.00'],
        ['portfolio', '$100,000.00'],
      ],
      0,
    );
    expect(text.split('\n')).toEqual([
      'Pool            Amount',
      '---------  -----------',
      'poc         $25,000.00',
      'portfolio  $100,000.00',
    ]);
  });

  it('ignores colour codes when measuring widths', () => {
    const text = formatTable([{ header: 'Severity' }, { header: 'Code' }], [[ANSI.red('error'), 'X']], 0);
    expect(text.split('\n')[2]).toBe(`${ANSI.red('error')}     X`);
  });

  it('lines up label/value pairs', () => {
    expect(
      formatPairs(
        [
          ['Total', '$1.00'],
          ['Paid in cash', '$0.00'],
        ],
        2,
      ),
    ).toBe('  Total         $1.00\n  Paid in cash  $0.00');
  });

  it('uses colour only on a terminal without NO_COLOR', () => {
    expect(styleFor(true, {})).toBe(ANSI);
    expect(styleFor(false, {})).toBe(PLAIN);
    expect(styleFor(true, { NO_COLOR: '1' })).toBe(PLAIN);
    expect(styleFor(true, { TERM: 'dumb' })).toBe(PLAIN);
  });
});
