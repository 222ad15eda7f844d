// How a result computed with allocation "as-declared" says so (issue 14, item 10): each line
// drawing only on the pool its credit application names is not what AWS does, so every figure
// that mode changes carries the label wherever it is shown (app, CLI text, CSV, compare), and
// such figures never reach a board deck passing for AWS's billing.
import type { Kpis } from '../engine';
import type { AllocationMode } from '../model';

/** The short label put beside each figure the mode changes. */
export const AS_DECLARED_LABEL = 'as declared';

/** One sentence saying what the label means. */
export const AS_DECLARED_NOTE =
  'Credits drawn as declared: each line only on the pool its credit application names, not in the order AWS billing applies them. Figures marked "as declared" are not what AWS will bill.';

/** The CLI's scenario heading: how credits were applied. */
export function allocationHeading(allocation: AllocationMode): string {
  return allocation === 'as-declared'
    ? 'credits drawn as declared (each line on its fundedBy pool), not in AWS billing order'
    : 'credits applied in AWS billing order';
}

/**
 * The KPIs the allocation changes: everything about who pays. The total cost does not change
 * (the lines cost the same whoever pays), so it is never labelled.
 */
const CHANGED_KPIS: ReadonlySet<string> = new Set<keyof Kpis>([
  'creditsApplied',
  'cashCost',
  'creditCoverage',
  'creditsForfeited',
  'creditsRemaining',
  'creditCliffMonth',
  'cashRunwayMonths',
  'runwayExtensionMonths',
]);

/**
 * Whether the allocation changes a figure, by its KPI name or compare row key: the KPIs above,
 * the run rate at the cliff (the cliff moves), and every pool row (pool:<id>:...).
 */
export function allocationChanges(key: string): boolean {
  return CHANGED_KPIS.has(key) || key === 'runRateAtCliff' || key.startsWith('pool:');
}

/** `label` with " (as declared)" when the result was computed as declared and the figure depends on it. */
export function labelledFor(allocation: AllocationMode, key: string, label: string): string {
  return allocation === 'as-declared' && allocationChanges(key) ? `${label} (${AS_DECLARED_LABEL})` : label;
}
