// The program rules that compare what the credit applications declare (fundedBy) with what the
// billing simulation does: EARMARKED_STRANDED and DECLARED_OVER_POOL (rev 2).
import type { Pool, Scenario } from '../../model';
import type { SimulationPool } from './billing-simulation';
import { calendarMonth } from './calendar';
import type { Issue } from './results';
import { paidToLine, type ServiceCharges } from './service-charges';

/** What the rules read of a computation: the simulation on service charges and the line costs. */
export interface BillingFacts {
  charges: ServiceCharges;
  chargeCosts: Float64Array;
  /** Month-major line costs. */
  lineCosts: Float64Array;
  lineCount: number;
  pools: readonly SimulationPool[];
  sim: { pools: readonly { forfeited: number }[]; paidByMonth?: Float64Array };
}

const CENT = 0.005;

const usd = (n: number) => `$${Math.round(n).toLocaleString('en-US')}`;
const poolLabel = (p: Pool) => p.name || p.id;

/**
 * Why pool `payer` came before pool `declared` in AWS's order (both usable): the first of
 * AWS's criteria that tells them apart.
 */
function orderCause(payer: SimulationPool, declared: SimulationPool, payerIndex: number, declaredIndex: number): string {
  const payerExpiry = payer.startMonth + payer.validityMonths;
  const declaredExpiry = declared.startMonth + declared.validityMonths;
  if (payerExpiry !== declaredExpiry) return 'it expires sooner, and AWS uses the credit that expires first';
  if (payer.serviceCount !== declared.serviceCount) return 'it covers fewer services, and AWS uses the narrower credit first';
  if (payer.startMonth !== declared.startMonth) return 'it is older, and AWS uses the older credit first';
  return payerIndex < declaredIndex ? 'it is listed first and AWS tells them apart no other way' : 'AWS tried it first';
}

/** Why the declared pool did not pay in month m (it was not usable, or the payer came first). */
function monthCause(m: number, payer: SimulationPool, declared: SimulationPool, payerIndex: number, declaredIndex: number, scenarioStart: string): string {
  if (m < declared.startMonth) return `it was not yet valid (it starts in ${calendarMonth(scenarioStart, declared.startMonth)})`;
  if (m >= declared.startMonth + declared.validityMonths) return 'it had expired';
  if (declared.paused) return 'it is paused';
  if (declared.eligible.every((e) => e === 0)) return 'it cannot pay that spend';
  return `${orderCause(payer, declared, payerIndex, declaredIndex)}`;
}

/**
 * EARMARKED_STRANDED (rev 2): a pool forfeits while spend declared under it was paid by another
 * pool - any program, Build for Startups included - with the cause taken from the simulation.
 */
export function strandedIssues(scenario: Scenario, billing: BillingFacts, poolIndexOf: ReadonlyMap<string, number>, claimedBy: ReadonlyMap<string, number[]>): Issue[] {
  const issues: Issue[] = [];
  const { sim, charges, chargeCosts, lineCosts, lineCount, pools } = billing;
  const paidByMonth = sim.paidByMonth;
  if (paidByMonth === undefined) return issues;
  const horizon = scenario.horizonMonths;
  for (const declaredPool of scenario.pools) {
    const d = poolIndexOf.get(declaredPool.id);
    if (d === undefined || sim.pools[d].forfeited <= CENT) continue;
    const lines = claimedBy.get(declaredPool.id) ?? [];
    if (lines.length === 0) continue;
    for (const payerPool of scenario.pools) {
      const p = poolIndexOf.get(payerPool.id);
      if (p === undefined || p === d) continue;
      let diverted = 0;
      const causes = new Set<string>();
      for (let m = 0; m < horizon; m++) {
        let month = 0;
        for (const l of lines) month += paidToLine(charges, chargeCosts, paidByMonth, pools.length, p, lineCosts[m * lineCount + l], l, m);
        if (month > CENT) causes.add(monthCause(m, pools[p], pools[d], p, d, scenario.startMonth));
        diverted += month;
      }
      if (diverted <= CENT) continue;
      issues.push({
        severity: 'warning',
        code: 'EARMARKED_STRANDED',
        message: `AWS will pay ${usd(diverted)} of spend declared under ${poolLabel(declaredPool)} from ${poolLabel(payerPool)}, because in those months ${poolLabel(declaredPool)} could not come first: ${[...causes].join('; ')}. ${poolLabel(declaredPool)} then forfeits ${usd(sim.pools[d].forfeited)}`,
        poolId: declaredPool.id,
        field: 'startMonth',
      });
    }
  }
  return issues;
}

/**
 * DECLARED_OVER_POOL (rev 2): the lines declared under a pool cost more, within the pool's
 * validity, than its amount; says by how much and from which month the declared plan runs short.
 */
export function declaredOverPoolIssues(scenario: Scenario, lineCosts: Float64Array, lineCount: number, claimedBy: ReadonlyMap<string, number[]>): Issue[] {
  const issues: Issue[] = [];
  const horizon = scenario.horizonMonths;
  for (const pool of scenario.pools) {
    const lines = claimedBy.get(pool.id);
    if (lines === undefined || lines.length === 0) continue;
    const end = Math.min(horizon, pool.startMonth + pool.validityMonths);
    let declared = 0;
    let shortFrom: number | null = null;
    for (let m = Math.max(0, pool.startMonth); m < end; m++) {
      for (const l of lines) declared += lineCosts[m * lineCount + l];
      if (shortFrom === null && declared > pool.amount + CENT) shortFrom = m;
    }
    if (shortFrom === null) continue;
    const over = declared - pool.amount;
    issues.push({
      severity: 'warning',
      code: 'DECLARED_OVER_POOL',
      message: `The lines declared under ${poolLabel(pool)} cost ${usd(declared)} while it is valid, ${usd(over)} more than its ${usd(pool.amount)}: the declared plan runs short in ${calendarMonth(scenario.startMonth, shortFrom)} (month ${shortFrom})`,
      poolId: pool.id,
      field: 'amount',
    });
  }
  return issues;
}
