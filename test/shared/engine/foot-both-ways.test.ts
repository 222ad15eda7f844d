// The pools' monthly draws footed both ways: each month's draws add up to the month's credits,
// each pool's draws to what it paid, every cell its exact value rounded down or up.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  apportionCents,
  columnTargets,
  createEngine,
  exportTable,
  footBothWays,
  footedMonths,
  wholeCents,
} from '../../../shared/engine';
import { seriesA } from '../ranges/series-a';

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('footing a table both ways', () => {
  it('moves a cent to the column that misses it, keeping every row', () => {
    // Three months; pool A draws $0.004 and pool B $0.006 each month. Each month's credits are
    // $0.01: 1 cent. A paid 3 x 0.004 = $0.012 -> 1 cent; B 3 x 0.006 = $0.018 -> 2 cents.
    // Footing the months alone gives each month's cent to B (0.6 cent beats 0.4): A 0, B 3.
    // Both ways: B's largest fractions first (months 0 and 1), then B has its 2 cents, and
    // month 2's cent goes to A.
    const months = [
      [0.004, 0.006],
      [0.004, 0.006],
      [0.004, 0.006],
    ];
    expect(months.map((m) => apportionCents(m, 1))).toEqual([
      [0, 1],
      [0, 1],
      [0, 1],
    ]);
    expect(footBothWays(months, [1, 1, 1], [1, 2])).toEqual([
      [0, 1],
      [0, 1],
      [1, 0],
    ]);
  });

  it('finds a cent that only moving another cent can place', () => {
    // Two months, two pools: month 0 A 0.9 cent, B 0.1; month 1 A 0.1, B 0.9. Months 1 cent each,
    // A 2 cents, B none. Rounded down every cell is 0. Largest fractions first: A0 (0.9) takes
    // month 0's cent; B1 (0.9) may not (B wants none); A1 (0.1) takes month 1's.
    expect(
      footBothWays(
        [
          [0.009, 0.001],
          [0.001, 0.009],
        ],
        [1, 1],
        [2, 0],
      ),
    ).toEqual([
      [1, 0],
      [1, 0],
    ]);
    // Month 0: A 0.9 cent, B 0.8; month 1: A 0.7, B 2 cents (whole). Months 1 and 3 cents, A 1 and
    // B 3. Rounded down: month 1 has B's 2; month 0 and month 1 each miss a cent, A and B each one.
    // Largest fraction first: A0 (0.9) takes month 0's cent and A's; then B0 (month 0 paid) and A1
    // (A paid) may not. Month 1 and B still miss a cent with no open cell between them (B1 is
    // whole), so the cent moves along a path: month 1 -> A (A1 raised) -> month 0 (A0 lowered) ->
    // B (B0 raised).
    expect(
      footBothWays(
        [
          [0.009, 0.008],
          [0.007, 0.02],
        ],
        [1, 3],
        [1, 3],
      ),
    ).toEqual([
      [0, 1],
      [1, 2],
    ]);
  });

  it('says when no table can do both', () => {
    // Totals that differ: months 1 cent, pools 2 cents.
    expect(footBothWays([[0.005]], [1], [2])).toBeNull();
    // A whole cell cannot move: $1.00 is 100 cents, a target of 101 is out of reach.
    expect(footBothWays([[1]], [101], [101])).toBeNull();
    // A negative or missing draw is not rounded here.
    expect(footBothWays([[-0.01]], [-1], [-1])).toBeNull();
  });

  it('gives each column a target its cells can reach: a column of zeros stays at 0', () => {
    // Pool A draws nothing; pool B $4.71411, $0, $123.614 and $168.104 (cents 471.411, 0,
    // 12,361.4, 16,810.4). The months' credits round to 471 + 0 + 12,361 + 16,810 = 29,642 cents;
    // B alone sums to 29,643.211 -> 29,643, a cent over. Handed out by largest remainder over
    // both columns, the cent came off A (rounding took nothing from it: 0 beats B's -0.211),
    // which made A -1 and no table possible. Within reach, A stays 0 and B takes 29,642.
    const months = [
      [0, 4.71411],
      [0, 0],
      [0, 123.614],
      [0, 168.104],
    ];
    expect(apportionCents([0, 296.43211], 29_642)).toEqual([-1, 29_643]); // what went wrong
    expect(columnTargets(months, 2, 29_642)).toEqual([0, 29_642]);
    expect(footBothWays(months, [471, 0, 12_361, 16_810], [0, 29_642])).toEqual([
      [0, 471],
      [0, 0],
      [0, 12_361],
      [0, 16_810],
    ]);
    // Beyond every column's reach: two whole cells of $1 cannot make 201 cents.
    expect(columnTargets([[1, 1]], 2, 201)).toBeNull();
  });

  it('foots rows and columns and keeps each cell within a cent of its value, on random tables', () => {
    const table = fc
      .record({ months: fc.integer({ min: 1, max: 36 }), pools: fc.integer({ min: 1, max: 6 }) })
      .chain(({ months, pools }) =>
        fc.array(fc.array(fc.integer({ min: 0, max: 5_000_000 }), { minLength: pools, maxLength: pools }), {
          minLength: months,
          maxLength: months,
        }),
      )
      // Values in tenths of a cent, some whole cents, some zero.
      .map((rows) => rows.map((row) => row.map((v) => (v % 7 === 0 ? 0 : v % 5 === 0 ? v / 100 : v / 1000) / 100)));
    fc.assert(
      fc.property(table, (cells) => {
        const monthCents = cells.map((row) => wholeCents(sum(row)));
        const poolCents = columnTargets(cells, cells[0].length, sum(monthCents));
        expect(poolCents).not.toBeNull();
        const footed = footBothWays(cells, monthCents, poolCents!);
        expect(footed).not.toBeNull();
        footed!.forEach((row, m) => {
          expect(sum(row)).toBe(monthCents[m]);
          row.forEach((k, p) => {
            expect(k).toBeGreaterThanOrEqual(Math.floor(cells[m][p] * 100 - 1e-6));
            expect(k).toBeLessThanOrEqual(Math.ceil(cells[m][p] * 100 + 1e-6));
          });
        });
        poolCents!.forEach((target, p) => expect(sum(footed!.map((row) => row[p]))).toBe(target));
      }),
      // A fixed seed: the same 300 tables every run. Footing both ways is not possible for every
      // table (footedMonths then foots the months alone); none of these needs that.
      { numRuns: 300, seed: 20261206 },
    );
  });
});

