// Rounding and footing of the CSV tables (issue 14 item 9): money is rounded half away from zero
// on its decimal value, and every total is the sum of the rounded cells it totals.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportionCents, cents, createEngine, exportTable, type CsvRows } from '../../../shared/engine';
import { workbookSchema } from '../../../shared/model';
import { formatMoneyCents, formatMoneyDeltaAscii } from '../../../shared/wording';
import { workbookInputArb } from '../model/workbook-arbitrary';
import { flat, workbook as fixture } from './fixtures';
import { centsBlockRows } from '../io/cents-block-rows';
import { moneyWorkbookArb } from './money-workbook-arbitrary';

describe('cents: half away from zero on the decimal value', () => {
  it('rounds the written decimal, not the double', () => {
    // 1.005 is stored as 1.00499999999999989...; Math.round(1.005 * 100) / 100 gives 1.00.
    // The decimal 1.005 is exactly half way between 1.00 and 1.01; away from zero -> 1.01.
    expect(Math.round(1.005 * 100) / 100).toBe(1); // the binary accident this replaces
    expect(cents(1.005)).toBe(1.01);
    // 2.675 (stored 2.67499999...) half way between 2.67 and 2.68 -> 2.68.
    expect(cents(2.675)).toBe(2.68);
    // -1.005: half way between -1.00 and -1.01; away from zero -> -1.01.
    expect(cents(-1.005)).toBe(-1.01);
    // 1.004 is below the half -> 1.00; 1.0051 above it -> 1.01.
    expect(cents(1.004)).toBe(1);
    expect(cents(1.0051)).toBe(1.01);
    // -0.004 rounds to zero and is written 0, never -0.
    expect(Object.is(cents(-0.004), 0)).toBe(true);
  });

  it('the CLI text rounds the same way', () => {
    expect(formatMoneyCents(1.005)).toBe('$1.01');
    expect(formatMoneyCents(2.675)).toBe('$2.68');
    expect(formatMoneyCents(-1.005)).toBe('-$1.01');
    // 1234.565: half way between 1234.56 and 1234.57 -> 1234.57.
    expect(formatMoneyCents(1234.565)).toBe('$1,234.57');
    expect(formatMoneyDeltaAscii(-0.004)).toBe('$0.00');
    expect(formatMoneyDeltaAscii(0.005)).toBe('+$0.01');
  });
});

describe('apportionCents', () => {
  it('hands the missing cents to the cells rounding cut most', () => {
    // Three thirds of $1.00: each 0.3333... rounds to 33 cents, 99 in all; the total is 100 cents.
    // The one missing cent goes to the first of the equal remainders: 34 + 33 + 33 = 100.
    expect(apportionCents([1 / 3, 1 / 3, 1 / 3], 100)).toEqual([34, 33, 33]);
    // 0.004 + 0.004 + 0.004 = 0.012 -> total 1 cent; each cell rounds to 0, so one cell takes it.
    expect(apportionCents([0.004, 0.004, 0.004], 1)).toEqual([1, 0, 0]);
    // 0.015 (-> 2 cents) + 0.015 (-> 2) = 4 cents, total 0.03 -> 3 cents: one cell gives one back.
    expect(apportionCents([0.015, 0.015], 3).reduce((a, b) => a + b, 0)).toBe(3);
    // Cells that already foot are left as their own rounding: 1.005 -> 101, 2.675 -> 268; 369.
    expect(apportionCents([1.005, 2.675], 369)).toEqual([101, 268]);
  });
});

/** Whole cents of a CSV money cell (cells are numbers written to two decimals). */
function c(cell: unknown): number {
  expect(typeof cell).toBe('number');
  const k = Math.round((cell as number) * 100);
  // The cell is itself a whole number of cents.
  expect(k / 100).toBe(cell);
  return k;
}

