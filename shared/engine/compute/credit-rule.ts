// The parts of AWS's credit rule that every path of the billing simulation shares: which credit
// is tried first, when a credit may pay at all, and how small an amount is no money.
import type { SimulationPool } from './billing-simulation';

// Below this a balance or a charge is float dust, not money.
export const DUST = 1e-9;

/** AWS's order of application; a stable sort keeps list order last. */
export function applicationOrder(pools: readonly SimulationPool[]): number[] {
  return pools
    .map((_, i) => i)
    .sort((a, b) => {
      const pa = pools[a];
      const pb = pools[b];
      return (
        pa.startMonth + pa.validityMonths - (pb.startMonth + pb.validityMonths) ||
        (pa.serviceCount === pb.serviceCount ? 0 : pa.serviceCount < pb.serviceCount ? -1 : 1) ||
        pa.startMonth - pb.startMonth ||
        a - b
      );
    });
}

/** Whether a credit may pay in month m: not paused, not spent, and inside its validity. */
export function creditUsable(pool: SimulationPool, balance: number, m: number): boolean {
  return !pool.paused && balance > DUST && m >= pool.startMonth && m < pool.startMonth + pool.validityMonths;
}
