// The credit programs' rules, checked against the declared funding (fundedBy) and the
// billing simulation. Each issue names its code, severity and the row and field it concerns.
import { PROGRAMS } from '../../model/vocabulary';
import type { Company, Line, Pool, Scenario } from '../../model';
import type { SimulationResult } from './billing-simulation';
import { canPay, payRule, type PayRule } from './eligibility';
import type { LineFacts } from './line-facts';
import type { Issue } from './results';
import { declaredOverPoolIssues, strandedIssues, type BillingFacts } from './simulation-rules';

const FORFEIT_THRESHOLD = 0.05;

const usd = (n: number) => `$${groupedInteger(Math.round(n))}`;
const lineLabel = (l: Line) => l.name || l.id;
const poolLabel = (p: Pool) => p.name || p.id;

/**
 * An integer with thousands separators, as toLocaleString('en-US') writes it; the common case
 * (a safe integer) without the locale machinery, which is slow enough to show in an edit.
 */
export function groupedInteger(n: number): string {
  if (!Number.isSafeInteger(n) || Object.is(n, -0)) return n.toLocaleString('en-US');
  const digits = String(Math.abs(n));
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += `,${digits.slice(i, i + 3)}`;
  return n < 0 ? `-${out}` : out;
}

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

/** Programs a stage does not normally get (domain stage guide). */
function unusualForStage(program: Pool['program'], stage: Company['stage']): string | null {
  if (stage === 'pre-seed' && program !== 'founders' && program !== 'custom')
    return 'pre-seed companies usually get self-serve Activate Founders credits only';
  if (stage === 'series-b' && (program === 'founders' || program === 'portfolio' || program === 'build'))
    return 'Series B companies usually move to an enterprise agreement instead of Activate';
  if (stage === 'series-b' && program === 'accelerator') return 'Series B companies have usually aged out of the accelerator';
  return null;
}

/**
 * What the claims say, independent of the simulation: POOL_INELIGIBLE, BUILD_NOT_DISTINCT and
 * WORKSTREAM_SPLIT issues, and the lines claimed under each pool. It depends only on the pools
 * and the lines' facts, so the engine keeps it while an edit leaves those as they were.
 */
export interface ClaimsCheck {
  issues: Issue[];
  /** Pool id -> indices of the lines claimed under it, in line order. */
  claimedBy: Map<string, number[]>;
}

/** `isBedrockLine` answers whether the line with that id is a Bedrock line. */
export function checkClaims(scenario: Scenario, isBedrockLine: (id: string) => boolean, facts: readonly LineFacts[]): ClaimsCheck {
  const issues: Issue[] = [];
  const poolsById = new Map(scenario.pools.map((p) => [p.id, p]));
  const rules = new Map<Pool, PayRule>();
  const ruleOf = (pool: Pool) => rules.get(pool) ?? rules.set(pool, payRule(pool)).get(pool)!;

  // POOL_INELIGIBLE: a claim the pool's program cannot pay.
  for (let l = 0; l < facts.length; l++) {
    const claim = facts[l].fundedBy;
    const pool = claim === null ? undefined : poolsById.get(claim);
    if (pool === undefined || canPay(ruleOf(pool), facts[l], isBedrockLine)) continue;
    const line = scenario.lines[l];
    const why = !facts[l].creditEligible
      ? facts[l].flaggedEligible
        ? 'no AWS credit pays for this category of spend'
        : 'the line is marked as not credit-eligible'
      : pool.program === 'bedrock-poc'
        ? 'Bedrock POC credits pay only for Bedrock and for OpenSearch Serverless, Lambda or S3 lines that support a Bedrock line'
        : `this pool covers only ${(pool.services ?? []).join(', ') || 'no services'}`;
    issues.push({
      severity: 'error',
      code: 'POOL_INELIGIBLE',
      message: `${lineLabel(line)} is claimed under ${poolLabel(pool)}, which cannot pay for it: ${why}`,
      lineId: line.id,
      poolId: pool.id,
      field: 'fundedBy',
    });
  }

  // CREDIT_NEVER_APPLIES: a line of an always-cash category marked credit-eligible is cash anyway.
  for (let l = 0; l < facts.length; l++) {
    const f = facts[l];
    if (!f.flaggedEligible || f.creditEligible) continue;
    const line = scenario.lines[l];
    issues.push({
      severity: 'warning',
      code: 'CREDIT_NEVER_APPLIES',
      message: `${lineLabel(line)} is marked credit-eligible, but no AWS credit pays for ${f.service} spend: it is paid in cash`,
      lineId: line.id,
      field: 'creditEligible',
    });
  }

  // WORKSTREAM_SPLIT and BUILD_NOT_DISTINCT: one workstream claimed under two pools.
  const claims = new Map<string, { pool: Pool; line: Line }[]>();
  for (let l = 0; l < facts.length; l++) {
    const { fundedBy, workstreamKey: key } = facts[l];
    const pool = fundedBy === null ? undefined : poolsById.get(fundedBy);
    if (pool === undefined || key === '') continue;
    const list = claims.get(key) ?? [];
    if (!list.some((c) => c.pool.id === pool.id)) list.push({ pool, line: scenario.lines[l] });
    claims.set(key, list);
  }
  for (const list of claims.values()) {
    if (list.length < 2) continue;
    const programs = new Set(list.map((c) => c.pool.program));
    const [first, second] = list;
    const workstream = first.line.workstream.trim();
    if (programs.has('build') && programs.has('portfolio')) {
      const build = list.find((c) => c.pool.program === 'build')!;
      issues.push({
        severity: 'error',
        code: 'BUILD_NOT_DISTINCT',
        message: `Build for Startups must fund a workstream of its own, but "${workstream}" is also claimed under Portfolio`,
        lineId: build.line.id,
        poolId: build.pool.id,
        field: 'fundedBy',
      });
      if (list.length === 2) continue;
    }
    issues.push({
      severity: 'error',
      code: 'WORKSTREAM_SPLIT',
      message: `Workstream "${workstream}" is claimed under ${list.map((c) => poolLabel(c.pool)).join(' and ')}; the same workload would be invoiced twice`,
      lineId: second.line.id,
      poolId: second.pool.id,
      field: 'fundedBy',
    });
  }
  return { issues, claimedBy: linesByClaim(facts) };
}

