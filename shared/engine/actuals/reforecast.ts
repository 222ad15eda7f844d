// The forecast from today: the scenario as it would run from the month after the last actual
// month (offset k), every pool starting from what is left of it then. A pool imported from an
// AWS credit starts from AWS's remaining amount; a pool of the plan alone (typed by hand, no
// credit behind it) from its planned balance; a pool that starts later, from its full amount.
// Lines cost nothing before k (those months are actuals, reported apart), and the company's
// cash on hand is taken as the cash at the start of month k, so the runway counts from today.
import type { ImportedCredit } from '../../model/actuals-schema';
import type { Line, Pool, Scenario, Workbook } from '../../model';
import type { ScenarioResult } from '../compute';

/**
 * Lines that start at k at the earliest (the months before are actuals). The shifted copy of a
 * line is remembered while the line object and k stay the same, so the engine's per-line cache
 * holds across edits of other lines.
 */
export class ForecastLines {
  private readonly shifted = new WeakMap<Line, { k: number; line: Line }>();

  from(lines: readonly Line[], k: number): Line[] {
    return lines.map((line) => {
      if (line.startMonth >= k) return line;
      const known = this.shifted.get(line);
      if (known !== undefined && known.k === k) return known.line;
      const moved = { ...line, startMonth: k };
      this.shifted.set(line, { k, line: moved });
      return moved;
    });
  }
}

/** Each pool's balance at the start of month k. */
export function openingBalances(
  scenario: Scenario,
  plan: ScenarioResult,
  credits: ReadonlyMap<string, ImportedCredit>,
  k: number,
): Map<string, number> {
  const balances = new Map<string, number>();
  scenario.pools.forEach((pool, i) => {
    const credit = pool.creditId === undefined ? undefined : credits.get(pool.creditId);
    const expired = pool.startMonth + pool.validityMonths <= k;
    if (expired) balances.set(pool.id, 0);
    else if (credit !== undefined) balances.set(pool.id, credit.remainingAmount);
    else if (pool.startMonth >= k || k === 0) balances.set(pool.id, pool.amount);
    else balances.set(pool.id, plan.pools[i].balance[k - 1]);
  });
  return balances;
}

/** The workbook whose scenario `scenario.id` is the forecast from month k with these opening balances. */
export function forecastWorkbook(
  workbook: Workbook,
  scenario: Scenario,
  k: number,
  opening: ReadonlyMap<string, number>,
  shift: ForecastLines,
): Workbook {
  const pools: Pool[] = scenario.pools.map((p) => ({ ...p, amount: opening.get(p.id) ?? p.amount }));
  const lines = shift.from(scenario.lines, k);
  const { cashOnHand, otherMonthlyBurn } = workbook.company;
  // The months before k burn only the other spending: with this much cash at the start, the
  // cash on hand is exactly what the company has at the start of month k.
  const company =
    cashOnHand === null ? workbook.company : { ...workbook.company, cashOnHand: cashOnHand + k * otherMonthlyBurn };
  return { ...workbook, company, scenarios: [{ ...scenario, lines, pools }] };
}

/** The forecast's runway counted from month k (it was counted from the scenario's start). */
export function runwayFromToday(forecast: ScenarioResult, k: number): ScenarioResult['kpis'] {
  const runway = forecast.kpis.cashRunwayMonths;
  return { ...forecast.kpis, cashRunwayMonths: runway === null ? null : runway - k };
}
