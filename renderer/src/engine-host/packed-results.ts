// Results cross from the engine worker to the UI as one transferred buffer per scenario: every
// series (line costs, pool draws and balances, monthly totals) and the lines' totals packed into
// a single Float64Array, plus a small plain-object header. The UI reads the series as views, no
// copies. The lines' ids and names travel as two lists of strings, not as one object per line:
// the page reads 12,500 objects from a message far more slowly than two lists.
import type { LineResult, PoolResult, ScenarioResult } from '../../../shared/engine';

type PoolHeader = Omit<PoolResult, 'draw' | 'balance'>;

export interface PackedScenario {
  header: Omit<ScenarioResult, 'pools' | 'lines' | 'cost' | 'credits' | 'cash'> & {
    pools: PoolHeader[];
    lineIds: string[];
    lineNames: string[];
  };
  buffer: ArrayBuffer;
}

export function packScenario(r: ScenarioResult): PackedScenario {
  const h = r.horizonMonths;
  // Order: cost, credits, cash, each pool's draw and balance, each line's monthly cost, then
  // every line's total.
  const series = 3 + 2 * r.pools.length + r.lines.length;
  const data = new Float64Array(series * h + r.lines.length);
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
  r.lines.forEach((l, i) => (data[at + i] = l.total));
  return {
    header: {
      id: r.id,
      name: r.name,
      startMonth: r.startMonth,
      horizonMonths: h,
      allocation: r.allocation,
      kpis: r.kpis,
      runwayExtrapolated: r.runwayExtrapolated,
      issues: r.issues,
      // Plan against actual is small plain data: it travels in the header as it is.
      ...(r.actuals === undefined ? {} : { actuals: r.actuals }),
      pools: r.pools.map(({ draw: _d, balance: _b, ...rest }) => rest),
      lineIds: r.lines.map((l) => l.id),
      lineNames: r.lines.map((l) => l.name),
    },
    buffer: data.buffer,
  };
}

export function unpackScenario({ header, buffer }: PackedScenario): ScenarioResult {
  const { lineIds, lineNames, ...rest } = header;
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
  const monthly = lineIds.map(next);
  const totals = new Float64Array(buffer, at * 8, lineIds.length);
  const lines: LineResult[] = lineIds.map((id, i) => ({
    id,
    name: lineNames[i],
    total: totals[i],
    monthly: monthly[i],
  }));
  return { ...rest, pools, lines, cost, credits, cash };
}
