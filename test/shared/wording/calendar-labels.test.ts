// Issue 14, item 8 (rev 2 calendar labels), checked on every surface against hand arithmetic.
//
// One service line of $1,000 a month from Jan 2027 over 12 months, three general pools:
//   Founders   $3,000 from month 0, valid 12 months: pays 1,000 in months 0, 1 and 2. In month 2
//              it holds 1,000 and is offered 1,000: depletion = 2 + 1,000/1,000 = 3.0. Its last
//              dollar went in month 2, so it is "used up in Mar 2027" (not Apr 2027, month 3).
//              expiryMonth = 0 + 12 = 12, so it is "usable through" month 11, Dec 2027.
//   Late award $2,400 from month 4 (May 2027), valid 6 months: nothing before May, so months 0-3
//              show no balance (not $2,400). Month 4 pays 1,000 (1,400 left), month 5 1,000 (400
//              left), month 6 the last 400 of 1,000: depletion = 6 + 400/1,000 = 6.4 -> Jul 2027.
//              expiryMonth = 4 + 6 = 10 -> usable through month 9, Oct 2027.
//   Short      $10,000 from month 10, valid 1 month: pays 1,000 in month 10 and forfeits 9,000
//              at its end; never used up; expiryMonth 11 -> usable through month 10, Nov 2027.
// Cash: month 3 (no pool yet) 1,000; month 6 1,000 - 400 = 600; months 7-9 1,000; month 11 1,000.
import { describe, expect, it } from 'vitest';
import { compareKpiRows, createEngine, exportTable, lastDollarMonth, type CsvRows } from '../../../shared/engine';
import { renderWorkbookSummary } from '../../../cli/summary-report';
import { PLAIN } from '../../../cli/style';
import { poolRowView } from '../../../renderer/src/features/results/pool-rows';
import { buildMonthlyView } from '../../../renderer/src/features/results/monthly-rows';
import { monthMarkers, poolBalanceRows } from '../../../renderer/src/features/charts/chart-data';
import { balanceCaption } from '../../../renderer/src/features/charts/chart-captions';
import { valueCell } from '../../../renderer/src/features/compare/kpi-cells';
import { usableThroughText, usedUpMonthName, usedUpText } from '../../../shared/wording';
import { flat, workbook } from '../engine/fixtures';

const wb = workbook({
  horizonMonths: 12,
  lines: [flat('ops', 1_000)],
  pools: [
    { id: 'a', name: 'Founders', program: 'portfolio', amount: 3_000, startMonth: 0, validityMonths: 12 },
    { id: 'b', name: 'Late award', program: 'portfolio', amount: 2_400, startMonth: 4, validityMonths: 6 },
    { id: 'c', name: 'Short', program: 'portfolio', amount: 10_000, startMonth: 10, validityMonths: 1 },
  ],
});
const result = createEngine().computeScenario(wb, 's');
const [founders, late, short] = result.pools;

/** A table's cell by row index and header name. */
function cell(rows: CsvRows, row: number, header: string) {
  const i = rows[0].indexOf(header);
  expect(i, header).toBeGreaterThanOrEqual(0);
  return rows[row][i];
}

describe('the month of the last dollar (rev 2)', () => {
  it('is the month a depletion falls in, and the month before when it is a whole number', () => {
    expect(lastDollarMonth(13.2)).toBe(13);
    expect(lastDollarMonth(2.4)).toBe(2);
    // 3.0: month 2 had b = d and spent the last dollar; month 3 never drew on the pool.
    expect(lastDollarMonth(3)).toBe(2);
    expect(lastDollarMonth(3, [1, 1, 1, 0])).toBe(2);
    // A balance too small to move the sum (5 + 5e-324 is 5): month 5 drew it, so month 5.
    expect(lastDollarMonth(5, [0, 0, 0, 0, 0, 5e-324])).toBe(5);
  });

  it('the engine gives the depletions of the hand arithmetic', () => {
    expect(founders.depletionMonth).toBe(3);
    expect(late.depletionMonth).toBeCloseTo(6.4, 12);
    expect(short.depletionMonth).toBeNull();
    expect(short.forfeited).toBeCloseTo(9_000, 9);
    expect(Array.from(result.cash)).toEqual([0, 0, 0, 1000, 0, 0, 600, 1000, 1000, 1000, 0, 1000]);
  });

  it('shared wording: used up in, usable through', () => {
    expect(usedUpText('2027-01', founders)).toBe('used up in Mar 2027');
    expect(usedUpText('2027-01', late)).toBe('used up in Jul 2027');
    expect(usedUpText('2027-01', short)).toBeNull();
    expect(usableThroughText('2027-01', founders.expiryMonth)).toBe('usable through Dec 2027');
    expect(usableThroughText('2027-01', late.expiryMonth)).toBe('usable through Oct 2027');
    expect(usableThroughText('2027-01', short.expiryMonth)).toBe('usable through Nov 2027');
    // The example: start 2027-01, depletion exactly 3.0 -> Mar 2027.
    expect(usedUpMonthName('2027-01', { depletionMonth: 3, draw: new Float64Array(12) })).toBe('Mar 2027');
  });
});