describe('the pools table of a plan that spends every pool', () => {
  it("shows each pool's amount as used, and its draws add up to it", () => {
    // The Series-A template's first scenario spends all three pools (remaining and forfeited 0):
    // each paid exactly its amount, $100,000, $25,000 and $25,000. Footing the months alone, the
    // cents moved between pools over 24 months and read $99,999.99 and $25,000.01.
    const workbook = seriesA();
    const scenario = workbook.scenarios[0];
    const result = createEngine().computeScenario(workbook, scenario.id);
    const pools = exportTable('pools', result, scenario);
    const at = (name: string) => pools[0].indexOf(name);
    expect(pools.slice(1).map((row) => [row[at('amount')], row[at('used')], row[at('remaining')]])).toEqual([
      [100_000, 100_000, 0],
      [25_000, 25_000, 0],
      [25_000, 25_000, 0],
    ]);
    const monthly = exportTable('monthly', result, scenario);
    const draws = monthly[0].flatMap((h, i) => (typeof h === 'string' && h.endsWith(' draw') ? [i] : []));
    const cents = (v: unknown) => Math.round(Number(v) * 100);
    expect(draws.map((i) => sum(monthly.slice(1).map((row) => cents(row[i]))) / 100)).toEqual([
      100_000, 25_000, 25_000,
    ]);
  });

  it('foots a result once, however many tables read it', () => {
    // The KPI cards, the lines grid and the pools and monthly tables each ask for the same
    // result's footed months on every results message: the second ask is the first answer.
    const workbook = seriesA();
    const [first, second] = createEngine().computeWorkbook(workbook);
    expect(footedMonths(first)).toBe(footedMonths(first));
    expect(footedMonths(second)).not.toBe(footedMonths(first));
  });
});