function column(rows: CsvRows, name: string): number[] {
  const i = rows[0].indexOf(name);
  expect(i).toBeGreaterThanOrEqual(0);
  return rows.slice(1).map((r) => c(r[i]));
}

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('the pools table foots with the monthly draws', () => {
  it("a pool's used is the sum of its rounded draws", () => {
    // One line of $0.335 a month for three months, paid in full by a $100 pool valid 12 months.
    // Each month: credits 0.335 -> 0.34 (half away from zero on the decimal), so the pool's draw
    // column reads 0.34, 0.34, 0.34. Used exactly is 3 x 0.335 = 1.005, which rounded on its own
    // is 1.01; footed with the draws it is 0.34 + 0.34 + 0.34 = 1.02.
    const workbook = fixture({
      horizonMonths: 3,
      lines: [flat('a', 0.335)],
      pools: [
        { id: 'founders', name: 'Founders', program: 'founders', amount: 100, startMonth: 0, validityMonths: 12 },
      ],
    });
    const scenario = workbook.scenarios[0];
    const result = createEngine().computeScenario(workbook, scenario.id);
    expect(cents(result.pools[0].used)).toBe(1.01); // what rounding alone gave
    const monthly = exportTable('monthly', result, scenario);
    expect(monthly.slice(1).map((row) => row[monthly[0].indexOf('Founders draw')])).toEqual([0.34, 0.34, 0.34]);
    const pools = exportTable('pools', result, scenario);
    expect(pools[1][pools[0].indexOf('used')]).toBe(1.02);
    // The other figures are rounded on their own: amount 100, nothing forfeited within three
    // months, remaining 100 - 1.005 = 98.995 -> 99.00 (the monthly table's last balance too).
    expect(pools[1][pools[0].indexOf('amount')]).toBe(100);
    expect(pools[1][pools[0].indexOf('forfeited')]).toBe(0);
    expect(pools[1][pools[0].indexOf('remaining')]).toBe(99);
    expect(monthly[3][monthly[0].indexOf('Founders balance')]).toBe(99);
  });
});

describe('every CSV foots on random workbooks', () => {
  it('totals equal the sums of their rounded cells, and the tables agree to the cent', () => {
    const engine = createEngine();
    fc.assert(
      fc.property(fc.oneof(moneyWorkbookArb, workbookInputArb), (input) => {
        const workbook = workbookSchema.parse(input);
        const results = engine.computeWorkbook(workbook);
        workbook.scenarios.forEach((scenario, s) => {
          const result = results[s];
          const monthly = exportTable('monthly', result, scenario);
          const lines = centsBlockRows(exportTable('lines', result, scenario));
          const summary = exportTable('summary', result, scenario);
          const cost = column(monthly, 'cost');
          const credits = column(monthly, 'credits');
          const cash = column(monthly, 'cash');
          // Monthly rows: cost = credits + cash, credits = the sum of the pools' draws.
          const drawColumns = monthly[0].flatMap((h, i) => (typeof h === 'string' && h.endsWith(' draw') ? [i] : []));
          for (let m = 0; m < cost.length; m++) {
            expect(cost[m]).toBe(credits[m] + cash[m]);
            const row = monthly[m + 1];
            expect(sum(drawColumns.map((i) => c(row[i])))).toBe(credits[m]);
          }
          // Pools: each pool's used is the sum of its draw column (pools in the same order).
          const pools = exportTable('pools', result, scenario);
          const used = column(pools, 'used');
          expect(used).toHaveLength(drawColumns.length);
          drawColumns.forEach((i, p) => {
            expect(monthly[0][i]).toBe(`${pools[p + 1][1] || pools[p + 1][0]} draw`);
            expect(used[p]).toBe(sum(monthly.slice(1).map((row) => c(row[i]))));
          });
          // Summary totals are the monthly table's column sums.
          const kpi = new Map(summary.slice(1).map((r) => [r[0], r[1]] as const));
          expect(c(kpi.get('totalCost'))).toBe(sum(cost));
          expect(c(kpi.get('creditsApplied'))).toBe(sum(credits));
          expect(c(kpi.get('cashCost'))).toBe(sum(cash));
          // Lines: each row's total is the sum of its month cells; when there are lines, each
          // month's column sums to the monthly table's cost.
          const body = lines.slice(1);
          for (const row of body) expect(c(row[5])).toBe(sum(row.slice(6).map(c)));
          if (body.length > 0) {
            for (let m = 0; m < cost.length; m++) expect(sum(body.map((r) => c(r[6 + m])))).toBe(cost[m]);
            expect(sum(body.map((r) => c(r[5])))).toBe(sum(cost));
          }
          // Rounding stays honest: the rounded totals are within a cent per month of the exact ones.
          expect(Math.abs(sum(cost) / 100 - result.kpis.totalCost)).toBeLessThanOrEqual(
            0.01 * Math.max(1, cost.length) + 1e-6 * result.kpis.totalCost,
          );
        });
      }),
      { numRuns: 150 },
    );
  });
});
