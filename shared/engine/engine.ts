// The calculation core: workbook -> per-scenario results. Built by a factory so that tests,
// the app's worker and the CLI each own their caches (no module singletons). The engine keeps
// each line's computed cost while the line object and its context are unchanged, so an edit
// recomputes one line and reruns the billing simulation.
import type { Binding } from '../expr';
import type { Line, Pool, Scenario, Workbook } from '../model';
import { bundledPriceBook, createPriceResolver, type PriceBook, type PriceResolver } from '../prices';
import { builtinBindings, resolveAssumptions } from './assumptions';
import { simulateBilling, type SimulationPool, type SimulationResult } from './billing-simulation';
import { calendarSeries } from './calendar';
import { payRule, poolServiceCount, type PayRule } from './eligibility';
import { ExpressionCache } from './expression-cache';
import { computeLineCost, type LineContext, type LineCost } from './line-costs';
import { lineFacts, sameForClaims, type LineFacts } from './line-facts';
import { checkClaims, checkProgramRules, type ClaimsCheck, type LineLookup } from './program-rules';
import type { Issue, Kpis, LineResult, PoolResult, ScenarioResult } from './results';
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

/**
 * Whether two contexts price and evaluate lines alike: compared by value, so that a workbook
 * arriving as new objects with the same assumptions and prices keeps its context (and with it
 * the compiled expressions and the costs of unchanged lines).
 */
function sameKey(a: ContextKey, b: ContextKey): boolean {
  return (
    a.startMonth === b.startMonth &&
    a.horizon === b.horizon &&
    Object.is(a.days, b.days) &&
    Object.is(a.hours, b.hours) &&
    sameAssumptions(a.assumptions, b.assumptions) &&
    samePriceTable(a.overrides, b.overrides) &&
    samePriceTable(a.snapshot?.entries ?? null, b.snapshot?.entries ?? null)
  );
}

function sameAssumptions(a: Scenario['assumptions'], b: Scenario['assumptions']): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => x.name === b[i].name && Object.is(x.expr, b[i].expr)));
}

function samePriceTable(a: Workbook['priceOverrides'] | null, b: Workbook['priceOverrides'] | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && sameFields(a[key], b[key]));
}

function sameFields(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && Object.is(a[key], b[key]));
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
 * What the engine remembers of a scenario's last computation, so that the next one redoes only
 * what changed: an edit replaces one line object and leaves the others (and their positions) alone.
 */
interface ScenarioMemo {
  lines: readonly Line[];
  context: LineContext;
  costs: LineCost[];
  facts: LineFacts[];
  /** Lines by id, kept only while ids are unique (then an edit that keeps the id updates one entry). */
  byId: Map<string, Line> | null;
  eligibility: EligibilityMemo;
  claims: { pools: readonly Pool[]; check: ClaimsCheck };
}

interface EligibilityMemo {
  pools: readonly Pool[];
  allocation: Scenario['allocation'];
  /** Per included pool, 1 where it may pay that line. */
  eligible: Uint8Array[];
}

interface LineIndex extends LineLookup {
  /** The map, if it was needed and the ids are unique (so that it can be updated next time). */
  reusable(): Map<string, Line> | null;
}

/**
 * Lines by id: the remembered map when it is still right, else one built on first use. (An
 * object literal, not a class instance, for the same reason as in the billing simulation.)
 */
function lineIndex(lines: readonly Line[], reused: Map<string, Line> | null): LineIndex {
  let map = reused;
  return {
    get: (id) => (map ??= new Map(lines.map((l) => [l.id, l]))).get(id),
    reusable: () => (map !== null && map.size === lines.length ? map : null),
  };
}

/**
 * Positions whose line object differs from the last computation, or null when the lines moved
 * (added, removed or reordered) or most of them are new: then nothing is reused by position.
 */
function changedPositions(lines: readonly Line[], memo: ScenarioMemo | undefined): number[] | null {
  if (memo === undefined || memo.lines.length !== lines.length) return null;
  const changed: number[] = [];
  for (let l = 0; l < lines.length; l++) if (lines[l] !== memo.lines[l]) changed.push(l);
  return changed.length > lines.length / 2 ? null : changed;
}

