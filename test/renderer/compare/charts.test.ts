// The charts' data, labels and markers. Figures are hand arithmetic on the model-comparison
// template: Sonnet 5 costs 10M x $3 + 2M x $15 = $60 a day, $1,800 a month (30-day months).
import { describe, expect, it } from 'vitest';
import { balanceCaption, cumulativeCaption, paidByCaption } from '../../../renderer/src/features/charts/chart-captions';
import {
  cumulativeCashRows,
  monthMarkers,
  paidByRows,
  poolBalanceRows,
} from '../../../renderer/src/features/charts/chart-data';
import { axisMonth, chartFileName } from '../../../renderer/src/features/charts/chart-format';
import { crossLine, markerLabels, paidByOptions } from '../../../renderer/src/features/charts/chart-options';
import type { ChartColors } from '../../../renderer/src/features/charts/chart-theme';
import { handResult, modelColumns } from './fixtures';
import { formatMoneyCompact, formatMoneyWhole, monthName, shortMonthName } from '../../../shared/wording';

const colors: ChartColors = {
  surface: '#fff',
  text: '#000',
  muted: '#666',
  border: '#ddd',
  bad: '#b00',
  warn: '#960',
  cash: '#d60',
  pools: ['#11f', '#1a1'],
};

describe('chart labels', () => {
  it('write months as the axis and the tooltip need them', () => {
    expect(shortMonthName('2027-01')).toBe('Jan 27');
    expect(monthName('2028-02')).toBe('Feb 2028');
    // 2027-01 + 13 months = 2028-02.
    expect(axisMonth('2027-01', 13)).toBe('Feb 28');
    expect(axisMonth('2027-11', 2)).toBe('Jan 28');
  });

  it('write dollars compactly on the axis and whole in captions', () => {
    expect(formatMoneyCompact(0)).toBe('$0');
    expect(formatMoneyCompact(950)).toBe('$950');
    expect(formatMoneyCompact(25_000)).toBe('$25K');
    expect(formatMoneyCompact(18_200)).toBe('$18.2K');
    expect(formatMoneyCompact(1_250_000)).toBe('$1.25M');
    expect(formatMoneyCompact(191_000)).toBe('$191K');
    expect(formatMoneyCompact(-5_000)).toBe('−$5K');
    expect(formatMoneyWhole(3_600)).toBe('$3,600');
    expect(formatMoneyWhole(0.3)).toBe('$0');
  });

  it('make file names that every OS accepts', () => {
    expect(chartFileName('Plan: Q1/Q2', 'Opus*', 'monthly cost')).toBe('Plan Q1 Q2 – Opus – monthly cost');
    expect(chartFileName('', '  ')).toBe('chart');
    expect(chartFileName('a'.repeat(200)).length).toBe(120);
  });
});

