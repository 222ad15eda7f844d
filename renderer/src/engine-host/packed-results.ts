// Results cross from the engine worker to the UI as one transferred buffer per scenario: every
// series (line costs, pool draws and balances, monthly totals) packed into a single
// Float64Array, plus a small plain-object header. The UI reads the series as views, no copies.
import type { LineResult, PoolResult, ScenarioResult } from '../../../shared/engine';

type PoolHeader = Omit<PoolResult, 'draw' | 'balance'>;
type LineHeader = Omit<LineResult, 'monthly'>;

export interface PackedScenario {
  header: Omit<ScenarioResult, 'pools' | 'lines' | 'cost' | 'credits' | 'cash'> & {
    pools: PoolHeader[];
    lines: LineHeader[];
  };
  buffer: ArrayBuffer;
}

export function packScenario(r: ScenarioResult): PackedScenario {
  const h = r.horizonMonths;
  // Order: cost, credits, cash, each pool's draw and balance, each line's monthly cost.
  const series = 3 + 2 * r.pools.length + r.lines.length;
  const data = new Float64Array(series * h);
  let at = 0;
  const put = (a: Float64Array) => {
    data.set(a, at);
    at += h;
  };
  put(r.cost);
  put(r.credits);
  put(r.cash);
  for (const p of r.pools) {
    put(p.draw);
    put(p.balance);
  }
  for (const l of r.lines) put(l.monthly);
  return {
    header: {
      id: r.id,
      name: r.name,
      startMonth: r.startMonth,
      horizonMonths: h,
      kpis: r.kpis,
      runwayExtrapolated: r.runwayExtrapolated,
      issues: r.issues,
      // Plan against actual is small plain data: it travels in the header as it is.
      ...(r.actuals === undefined ? {} : { actuals: r.actuals }),
      pools: r.pools.map(({ draw: _d, balance: _b, ...rest }) => rest),
      lines: r.lines.map(({ monthly: _m, ...rest }) => rest),
    },
    buffer: data.buffer,
  };
}

export function unpackScenario({ header, buffer }: PackedScenario): ScenarioResult {
  const h = header.horizonMonths;
  let at = 0;
  const next = () => {
    const view = new Float64Array(buffer, at * 8, h);
    at += h;
    return view;
  };
  const cost = next();
  const credits = next();
  const cash = next();
  const pools = header.pools.map((p) => ({ ...p, draw: next(), balance: next() }));
  const lines = header.lines.map((l) => ({ ...l, monthly: next() }));
  return { ...header, pools, lines, cost, credits, cash };
}