/** Each line's facts: the remembered ones for the lines that did not change. */
function lineFactsFor(lines: readonly Line[], memo: ScenarioMemo | undefined, changed: readonly number[] | null): LineFacts[] {
  if (memo === undefined || changed === null) return lines.map(lineFacts);
  const facts = memo.facts.slice();
  for (const l of changed) facts[l] = lineFacts(lines[l]);
  return facts;
}

/** Whether each changed line kept its id and kind, so that lookups by id (Bedrock support) still hold. */
function sameIdsAndKinds(facts: readonly LineFacts[], memo: ScenarioMemo, changed: readonly number[]): boolean {
  return changed.every((l) => facts[l].id === memo.facts[l].id && facts[l].kind === memo.facts[l].kind);
}

/** Marks, in each included pool's row, whether it may pay line l. */
function markEligibility(
  eligible: Uint8Array[],
  included: readonly Pool[],
  rules: readonly PayRule[],
  line: LineFacts,
  l: number,
  asDeclared: boolean,
  isBedrockLine: (id: string) => boolean,
): void {
  for (let p = 0; p < included.length; p++) {
    // In as-declared mode a line claimed under another pool is not offered to this one.
    const claimOk = !asDeclared || line.fundedBy === null || line.fundedBy === included[p].id;
    eligible[p][l] = line.creditEligible && claimOk && rules[p].canPay(line, isBedrockLine) ? 1 : 0;
  }
}

/**
 * Per included pool, which lines it may pay. After an edit only the changed lines are redone,
 * as long as the pools, the allocation mode and every line's id and kind are as before.
 */
function eligibilityFor(
  scenario: Scenario,
  facts: readonly LineFacts[],
  included: readonly Pool[],
  lines: LineLookup,
  memo: ScenarioMemo | undefined,
  changed: readonly number[] | null,
): Uint8Array[] {
  const rules = included.map(payRule);
  const isBedrockLine = (id: string) => lines.get(id)?.kind === 'bedrock';
  const asDeclared = scenario.allocation === 'as-declared';
  const previous = memo?.eligibility;
  if (
    memo !== undefined &&
    previous !== undefined &&
    changed !== null &&
    previous.pools === scenario.pools &&
    previous.allocation === scenario.allocation &&
    sameIdsAndKinds(facts, memo, changed)
  ) {
    // The previous rows belong to a finished computation: update them in place.
    for (const l of changed) markEligibility(previous.eligible, included, rules, facts[l], l, asDeclared, isBedrockLine);
    return previous.eligible;
  }
  const eligible = included.map(() => new Uint8Array(facts.length));
  for (let l = 0; l < facts.length; l++) markEligibility(eligible, included, rules, facts[l], l, asDeclared, isBedrockLine);
  return eligible;
}

/** The claims check: the remembered one while the pools are the same and no changed line looks different to it. */
function claimsFor(scenario: Scenario, facts: readonly LineFacts[], lines: LineLookup, memo: ScenarioMemo | undefined, changed: readonly number[] | null): ClaimsCheck {
  if (memo !== undefined && changed !== null && memo.claims.pools === scenario.pools && changed.every((l) => sameForClaims(facts[l], memo.facts[l]))) {
    return memo.claims.check;
  }
  return checkClaims(scenario, lines, facts);
}

/** The remembered id map, updated for the changed lines, while every changed line kept its id. */
function updatedIndex(memo: ScenarioMemo, lines: readonly Line[], facts: readonly LineFacts[], changed: readonly number[]): Map<string, Line> | null {
  const byId = memo.byId;
  if (byId === null || !changed.every((l) => facts[l].id === memo.facts[l].id)) return null;
  for (const l of changed) byId.set(facts[l].id, lines[l]);
  return byId;
}

