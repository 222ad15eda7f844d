// Puts what was read from AWS into a workbook, as a new workbook (the old one is untouched, so
// a failed import changes nothing). Credits become or update pools, matched by credit id;
// allocations and costs replace what an earlier import said about the same months; the result
// passes the workbook schema before it is offered, so an import never writes a file that will
// not open.
import { EMPTY_ACTUALS, workbookSchema, type Actuals, type Pool, type Scenario, type Workbook } from '../../model';
import { issueToLoadError } from '../schema-issues';
import type { AllocationHistory } from './allocations-input';
import type { AwsExport } from './aws-export';
import { creditTiming, poolForCredit, poolFromCredit, updatedPool } from './credit-pools';

export type ImportOutcome = { ok: true; workbook: Workbook; summary: string[] } | { ok: false; message: string };

const byMonth = (a: { month: string }, b: { month: string }) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0);

function mergeCredits(actuals: Actuals, credits: Actuals['credits']): Actuals['credits'] {
  const fresh = new Map(credits.map((c) => [c.creditId, c]));
  const kept = actuals.credits.map((c) => fresh.get(c.creditId) ?? c);
  const known = new Set(actuals.credits.map((c) => c.creditId));
  return [...kept, ...credits.filter((c) => !known.has(c.creditId))];
}

function mergeAllocations(
  actuals: Actuals,
  history: AllocationHistory,
): Pick<Actuals, 'allocations' | 'allocationMonths' | 'allocationGaps'> {
  const replaced = new Set(history.entries.map((e) => `${e.month}/${e.creditId}`));
  const allocations = [
    ...actuals.allocations.filter((e) => !replaced.has(`${e.month}/${e.creditId}`)),
    ...history.entries,
  ].sort(byMonth);
  const months = [...history.entries.map((e) => e.month), ...history.failedMonths].sort();
  let allocationMonths = actuals.allocationMonths;
  if (months.length > 0) {
    const first = months[0];
    const last = months[months.length - 1];
    allocationMonths =
      allocationMonths === null
        ? { first, last }
        : {
            first: first < allocationMonths.first ? first : allocationMonths.first,
            last: last > allocationMonths.last ? last : allocationMonths.last,
          };
  }
  // A month that now has entries is no longer missing; one AWS could not return this time, and
  // of which nothing is stored, is.
  const stored = new Set(allocations.map((e) => e.month));
  const gaps = new Set([...actuals.allocationGaps, ...history.failedMonths].filter((m) => !stored.has(m)));
  return { allocations, allocationMonths, allocationGaps: [...gaps].sort() };
}

function mergeUsage(actuals: Actuals, usage: Actuals['usage']): Actuals['usage'] {
  const months = new Set(usage.map((u) => u.month));
  return [...actuals.usage.filter((u) => !months.has(u.month)), ...usage].sort(byMonth);
}

/** The scenarios whose pools a credits import updates: the one asked for, else every scenario not derived from another. */
function targetScenarios(workbook: Workbook, scenarioId: string | null): Scenario[] {
  if (scenarioId !== null) return workbook.scenarios.filter((s) => s.id === scenarioId);
  return workbook.scenarios.filter((s) => !(s as { basedOn?: unknown }).basedOn);
}

