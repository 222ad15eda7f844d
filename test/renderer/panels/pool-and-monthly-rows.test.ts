import { describe, expect, it } from 'vitest';
import { buildMonthlyView } from '../../../renderer/src/features/results/monthly-rows';
import { poolRowView, poolTotals } from '../../../renderer/src/features/results/pool-rows';
import { monthOffsetShort } from '../../../shared/wording';
import { compute, forfeitWorkbook, sonnetWorkbook } from './fixtures';

describe('pool results rows', () => {
  const wb = sonnetWorkbook();
  const result = compute(wb);
  const row = poolRowView(result.pools[0], result, wb.scenarios[0]);

  it('give depletion, expiry and e-mail months as calendar months', () => {
    expect(row.programName).toBe('Bedrock POC funding');
    expect(row.name).toBe('Bedrock POC');
    expect(row.nameIsProgram).toBe(false);
    // The one line is funded by this pool: declared = 24 x 1,800 = 43,200 > 25,000.
    expect(row.declared).toBeCloseTo(43_200, 6);
    expect(row.overDeclared).toBe(true);
    // 13 + 1,600 / 1,800 = 13.889: the last dollar goes in month 13 = Feb 2028.
    expect(row.depletion).toBe('Feb 2028');
    expect(row.depletionOffset).toBe('month 13');
    expect(row.monthsFunded).toBe('13.9 mo');
    // Valid 24 months from Jan 2027: expiryMonth 24, usable through month 23 = Dec 2028 (rev 2).
    expect(row.expiry).toBe('Dec 2028');
    expect(row.expiryNote).toBe('month 23');
    // 75% of 25,000 = 18,750; 10 months use 18,000, so it is crossed in month 10 = Nov 2027.
    expect(row.used75.text).toBe('Nov 2027');
    expect(row.used100.text).toBe('Feb 2028');
    // 60 and 30 days at 30 days a month: 24 - 2 = month 22 (Nov 2028), 24 - 1 = 23 (Dec 2028).
    expect(row.expiry60.text).toBe('Nov 2028');
    expect(row.expiry30.text).toBe('Dec 2028');
    expect(row.expiry30.afterHorizon).toBe(false);
  });

  it('explain a pool that expires with a balance, and an excluded one', () => {
    const f = forfeitWorkbook();
    const r = compute(f);
    const forfeiting = poolRowView(r.pools[0], r, f.scenarios[0]);
    // 12 months x 1,000 = 12,000 used; 13,000 lost at the end of Dec 2027.
    expect(forfeiting.used).toBeCloseTo(12_000, 6);
    expect(forfeiting.forfeited).toBeCloseTo(13_000, 6);
    expect(forfeiting.depletion).toBe('Not used up');
    expect(forfeiting.depletionOffset).toBeNull();
    expect(forfeiting.used75.text).toBe('Not reached');
    // expiryMonth 12: usable through month 11 = Dec 2027.
    expect(forfeiting.expiry).toBe('Dec 2027');

    const excluded = poolRowView(r.pools[0], r, { pools: [{ ...f.scenarios[0].pools[0], included: false }] });
    expect(excluded.status).toBe('excluded');
    const totals = poolTotals([forfeiting, excluded]);
    // The excluded pool's amount is not counted as available.
    expect(totals.amount).toBe(25_000);
    expect(totals.forfeited).toBeCloseTo(26_000, 6);
  });

  it('never rounds a month offset up into the next month', () => {
    expect(monthOffsetShort(13 + 1600 / 1800)).toBe('13.9');
    expect(monthOffsetShort(12.96)).toBe('12.96');
    expect(monthOffsetShort(12.996)).toBe('12.99');
    expect(monthOffsetShort(4)).toBe('4.0');
  });
});

describe('month-by-month rows', () => {
  it('carry the worked example month by month, with the cliff and totals', () => {
    const view = buildMonthlyView(compute(sonnetWorkbook()));
    expect(view.rows).toHaveLength(24);
    expect(view.pools).toEqual([{ id: 'poc', name: 'Bedrock POC' }]);
    expect(view.rows[0].month).toBe('Jan 2027');
    expect(view.rows[0].pools[0].draw).toBeCloseTo(1_800, 9);
    // 25,000 - 1,800 = 23,200 after the first month.
    expect(view.rows[0].pools[0].balance).toBeCloseTo(23_200, 9);
    // Month 13 (Feb 2028): credits 1,600, cash 200; the only cliff row.
    expect(view.cliffIndex).toBe(13);
    expect(view.rows[13].month).toBe('Feb 2028');
    expect(view.rows[13].credits).toBeCloseTo(1_600, 9);
    expect(view.rows[13].cash).toBeCloseTo(200, 9);
    expect(view.rows.filter((r) => r.isCliff).map((r) => r.index)).toEqual([13]);
    expect(view.totals.cost).toBeCloseTo(43_200, 6);
    expect(view.totals.credits).toBeCloseTo(25_000, 6);
    expect(view.totals.cash).toBeCloseTo(18_200, 6);
    expect(view.totals.draws[0]).toBeCloseTo(25_000, 6);
    expect(view.totals.forfeited[0]).toBe(0);
  });

  it('mark the month a pool forfeits its balance', () => {
    const view = buildMonthlyView(compute(forfeitWorkbook()));
    // Valid months 0-11: the 13,000 left is lost at the end of month 11 (Dec 2027).
    expect(view.rows[11].month).toBe('Dec 2027');
    expect(view.rows[11].pools[0].forfeited).toBeCloseTo(13_000, 6);
    expect(view.rows[11].pools[0].balance).toBe(0);
    expect(view.rows.filter((r) => r.pools[0].forfeited > 0)).toHaveLength(1);
    expect(view.totals.forfeited[0]).toBeCloseTo(13_000, 6);
    // From month 12 on, the whole 1,000 is cash: the cliff is Jan 2028.
    expect(view.cliffIndex).toBe(12);
  });
});
