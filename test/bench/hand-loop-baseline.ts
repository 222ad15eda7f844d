// The floor: the same model written as a plain loop, the way one would code it by hand for one
// fixed shape. Cost per line per month with Math.pow growth, then a simple allocation (pools by
// earliest expiry, each paying eligible charges in line order, balance lost at expiry).
// No expressions, no prices lookup, no issues, no per-pool results: only the arithmetic.
import type { PlainScenario } from './generate-workbook';

export interface HandLoopResult {
  totalCost: number;
  credits: number;
  cash: number;
}

export function handLoop(s: PlainScenario): HandLoopResult {
  const { months, lines, pools, growth } = s;
  const n = lines.length;
  const costs = new Float64Array(n * months);
  let totalCost = 0;
  for (let l = 0; l < n; l++) {
    const line = lines[l];
    for (let m = line.start; m <= line.end; m++) {
      const factor = line.monthly ? Math.pow(1 + growth, m) : 1 + 12 * growth;
      const c = line.fixed + line.unit * line.base * factor;
      costs[l * months + m] = c;
      totalCost += c;
    }
  }

  const order = pools
    .map((_, p) => p)
    .sort(
      (a, b) =>
        pools[a].start + pools[a].validity - (pools[b].start + pools[b].validity) ||
        pools[a].start - pools[b].start ||
        a - b,
    );
  const balance = pools.map((p) => p.amount);
  const remaining = new Float64Array(n);
  const eligible = Int32Array.from(lines, (line) => line.eligible);
  let credits = 0;
  let cash = 0;
  for (let m = 0; m < months; m++) {
    for (let l = 0; l < n; l++) remaining[l] = costs[l * months + m];
    for (const p of order) {
      const pool = pools[p];
      if (m < pool.start || m >= pool.start + pool.validity) continue;
      const bit = 1 << p;
      let b = balance[p];
      for (let l = 0; l < n && b > 0; l++) {
        if ((eligible[l] & bit) === 0 || remaining[l] <= 0) continue;
        const pay = remaining[l] < b ? remaining[l] : b;
        remaining[l] -= pay;
        b -= pay;
        credits += pay;
      }
      // The balance left at the end of the last valid month is forfeited.
      balance[p] = m === pool.start + pool.validity - 1 ? 0 : b;
    }
    for (let l = 0; l < n; l++) cash += remaining[l];
  }
  return { totalCost, credits, cash };
}
