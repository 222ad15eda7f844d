// The month-by-month table as data: totals per month, each pool's draw and end balance, where
// a pool's balance was forfeited, and which row is the credit cliff. Cost, credits, cash and
// draws are the footed cents the CSV export uses, so every total is the sum of the cents shown
// above it and the table reads as its CSV does (docs/domain-decisions.md, footing).
import { awardStarted, footedMonths, type ScenarioResult } from '../../../../shared/engine';
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
  const f = footedMonths(result);
  const sums = { cost: 0, credits: 0, cash: 0, draws: result.pools.map(() => 0) };
  const forfeited = result.pools.map(() => 0);
  const rows: MonthlyRow[] = [];
  for (let m = 0; m < h; m++) {
    const cells = result.pools.map((p, i) => {
      // A pool forfeits once, at the end of its last usable month.
      const lost = m === p.expiryMonth - 1 ? p.forfeited : 0;
      sums.draws[i] += f.draws[i][m];
      forfeited[i] += lost;
      return {
        draw: f.draws[i][m] / 100,
        balance: awardStarted(p, m) ? (p.balance[m] ?? 0) : null,
        forfeited: lost,
      };
    });
    sums.cost += f.cost[m];
    sums.credits += f.credits[m];
    sums.cash += f.cash[m];
    rows.push({
      index: m,
      month: formatMonth(result.startMonth, m),
      cost: f.cost[m] / 100,
      credits: f.credits[m] / 100,
      cash: f.cash[m] / 100,
      pools: cells,
      isCliff: cliff === m,
      isActual: result.actuals !== undefined && m < result.actuals.forecastFrom,
    });
  }
  const totals = {
    cost: sums.cost / 100,
    credits: sums.credits / 100,
    cash: sums.cash / 100,
    draws: sums.draws.map((c) => c / 100),
    forfeited,
  };
  return { pools, rows, totals, cliffIndex: cliff };
}
