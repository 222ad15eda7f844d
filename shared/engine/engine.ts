// The calculation core: workbook -> per-scenario results. Built by a factory so that tests,
// the app's worker and the CLI each own their caches (no module singletons). The engine keeps
// each line's computed cost while the line object and its context are unchanged, so an edit
// recomputes one line and reruns the billing simulation.
import type { Binding } from '../expr';
import type { Line, Scenario, Workbook } from '../model';
import { bundledPriceBook, createPriceResolver, type PriceBook, type PriceResolver } from '../prices';
import { builtinBindings, resolveAssumptions } from './assumptions';
import { simulateBilling, type SimulationPool, type SimulationResult } from './billing-simulation';
import { calendarSeries } from './calendar';
import { poolCanPay, poolServiceCount } from './eligibility';
import { ExpressionCache } from './expression-cache';
import { computeLineCost, type LineContext, type LineCost } from './line-costs';
import { checkProgramRules } from './program-rules';
import type { Issue, Kpis, PoolResult, ScenarioResult } from './results';
import { cashRunwayMonths } from './runway';

export interface EngineOptions {
  priceBook?: PriceBook;
}

export interface Engine {
  computeWorkbook(workbook: Workbook): ScenarioResult[];
  computeScenario(workbook: Workbook, scenarioId: string): ScenarioResult;
}

/** Money below half a cent is rounding noise, not a bill. */
const CASH_THRESHOLD = 0.005;

interface ContextKey {
  assumptions: Scenario['assumptions'];
  startMonth: string;
  horizon: number;
  days: number;
  hours: number;
  overrides: Workbook['priceOverrides'];
  snapshot: Workbook['priceBook'];
}

interface CachedContext {
  key: ContextKey;
  context: LineContext;
  assumptionIssues: Issue[];
}

function sameKey(a: ContextKey, b: ContextKey): boolean {
  return (
    a.assumptions === b.assumptions &&
    a.startMonth === b.startMonth &&
    a.horizon === b.horizon &&
    a.days === b.days &&
    a.hours === b.hours &&
    a.overrides === b.overrides &&
    a.snapshot === b.snapshot
  );
}

/** Month (fractional) at which cumulative use of a pool crosses `threshold`, at the month's spending rate. */
function crossing(draw: Float64Array, offered: Float64Array, threshold: number): number | null {
  let used = 0;
  for (let m = 0; m < draw.length; m++) {
    if (used + draw[m] >= threshold - 1e-9 && draw[m] > 0) return m + Math.min(1, (threshold - used) / offered[m]);
    used += draw[m];
  }
  return null;
}

