// What the engine produces for one scenario. Names follow the CLI's JSON contract
// (handbook contracts.md); series are typed arrays so the app can transfer them to the UI.
import type { ProgramId } from '../../model';

export type Severity = 'error' | 'warning';

export type IssueCode =
  | 'POOL_INELIGIBLE'
  | 'WORKSTREAM_SPLIT'
  | 'BUILD_NOT_DISTINCT'
  | 'ACCELERATOR_NOT_AI_FIRST'
  | 'AMOUNT_ATYPICAL'
  | 'CREDITS_FORFEITED'
  | 'EARMARKED_STRANDED'
  | 'EU_RESIDENCY'
  | 'PRICE_MISSING'
  | 'EXPR_ERROR'
  | 'CREDIT_NEVER_APPLIES'
  | 'DECLARED_OVER_POOL'
  | 'PRICE_REGION_FALLBACK'
  | 'PRICE_DATED';

export interface Issue {
  severity: Severity;
  code: IssueCode;
  message: string;
  lineId?: string;
  poolId?: string;
  /** Assumption name, when the issue is about an assumption. */
  assumption?: string;
  /** The field the issue points to (a line, pool or assumption field). */
  field?: string;
}

export interface Kpis {
  totalCost: number;
  creditsApplied: number;
  cashCost: number;
  creditCoverage: number;
  creditsForfeited: number;
  creditsRemaining: number;
  creditCliffMonth: number | null;
  cashRunwayMonths: number | null;
  runwayExtensionMonths: number | null;
}

export interface PoolResult {
  id: string;
  name: string;
  program: ProgramId;
  amount: number;
  used: number;
  forfeited: number;
  remaining: number;
  expiryMonth: number;
  depletionMonth: number | null;
  monthsFunded: number | null;
  /** Month offsets (fractional where a balance crosses inside a month) of AWS's notification emails. */
  milestones: {
    used75: number | null;
    used100: number | null;
    /** 60 and 30 days before expiry, at daysPerMonth days a month. */
    expiry60Days: number;
    expiry30Days: number;
  };
  /** Month-by-month draw and end-of-month balance (after any forfeit). */
  draw: Float64Array;
  balance: Float64Array;
  /** What the pool's credit applications claim for it (sum of its fundedBy lines' costs). */
  declared: number;
}

export interface LineResult {
  id: string;
  name: string;
  total: number;
  monthly: Float64Array;
}

export interface ScenarioResult {
  id: string;
  name: string;
  startMonth: string;
  horizonMonths: number;
  kpis: Kpis;
  /** True when the cash runway outlasts the horizon and was found by simulating on past it (rev 2). */
  runwayExtrapolated: boolean;
  pools: PoolResult[];
  lines: LineResult[];
  /** Per month: total cost, paid by credits, paid in cash. */
  cost: Float64Array;
  credits: Float64Array;
  cash: Float64Array;
  issues: Issue[];
}
