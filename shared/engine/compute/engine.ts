// The calculation core: workbook -> per-scenario results. Built by a factory so that tests,
// the app's worker and the CLI each own their caches (no module singletons). The engine keeps
// each scenario's context (compiled assumptions and expressions, prices) while its values are
// unchanged, and each line's cost, facts and eligibility while the line object is unchanged, so
// an edit recomputes one line and reruns the billing simulation. Workbook objects are treated
// as immutable: a change is a new object (as the app and the CLI make them), never a mutation.
import type { Binding } from '../../expr';
import type { Pool, Scenario, Workbook } from '../../model';
import { bundledPriceBook, createPriceResolver, type PriceBook, type PriceResolver } from '../../prices';
import { builtinBindings, resolveAssumptions } from './assumptions';
import { simulateBilling, type SimulationPool, type SimulationResult } from './billing-simulation';
import { calendarSeries } from './calendar';
import { changedBindings, memoOnNewValues, mergePositions, type ValueChange } from '../speed/assumption-delta';
import { sameExceptValues, sameKey, samePriceTable, type ContextKey } from '../speed/context-key';
import { claimedCostsFor } from '../speed/claimed-costs';
import { costTableFor } from '../speed/cost-table';
import { poolServiceCount } from './eligibility';
import { ExpressionCache } from './expression-cache';
import type { LineContext } from './line-costs';
import { lineSymbols } from './line-symbols';
import { checkProgramRules } from './program-rules';
import type { BillingFacts } from './rules';
import { linkIssues } from './link-issues';
import type { Issue, PoolResult, ScenarioResult } from './results';
import { computeKpis } from './kpis';
import { chargeCostsFor, groupServiceCharges } from './service-charges';
import {
  bedrockIndex,
  cashOnlyFor,
  changedPositions,
  claimsFor,
  eligibilityFor,
  lineFactsFor,
  type ScenarioMemo,
} from '../speed/scenario-memo';

export interface EngineOptions {
  priceBook?: PriceBook;
}

export interface Engine {
  computeWorkbook(workbook: Workbook): ScenarioResult[];
  computeScenario(workbook: Workbook, scenarioId: string): ScenarioResult;
}

interface CachedContext {
  key: ContextKey;
  context: LineContext;
  assumptionIssues: Issue[];
  /** Set when this context replaced one that differed only in assumption values. */
  change: ValueChange | null;
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

/**
 * Issues: the scenario's own (a based-on scenario's base or changes), assumptions, then lines in
 * row order, then program rules. (Built from an empty
 * literal, whose allocation site learns to hold objects; a copy of an empty list would start as
 * a list of small integers and throw the compiled code away on the first push.)
 */
function allIssues(
  ownIssues: readonly Issue[],
  assumptionIssues: readonly Issue[],
  lineIssues: readonly Issue[],
  ruleIssues: readonly Issue[],
): Issue[] {
  const issues: Issue[] = [];
  for (const issue of ownIssues) issues.push(issue);
  for (const issue of assumptionIssues) issues.push(issue);
  for (const issue of lineIssues) issues.push(issue);
  for (const issue of ruleIssues) issues.push(issue);
  return issues;
}

/** What each pool's credit applications claim: the sum of its fundedBy lines' costs, in line order. */
function declaredByPool(claimedBy: ReadonlyMap<string, readonly number[]>, totals: Float64Array): Map<string, number> {
  const declared = new Map<string, number>();
  for (const [pool, lines] of claimedBy) {
    let sum = 0;
    for (const l of lines) sum += totals[l];
    declared.set(pool, sum);
  }
  return declared;
}

export function createEngine(options: EngineOptions = {}): Engine {
  const book = options.priceBook ?? bundledPriceBook();
  const cache = new ExpressionCache();
  const contexts = new Map<string, CachedContext>();
  const memos = new Map<string, ScenarioMemo>();
  // Scenarios of one workbook share its price tables, so they share one (memoising) resolver.
  let prices: {
    overrides: Workbook['priceOverrides'];
    snapshot: Workbook['priceOverrides'] | null;
    resolver: PriceResolver;
  } | null = null;

  function pricesFor(workbook: Workbook): PriceResolver {
    const overrides = workbook.priceOverrides;
    const snapshot = workbook.priceBook?.entries ?? null;
    if (prices === null || !samePriceTable(prices.overrides, overrides) || !samePriceTable(prices.snapshot, snapshot)) {
      prices = { overrides, snapshot, resolver: createPriceResolver(book, overrides, snapshot) };
    }
    return prices.resolver;
  }

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
    const context: LineContext = {
      horizon,
      startMonth: scenario.startMonth,
      daysPerMonth: scenario.daysPerMonth,
      hoursPerMonth: scenario.hoursPerMonth,
      bindings: resolved.bindings as Map<string, Binding>,
      failedAssumptions: resolved.failed,
      prices: pricesFor(workbook),
      cache,
      compiled: new Map(),
    };
    const change =
      cached !== undefined && sameExceptValues(cached.key, key)
        ? { from: cached.context, names: changedBindings(cached.context.bindings, context.bindings) }
        : null;
    const fresh = { key, context, assumptionIssues: resolved.issues, change };
    contexts.set(scenario.id, fresh);
    return fresh;
  }

