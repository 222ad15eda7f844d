// What the engine remembers of a scenario's last computation, and how the next computation
// reuses it: by position, an edit replaces one line object and leaves the others alone, so only
// the changed lines are costed, re-read and re-checked for eligibility and claims.
import type { Line, Pool, Scenario } from '../../model';
import type { GroupSums } from './blocked-sums';
import type { NameUse } from './assumption-delta';
import type { ClaimedCosts } from './claimed-costs';
import type { CostTable } from './cost-table';
import { canPay, payRule, type PayRule } from '../compute/eligibility';
import { lineFacts, sameForClaims, type LineFacts } from '../compute/line-facts';
import { checkClaims, type ClaimsCheck } from '../compute/program-rules';
import type { ServiceCharges } from '../compute/service-charges';

/**
 * What the engine remembers of a scenario's last computation, so that the next one redoes only
 * what changed: an edit replaces one line object and leaves the others (and their positions) alone.
 */
export interface ScenarioMemo {
  lines: readonly Line[];
  table: CostTable;
  facts: LineFacts[];
  /** 1 for the lines no credit may pay (the simulation's cashOnly). */
  cashOnly: Uint8Array;
  /** The lines summed into service charges, and the charges' costs month by month. */
  charges: ServiceCharges;
  chargeSums: GroupSums;
  /** The ids of Bedrock lines, if they were needed. */
  bedrockIds: Set<string> | null;
  eligibility: EligibilityMemo;
  claims: { pools: readonly Pool[]; check: ClaimsCheck };
  /** The spend claimed under each pool by charge, built from `claims.check` and `charges`. */
  claimed: ClaimedCosts;
  /** Which lines use each assumption name, while the lines are this same array (assumption-delta.ts). */
  nameUse: NameUse | null;
}

interface EligibilityMemo {
  pools: readonly Pool[];
  allocation: Scenario['allocation'];
  /** Per included pool, 1 where it may pay that line. */
  eligible: Uint8Array[];
}

export interface BedrockIndex {
  isBedrockLine(id: string): boolean;
  /** The ids, if they were needed (to be remembered for the next computation). */
  built(): Set<string> | null;
}

/**
 * Whether the line with an id is a Bedrock line (the last line with that id, should ids repeat),
 * from the ids of the Bedrock lines: the remembered set while every changed line kept its id and
 * kind, else one built from the facts on first use. (An object literal, not a class instance,
 * for the same reason as in the billing simulation.)
 */
export function bedrockIndex(
  known: FactsOfLines,
  memo: ScenarioMemo | undefined,
  changed: readonly number[] | null,
): BedrockIndex {
  const { facts } = known;
  let ids = memo !== undefined && changed !== null && sameIdsAndKinds(known, changed) ? memo.bedrockIds : null;
  const build = () => {
    const set = new Set<string>();
    for (const { id, kind } of facts) {
      if (kind === 'bedrock') set.add(id);
      else set.delete(id);
    }
    return set;
  };
  return {
    isBedrockLine: (id) => (ids ??= build()).has(id),
    built: () => ids,
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

/**
 * 1 for the lines no credit may pay: the remembered array, updated in place at the changed
 * positions (only the simulation reads it, and that is over), else a new one.
 */
export function cashOnlyFor(
  facts: readonly LineFacts[],
  memo: ScenarioMemo | undefined,
  changed: readonly number[] | null,
): Uint8Array {
  if (memo !== undefined && changed !== null) {
    for (const l of changed) memo.cashOnly[l] = facts[l].creditEligible ? 0 : 1;
    return memo.cashOnly;
  }
  const cashOnly = new Uint8Array(facts.length);
  for (let l = 0; l < facts.length; l++) cashOnly[l] = facts[l].creditEligible ? 0 : 1;
  return cashOnly;
}

/** Each line's facts, and (`before`, in the order of `changed`) the facts the changed positions had. */
export interface FactsOfLines {
  facts: LineFacts[];
  before: readonly LineFacts[];
}

/**
 * Each line's facts: the remembered list, updated in place at the changed positions (it belongs
 * to a finished computation and no result holds it; copying it would read every entry).
 */
export function lineFactsFor(
  lines: readonly Line[],
  memo: ScenarioMemo | undefined,
  changed: readonly number[] | null,
): FactsOfLines {
  if (memo === undefined || changed === null) return { facts: lines.map(lineFacts), before: [] };
  const facts = memo.facts;
  const before = changed.map((l) => facts[l]);
  for (const l of changed) facts[l] = lineFacts(lines[l]);
  return { facts, before };
}

/** Whether each changed line kept its id and kind, so that lookups by id (Bedrock support) still hold. */
function sameIdsAndKinds({ facts, before }: FactsOfLines, changed: readonly number[]): boolean {
  return changed.every((l, i) => facts[l].id === before[i].id && facts[l].kind === before[i].kind);
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
    eligible[p][l] = line.creditEligible && claimOk && canPay(rules[p], line, isBedrockLine) ? 1 : 0;
  }
}

/**
 * Per included pool, which lines it may pay. After an edit only the changed lines are redone,
 * as long as the pools, the allocation mode and every line's id and kind are as before.
 */
export function eligibilityFor(
  scenario: Scenario,
  known: FactsOfLines,
  included: readonly Pool[],
  isBedrockLine: (id: string) => boolean,
  memo: ScenarioMemo | undefined,
  changed: readonly number[] | null,
): Uint8Array[] {
  const { facts } = known;
  const rules = included.map(payRule);
  const asDeclared = scenario.allocation === 'as-declared';
  const previous = memo?.eligibility;
  if (
    memo !== undefined &&
    previous !== undefined &&
    changed !== null &&
    previous.pools === scenario.pools &&
    previous.allocation === scenario.allocation &&
    sameIdsAndKinds(known, changed)
  ) {
    // The previous rows belong to a finished computation: update them in place.
    for (const l of changed)
      markEligibility(previous.eligible, included, rules, facts[l], l, asDeclared, isBedrockLine);
    return previous.eligible;
  }
  const eligible = included.map(() => new Uint8Array(facts.length));
  for (let l = 0; l < facts.length; l++)
    markEligibility(eligible, included, rules, facts[l], l, asDeclared, isBedrockLine);
  return eligible;
}

/** The claims check: the remembered one while the pools are the same and no changed line looks different to it. */
export function claimsFor(
  scenario: Scenario,
  { facts, before }: FactsOfLines,
  isBedrockLine: (id: string) => boolean,
  memo: ScenarioMemo | undefined,
  changed: readonly number[] | null,
): ClaimsCheck {
  if (
    memo !== undefined &&
    changed !== null &&
    memo.claims.pools === scenario.pools &&
    changed.every((l, i) => sameForClaims(facts[l], before[i]))
  ) {
    return memo.claims.check;
  }
  return checkClaims(scenario, isBedrockLine, facts);
}
