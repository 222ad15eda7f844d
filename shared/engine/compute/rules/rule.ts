// What a program rule is: one module per issue code, which says what it looks at (its subject)
// and what it needs; program-rules.ts runs them in the order of rules/index.ts.
import type { Company, Pool, Scenario } from '../../../model';
import type { SimulationPool, SimulationResult } from '../billing-simulation';
import type { PayRule } from '../eligibility';
import type { LineFacts } from '../line-facts';
import type { Issue } from '../results';
import type { ServiceCharges } from '../service-charges';
import type { ClaimedCosts } from '../../speed/claimed-costs';

/** What the billing rules read of a computation: the simulation on service charges and the spend claimed under each pool. */
export interface BillingFacts {
  charges: ServiceCharges;
  /** Month-major charge costs (the simulation's input). */
  chargeCosts: Float64Array;
  /** The spend declared under each pool, per charge and month. */
  claimed: ClaimedCosts;
  pools: readonly SimulationPool[];
  sim: SimulationResult;
}

/** The first line of each pool that claims a workstream, in claim order. */
export interface WorkstreamClaim {
  pool: Pool;
  line: LineFacts;
}

/** What a pool or scenario rule may read. Claim and workstream rules see only the claims. */
export interface RuleInputs {
  scenario: Scenario;
  company: Company;
  facts: readonly LineFacts[];
  simulation: SimulationResult;
  billing: BillingFacts;
  /** Included pool id -> its index in the simulation. */
  poolIndexOf: ReadonlyMap<string, number>;
  /** Pool id -> indices of the lines claimed under it, in line order. */
  claimedBy: ReadonlyMap<string, readonly number[]>;
}

/**
 * A rule looks at one claim (a line's fundedBy pool), at one line, at one workstream claimed
 * under several pools, at one included pool, or at the whole scenario. Claim, line and workstream
 * rules depend only on the pools and the lines' facts, so the engine keeps their issues while an
 * edit leaves those as they were.
 */
export type ProgramRule =
  | {
      code: Issue['code'];
      subject: 'claim';
      check(line: LineFacts, pool: Pool, rule: PayRule, isBedrockLine: (id: string) => boolean): Issue | null;
    }
  | { code: Issue['code']; subject: 'line'; check(line: LineFacts): Issue | null }
  | { code: Issue['code']; subject: 'workstream'; check(claims: readonly WorkstreamClaim[]): Issue | null }
  | {
      code: Issue['code'];
      subject: 'pool';
      needs: readonly ('company' | 'simulation')[];
      check(pool: Pool, inputs: RuleInputs): Issue | null;
    }
  | {
      code: Issue['code'];
      subject: 'scenario';
      needs: readonly ('company' | 'simulation' | 'claims' | 'lines')[];
      check(inputs: RuleInputs, issues: Issue[]): void;
    };