  /** Drops what is remembered of scenarios the workbook no longer has (deleted or renamed). */
  function forgetOtherScenarios(workbook: Workbook): void {
    const ids = new Set(workbook.scenarios.map((s) => s.id));
    for (const id of contexts.keys()) if (!ids.has(id)) contexts.delete(id);
    for (const id of memos.keys()) if (!ids.has(id)) memos.delete(id);
  }

  function computeScenario(workbook: Workbook, scenarioId: string): ScenarioResult {
    const scenario = workbook.scenarios.find((s) => s.id === scenarioId);
    if (scenario === undefined) throw new Error(`no scenario "${scenarioId}" in this workbook`);
    return compute(workbook, scenario);
  }

  /**
   * What this computation may reuse of the last: the memo, the positions whose line object was
   * replaced (their facts, eligibility and claims are read again) and the positions to cost again
   * (null: all). When only assumption values changed, the lines that use none of them keep their
   * costs, and the lines that use one are costed again but are the same lines: nothing else about
   * them is redone.
   */
  function reuseOf(
    memo: ScenarioMemo | undefined,
    context: LineContext,
    change: ValueChange | null,
    lines: Scenario['lines'],
  ): { memo: ScenarioMemo | undefined; replaced: number[] | null; changed: number[] | null } {
    const replaced = changedPositions(lines, memo);
    if (replaced === null) return { memo, replaced, changed: null };
    const carried = memoOnNewValues(memo, context, change, lines, (line) => lineSymbols(line, cache));
    return carried === null
      ? { memo, replaced, changed: replaced }
      : { memo: carried.memo, replaced, changed: mergePositions(replaced, carried.using) };
  }

