// The comparison rows shared by the app's compare view and the CLI. Golden figures are done by
// hand below, from the model-comparison template: 10M input + 2M output tokens a day, 30-day
// months, one $25,000 Bedrock POC pool valid 24 months, horizon 24.
// Global-endpoint prices per 1M tokens (input / output):
//   Opus 5    ($5/$25):   10 x 5  + 2 x 25   = $100/day -> $3,000/month -> 24 x 3,000 =  72,000
//   Sonnet 5  ($3/$15):   10 x 3  + 2 x 15   = $60/day  -> $1,800/month -> 24 x 1,800 =  43,200
//   Haiku 4.5 ($1/$5):    10 x 1  + 2 x 5    = $20/day  ->   $600/month -> 24 x 600   =  14,400
// Pool: Opus uses it up in month 8 (24,000 after eight months, 1,000 left of a 3,000 month):
//   depletion 8 + 1000/3000 = 8.333..., cliff 8, credits 25,000, cash 72,000 - 25,000 = 47,000.
// Sonnet: 13 x 1,800 = 23,400, 1,600 left of an 1,800 month: depletion 13 + 1600/1800 = 13.888...,
//   cliff 13, credits 25,000, cash 43,200 - 25,000 = 18,200.
// Haiku: the pool pays all 14,400, no cliff, no depletion; 25,000 - 14,400 = 10,600 expires at the
//   end of month 23, inside the horizon: forfeited 10,600, cash 0.
import { describe, expect, it } from 'vitest';
import { compareCsvRows, compareKpiRows, type CompareKpiRow } from '../../../../shared/engine';
import { columns, templateWorkbook, workbookOf } from './fixtures';

const byKey = (rows: CompareKpiRow[], key: string) => {
  const row = rows.find((r) => r.key === key);
  if (row === undefined) throw new Error(`no row ${key}`);
  return row;
};

/** Money to the cent: |a - b| < 0.005. */
function expectCents(actual: (number | null)[], expected: (number | null)[]) {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((e, i) => (e === null ? expect(actual[i]).toBeNull() : expect(actual[i]).toBeCloseTo(e, 2)));
}

