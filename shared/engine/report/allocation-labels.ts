// Which figures the allocation mode "as-declared" changes (issue 14, item 10): each line drawing
// only on the pool its credit application names is not what AWS does, so every such figure is
// labelled wherever it is shown (app, CLI text, CSV, compare) and never reaches a board deck
// passing for AWS's billing. Here, beside the tables, because the CSV exports label them too;
// the sentences people read are in shared/wording.
import type { AllocationMode } from '../../model';
import { KPI_NAMES } from './compare';

/** The short label put beside each figure the mode changes. */
export const AS_DECLARED_LABEL = 'as declared';

/**
 * The KPIs the allocation changes: everything about who pays. The total cost does not change
 * (the lines cost the same whoever pays), so it is never labelled.
 */
const CHANGED_KPIS: ReadonlySet<string> = new Set(KPI_NAMES.filter((name) => name !== 'totalCost'));

/**
 * Whether a result computed with `allocation` has a figure that differs from AWS's billing, by
 * KPI name or compare row key: the KPIs above, the run rate at the cliff (the cliff moves), and
 * every pool row ("pool:<id>:...").
 */
export function changedByAllocation(allocation: AllocationMode, key: string): boolean {
  if (allocation !== 'as-declared') return false;
  return CHANGED_KPIS.has(key) || key === 'runRateAtCliff' || key.startsWith('pool:');
}

/** What the label means, in one sentence (the summary CSV's allocation row, the app's note). */
export const AS_DECLARED_NOTE =
  'Credits drawn as declared: each line only on the pool its credit application names, not in the order AWS billing applies them. Figures marked "as declared" are not what AWS will bill.';