  // compute() only orchestrates: the loops over lines live in the helpers above, which keep their
  // compiled code even when the workbook and scenario objects arrive with new hidden classes.
  function compute(workbook: Workbook, scenario: Scenario): ScenarioResult {
    const { context, assumptionIssues, change } = contextFor(workbook, scenario);
    const horizon = scenario.horizonMonths;
    const lines = scenario.lines;
    const remembered = memos.get(scenario.id);
    // Parts of the memo are updated in place below: should this computation throw, the next
    // starts afresh rather than from a half-updated memo.
    memos.delete(scenario.id);
    const { memo, replaced, changed } = reuseOf(remembered, context, change, lines);
    const known = lineFactsFor(lines, memo, replaced);
    const facts = known.facts;
    const table = costTableFor(
      lines,
      facts,
      context,
      memo === undefined ? null : { lines: memo.lines, table: memo.table, changed },
    );
    const cashOnly = cashOnlyFor(facts, memo, replaced);
    const bedrock = bedrockIndex(known, memo, replaced);

    const included = scenario.pools.filter((p) => p.included);
    const eligible = eligibilityFor(scenario, known, included, bedrock.isBedrockLine, memo, replaced);
    // AWS pays service charges, not rows (rev 2): the simulation runs on the lines summed by service.
    const charges = groupServiceCharges(facts, cashOnly, eligible, memo?.charges ?? null, replaced);
    // The charges' costs are summed again only where a line changed, when the other lines' costs stand (same context).
    const reuseCosts =
      memo !== undefined && memo.table.context === context && memo.charges === charges && changed !== null;
    const chargeSums = chargeCostsFor(
      charges,
      table.results,
      horizon,
      reuseCosts ? { sums: memo.chargeSums, changed } : null,
    );
    const chargeCosts = chargeSums.sums;
    const simPools: SimulationPool[] = included.map((pool, p) => ({
      amount: pool.amount,
      startMonth: pool.startMonth,
      validityMonths: pool.validityMonths,
      paused: pool.paused,
      serviceCount: poolServiceCount(pool),
      eligible: charges.eligible[p],
    }));
    const sim = simulateBilling({
      horizon,
      lineCount: charges.count,
      costs: chargeCosts,
      cashOnly: charges.cashOnly,
      pools: simPools,
      recordPaid: true,
    });
    const claims = claimsFor(scenario, known, bedrock.isBedrockLine, memo, replaced);
    // The claimed sums are kept while the claims, the charges and the other lines' costs stand.
    const claimed = claimedCostsFor(
      claims.claimedBy,
      charges,
      table.results,
      horizon,
      reuseCosts && memo.claims.check === claims
        ? { previous: memo.claimed, changed, fundedBy: (l) => facts[l].fundedBy }
        : null,
    );
    const billing: BillingFacts = {
      charges,
      chargeCosts,
      claimed,
      sim,
      pools: simPools,
    };

    const poolIndexOf = new Map(included.map((p, i) => [p.id, i]));
    const declared = declaredByPool(claims.claimedBy, table.totals);
    const pools = scenario.pools.map((pool) =>
      poolResult(scenario, pool, sim, poolIndexOf.get(pool.id), declared.get(pool.id) ?? 0),
    );
    const { kpis, runwayExtrapolated } = computeKpis(workbook.company, billing, table.totals);
    const issues = allIssues(
      linkIssues(scenario),
      assumptionIssues,
      table.issues,
      checkProgramRules(scenario, workbook.company, billing, poolIndexOf, claims, facts),
    );

    memos.set(scenario.id, {
      lines,
      table,
      facts,
      cashOnly,
      charges,
      chargeSums,
      bedrockIds: bedrock.built(),
      eligibility: { pools: scenario.pools, allocation: scenario.allocation, eligible },
      claims: { pools: scenario.pools, check: claims },
      claimed,
      nameUse: memo?.nameUse?.lines === lines ? memo.nameUse : null,
    });
    return {
      id: scenario.id,
      name: scenario.name,
      startMonth: scenario.startMonth,
      horizonMonths: horizon,
      allocation: scenario.allocation,
      kpis,
      runwayExtrapolated,
      pools,
      lines: table.results,
      cost: sim.cost,
      credits: sim.credits,
      cash: sim.cash,
      issues,
    };
  }

  function poolResult(
    scenario: Scenario,
    pool: Pool,
    sim: SimulationResult,
    index: number | undefined,
    declared: number,
  ): PoolResult {
    const horizon = scenario.horizonMonths;
    const expiryMonth = pool.startMonth + pool.validityMonths;
    const days = scenario.daysPerMonth;
    const expiry60Days = expiryMonth - 60 / days;
    const expiry30Days = expiryMonth - 30 / days;
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
        startMonth: pool.startMonth,
        expiryMonth,
        depletionMonth: null,
        monthsFunded: null,
        milestones: { used75: null, used100: null, expiry60Days, expiry30Days },
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
      startMonth: pool.startMonth,
      expiryMonth,
      depletionMonth: trace.depletionMonth,
      monthsFunded: trace.depletionMonth === null ? null : trace.depletionMonth - pool.startMonth,
      milestones: {
        used75: pool.amount > 0 ? crossing(trace.draw, trace.offered, 0.75 * pool.amount) : null,
        used100: trace.depletionMonth,
        expiry60Days,
        expiry30Days,
      },
      draw: trace.draw,
      balance: trace.balance,
      declared,
    };
  }

  return {
    computeScenario,
    computeWorkbook(workbook) {
      const results = workbook.scenarios.map((s) => compute(workbook, s));
      forgetOtherScenarios(workbook);
      return results;
    },
  };
}

export function hasErrors(result: ScenarioResult): boolean {
  return result.issues.some((i) => i.severity === 'error');
}
