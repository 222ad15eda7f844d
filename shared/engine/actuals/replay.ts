// Our billing rule checked against reality: AWS's documented order (shared/engine/compute's
// billing simulation) run on the actual cost of each service, with the imported credits as
// the pools, month by month, then compared with what AWS's allocation history says each
// credit paid. A difference means AWS did something the rule does not explain, such as a
// shared credit paying another account's bill, or a credit applied after discounts.
import type { ImportedCredit } from '../../model/actuals-schema';
import { creditServices, isAlwaysCash } from '../../model/aws-services';
import type { BillingService } from '../../model/vocabulary';
import { monthIndex, simulateBilling, type SimulationPool } from '../compute';
import type { ActualMonth } from './actual-months';

export interface Replay {
  /** Calendar month -> credit id -> what the rule has the credit pay. */
  draws: Map<string, Map<string, number>>;
}

/** Differences below half a cent are rounding, not a different allocation. */
export const MATCH_TOLERANCE = 0.005;

/**
 * A credit's balance at the start of the first replayed month: its full amount when it starts
 * then or later; otherwise AWS's remaining amount plus what AWS says it paid since.
 */
function openingBalance(credit: ImportedCredit, months: readonly ActualMonth[]): number {
  if (credit.startDate.slice(0, 7) >= months[0].month) return credit.initialAmount;
  let paid = 0;
  for (const m of months) paid += m.draws?.get(credit.creditId) ?? 0;
  return credit.remainingAmount + paid;
}

/** Replays the months that have costs (from the first of them to the last). */
export function replayBilling(credits: readonly ImportedCredit[], all: readonly ActualMonth[]): Replay {
  const firstCosted = all.findIndex((m) => m.cost !== null);
  const months = firstCosted < 0 ? [] : all.slice(firstCosted);
  const draws = new Map<string, Map<string, number>>();
  if (months.length === 0 || credits.length === 0) return { draws };

  // One "line" per service billed in any month: AWS applies a credit to whole service charges.
  const services: BillingService[] = [...new Set(months.flatMap((m) => [...m.byService.keys()]))].sort();
  const horizon = months.length;
  const costs = new Float64Array(horizon * services.length);
  months.forEach((m, r) => services.forEach((s, l) => (costs[r * services.length + l] = m.byService.get(s) ?? 0)));
  const cashOnly = Uint8Array.from(services, (s) => (isAlwaysCash(s) ? 1 : 0));

  const base = monthIndex(months[0].month);
  const pools: SimulationPool[] = credits.map((credit) => {
    const start = monthIndex(credit.startDate.slice(0, 7)) - base;
    const last = credit.usableThrough === null ? Number.MAX_SAFE_INTEGER / 2 : monthIndex(credit.usableThrough) - base;
    const startMonth = Math.max(0, start);
    const covered = new Set(creditServices(credit));
    return {
      amount: openingBalance(credit, months),
      startMonth,
      validityMonths: Math.max(0, last - startMonth + 1),
      paused: !credit.enabled,
      // AWS counts the products a credit lists; a credit listing none pays general usage.
      serviceCount: credit.products.length === 0 ? Number.POSITIVE_INFINITY : credit.products.length,
      eligible: Uint8Array.from(services, (s) => (covered.has(s) ? 1 : 0)),
    };
  });
  const result = simulateBilling({ horizon, lineCount: services.length, costs, cashOnly, pools });
  months.forEach((m, r) => {
    const byCredit = new Map<string, number>();
    credits.forEach((credit, p) => byCredit.set(credit.creditId, result.pools[p].draw[r]));
    draws.set(m.month, byCredit);
  });
  return { draws };
}
