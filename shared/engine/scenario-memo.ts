// What the engine remembers of a scenario's last computation, and how the next computation
// reuses it: by position, an edit replaces one line object and leaves the others alone, so only
// the changed lines are costed, re-read and re-checked for eligibility and claims.
import type { Line, Pool, Scenario } from '../model';
import { payRule, type PayRule } from './eligibility';
import { computeLineCost, type LineContext, type LineCost } from './line-costs';
import { lineFacts, sameForClaims, type LineFacts } from './line-facts';
import { checkClaims, type ClaimsCheck, type LineLookup } from './program-rules';

/**
 * What the engine remembers of a scenario's last computation, so that the next one redoes only
 * what changed: an edit replaces one line object and leaves the others (and their positions) alone.
 */
export interface ScenarioMemo {
  lines: readonly Line[];
  context: LineContext;
  costs: LineCost[];
  facts: LineFacts[];
  /** Lines by id, kept only while ids are unique (then an edit that keeps the id updates one entry). */
  byId: Map<string, Line> | null;
  eligibility: EligibilityMemo;
  claims: { pools: readonly Pool[]; check: ClaimsCheck };
}

export interface EligibilityMemo {
  pools: readonly Pool[];
  allocation: Scenario['allocation'];
  /** Per included pool, 1 where it may pay that line. */
  eligible: Uint8Array[];
}

export interface LineIndex extends LineLookup {
  /** The map, if it was needed and the ids are unique (so that it can be updated next time). */
  reusable(): Map<string, Line> | null;
}

/**
 * Lines by id: the remembered map when it is still right, else one built on first use. (An
 * object literal, not a class instance, for the same reason as in the billing simulation.)
 */
export function lineIndex(lines: readonly Line[], reused: Map<string, Line> | null): LineIndex {
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
export function changedPositions(lines: readonly Line[], memo: ScenarioMemo | undefined): number[] | null {
  if (memo === undefined || memo.lines.length !== lines.length) return null;
  const changed: number[] = [];
  for (let l = 0; l < lines.length; l++) if (lines[l] !== memo.lines[l]) changed.push(l);
  return changed.length > lines.length / 2 ? null : changed;
}

/** Each line's facts: the remembered ones for the lines that did not change. */
export function lineFactsFor(lines: readonly Line[], memo: ScenarioMemo | undefined, changed: readonly number[] | null): LineFacts[] {
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
export function eligibilityFor(
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
export function claimsFor(scenario: Scenario, facts: readonly LineFacts[], lines: LineLookup, memo: ScenarioMemo | undefined, changed: readonly number[] | null): ClaimsCheck {
  if (memo !== undefined && changed !== null && memo.claims.pools === scenario.pools && changed.every((l) => sameForClaims(facts[l], memo.facts[l]))) {
    return memo.claims.check;
  }
  return checkClaims(scenario, lines, facts);
}

/** The remembered id map, updated for the changed lines, while every changed line kept its id. */
export function updatedIndex(memo: ScenarioMemo, lines: readonly Line[], facts: readonly LineFacts[], changed: readonly number[]): Map<string, Line> | null {
  const byId = memo.byId;
  if (byId === null || !changed.every((l) => facts[l].id === memo.facts[l].id)) return null;
  for (const l of changed) byId.set(facts[l].id, lines[l]);
  return byId;
}

/**
 * Each line's cost: the remembered one while the line object and the context are unchanged
 * (found by position, or by object when lines moved), else computed. Newly computed lines
 * share one block of memory for their monthly series (one allocation instead of one per line).
 */
export function lineCostsFor(lines: readonly Line[], context: LineContext, memo: ScenarioMemo | undefined, changed: readonly number[] | null): LineCost[] {
  const costs = new Array<LineCost>(lines.length);
  const missing: number[] = [];
  if (memo !== undefined && memo.context === context && changed !== null) {
    for (let l = 0; l < lines.length; l++) costs[l] = memo.costs[l];
    for (const l of changed) missing.push(l);
  } else if (memo !== undefined && memo.context === context) {
    // Lines added, removed or moved: find the unchanged ones by object.
    const known = new Map<Line, LineCost>();
    memo.lines.forEach((line, l) => known.set(line, memo.costs[l]));
    for (let l = 0; l < lines.length; l++) {
      const cost = known.get(lines[l]);
      if (cost === undefined) missing.push(l);
      else costs[l] = cost;
    }
  } else {
    for (let l = 0; l < lines.length; l++) missing.push(l);
  }
  const horizon = context.horizon;
  const bytes = horizon * Float64Array.BYTES_PER_ELEMENT;
  const block = new ArrayBuffer(missing.length * bytes);
  missing.forEach((l, i) => {
    costs[l] = computeLineCost(lines[l], context, new Float64Array(block, i * bytes, horizon));
  });
  return costs;
}