function creditsIntoPools(
  workbook: Workbook,
  credits: Actuals['credits'],
  scenarioId: string | null,
  summary: string[],
): Workbook {
  const targets = new Set(targetScenarios(workbook, scenarioId).map((s) => s.id));
  const scenarios = workbook.scenarios.map((scenario) => {
    if (!targets.has(scenario.id)) return scenario;
    let pools: Pool[] = [...scenario.pools];
    const added: string[] = [];
    const updated: string[] = [];
    for (const credit of credits) {
      const timing = creditTiming(credit, { ...scenario, pools });
      const { at, linked } = poolForCredit(pools, credit);
      if (!timing.ok) {
        summary.push(`credit ${credit.creditId} is no pool of "${scenario.id}": it ${timing.reason}`);
        continue;
      }
      if (at >= 0) {
        pools = pools.map((p, i) => (i === at ? updatedPool(p, credit, timing) : p));
        updated.push(
          linked ? `${pools[at].id} (linked to credit ${credit.creditId}: same program and amount)` : pools[at].id,
        );
      } else {
        const pool = poolFromCredit(credit, timing, { ...scenario, pools });
        pools.push(pool);
        added.push(pool.id);
      }
    }
    const parts = [
      added.length > 0 ? `added ${added.join(', ')}` : '',
      updated.length > 0 ? `updated ${updated.join(', ')}` : '',
    ].filter((s) => s !== '');
    summary.push(`scenario "${scenario.id}": pools ${parts.length > 0 ? parts.join('; ') : 'unchanged'}`);
    return { ...scenario, pools };
  });
  return { ...workbook, scenarios };
}

function describeMonths(months: readonly string[]): string {
  const sorted = [...new Set(months)].sort();
  if (sorted.length === 0) return 'no months';
  return sorted.length === 1 ? sorted[0] : `${sorted[0]} to ${sorted[sorted.length - 1]} (${sorted.length} months)`;
}

function applyExport(workbook: Workbook, data: AwsExport, scenarioId: string | null, summary: string[]): Workbook {
  const actuals = workbook.actuals ?? EMPTY_ACTUALS;
  switch (data.kind) {
    case 'credits': {
      summary.push(`${data.credits.length} credit${data.credits.length === 1 ? '' : 's'} read`);
      const next = creditsIntoPools(workbook, data.credits, scenarioId, summary);
      return { ...next, actuals: { ...actuals, credits: mergeCredits(actuals, data.credits) } };
    }
    case 'allocations': {
      const { entries, failedMonths } = data.history;
      summary.push(
        `${entries.length} credit allocation${entries.length === 1 ? '' : 's'} read for ${describeMonths(entries.map((e) => e.month))}`,
      );
      if (entries.some((e) => e.estimated))
        summary.push(
          `estimated (not final) bills: ${describeMonths(entries.filter((e) => e.estimated).map((e) => e.month))}`,
        );
      if (failedMonths.length > 0)
        summary.push(
          `AWS could not return ${failedMonths.join(', ')}: those months stay unknown (not zero); import them again later`,
        );
      return { ...workbook, actuals: { ...actuals, ...mergeAllocations(actuals, data.history) } };
    }
    case 'usage': {
      const services = new Set(data.usage.map((u) => u.service));
      summary.push(
        `${services.size} service${services.size === 1 ? '' : 's'} of actual cost read for ${describeMonths(data.usage.map((u) => u.month))}`,
      );
      if (data.usage.some((u) => u.estimated))
        summary.push(
          `estimated (month not closed): ${describeMonths(data.usage.filter((u) => u.estimated).map((u) => u.month))}`,
        );
      return { ...workbook, actuals: { ...actuals, usage: mergeUsage(actuals, data.usage) } };
    }
  }
}

/** The workbook with the export applied, or why it cannot be (the workbook is then unchanged). */
export function applyAwsImport(workbook: Workbook, data: AwsExport, scenarioId: string | null = null): ImportOutcome {
  if (scenarioId !== null && !workbook.scenarios.some((s) => s.id === scenarioId))
    return {
      ok: false,
      message: `no scenario "${scenarioId}" in this workbook (scenarios: ${workbook.scenarios.map((s) => s.id).join(', ')})`,
    };
  const summary: string[] = [];
  const next = applyExport(workbook, data, scenarioId, summary);
  // The whole file checked as a load would (which also puts the stored actuals in schema order).
  const checked = workbookSchema.safeParse(next);
  if (!checked.success) {
    const error = issueToLoadError(checked.error.issues);
    return {
      ok: false,
      message: `the import would make the workbook invalid: ${error.path === null ? '' : `${error.path}: `}${error.message}`,
    };
  }
  return { ok: true, workbook: checked.data, summary };
}