function monthlySeries(costs: readonly LineCost[]): Float64Array[] {
  const monthly = new Array<Float64Array>(costs.length);
  for (let l = 0; l < costs.length; l++) monthly[l] = costs[l].monthly;
  return monthly;
}

/** 1 for the lines no credit may pay. */
function cashOnlyLines(facts: readonly LineFacts[]): Uint8Array {
  const cashOnly = new Uint8Array(facts.length);
  for (let l = 0; l < facts.length; l++) cashOnly[l] = facts[l].creditEligible ? 0 : 1;
  return cashOnly;
}

/**
 * Issues: assumptions, then lines in row order, then program rules. (Built from an empty
 * literal, whose allocation site learns to hold objects; a copy of an empty list would start as
 * a list of small integers and throw the compiled code away on the first push.)
 */
function allIssues(assumptionIssues: readonly Issue[], costs: readonly LineCost[], ruleIssues: readonly Issue[]): Issue[] {
  const issues: Issue[] = [];
  for (const issue of assumptionIssues) issues.push(issue);
  for (const c of costs) for (const issue of c.issues) issues.push(issue);
  for (const issue of ruleIssues) issues.push(issue);
  return issues;
}

function lineResults(facts: readonly LineFacts[], costs: readonly LineCost[]): LineResult[] {
  const results = new Array<LineResult>(facts.length);
  for (let l = 0; l < facts.length; l++) {
    const { id, name } = facts[l];
    results[l] = { id, name, total: costs[l].total, monthly: costs[l].monthly };
  }
  return results;
}

/** What each pool's credit applications claim: the sum of its fundedBy lines' costs, in line order. */
function declaredByPool(facts: readonly LineFacts[], costs: readonly LineCost[]): Map<string, number> {
  const declared = new Map<string, number>();
  for (let l = 0; l < facts.length; l++) {
    const pool = facts[l].fundedBy;
    if (pool !== null) declared.set(pool, (declared.get(pool) ?? 0) + costs[l].total);
  }
  return declared;
}

