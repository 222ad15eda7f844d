import { describe, expect, it } from 'vitest';
import {
  buildKpiCards,
  horizonSpan,
  KPI_CARD_NAMES,
  type KpiCardView,
} from '../../../renderer/src/features/results/kpi-view';
import { monthsDeltaText, monthsText } from '../../../shared/wording';
import { compute, sonnetWorkbook } from './fixtures';

function byName(cards: KpiCardView[]) {
  return Object.fromEntries(cards.map((c) => [c.name, c]));
}

describe('KPI cards', () => {
  it('show the worked example in dollars, percent and calendar months', () => {
    const wb = sonnetWorkbook({ cashOnHand: 100_000, otherMonthlyBurn: 0 });
    const cards = byName(buildKpiCards(compute(wb), wb.company, wb.scenarios[0]));
    expect(Object.keys(cards)).toEqual([...KPI_CARD_NAMES]);
    // 24 months x $1,800 = $43,200; the pool pays $25,000; cash = 43,200 - 25,000 = 18,200.
    expect(cards.totalCost.value).toBe('$43,200');
    expect(cards.totalCost.detail).toBe('over 24 months (Jan 2027 – Dec 2028)');
    expect(cards.creditsApplied.value).toBe('$25,000');
    expect(cards.creditsApplied.detail).toBe('of $25,000 in 1 pool');
    expect(cards.cashCost.value).toBe('$18,200');
    // 25,000 / 43,200 = 0.5787 -> 57.9%.
    expect(cards.creditCoverage.value).toBe('57.9%');
    // 13 months x 1,800 = 23,400 leaves 1,600 < 1,800: cash starts at month 13 = Jan 2027 + 13 = Feb 2028.
    expect(cards.creditCliffMonth.value).toBe('Feb 2028');
    expect(cards.creditCliffMonth.aside).toBe('month 13');
    expect(cards.creditsForfeited.value).toBe('$0.00');
    expect(cards.creditsForfeited.tone).toBe('neutral');
    // Cash paid: 200 in month 13, then 10 x 1,800 = 18,000 -> 18,200 by Dec 2028, 81,800 left.
    // Past the horizon 1,800 a month: 81,800 / 1,800 = 45.444 -> runway 24 + 45.444 = 69.444,
    // month 69 = Jan 2027 + 5 years 9 months = Oct 2032.
    expect(cards.cashRunwayMonths.value).toBe('69.4 months');
    expect(cards.cashRunwayMonths.detail).toBe('cash runs out in Oct 2032 (after Dec 2028, at its spend)');
    // Without credits: 100,000 / 1,800 = 55.556 months; 69.444 - 55.556 = 13.889.
    expect(cards.runwayExtensionMonths.value).toBe('+13.9 months');
    expect(cards.runwayExtensionMonths.tone).toBe('good');
  });

  it('say what is missing instead of showing a number', () => {
    const wb = sonnetWorkbook();
    const result = compute(wb);
    const cards = byName(buildKpiCards({ ...result, kpis: { ...result.kpis, creditCliffMonth: null } }, wb.company));
    expect(cards.creditCliffMonth.value).toBe('None in horizon');
    expect(cards.creditCliffMonth.aside).toBeNull();
    expect(cards.creditCliffMonth.detail).toBe('credits cover every month to Dec 2028');
    expect(cards.cashRunwayMonths.value).toBe('—');
    expect(cards.cashRunwayMonths.detail).toBe('Enter cash on hand in Settings');
    expect(cards.runwayExtensionMonths.value).toBe('—');
  });

  it('counts only included pools as awarded and flags forfeits', () => {
    const wb = sonnetWorkbook();
    const result = compute(wb);
    const excluded = { pools: [{ ...wb.scenarios[0].pools[0], included: false }] };
    const cards = byName(
      buildKpiCards({ ...result, kpis: { ...result.kpis, creditsForfeited: 1_234.5 } }, wb.company, excluded),
    );
    expect(cards.creditsApplied.detail).toBe('of $0.00 in 0 pools');
    expect(cards.creditsForfeited.value).toBe('$1,234.50');
    expect(cards.creditsForfeited.tone).toBe('bad');
  });

  it('words months and month differences', () => {
    expect(monthsText(31.24)).toBe('31.2 months');
    expect(monthsText(1)).toBe('1.0 month');
    expect(monthsDeltaText(2.56)).toBe('+2.6 months');
    expect(monthsDeltaText(-0.44)).toBe('−0.4 months');
    // Rounds to zero: no sign.
    expect(monthsDeltaText(-0.04)).toBe('0.0 months');
    expect(horizonSpan('2027-11', 3)).toBe('Nov 2027 – Jan 2028');
    expect(horizonSpan('2027-11', 1)).toBe('Nov 2027');
  });
});