/** The claims issues (see checkClaims), then the pools' and the residency rules. */
export function checkProgramRules(
  scenario: Scenario,
  company: Company,
  billing: BillingFacts & { sim: SimulationResult },
  poolIndexOf: ReadonlyMap<string, number>,
  claims: ClaimsCheck,
): Issue[] {
  const issues: Issue[] = []; // an empty literal, not a copy (see allIssues in the engine)
  for (const issue of claims.issues) issues.push(issue);

  for (const pool of scenario.pools) {
    if (!pool.included) continue;
    const info = PROGRAMS[pool.program];
    if (pool.program === 'accelerator' && !company.aiFirst)
      issues.push({
        severity: 'warning',
        code: 'ACCELERATOR_NOT_AI_FIRST',
        message: `${poolLabel(pool)}: the Generative AI Accelerator accepts AI-first companies only`,
        poolId: pool.id,
        field: 'program',
      });
    if (pool.amount < info.typicalMin || pool.amount > info.typicalMax)
      issues.push({
        severity: 'warning',
        code: 'AMOUNT_ATYPICAL',
        message: `${poolLabel(pool)}: ${usd(pool.amount)} is outside the usual ${info.name} range (${usd(info.typicalMin)}-${usd(info.typicalMax)})`,
        poolId: pool.id,
        field: 'amount',
      });
    const stageNote = unusualForStage(pool.program, company.stage);
    if (stageNote !== null)
      issues.push({ severity: 'warning', code: 'AMOUNT_ATYPICAL', message: `${poolLabel(pool)}: ${stageNote}`, poolId: pool.id, field: 'program' });

    const trace = billing.sim.pools[poolIndexOf.get(pool.id)!];
    if (trace.forfeited > FORFEIT_THRESHOLD * pool.amount)
      issues.push({
        severity: 'warning',
        code: 'CREDITS_FORFEITED',
        message: `${poolLabel(pool)} expires with ${usd(trace.forfeited)} unused (${((100 * trace.forfeited) / pool.amount).toFixed(1)}% of the award)`,
        poolId: pool.id,
        field: 'validityMonths',
      });
  }

  for (const issue of strandedIssues(scenario, billing, poolIndexOf, claims.claimedBy)) issues.push(issue);
  for (const issue of declaredOverPoolIssues(scenario, billing.lineCosts, billing.lineCount, claims.claimedBy)) issues.push(issue);

  if (company.euDataResidency) {
    for (const line of scenario.lines) {
      if (!line.region.startsWith('eu-'))
        issues.push({
          severity: 'warning',
          code: 'EU_RESIDENCY',
          message: `${lineLabel(line)} runs in ${line.region}, outside the EU, but the company requires EU data residency`,
          lineId: line.id,
          field: 'region',
        });
      else if (line.kind === 'bedrock' && line.endpointScope === 'global')
        issues.push({
          severity: 'warning',
          code: 'EU_RESIDENCY',
          message: `${lineLabel(line)} uses a global Bedrock endpoint, which may serve requests outside the EU`,
          lineId: line.id,
          field: 'endpointScope',
        });
    }
  }
  return issues;
}