export function createEngine(options: EngineOptions = {}): Engine {
  const book = options.priceBook ?? bundledPriceBook();
  const cache = new ExpressionCache();
  const contexts = new Map<string, CachedContext>();
  const memos = new Map<string, ScenarioMemo>();
  // Scenarios of one workbook share its price tables, so they share one (memoising) resolver.
  let prices: { overrides: Workbook['priceOverrides']; snapshot: Workbook['priceBook']; resolver: PriceResolver } | null = null;

  function pricesFor(workbook: Workbook): PriceResolver {
    const snapshot = workbook.priceBook?.entries ?? null;
    if (prices === null || !samePriceTable(prices.overrides, workbook.priceOverrides) || !samePriceTable(prices.snapshot?.entries ?? null, snapshot)) {
      const resolver = createPriceResolver(book, workbook.priceOverrides, workbook.priceBook?.entries ?? null);
      prices = { overrides: workbook.priceOverrides, snapshot: workbook.priceBook, resolver };
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
      daysPerMonth: scenario.daysPerMonth,
      hoursPerMonth: scenario.hoursPerMonth,
      bindings: resolved.bindings as Map<string, Binding>,
      failedAssumptions: resolved.failed,
      prices: pricesFor(workbook),
      cache,
      compiled: new Map(),
    };
    const fresh = { key, context, assumptionIssues: resolved.issues };
    contexts.set(scenario.id, fresh);
    return fresh;
  }

  /**
   * Each line's cost: the remembered one while the line object and the context are unchanged
   * (found by position, or by object when lines moved), else computed. Newly computed lines
   * share one block of memory for their monthly series (one allocation instead of one per line).
   */
  function lineCostsFor(lines: readonly Line[], context: LineContext, memo: ScenarioMemo | undefined, changed: readonly number[] | null): LineCost[] {
    const costs = new Array<LineCost>(lines.length);
    const reusable = memo !== undefined && memo.context === context;
    let missing = 0;
    if (reusable && changed !== null) {
      for (let l = 0; l < lines.length; l++) costs[l] = memo.costs[l];
      for (const l of changed) costs[l] = undefined!;
      missing = changed.length;
    } else if (reusable) {
      // Lines added, removed or moved: find the unchanged ones by object.
      const known = new Map<Line, LineCost>();
      memo.lines.forEach((line, l) => known.set(line, memo.costs[l]));
      for (let l = 0; l < lines.length; l++) {
        const cost = known.get(lines[l]);
        if (cost === undefined) missing++;
        else costs[l] = cost;
      }
    } else {
      missing = lines.length;
    }
    if (missing === 0) return costs;
    const horizon = context.horizon;
    const block = new ArrayBuffer(missing * horizon * Float64Array.BYTES_PER_ELEMENT);
    let at = 0;
    for (let l = 0; l < lines.length; l++) {
      if (costs[l] !== undefined) continue;
      costs[l] = computeLineCost(lines[l], context, new Float64Array(block, at, horizon));
      at += horizon * Float64Array.BYTES_PER_ELEMENT;
    }
    return costs;
  }

  function computeScenario(workbook: Workbook, scenarioId: string): ScenarioResult {
    const scenario = workbook.scenarios.find((s) => s.id === scenarioId);
    if (scenario === undefined) throw new Error(`no scenario "${scenarioId}" in this workbook`);
    return compute(workbook, scenario);
  }

  // compute() only orchestrates: the loops over lines live in the helpers above, which keep their
  // compiled code even when the workbook and scenario objects arrive with new hidden classes.
  function compute(workbook: Workbook, scenario: Scenario): ScenarioResult {
    const { context, assumptionIssues } = contextFor(workbook, scenario);
    const horizon = scenario.horizonMonths;
    const lines = scenario.lines;
    const memo = memos.get(scenario.id);
    const changed = changedPositions(lines, memo);
    const costs = lineCostsFor(lines, context, memo, changed);
    const facts = lineFactsFor(lines, memo, changed);
    const linesById = lineIndex(lines, memo !== undefined && changed !== null ? updatedIndex(memo, lines, facts, changed) : null);

    const included = scenario.pools.filter((p) => p.included);
    const eligible = eligibilityFor(scenario, facts, included, linesById, memo, changed);
    const simPools: SimulationPool[] = included.map((pool, p) => ({
      amount: pool.amount,
      startMonth: pool.startMonth,
      validityMonths: pool.validityMonths,
      paused: pool.paused,
      serviceCount: poolServiceCount(pool),
      eligible: eligible[p],
    }));
    const sim = simulateBilling({ horizon, costs: monthlySeries(costs), cashOnly: cashOnlyLines(facts), pools: simPools });

    const poolIndexOf = new Map(included.map((p, i) => [p.id, i]));
    const declared = declaredByPool(facts, costs);
    const pools = scenario.pools.map((pool) => poolResult(scenario, pool, sim, poolIndexOf.get(pool.id), declared.get(pool.id) ?? 0));
    const kpis = computeKpis(workbook, sim, costs);
    const claims = claimsFor(scenario, facts, linesById, memo, changed);
    const issues = allIssues(assumptionIssues, costs, checkProgramRules(scenario, workbook.company, sim, poolIndexOf, claims));

    memos.set(scenario.id, {
      lines,
      context,
      costs,
      facts,
      byId: linesById.reusable(),
      eligibility: { pools: scenario.pools, allocation: scenario.allocation, eligible },
      claims: { pools: scenario.pools, check: claims },
    });
    return {
      id: scenario.id,
      name: scenario.name,
      startMonth: scenario.startMonth,
      horizonMonths: horizon,
      kpis,
      pools,
      lines: lineResults(facts, costs),
      cost: sim.cost,
      credits: sim.credits,
      cash: sim.cash,
      issues,
    };
  }

  function poolResult(scenario: Scenario, pool: Pool, sim: SimulationResult, index: number | undefined, declared: number): PoolResult {
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

  function computeKpis(workbook: Workbook, sim: SimulationResult, costs: readonly LineCost[]): Kpis {
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