describe('monthly cost by what pays it', () => {
  const sonnet = modelColumns().columns[1].result;

  it('stacks the pool draw and the cash of every month', () => {
    const { rows, series } = paidByRows(sonnet);
    expect(series).toEqual([
      { key: 'p0', name: 'Bedrock POC' },
      { key: 'cash', name: 'Cash' },
    ]);
    expect(rows).toHaveLength(24);
    expect(rows[0]).toMatchObject({ month: 'Jan 27', ym: '2027-01', p0: 1800, cash: 0, cost: 1800 });
    // 13 months x 1,800 = 23,400 leaves 1,600 of the 25,000 for month 13 (Feb 2028); cash pays 200.
    expect(rows[13].p0).toBeCloseTo(1600, 6);
    expect(rows[13].cash).toBeCloseTo(200, 6);
    expect(rows[13].month).toBe('Feb 28');
    expect(rows[14]).toMatchObject({ p0: 0, cash: 1800 });
  });

  it('marks the credit cliff; an expiry at the horizon is not drawn', () => {
    // The pool is valid 24 months: it expires at month 24, just past the Dec 2028 horizon.
    expect(monthMarkers(sonnet)).toEqual([{ m: 13, month: 'Feb 28', text: 'Credit cliff', kind: 'cliff' }]);
  });

  it('joins a cliff and an expiry in the same month into one marker', () => {
    const r = handResult({
      cash: [0, 0, 40, 50],
      cost: [50, 50, 50, 50],
      cliff: 2,
      pools: [
        // Valid through month 2 (expiryMonth 3): pays 10 of month 2 and forfeits 880 at its end.
        { id: 'a', name: 'Founders', amount: 1000, expiryMonth: 3, draw: [50, 50, 10, 0], balance: [950, 900, 0, 0] },
      ],
    });
    // (rev 2) The expiry is marked at the last usable month, month 2, where the cliff also is.
    expect(monthMarkers(r)).toEqual([
      { m: 2, month: 'Mar 27', text: 'Credit cliff · Founders: last usable month', kind: 'mixed' },
    ]);
  });

  it('leaves out pools that paid nothing', () => {
    const r = handResult({
      cash: [10, 10],
      pools: [
        { id: 'a', name: 'A', amount: 100, expiryMonth: 12, draw: [0, 0], balance: [100, 100] },
        { id: 'b', name: 'B', amount: 100, expiryMonth: 12, draw: [5, 5], balance: [95, 90] },
      ],
    });
    expect(paidByRows(r).series.map((s) => s.key)).toEqual(['p1', 'cash']);
  });

  it('reads the cliff in words and draws its marker above the plot', () => {
    expect(paidByCaption(sonnet)).toBe('Credits pay $25,000 of $43,200; cash from Feb 2028 (the credit cliff).');
    const options = paidByOptions(paidByRows(sonnet), monthMarkers(sonnet), {
      theme: { baseTheme: 'ag-default' },
      colors,
    });
    const x = (options.axes as Record<string, { crossLines?: unknown[] }>).x;
    expect(x.crossLines).toEqual([
      crossLine({ m: 13, month: 'Feb 28', text: 'Credit cliff', kind: 'cliff' }, 'Credit cliff', colors),
    ]);
    expect(options.series?.map((s) => (s as { fill?: string }).fill)).toEqual(['#11f', '#d60']);
  });
});

describe('marker labels', () => {
  const mk = (m: number, text: string) => ({ m, month: axisMonth('2027-01', m), text, kind: 'expiry' as const });

  it('share one label when markers are too close to print apart', () => {
    // 24 months / 8 = 3: markers less than 3 months apart share the first one's label.
    expect(markerLabels([mk(12, 'A expires'), mk(13, 'Credit cliff'), mk(20, 'B expires')], 24)).toEqual([
      'A expires Jan 28 · Credit cliff Feb 28',
      null,
      'B expires',
    ]);
    expect(markerLabels([mk(2, 'A'), mk(5, 'B')], 24)).toEqual(['A', 'B']);
  });
});

describe('pool balances', () => {
  it('follow each pool to the end of the horizon', () => {
    const haiku = modelColumns().columns[2].result;
    const { rows, series } = poolBalanceRows(haiku);
    expect(series).toEqual([{ key: 'b0', name: 'Bedrock POC' }]);
    // Haiku 4.5: 10M x $1 + 2M x $5 = $20 a day, $600 a month; after month 0: 25,000 - 600 = 24,400.
    expect(rows[0].b0).toBeCloseTo(24_400, 6);
    // At the end of month 23 the pool expires: 25,000 - 24 x 600 = 10,600 is forfeited and 0 remains.
    expect(rows[23].b0).toBe(0);
    expect(balanceCaption(haiku)).toBe('Bedrock POC forfeits $10,600 at expiry.');
  });
});

describe('cash paid to date across scenarios', () => {
  it('puts scenarios that start in different months on one calendar axis', () => {
    const a = handResult({ id: 'a', startMonth: '2027-01', cash: [0, 100, 100] });
    const b = handResult({ id: 'b', startMonth: '2027-02', cash: [50, 50, 50] });
    const { rows, series } = cumulativeCashRows([
      { name: 'A', result: a },
      { name: 'B', result: b },
    ]);
    expect(series).toEqual([
      { key: 's0', name: 'A' },
      { key: 's1', name: 'B' },
    ]);
    // Jan: A 0, B not started; Feb: A 100, B 50; Mar: A 200, B 100; Apr: A ended, B 150.
    expect(rows).toEqual([
      { ym: '2027-01', month: 'Jan 27', s0: 0, s1: null },
      { ym: '2027-02', month: 'Feb 27', s0: 100, s1: 50 },
      { ym: '2027-03', month: 'Mar 27', s0: 200, s1: 100 },
      { ym: '2027-04', month: 'Apr 27', s0: null, s1: 150 },
    ]);
    expect(
      cumulativeCaption([
        { name: 'A', result: a },
        { name: 'B', result: b },
      ]),
    ).toBe('Cash paid over each horizon: A $200; B $150.');
  });
});