describe('CSV exports', () => {
  it('pools: depletion and 100% used months are the months of the last dollar; usable through is added', () => {
    const rows = exportTable('pools', result, wb.scenarios[0]);
    expect(cell(rows, 1, 'depletion index')).toBe(3);
    expect(cell(rows, 1, 'depletion month')).toBe('2027-03');
    expect(cell(rows, 1, '100% used month')).toBe('2027-03');
    // 75% of 3,000 = 2,250: 2,000 used by the end of month 1, 250 of month 2's 1,000 -> 2.25, Mar.
    expect(cell(rows, 1, '75% used month')).toBe('2027-03');
    // The contract's columns stay: expiry index/month are the first month it no longer pays.
    expect(cell(rows, 1, 'expiry index')).toBe(12);
    expect(cell(rows, 1, 'expiry month')).toBe('2028-01');
    expect(cell(rows, 1, 'usable through')).toBe('2027-12');
    expect(cell(rows, 2, 'depletion month')).toBe('2027-07');
    expect(cell(rows, 2, 'usable through')).toBe('2027-10');
    expect(cell(rows, 3, 'depletion month')).toBeNull();
    expect(cell(rows, 3, 'usable through')).toBe('2027-11');
    // No allocation column for AWS's billing order.
    expect(rows[0]).not.toContain('allocation');
  });

  it('monthly: a late award shows no balance before it starts', () => {
    const rows = exportTable('monthly', result, wb.scenarios[0]);
    // Month 3 (Apr 2027): Founders is empty, Late award and Short have not started.
    expect(rows[4]).toEqual([3, '2027-04', 1000, 0, 1000, 0, 0, 0, null, 0, null]);
    // Month 4: Late award pays 1,000 of its 2,400: 1,400 left.
    expect(cell(rows, 5, 'Late award balance')).toBe(1400);
    expect(cell(rows, 10, 'Short balance')).toBeNull();
    // Month 10: Short pays 1,000 and forfeits the other 9,000 at the month's end: 0.
    expect(cell(rows, 11, 'Short draw')).toBe(1000);
    expect(cell(rows, 11, 'Short balance')).toBe(0);
  });
});

describe('CLI compute text', () => {
  it('lists each pool used up in the month of its last dollar and usable through its last month', () => {
    const text = renderWorkbookSummary('plan.creditstack', wb, [result], PLAIN);
    const line = (name: string) => text.split('\n').find((l) => l.trimStart().startsWith(name))!;
    expect(text).toMatch(/Used up in\s+Usable through/);
    expect(line('Founders')).toMatch(/2027-03 \(month 2\)\s+2027-12 \(month 11\)$/);
    expect(line('Late award')).toMatch(/2027-07 \(month 6\)\s+2027-10 \(month 9\)$/);
    expect(line('Short')).toMatch(/not used up\s+2027-11 \(month 10\)$/);
  });
});

describe('app', () => {
  it('pools table: used up in and usable through', () => {
    const row = poolRowView(founders, result, wb.scenarios[0]);
    expect(row.depletion).toBe('Mar 2027');
    expect(row.depletionOffset).toBe('month 2');
    expect(row.expiry).toBe('Dec 2027');
    expect(row.used100.text).toBe('Mar 2027');
    expect(row.used75.text).toBe('Mar 2027');
    expect(poolRowView(late, result, wb.scenarios[0]).depletion).toBe('Jul 2027');
    expect(poolRowView(short, result, wb.scenarios[0]).expiry).toBe('Nov 2027');
  });

  it('monthly table and balance chart: nothing before a late award starts', () => {
    const view = buildMonthlyView(result);
    expect(view.rows[3].pools.map((p) => p.balance)).toEqual([0, null, null]);
    expect(view.rows[4].pools[1].balance).toBe(1400);
    const chart = poolBalanceRows(result);
    expect(chart.rows[3]).toMatchObject({ b0: 0, b1: null, b2: null });
    expect(chart.rows[4]).toMatchObject({ b1: 1400 });
  });

  it('chart caption and markers', () => {
    expect(balanceCaption(result)).toBe(
      'Founders is used up in Mar 2027; Late award is used up in Jul 2027; Short forfeits $9,000 at expiry.',
    );
    // Markers at each pool's last usable month inside the horizon (Founders' is the last month,
    // month 11, since it expires at 12 = the horizon: not drawn), and the cliff at month 3.
    expect(monthMarkers(result).map((m) => `${m.month} ${m.text}`)).toEqual([
      'Apr 27 Credit cliff',
      'Oct 27 Late award: last usable month',
      'Nov 27 Short: last usable month',
    ]);
  });

  it('compare view: a pool depletion of 3.0 reads Mar 2027', () => {
    const columns = [{ ref: 'plan#s', name: 'Test', result }];
    const row = compareKpiRows(columns).find((r) => r.key === 'pool:a:depletion')!;
    expect(row.values[0]).toBe(3);
    expect(valueCell(row, 3, { result, company: { cashOnHand: null } }).text).toBe('Mar 2027');
  });
});
