// What the engine produces for one scenario. Names follow the CLI's JSON contract
// (handbook contracts.md); series are typed arrays so the app can transfer them to the UI.
import type { ExprFault } from '../../expr';
import type { PriceProblem } from '../../kinds/kind';
import type { AllocationMode, LinkProblem, ProgramId, Stage, StageNote } from '../../model';

export type Severity = 'error' | 'warning';

/**
 * What each issue code carries besides its target: figures and ids, never text (the app and the
 * CLI word issues from these, with shared/wording).
 */
interface IssueParamsByCode {
  /**
   * always-cash-category: no credit pays that category; not-credit-eligible: the line is marked so;
   * bedrock-workload / listed-services: the program's scope does not cover it.
   */
  POOL_INELIGIBLE: {
    reason: 'always-cash-category' | 'not-credit-eligible' | 'bedrock-workload' | 'listed-services';
    services: readonly string[];
  };
  /** Every pool the workstream is claimed under, in the order the claims come. */
  WORKSTREAM_SPLIT: { workstream: string; poolIds: readonly string[] };
  BUILD_NOT_DISTINCT: { workstream: string };
  ACCELERATOR_NOT_AI_FIRST: { program: ProgramId };
  AMOUNT_ATYPICAL:
    | { reason: 'range'; program: ProgramId; amount: number; typicalMin: number; typicalMax: number }
    | { reason: 'stage'; program: ProgramId; stage: Stage; note: StageNote };
  CREDITS_FORFEITED: { forfeited: number; amount: number };
  /**
   * The pool that paid the declared spend instead (payerPoolId), how much, what the declared pool
   * then forfeits, and why it could not come first in those months (rev 2).
   */
  EARMARKED_STRANDED: { payerPoolId: string; diverted: number; forfeited: number; causes: readonly StrandedCause[] };
  /** A line of an always-cash category marked credit-eligible: paid in cash anyway (rev 2). */
  CREDIT_NEVER_APPLIES: { service: string };
  /** What the lines declared under the pool cost while it is valid, and the first month they pass its amount (rev 2). */
  DECLARED_OVER_POOL: { declared: number; over: number; amount: number; shortFrom: number };
  /** The book has no price for the line's region; the us-east-1 price is used (rev 2). */
  PRICE_REGION_FALLBACK: { region: string; usedRegion: string; priceKey: string };
  /** A month priced with a promotional, legacy, derived or unsourced price (rev 2); note: the book's own note. */
  PRICE_DATED: { priceKey: string; status: string; month: number; note: string | null };
  EU_RESIDENCY: { reason: 'region'; region: string } | { reason: 'global-endpoint' };
  PRICE_MISSING: PriceProblem;
  EXPR_ERROR: ExpressionProblem;
  /** A based-on scenario's base is not in the workbook, or has no usable base itself. */
  LINK_BASE_MISSING: LinkParams<'LINK_BASE_MISSING'>;
  /** Scenarios based on each other in a circle. */
  LINK_CYCLE: LinkParams<'LINK_CYCLE'>;
  /** A change names a row the base no longer has (or a line refers to a row the scenario removed). */
  LINK_TARGET_MISSING: LinkParams<'LINK_TARGET_MISSING'>;
  /** A change cannot be applied to the base as it is now. */
  LINK_CHANGE_INVALID: LinkParams<'LINK_CHANGE_INVALID'>;
}

/** A based-on scenario's problem (shared/model/linked-scenarios.ts) without its code and target. */
type LinkParams<C extends LinkProblem['code']> = Omit<Extract<LinkProblem, { code: C }>, 'code' | 'lineId' | 'poolId'>;

/** Why a declared pool did not pay in a month another pool paid its declared spend. */
export type StrandedCause =
  | { cause: 'not-yet-valid'; startMonth: number }
  | { cause: 'expired' }
  | { cause: 'paused' }
  | { cause: 'cannot-pay' }
  /** AWS's order put the payer first: by expiry, by fewer services, by age, or by list order. */
  | { cause: 'order'; criterion: 'expires-sooner' | 'fewer-services' | 'older' | 'listed-first' | 'tried-first' };

/** Why a quantity or an assumption cannot be computed. */
export type ExpressionProblem =
  /**
   * The expression compiler's diagnostic (syntax, unknown name, unsupported construct), and the
   * typing mistake behind it when it is a common one (worded plainly at the edge).
   */
  | { problem: 'expression'; detail: string; fault?: ExprFault }
  /** Divides by `divisor` (a name or a part of the formula), which is 0 in that month (null: in every month). */
  | { problem: 'divides-by-zero'; divisor: string; month: number | null }
  | { problem: 'reserved-name' }
  | { problem: 'circular'; cycle: readonly string[] }
  | { problem: 'uses-failed'; name: string }
  /** An assumption's value is not finite in that month. */
  | { problem: 'not-finite'; month: number; value: number }
  /** A quantity outside its bounds (month null: a constant). */
  | { problem: 'out-of-bounds'; min: number; max: number; value: number; month: number | null }
  /** A month's cost that is not a usable amount (month null: every active month). */
  | { problem: 'unusable-cost'; value: number; month: number | null; max: number }
  /** A service line with neither a monthly cost nor a quantity and a price item. */
  | { problem: 'needs-cost' };

export type IssueCode = keyof IssueParamsByCode;

/** Where an issue points: the row (line, pool or assumption) and field concerned. */
interface IssueTarget {
  lineId?: string;
  poolId?: string;
  /** Assumption name, when the issue is about an assumption. */
  assumption?: string;
  /** The field the issue points to (a line, pool or assumption field). */
  field?: string;
}

export type IssueOf<C extends IssueCode> = IssueTarget & { severity: Severity; code: C; params: IssueParamsByCode[C] };

/** An issue as the engine reports it: code, severity, target fields and parameters. */
export type Issue = { [C in IssueCode]: IssueOf<C> }[IssueCode];

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
  /** The month offset the award starts in; before it the pool holds nothing yet. */
  startMonth: number;
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
  /**
   * How credits were applied: AWS's billing order, or "as-declared" (each line only on its
   * fundedBy pool), whose credit, cash, cliff, runway and pool figures are not what AWS bills and
   * are labelled so wherever they are shown.
   */
  allocation: AllocationMode;
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
  credits: {
    creditId: string;
    poolId: string | null;
    description: string;
    remainingAmount: number;
    usableThrough: string | null;
    enabled: boolean;
  }[];
}