describe('compareKpiRows on the model-comparison template', () => {
  const rows = compareKpiRows(columns(templateWorkbook('model-comparison')));

  it('lists the run rates, the KPIs in order, then each pool depletion and forfeit', () => {
    expect(rows.map((r) => r.key)).toEqual([
      'runRateMonth0',
      'runRateAtCliff',
      'totalCost',
      'creditsApplied',
      'cashCost',
      'creditCoverage',
      'creditCliffMonth',
      'creditsForfeited',
      'cashRunwayMonths',
      'runwayExtensionMonths',
      'pool:poc:depletion',
      'pool:poc:forfeited',
    ]);
    expect(rows.map((r) => r.unit)).toEqual([
      'usd',
      'usd',
      'usd',
      'usd',
      'usd',
      'ratio',
      'month',
      'usd',
      'months',
      'months',
      'month',
      'usd',
    ]);
    expect(byKey(rows, 'pool:poc:depletion').label).toBe('Bedrock POC depletion');
    expect(byKey(rows, 'pool:poc:forfeited').label).toBe('Bedrock POC forfeited');
  });

  it('total cost, credits and cash to the cent, with deltas against Opus', () => {
    const total = byKey(rows, 'totalCost');
    expectCents(total.values, [72_000, 43_200, 14_400]);
    // 43,200 - 72,000 = -28,800 (-28,800 / 72,000 = -40%); 14,400 - 72,000 = -57,600 (-80%)
    expectCents(total.deltas, [0, -28_800, -57_600]);
    expect(total.pct[1]).toBeCloseTo(-0.4, 12);
    expect(total.pct[2]).toBeCloseTo(-0.8, 12);
    expect(total.better).toEqual(['same', 'better', 'better']);

    const credits = byKey(rows, 'creditsApplied');
    expectCents(credits.values, [25_000, 25_000, 14_400]);
    // Haiku applies 14,400 - 25,000 = -10,600 less credit (-10,600 / 25,000 = -42.4%): a cheaper
    // model needs fewer credits, which is neither good nor bad news, so no verdict.
    expectCents(credits.deltas, [0, 0, -10_600]);
    expect(credits.pct[2]).toBeCloseTo(-0.424, 12);
    expect(credits.better).toEqual(['same', 'same', null]);

    const cash = byKey(rows, 'cashCost');
    expectCents(cash.values, [47_000, 18_200, 0]);
    // 18,200 - 47,000 = -28,800; 0 - 47,000 = -47,000 (-100%)
    expectCents(cash.deltas, [0, -28_800, -47_000]);
    expect(cash.pct[2]).toBeCloseTo(-1, 12);
    expect(cash.better).toEqual(['same', 'better', 'better']);
  });

  it('the monthly run rate at month 0 and at the cliff: $3,000 vs $1,800 vs $600', () => {
    const start = byKey(rows, 'runRateMonth0');
    expectCents(start.values, [3_000, 1_800, 600]);
    expect(start.label).toBe('Monthly run rate, month 0');
    // 1,800 - 3,000 = -1,200 (-40%); 600 - 3,000 = -2,400 (-80%)
    expectCents(start.deltas, [0, -1_200, -2_400]);
    expect(start.better).toEqual(['same', 'better', 'better']);
    // Flat volumes: the cliff month costs what every month does; Haiku has no cliff.
    const cliff = byKey(rows, 'runRateAtCliff');
    expectCents(cliff.values, [3_000, 1_800, null]);
    expect(cliff.better).toEqual(['same', 'better', null]);
  });

  it('coverage, forfeits and the credit cliff', () => {
    const coverage = byKey(rows, 'creditCoverage');
    // 25,000 / 72,000, 25,000 / 43,200, 14,400 / 14,400
    expect(coverage.values[0]).toBeCloseTo(25_000 / 72_000, 12);
    expect(coverage.values[1]).toBeCloseTo(25_000 / 43_200, 12);
    expect(coverage.values[2]).toBeCloseTo(1, 12);
    expect(coverage.better).toEqual(['same', 'better', 'better']);

    const forfeited = byKey(rows, 'creditsForfeited');
    expectCents(forfeited.values, [0, 0, 10_600]);
    expectCents(forfeited.deltas, [0, 0, 10_600]);
    // The baseline forfeits nothing, so there is no percentage.
    expect(forfeited.pct).toEqual([null, null, null]);
    expect(forfeited.better).toEqual(['same', 'same', 'worse']);

    const cliff = byKey(rows, 'creditCliffMonth');
    expect(cliff.values).toEqual([8, 13, null]);
    // 13 - 8 = 5 months later; Haiku never pays cash: no delta, but a cliff that vanishes is better.
    expect(cliff.deltas).toEqual([0, 5, null]);
    // No percentage change of a month index (rev 2): month 13 is not "62.5% later" than month 8.
    expect(cliff.pct).toEqual([null, null, null]);
    expect(cliff.better).toEqual(['same', 'better', 'better']);

    // No cash on hand in the template: no runway anywhere, nothing to say.
    expect(byKey(rows, 'cashRunwayMonths').values).toEqual([null, null, null]);
    expect(byKey(rows, 'cashRunwayMonths').deltas).toEqual([null, null, null]);
  });

  it('pool depletion and forfeit, matched by pool id', () => {
    const depletion = byKey(rows, 'pool:poc:depletion');
    expect(depletion.values[0]).toBeCloseTo(8 + 1_000 / 3_000, 12);
    expect(depletion.values[1]).toBeCloseTo(13 + 1_600 / 1_800, 12);
    expect(depletion.values[2]).toBeNull();
    // 13.888... - 8.333... = (13 + 8/9) - (8 + 3/9) = 5 + 5/9 = 50/9
    expect(depletion.deltas[1]).toBeCloseTo(50 / 9, 12);
    expect(depletion.better).toEqual(['same', 'better', 'better']);
    expectCents(byKey(rows, 'pool:poc:forfeited').values, [0, 0, 10_600]);
  });

  it('with Sonnet as the baseline, a cliff that appears is worse', () => {
    const wb = templateWorkbook('model-comparison');
    const cliff = byKey(compareKpiRows(columns(wb, ['haiku', 'sonnet'])), 'creditCliffMonth');
    expect(cliff.values).toEqual([null, 13]);
    expect(cliff.deltas).toEqual([null, null]);
    expect(cliff.better).toEqual(['same', 'worse']);
  });
});