export function createEngine(options: EngineOptions = {}): Engine {
  const book = options.priceBook ?? bundledPriceBook();
  const cache = new ExpressionCache();
  const contexts = new Map<string, CachedContext>();
  const lineCosts = new WeakMap<Line, { context: LineContext; cost: LineCost }>();

  function contextFor(workbook: Workbook, scenario: Scenario): CachedContext {
    const key: ContextKey = {
      assumptions: scenario.assumptions,
      startMonth: scenario.startMonth,
      horizon: scenario.horizonMonths,
      days: scenario.daysPerMonth,
      hours: scenario.hoursPerMonth,
      overrides: workbook.priceOverrides,
      snapshot: workbook.priceBook,
    };
    const cached = contexts.get(scenario.id);
    if (cached !== undefined && sameKey(cached.key, key)) return cached;

    const horizon = scenario.horizonMonths;
    const builtins = builtinBindings(horizon, calendarSeries(scenario.startMonth, horizon));
    const resolved = resolveAssumptions(scenario.assumptions, builtins, horizon, cache);
    const prices: PriceResolver = createPriceResolver(book, workbook.priceOverrides, workbook.priceBook?.entries ?? null);
    const context: LineContext = {
      horizon,
      daysPerMonth: scenario.daysPerMonth,
      hoursPerMonth: scenario.hoursPerMonth,
      bindings: resolved.bindings as Map<string, Binding>,
      failedAssumptions: resolved.failed,
      prices,
      cache,
    };
    const fresh = { key, context, assumptionIssues: resolved.issues };
    contexts.set(scenario.id, fresh);
    return fresh;
  }

  function costOf(line: Line, context: LineContext): LineCost {
    const cached = lineCosts.get(line);
    if (cached !== undefined && cached.context === context) return cached.cost;
    const cost = computeLineCost(line, context);
    lineCosts.set(line, { context, cost });
    return cost;
  }

  function computeScenario(workbook: Workbook, scenarioId: string): ScenarioResult {
    const scenario = workbook.scenarios.find((s) => s.id === scenarioId);
    if (scenario === undefined) throw new Error(`no scenario "${scenarioId}" in this workbook`);
    return compute(workbook, scenario);
  }

  function compute(workbook: Workbook, scenario: Scenario): ScenarioResult {
    const { context, assumptionIssues } = contextFor(workbook, scenario);
    const horizon = scenario.horizonMonths;
    const costs = scenario.lines.map((line) => costOf(line, context));
    const linesById = new Map(scenario.lines.map((l) => [l.id, l]));

    const included = scenario.pools.filter((p) => p.included);
    const simPools: SimulationPool[] = included.map((pool) => {
      const eligible = new Uint8Array(scenario.lines.length);
      scenario.lines.forEach((line, l) => {
        const claimOk = scenario.allocation !== 'as-declared' || line.fundedBy === null || line.fundedBy === pool.id;
        eligible[l] = claimOk && poolCanPay(pool, line, linesById) ? 1 : 0;
      });
      return {
        amount: pool.amount,
        startMonth: pool.startMonth,
        validityMonths: pool.validityMonths,
        paused: pool.paused,
        serviceCount: poolServiceCount(pool),
        eligible,
      };
    });
    const cashOnly = Uint8Array.from(scenario.lines, (l) => (l.creditEligible ? 0 : 1));
    const sim = simulateBilling({ horizon, costs: costs.map((c) => c.monthly), cashOnly, pools: simPools });

    const poolIndexOf = new Map(included.map((p, i) => [p.id, i]));
    const pools = scenario.pools.map((pool) => poolResult(scenario, pool, sim, poolIndexOf.get(pool.id), costs));
    const kpis = computeKpis(workbook, sim, costs);

    // Issues: assumptions, then lines in row order, then program rules.
    const issues: Issue[] = [...assumptionIssues];
    for (const c of costs) issues.push(...c.issues);
    issues.push(...checkProgramRules(scenario, workbook.company, sim, poolIndexOf));

    return {
      id: scenario.id,
      name: scenario.name,
      startMonth: scenario.startMonth,
      horizonMonths: horizon,
      kpis,
      pools,
      lines: scenario.lines.map((line, l) => ({ id: line.id, name: line.name, total: costs[l].total, monthly: costs[l].monthly })),
      cost: sim.cost,
      credits: sim.credits,
      cash: sim.cash,
      issues,
    };
  }

  function poolResult(
    scenario: Scenario,
    pool: Scenario['pools'][number],
    sim: SimulationResult,
    index: number | undefined,
    costs: LineCost[],
  ): PoolResult {
    const horizon = scenario.horizonMonths;
    const expiryMonth = pool.startMonth + pool.validityMonths;
    let declared = 0;
    scenario.lines.forEach((line, l) => {
      if (line.fundedBy === pool.id) declared += costs[l].total;
    });
    const days = scenario.daysPerMonth;
    const milestonesBase = { expiry60Days: expiryMonth - 60 / days, expiry30Days: expiryMonth - 30 / days };
    if (index === undefined) {
      // An excluded pool takes no part in the simulation.
      return {
        id: pool.id,
        name: pool.name,
        program: pool.program,
        amount: pool.amount,
        used: 0,
        forfeited: 0,
        remaining: 0,
        expiryMonth,
        depletionMonth: null,
        monthsFunded: null,
        milestones: { used75: null, used100: null, ...milestonesBase },
        draw: new Float64Array(horizon),
        balance: new Float64Array(horizon),
        declared,
      };
    }
    const trace = sim.pools[index];
    return {
      id: pool.id,
      name: pool.name,
      program: pool.program,
      amount: pool.amount,
      used: trace.used,
      forfeited: trace.forfeited,
      // Zero once expired: expiry inside the horizon forfeits the balance.
      remaining: trace.balance[horizon - 1],
      expiryMonth,
      depletionMonth: trace.depletionMonth,
      monthsFunded: trace.depletionMonth === null ? null : trace.depletionMonth - pool.startMonth,
      milestones: {
        used75: pool.amount > 0 ? crossing(trace.draw, trace.offered, 0.75 * pool.amount) : null,
        used100: trace.depletionMonth,
        ...milestonesBase,
      },
      draw: trace.draw,
      balance: trace.balance,
      declared,
    };
  }

  function computeKpis(workbook: Workbook, sim: SimulationResult, costs: LineCost[]): Kpis {
    let totalCost = 0;
    let creditsApplied = 0;
    let cashCost = 0;
    let creditCliffMonth: number | null = null;
    for (let m = 0; m < sim.cost.length; m++) {
      creditsApplied += sim.credits[m];
      cashCost += sim.cash[m];
      if (creditCliffMonth === null && sim.cash[m] > CASH_THRESHOLD) creditCliffMonth = m;
    }
    for (const c of costs) totalCost += c.total;
    let creditsForfeited = 0;
    let creditsRemaining = 0;
    const last = sim.cost.length - 1;
    for (const trace of sim.pools) {
      creditsForfeited += trace.forfeited;
      creditsRemaining += trace.balance[last];
    }
    const { cashOnHand, otherMonthlyBurn } = workbook.company;
    let cashRunway: number | null = null;
    let extension: number | null = null;
    if (cashOnHand !== null) {
      cashRunway = cashRunwayMonths(cashOnHand, otherMonthlyBurn, sim.cash);
      // Without credits, AWS's whole bill is cash.
      const withoutCredits = cashRunwayMonths(cashOnHand, otherMonthlyBurn, sim.cost);
      extension = cashRunway !== null && withoutCredits !== null ? cashRunway - withoutCredits : null;
    }
    return {
      totalCost,
      creditsApplied,
      cashCost,
      creditCoverage: totalCost > 0 ? creditsApplied / totalCost : 0,
      creditsForfeited,
      creditsRemaining,
      creditCliffMonth,
      cashRunwayMonths: cashRunway,
      runwayExtensionMonths: extension,
    };
  }

  return {
    computeScenario,
    computeWorkbook: (workbook) => workbook.scenarios.map((s) => compute(workbook, s)),
  };
}

export function hasErrors(result: ScenarioResult): boolean {
  return result.issues.some((i) => i.severity === 'error');
}
