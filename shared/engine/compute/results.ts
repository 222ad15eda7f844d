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
  /**
   * Present when the workbook holds imported AWS actuals (shared/engine/actuals): plan against
   * actual per month, and the figures above are then the forecast from the month after them.
   */
  actuals?: ActualsResult;
}

/** One pool in one month with actuals: what AWS says it paid, what the plan said, what our rule says. */
export interface ActualPoolMonth {
  /** From the allocation history of the pool's credit; null when unknown (not imported, a failed month, a pool no credit). */
  actualDraw: number | null;
  /** The plan's simulated draw; null when the month is outside the plan's horizon. */
  planDraw: number | null;
  drawVariance: number | null;
  /** The billing simulation replayed on the actual costs and credits; null when it cannot say. */
  replayDraw: number | null;
  /** Whether the replay matches AWS's allocation to the cent. */
  replayMatches: boolean | null;
}

export interface ActualMonthResult {
  month: string;
  /** The month's offset in the scenario, or null before its start. */
  index: number | null;
  actualCost: number | null;
  planCost: number | null;
  costVariance: number | null;
  actualCredits: number | null;
  planCredits: number | null;
  creditsVariance: number | null;
  /** A bill AWS has not finalised (Cost Explorer's Estimated, or an estimated allocation). */
  estimated: boolean;
  pools: Record<string, ActualPoolMonth>;
  /** Services AWS billed that the plan has no service for, kept with their AWS names. */
  otherServices: { service: string; cost: number }[];
}

export interface ReplayMismatch {
  month: string;
  creditId: string;
  poolId: string | null;
  actualDraw: number;
  replayDraw: number;
}

export interface ActualsResult {
  /** The last month with actuals; the forecast starts the month after. */
  throughMonth: string;
  /** Offset of the first forecast month in the scenario (0 to horizonMonths). */
  forecastFrom: number;
  months: ActualMonthResult[];
  /** Months AWS could not return allocations for: unknown, never zero. */
  unknownMonths: string[];
  /** Each pool's balance at the start of the forecast (AWS's remaining amount for an imported credit). */
  openingBalances: Record<string, number>;
  /** Our billing rule replayed on the actual costs: null when there is nothing to compare. */
  replayMatches: boolean | null;
  mismatches: ReplayMismatch[];
  credits: { creditId: string; poolId: string | null; description: string; remainingAmount: number; usableThrough: string | null; enabled: boolean }[];
}