describe('compareKpiRows: runway and pools that exist on one side only', () => {
  // One $10,000/month charge; $1,000,000 cash, $40,000 other burn a month.
  // A: a $50,000 Portfolio pool pays months 0-4, B: a $100,000 one pays months 0-9.
  // Without credits the outflow is 50,000 a month: 1,000,000 / 50,000 = 20 months.
  // A: 5 x 40,000 = 200,000, then 800,000 / 50,000 = 16 more: runway 21, extension 21 - 20 = 1.
  // B: 10 x 40,000 = 400,000, then 600,000 / 50,000 = 12 more: runway 22, extension 2.
  const wb = workbookOf(
    [
      {
        id: 'a',
        horizonMonths: 24,
        pools: [{ id: 'small', name: 'Small', program: 'portfolio', amount: 50_000 }],
        lines: [{ id: 'x', kind: 'service', service: 'other', monthlyCost: 10_000 }],
      },
      {
        id: 'b',
        horizonMonths: 24,
        pools: [{ id: 'large', name: 'Large', program: 'portfolio', amount: 100_000 }],
        lines: [{ id: 'x', kind: 'service', service: 'other', monthlyCost: 10_000 }],
      },
    ],
    { company: { cashOnHand: 1_000_000, otherMonthlyBurn: 40_000 } },
  );
  const rows = compareKpiRows(columns(wb));

  it('longer runway and extension are better', () => {
    const runway = byKey(rows, 'cashRunwayMonths');
    expect(runway.values[0]).toBeCloseTo(21, 9);
    expect(runway.values[1]).toBeCloseTo(22, 9);
    expect(runway.deltas[1]).toBeCloseTo(1, 9);
    expect(runway.pct[1]).toBeCloseTo(1 / 21, 9);
    expect(runway.better).toEqual(['same', 'better']);
    const extension = byKey(rows, 'runwayExtensionMonths');
    expect(extension.values[0]).toBeCloseTo(1, 9);
    expect(extension.values[1]).toBeCloseTo(2, 9);
    expect(extension.better).toEqual(['same', 'better']);
    // Cliff: A pays cash from month 5, B from month 10.
    expect(byKey(rows, 'creditCliffMonth').values).toEqual([5, 10]);
  });

  it('a pool only one scenario has gets rows with null elsewhere and no verdict', () => {
    expect(rows.map((r) => r.key).slice(10)).toEqual([
      'pool:small:depletion',
      'pool:small:forfeited',
      'pool:large:depletion',
      'pool:large:forfeited',
    ]);
    const smallForfeit = byKey(rows, 'pool:small:forfeited');
    expect(smallForfeit.values).toEqual([0, null]);
    expect(smallForfeit.deltas).toEqual([0, null]);
    expect(smallForfeit.better).toEqual(['same', null]);
    const largeForfeit = byKey(rows, 'pool:large:forfeited');
    expect(largeForfeit.values).toEqual([null, 0]);
    expect(largeForfeit.better).toEqual([null, null]);
    // "Absent" is told apart from "never depleted" (both null values).
    expect(byKey(rows, 'pool:large:depletion').present).toEqual([false, true]);
    expect(byKey(rows, 'totalCost').present).toEqual([true, true]);
  });
});

describe('compareKpiRows: scenarios that start in different months', () => {
  // $1,000 a month against a $12,500 Portfolio pool: 12 months paid in full, 500 left for month 12,
  // which pays 500 in cash: the cliff is month 12 and the pool runs out at 12 + 500/1000 = 12.5.
  // A starts Jan 2027 (cliff Jan 2028); B starts Mar 2027 (cliff Mar 2028, offset 12 as well);
  // C starts Mar 2027 with a $10,500 pool: 10 months + 500 -> cliff offset 10, Jan 2028, like A.
  const scenario = (id: string, startMonth: string, amount: number) => ({
    id,
    startMonth,
    horizonMonths: 24,
    pools: [{ id: 'pf', name: 'Portfolio', program: 'portfolio', amount }],
    lines: [{ id: 'x', kind: 'service', service: 'other', monthlyCost: 1_000 }],
  });
  const rows = compareKpiRows(
    columns(
      workbookOf([
        scenario('a', '2027-01', 12_500),
        scenario('b', '2027-03', 12_500),
        scenario('c', '2027-03', 10_500),
      ]),
    ),
  );

  it('keeps each value as an offset from its own start', () => {
    expect(byKey(rows, 'creditCliffMonth').values).toEqual([12, 12, 10]);
    expect(byKey(rows, 'pool:pf:depletion').values).toEqual([12.5, 12.5, 10.5]);
  });

  it('compares calendar months: two months later is later, the same month is the same', () => {
    const cliff = byKey(rows, 'creditCliffMonth');
    // B: Mar 2028 vs Jan 2028 = +2 months, later, better. C: Jan 2028 both: 0, same.
    expect(cliff.deltas).toEqual([0, 2, 0]);
    expect(cliff.better).toEqual(['same', 'better', 'same']);
    const depletion = byKey(rows, 'pool:pf:depletion');
    expect(depletion.deltas).toEqual([0, 2, 0]);
    expect(depletion.better).toEqual(['same', 'better', 'same']);
  });
});

