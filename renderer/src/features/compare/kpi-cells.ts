// The words and figures in each cell of the comparison table. A change is told by its sign, an
// arrow and a word ("better"/"worse"), never by colour alone. Pure, so the wording is unit-tested.
import {
  changedByAllocation,
  poolIdOf,
  type CompareKpiRow,
  type ScenarioResult,
  type Verdict,
} from '../../../../shared/engine';
import type { Company } from '../../../../shared/model';
import {
  formatMoneyCents,
  formatMoneyDelta,
  formatMoneyWhole,
  formatMonth,
  formatMonthDetail,
  formatPercent,
  formatPercentDelta,
  monthsText,
  compareRowMonth,
} from '../../../../shared/wording';

/** 2.6 -> "2.6"; a change too small for one decimal keeps two (0.02 -> "0.02"), so it never reads as none. */
function monthAmount(value: number): string {
  const abs = Math.abs(value);
  return abs >= 0.05 || abs < 0.005 ? abs.toFixed(1) : abs.toFixed(2);
}

function signedMonths(value: number): string {
  const text = monthAmount(value);
  if (Number(text) === 0) return '0.0 months';
  return `${value > 0 ? '+' : '−'}${text} ${text === '1.0' ? 'month' : 'months'}`;
}

export interface CellContext {
  result: ScenarioResult;
  company: Pick<Company, 'cashOnHand'>;
}

export interface ValueCell {
  text: string;
  /** The scenario draws credits as declared and this figure depends on it. */
  asDeclared?: boolean;
  /** The exact figure or what a blank means, on hover. */
  title: string;
  muted: boolean;
}

export function valueCell(row: Pick<CompareKpiRow, 'key' | 'unit'>, value: number | null, ctx: CellContext): ValueCell {
  const cell = figureCell(row, value, ctx);
  return changedByAllocation(ctx.result.allocation, row.key) && cell.text !== '—'
    ? { ...cell, asDeclared: true }
    : cell;
}

function figureCell(row: Pick<CompareKpiRow, 'key' | 'unit'>, value: number | null, ctx: CellContext): ValueCell {
  const poolId = poolIdOf(row.key);
  if (poolId !== null && !ctx.result.pools.some((p) => p.id === poolId))
    return { text: '—', title: 'This scenario has no such pool.', muted: true };
  if (value === null) {
    if (row.key === 'creditCliffMonth')
      return { text: 'No cliff', title: 'Credits pay every month of the horizon.', muted: false };
    if (poolId !== null)
      return { text: 'Not used up', title: 'The pool lasts until it expires or past the horizon.', muted: false };
    if (row.unit === 'months' && ctx.company.cashOnHand === null)
      return { text: '—', title: 'Enter cash on hand in Settings to see runway.', muted: true };
    if (row.key === 'cashRunwayMonths')
      return { text: 'Unlimited', title: 'No cash leaves the company.', muted: false };
    return { text: '—', title: 'Runway is not limited.', muted: true };
  }
  switch (row.unit) {
    case 'usd':
      return { text: formatMoneyWhole(value), title: formatMoneyCents(value), muted: Math.abs(value) < 0.5 };
    case 'ratio':
      return { text: formatPercent(value), title: `${(value * 100).toFixed(3)}%`, muted: false };
    case 'month': {
      const month = compareRowMonth(row.key, value, ctx.result);
      return {
        text: formatMonth(ctx.result.startMonth, month),
        title:
          poolId === null
            ? formatMonthDetail(ctx.result.startMonth, value)
            : `Used up in ${formatMonth(ctx.result.startMonth, month)}, ${value.toFixed(2)} months after the start month`,
        muted: false,
      };
    }
    case 'months':
      return { text: monthsText(value), title: `${value.toFixed(2)} months`, muted: false };
  }
}

export interface DeltaCell {
  /** "−$172,800 (−80.0%)", "+3.0 months", "new cliff". */
  text: string;
  /** ▲ when the figure goes up, ▼ when it goes down, = when unchanged, '' when it cannot be said. */
  arrow: '▲' | '▼' | '=' | '';
  verdict: Verdict | null;
  /** The whole reading, for screen readers and hover: "−$172,800 (−80.0%) vs the baseline: better". */
  title: string;
}

/** Words for a month that exists on one side only (a cliff that appears, a pool that now runs out). */
function appearance(key: string, base: number | null, value: number | null): string | null {
  const month = key === 'creditCliffMonth' || key.endsWith(':depletion');
  if (!month) return null;
  if (base === null && value !== null) return key === 'creditCliffMonth' ? 'cliff appears' : 'now runs out';
  if (base !== null && value === null) return key === 'creditCliffMonth' ? 'no cliff now' : 'no longer runs out';
  return null;
}

/** Whether the baseline and this column have the row's pool (always true for scenario KPIs). */
export interface Presence {
  base: boolean;
  here: boolean;
}

/** Changes below what a cell can show (half a dollar, 0.005 months, 0.05 points) read as no change, not as "better". */
const NEGLIGIBLE: Record<CompareKpiRow['unit'], number> = { usd: 0.5, month: 0.005, months: 0.005, ratio: 0.0005 };

/** The change of one cell against the baseline's; null for the baseline column and where there is nothing to compare. */
export function deltaCell(
  row: CompareKpiRow,
  index: number,
  presence: Presence = { base: true, here: true },
): DeltaCell | null {
  if (index === 0 || !presence.here) return null;
  if (!presence.base)
    return { text: 'not in the baseline', arrow: '', verdict: null, title: 'The baseline has no such pool.' };
  const delta = row.deltas[index] ?? null;
  const pct = row.pct[index] ?? null;
  const verdict = delta !== null && Math.abs(delta) < NEGLIGIBLE[row.unit] ? 'same' : (row.better[index] ?? null);
  const base = row.values[0] ?? null;
  const value = row.values[index] ?? null;
  // Both blank (no runway without cash on hand): nothing to compare. Both "no cliff" is no change.
  if (base === null && value === null && row.unit !== 'month') return null;
  let text: string;
  if (delta === null && base === null && value === null) {
    text = 'no change';
  } else if (delta === null) {
    text = appearance(row.key, base, value) ?? '—';
  } else if (verdict === 'same') {
    text = 'no change';
  } else {
    switch (row.unit) {
      case 'usd':
        text =
          pct === null
            ? formatMoneyDelta(delta, formatMoneyWhole)
            : `${formatMoneyDelta(delta, formatMoneyWhole)} (${formatPercentDelta(pct)})`;
        // Credits applied follow the cost: say what happened, not whether it is good.
        if (row.key === 'creditsApplied') text = `${text}: ${delta < 0 ? 'fewer credits used' : 'more credits used'}`;
        break;
      case 'ratio':
        text = `${delta > 0 ? '+' : delta < 0 ? '−' : ''}${Math.abs(delta * 100).toFixed(1)} pts`;
        break;
      case 'month':
        text = `${monthAmount(delta)} ${monthAmount(delta) === '1.0' ? 'month' : 'months'} ${delta > 0 ? 'later' : 'earlier'}`;
        break;
      case 'months':
        text = signedMonths(delta);
        break;
    }
  }
  const arrow: DeltaCell['arrow'] =
    verdict === 'same' ? '=' : delta === null || delta === 0 ? '' : delta > 0 ? '▲' : '▼';
  const title = verdict === null ? `${text} vs the baseline` : `${text} vs the baseline: ${verdict}`;
  return { text, arrow, verdict, title };
}
