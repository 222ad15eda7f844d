// Runway past the horizon: a vanishing last-month outflow means "never runs out" (null), never
// an infinite number that the CSV writer and the JSON output could not carry.
import { describe, expect, it } from 'vitest';
import { summaryTable, cashRunwayMonths, createEngine } from '../../../shared/engine';
import { toCsv } from '../../../shared/io';
import { flat, workbook } from './fixtures';

describe('cash runway', () => {
  it('is fractional within the horizon: 1,000 cash at 300 a month runs out in month 3 + 100/300', () => {
    expect(cashRunwayMonths(1_000, 300, new Float64Array(6))).toBeCloseTo(3 + 100 / 300, 12);
  });

  it("continues past the horizon at the last month's outflow: 1,000 at 100 a month over 4 months -> 10", () => {
    // 4 months use 400; 600 left at 100 a month lasts 6 more: 10.
    expect(cashRunwayMonths(1_000, 0, new Float64Array([100, 100, 100, 100]))).toBeCloseTo(10, 12);
  });

  it('is null when nothing flows out after the horizon, however small the cash left', () => {
    expect(cashRunwayMonths(1_000, 0, new Float64Array([100, 0]))).toBeNull();
  });

  it('is null, not Infinity, when the last outflow is too small for the division to stay finite', () => {
    // 5e-324 is the smallest positive double: 1e6 / 5e-324 overflows to Infinity.
    expect(cashRunwayMonths(1e6, 0, new Float64Array([5e-324]))).toBeNull();
  });

  it('a workbook whose last month costs a sliver of a cent exports its summary CSV', () => {
    const wb = workbook({
      company: { cashOnHand: 1_000_000, otherMonthlyBurn: 0 },
      lines: [flat('sliver', 1e-310)],
      horizonMonths: 3,
    });
    const result = createEngine().computeScenario(wb, 's');
    expect(result.kpis.cashRunwayMonths).toBeNull();
    const csv = toCsv(summaryTable(result));
    // cashRunwayMonths is written as an empty cell.
    expect(csv).toMatch(/\ncashRunwayMonths,\r?\n/);
  });
});
