// The per-pool results table as data: amounts, when each pool runs out or expires, and the
// months of AWS's notification e-mails, all as calendar months.
import {
  lastDollarMonth,
  lastUsableMonth,
  wholeCents,
  type PoolResult,
  type ScenarioResult,
} from '../../../../shared/engine';
import { PROGRAMS, type Scenario } from '../../../../shared/model';
import { formatMonth, formatMonths, monthOffsetShort, usedUpMonth } from '../../../../shared/wording';

const CENT = 0.005;

export interface MilestoneView {
  text: string;
  /** Falls after the horizon's last month (shown muted). */
  afterHorizon: boolean;
  hint: string;
}

export interface PoolRowView {
  id: string;
  programName: string;
  name: string;
  /** The pool's name is just its program's name (the program line would repeat it). */
  nameIsProgram: boolean;
  /** "excluded" / "paused" when the pool does not draw normally. */
  status: 'excluded' | 'paused' | null;
  amount: number;
  declared: number;
  /** Lines claim more under this pool than it holds. */
  overDeclared: boolean;
  used: number;
  forfeited: number;
  remaining: number;
  /** (rev 2) The calendar month the last dollar went in ("Mar 2027" for a depletion of 3.0). */
  depletion: string;
  /** "month 2": the offset of that month, or null. */
  depletionOffset: string | null;
  depletionHint: string;
  /** (rev 2) The last month the pool pays ("Dec 2028" for an expiryMonth of Jan 2029). */
  expiry: string;
  /** "month 23": the offset of that month. */
  expiryNote: string;
  expiryHint: string;
  monthsFunded: string;
  used75: MilestoneView;
  used100: MilestoneView;
  expiry60: MilestoneView;
  expiry30: MilestoneView;
}

function milestone(
  start: string,
  horizon: number,
  offset: number | null,
  unreached: string,
  what: string,
  reached: (offset: number) => number = Math.floor,
): MilestoneView {
  if (offset === null)
    return { text: unreached, afterHorizon: false, hint: `${what}: not reached by ${formatMonth(start, horizon - 1)}` };
  const afterHorizon = offset >= horizon;
  return {
    text: formatMonth(start, reached(offset)),
    afterHorizon,
    hint: `${what}: ${formatMonth(start, reached(offset))}, reached ${offset.toFixed(2)} months after the start month${afterHorizon ? ', after the horizon' : ''}`,
  };
}

/**
 * One pool's row. `footedUsed`: the sum of the pool's footed monthly draws (footedTotals), so
 * "used" reads as the sum of its draw column in the monthly table; absent, the pool's own total.
 */
export function poolRowView(
  pool: PoolResult,
  result: Pick<ScenarioResult, 'startMonth' | 'horizonMonths'>,
  scenario?: Pick<Scenario, 'pools'>,
  footedUsed?: number,
): PoolRowView {
  const start = result.startMonth;
  const h = result.horizonMonths;
  const source = scenario?.pools.find((p) => p.id === pool.id);
  const status = source === undefined ? null : !source.included ? 'excluded' : source.paused ? 'paused' : null;
  const lastUsable = lastUsableMonth(pool.expiryMonth);

  let depletion: string;
  let depletionOffset: string | null = null;
  let depletionHint: string;
  const usedUp = usedUpMonth(pool);
  if (pool.depletionMonth !== null && usedUp !== null) {
    depletion = formatMonth(start, usedUp);
    depletionOffset = `month ${usedUp}`;
    depletionHint = `Used up in ${depletion}: its last dollar is spent in that month, ${pool.depletionMonth.toFixed(2)} months after the start month`;
  } else if (status === 'excluded') {
    depletion = '—';
    depletionHint = 'Excluded from this scenario: it pays nothing';
  } else if (pool.forfeited > CENT) {
    depletion = 'Not used up';
    depletionHint = `Expires with a balance left at the end of ${formatMonth(start, lastUsable)}`;
  } else if (pool.remaining > CENT) {
    depletion = `Lasts past ${formatMonth(start, h - 1)}`;
    depletionHint = 'A balance is left at the end of the horizon';
  } else {
    depletion = '—';
    depletionHint = 'Pays nothing inside the horizon';
  }

  return {
    id: pool.id,
    programName: PROGRAMS[pool.program]?.name ?? pool.program,
    name: pool.name || pool.id,
    nameIsProgram: (pool.name || pool.id) === (PROGRAMS[pool.program]?.name ?? pool.program),
    status,
    amount: pool.amount,
    declared: pool.declared,
    overDeclared: pool.declared > pool.amount + CENT,
    used: footedUsed ?? pool.used,
    forfeited: pool.forfeited,
    remaining: pool.remaining,
    depletion,
    depletionOffset,
    depletionHint,
    // expiryMonth is the first month the pool no longer pays; AWS forfeits at the end of the month before.
    expiry: formatMonth(start, lastUsable),
    expiryNote: `month ${lastUsable}`,
    expiryHint: `Usable through ${formatMonth(start, lastUsable)}; what is left is forfeited at the end of that month`,
    monthsFunded: pool.monthsFunded === null ? formatMonths(null) : `${monthOffsetShort(pool.monthsFunded)} mo`,
    // A share used up exactly at a month's end (3.0) was reached in that month (2), as depletion.
    used75: milestone(start, h, pool.milestones.used75, 'Not reached', '75% used', (x) => lastDollarMonth(x)),
    used100: milestone(start, h, pool.milestones.used100, 'Not reached', '100% used', (x) =>
      lastDollarMonth(x, pool.draw),
    ),
    expiry60: milestone(start, h, pool.milestones.expiry60Days, '—', '60 days before expiry'),
    expiry30: milestone(start, h, pool.milestones.expiry30Days, '—', '30 days before expiry'),
  };
}

export interface PoolTotals {
  amount: number;
  declared: number;
  used: number;
  forfeited: number;
  remaining: number;
}

/** The totals row: each column the sum of its cells as shown (in cents), so the table foots. */
export function poolTotals(rows: readonly PoolRowView[]): PoolTotals {
  const t: PoolTotals = { amount: 0, declared: 0, used: 0, forfeited: 0, remaining: 0 };
  for (const r of rows) {
    // An excluded pool holds nothing this scenario can use.
    if (r.status !== 'excluded') t.amount += wholeCents(r.amount);
    t.declared += wholeCents(r.declared);
    t.used += wholeCents(r.used);
    t.forfeited += wholeCents(r.forfeited);
    t.remaining += wholeCents(r.remaining);
  }
  return {
    amount: t.amount / 100,
    declared: t.declared / 100,
    used: t.used / 100,
    forfeited: t.forfeited / 100,
    remaining: t.remaining / 100,
  };
}
