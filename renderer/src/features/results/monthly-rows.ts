// The month-by-month table as data: totals per month, each pool's draw and end balance, where
// a pool's balance was forfeited, and which row is the credit cliff.
import { awardStarted, type ScenarioResult } from '../../../../shared/engine';
import { formatMonth } from '../../../../shared/wording';

interface MonthlyPoolCell {
  draw: number;
  /** (rev 2) null before the pool's award starts: not yet available, not its full amount. */
  balance: number | null;
  /** Balance lost at the end of this month because the pool expires (0 otherwise). */
  forfeited: number;
}

interface MonthlyRow {
  index: number;
  month: string;
  cost: number;
  credits: number;
  cash: number;
  pools: MonthlyPoolCell[];
  isCliff: boolean;
  /** A month with imported AWS actuals: reported in Plan vs actual; the forecast starts after it. */
  isActual: boolean;
}

export interface MonthlyView {
  pools: { id: string; name: string }[];
  rows: MonthlyRow[];
  totals: { cost: number; credits: number; cash: number; draws: number[]; forfeited: number[] };
  cliffIndex: number | null;
}

export function buildMonthlyView(result: ScenarioResult): MonthlyView {
  const h = result.horizonMonths;
  const cliff = result.kpis.creditCliffMonth;
  const pools = result.pools.map((p) => ({ id: p.id, name: p.name || p.id }));
  const totals = {
    cost: 0,
    credits: 0,
    cash: 0,
    draws: result.pools.map(() => 0),
    forfeited: result.pools.map(() => 0),
  };
  const rows: MonthlyRow[] = [];
  for (let m = 0; m < h; m++) {
    const cells = result.pools.map((p, i) => {
      // A pool forfeits once, at the end of its last usable month.
      const forfeited = m === p.expiryMonth - 1 ? p.forfeited : 0;
      totals.draws[i] += p.draw[m] ?? 0;
      totals.forfeited[i] += forfeited;
      return { draw: p.draw[m] ?? 0, balance: awardStarted(p, m) ? (p.balance[m] ?? 0) : null, forfeited };
    });
    totals.cost += result.cost[m] ?? 0;
    totals.credits += result.credits[m] ?? 0;
    totals.cash += result.cash[m] ?? 0;
    rows.push({
      index: m,
      month: formatMonth(result.startMonth, m),
      cost: result.cost[m] ?? 0,
      credits: result.credits[m] ?? 0,
      cash: result.cash[m] ?? 0,
      pools: cells,
      isCliff: cliff === m,
      isActual: result.actuals !== undefined && m < result.actuals.forecastFrom,
    });
  }
  return { pools, rows, totals, cliffIndex: cliff };
}
