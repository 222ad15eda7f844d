// Runs the program rules (rules/, one module per issue code) against the declared funding
// (fundedBy) and the billing simulation. The claim and workstream rules depend only on the pools
// and the lines' claims, the line rules only on the lines' facts (checkClaims), so the engine keeps
// their issues across edits that leave those alone; the pool and scenario rules run with every
// computation.
import type { Company, Pool, Scenario } from '../../model';
import { payRule, type PayRule } from './eligibility';
import type { LineFacts } from './line-facts';
import type { Issue } from './results';
import { PROGRAM_RULES, type BillingFacts, type ProgramRule, type WorkstreamClaim } from './rules';

type RuleOf<S extends ProgramRule['subject']> = Extract<ProgramRule, { subject: S }>;
const rulesFor = <S extends ProgramRule['subject']>(subject: S) =>
  PROGRAM_RULES.filter((r): r is RuleOf<S> => r.subject === subject);
const CLAIM_RULES = rulesFor('claim');
const LINE_RULES = rulesFor('line');
const WORKSTREAM_RULES = rulesFor('workstream');
const POOL_RULES = rulesFor('pool');
const SCENARIO_RULES = rulesFor('scenario');

/** Indices of the lines claimed under each pool, in line order. */
function linesByClaim(facts: readonly LineFacts[]): Map<string, number[]> {
  const byPool = new Map<string, number[]>();
  facts.forEach(({ fundedBy }, l) => {
    if (fundedBy === null) return;
    const list = byPool.get(fundedBy);
    if (list === undefined) byPool.set(fundedBy, [l]);
    else list.push(l);
  });
  return byPool;
}

/** What the claims say, independent of the simulation: the claim, line and workstream rules' issues, and the lines claimed under each pool. */
export interface ClaimsCheck {
  issues: Issue[];
  /** Pool id -> indices of the lines claimed under it, in line order. */
  claimedBy: Map<string, number[]>;
}

/** Per workstream (trimmed, lower case), the first line of each pool that claims it. */
function workstreamClaims(
  facts: readonly LineFacts[],
  poolsById: ReadonlyMap<string, Pool>,
): Map<string, WorkstreamClaim[]> {
  const claims = new Map<string, WorkstreamClaim[]>();
  for (const line of facts) {
    const pool = line.fundedBy === null ? undefined : poolsById.get(line.fundedBy);
    if (pool === undefined || line.workstreamKey === '') continue;
    const list = claims.get(line.workstreamKey) ?? [];
    if (!list.some((c) => c.pool.id === pool.id)) list.push({ pool, line });
    claims.set(line.workstreamKey, list);
  }
  return claims;
}

/** `isBedrockLine` answers whether the line with that id is a Bedrock line. */
export function checkClaims(
  scenario: Scenario,
  isBedrockLine: (id: string) => boolean,
  facts: readonly LineFacts[],
): ClaimsCheck {
  const issues: Issue[] = [];
  const poolsById = new Map(scenario.pools.map((p) => [p.id, p]));
  const payRules = new Map<Pool, PayRule>();
  const ruleOf = (pool: Pool) => payRules.get(pool) ?? payRules.set(pool, payRule(pool)).get(pool)!;
  for (const line of facts) {
    const pool = line.fundedBy === null ? undefined : poolsById.get(line.fundedBy);
    if (pool === undefined) continue;
    for (const rule of CLAIM_RULES) {
      const issue = rule.check(line, pool, ruleOf(pool), isBedrockLine);
      if (issue !== null) issues.push(issue);
    }
  }
  for (const line of facts) {
    for (const rule of LINE_RULES) {
      const issue = rule.check(line);
      if (issue !== null) issues.push(issue);
    }
  }
  for (const claims of workstreamClaims(facts, poolsById).values()) {
    if (claims.length < 2) continue;
    for (const rule of WORKSTREAM_RULES) {
      const issue = rule.check(claims);
      if (issue !== null) issues.push(issue);
    }
  }
  return { issues, claimedBy: linesByClaim(facts) };
}

/** The claims issues (see checkClaims), then each included pool's, then the scenario's. */
export function checkProgramRules(
  scenario: Scenario,
  company: Company,
  billing: BillingFacts,
  poolIndexOf: ReadonlyMap<string, number>,
  claims: ClaimsCheck,
  facts: readonly LineFacts[],
): Issue[] {
  const issues: Issue[] = []; // an empty literal, not a copy (see allIssues in the engine)
  for (const issue of claims.issues) issues.push(issue);
  const inputs = {
    scenario,
    company,
    facts,
    simulation: billing.sim,
    billing,
    poolIndexOf,
    claimedBy: claims.claimedBy,
  };
  for (const pool of scenario.pools) {
    if (!pool.included) continue;
    for (const rule of POOL_RULES) {
      const issue = rule.check(pool, inputs);
      if (issue !== null) issues.push(issue);
    }
  }
  for (const rule of SCENARIO_RULES) rule.check(inputs, issues);
  return issues;
}