describe('compareCsvRows', () => {
  const wb = templateWorkbook('model-comparison');
  const csv = compareCsvRows(columns(wb));

  it('one header, then per KPI row value, delta and pct for each entry, rounded for a spreadsheet', () => {
    expect(csv[0]).toEqual([
      'key',
      'kpi',
      'unit',
      'opus value',
      'opus delta',
      'opus pct',
      'sonnet value',
      'sonnet delta',
      'sonnet pct',
      'haiku value',
      'haiku delta',
      'haiku pct',
    ]);
    expect(csv).toHaveLength(1 + 12);
    // The run rates come first: 3,000 / 1,800 / 600 a month at month 0, the same at each cliff
    // (Haiku has none); -1,200 / 3,000 = -0.4, -2,400 / 3,000 = -0.8.
    expect(csv[1]).toEqual([
      'runRateMonth0',
      'Monthly run rate, month 0',
      'usd',
      3_000,
      0,
      0,
      1_800,
      -1_200,
      -0.4,
      600,
      -2_400,
      -0.8,
    ]);
    expect(csv[2]).toEqual([
      'runRateAtCliff',
      'Monthly run rate at the cliff',
      'usd',
      3_000,
      0,
      0,
      1_800,
      -1_200,
      -0.4,
      null,
      null,
      null,
    ]);
    // -28,800 / 72,000 = -0.4; -57,600 / 72,000 = -0.8
    expect(csv[3]).toEqual([
      'totalCost',
      'Total cost',
      'usd',
      72_000,
      0,
      0,
      43_200,
      -28_800,
      -0.4,
      14_400,
      -57_600,
      -0.8,
    ]);
    expect(csv[7]).toEqual(['creditCliffMonth', 'Credit cliff', 'month', 8, 0, null, 13, 5, null, null, null, null]);
    // Depletion to 3 decimals: 8.333, 13.889; the delta 50/9 = 5.556.
    expect(csv[11]).toEqual([
      'pool:poc:depletion',
      'Bedrock POC depletion',
      'month',
      8.333,
      0,
      null,
      13.889,
      5.556,
      null,
      null,
      null,
      null,
    ]);
    expect(csv[12]).toEqual([
      'pool:poc:forfeited',
      'Bedrock POC forfeited',
      'usd',
      0,
      0,
      null,
      0,
      0,
      null,
      10_600,
      10_600,
      null,
    ]);
  });
});

describe('percentages against a baseline under a cent (rev 2)', () => {
  it('are not computed: a 5e-324 pool forfeit gives no Infinity', async () => {
    const { compareKpiRows: rowsOf } = await import('../../../../shared/engine');
    const result = (forfeited: number) =>
      ({
        id: 's',
        name: 's',
        startMonth: '2027-01',
        horizonMonths: 1,
        runwayExtrapolated: false,
        kpis: {
          totalCost: 0,
          creditsApplied: 0,
          cashCost: 0,
          creditCoverage: 0,
          creditsForfeited: forfeited,
          creditsRemaining: 0,
          creditCliffMonth: null,
          cashRunwayMonths: null,
          runwayExtensionMonths: null,
        },
        pools: [],
        lines: [],
        cost: new Float64Array(1),
        credits: new Float64Array(1),
        cash: new Float64Array(1),
        issues: [],
      }) as never;
    const rows = rowsOf([
      { ref: 'a', name: 'a', result: result(5e-324) },
      { ref: 'b', name: 'b', result: result(100) },
    ] as never);
    const row = rows.find((r) => r.key === 'creditsForfeited')!;
    // 100 - 5e-324 over a baseline of 5e-324 would be Infinity; under a cent there is no percentage.
    expect(row.pct).toEqual([null, null]);
  });
});
