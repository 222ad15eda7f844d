// Plan against actual for every month with actuals: cost and credits, and per pool what AWS
// says its credit paid, what the plan had it pay, and what our rule replayed on the actual
// costs has it pay. Variances are actual minus plan.
import type { Actuals } from '../../model/actuals-schema';
import type { Scenario } from '../../model';
import {
  monthIndex,
  type ActualMonthResult,
  type ActualPoolMonth,
  type ActualsResult,
  type ReplayMismatch,
  type ScenarioResult,
} from '../compute';
import type { ActualsByMonth } from './actual-months';
import { MATCH_TOLERANCE, type Replay } from './replay';

const minus = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a - b);

function sumDraws(draws: ReadonlyMap<string, number> | null): number | null {
  if (draws === null) return null;
  let total = 0;
  for (const v of draws.values()) total += v;
  return total;
}

export interface PlanVsActualInput {
  scenario: Scenario;
  plan: ScenarioResult;
  actuals: Actuals;
  byMonth: ActualsByMonth;
  replay: Replay;
  forecastFrom: number;
  openingBalances: ReadonlyMap<string, number>;
}

export function planVsActual(input: PlanVsActualInput): ActualsResult {
  const { scenario, plan, actuals, byMonth, replay } = input;
  const origin = monthIndex(scenario.startMonth);
  const mismatches: ReplayMismatch[] = [];
  const poolOfCredit = new Map(scenario.pools.filter((p) => p.creditId !== undefined).map((p) => [p.creditId!, p.id]));

  const months: ActualMonthResult[] = byMonth.months.map((m) => {
    const offset = monthIndex(m.month) - origin;
    const inPlan = offset >= 0 && offset < scenario.horizonMonths;
    const replayed = replay.draws.get(m.month) ?? null;
    const pools: Record<string, ActualPoolMonth> = {};
    scenario.pools.forEach((pool, i) => {
      const credit = pool.creditId;
      const actualDraw = credit === undefined || m.draws === null ? null : (m.draws.get(credit) ?? 0);
      const planDraw = inPlan ? plan.pools[i].draw[offset] : null;
      const replayDraw = credit === undefined || replayed === null ? null : (replayed.get(credit) ?? null);
      const replayMatches =
        actualDraw === null || replayDraw === null ? null : Math.abs(actualDraw - replayDraw) < MATCH_TOLERANCE;
      pools[pool.id] = { actualDraw, planDraw, drawVariance: minus(actualDraw, planDraw), replayDraw, replayMatches };
    });
    // Every imported credit is checked, with a pool in this scenario or not.
    if (replayed !== null && m.draws !== null)
      for (const [creditId, replayDraw] of replayed) {
        const actualDraw = m.draws.get(creditId) ?? 0;
        if (Math.abs(actualDraw - replayDraw) >= MATCH_TOLERANCE)
          mismatches.push({
            month: m.month,
            creditId,
            poolId: poolOfCredit.get(creditId) ?? null,
            actualDraw,
            replayDraw,
          });
      }
    const actualCredits = sumDraws(m.draws);
    const planCost = inPlan ? plan.cost[offset] : null;
    const planCredits = inPlan ? plan.credits[offset] : null;
    return {
      month: m.month,
      index: offset >= 0 ? offset : null,
      actualCost: m.cost,
      planCost,
      costVariance: minus(m.cost, planCost),
      actualCredits,
      planCredits,
      creditsVariance: minus(actualCredits, planCredits),
      estimated: m.estimated,
      pools,
      otherServices: m.otherServices,
    };
  });

  const compared = months.some((m) => m.actualCredits !== null && replay.draws.has(m.month));
  return {
    throughMonth: byMonth.throughMonth,
    forecastFrom: input.forecastFrom,
    months,
    unknownMonths: [...actuals.allocationGaps],
    openingBalances: Object.fromEntries(input.openingBalances),
    replayMatches: compared ? mismatches.length === 0 : null,
    mismatches,
    credits: actuals.credits.map((c) => ({
      creditId: c.creditId,
      poolId: poolOfCredit.get(c.creditId) ?? null,
      description: c.description,
      remainingAmount: c.remainingAmount,
      usableThrough: c.usableThrough,
      enabled: c.enabled,
    })),
  };
}
