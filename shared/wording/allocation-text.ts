// How a result computed with allocation "as-declared" says so, in words (issue 14, item 10). Which
// figures carry the label is decided once, beside the tables (shared/engine/report).
import { AS_DECLARED_LABEL, changedByAllocation } from '../engine';
import type { AllocationMode } from '../model';

/** The CLI's scenario heading: how credits were applied. */
export function allocationHeading(allocation: AllocationMode): string {
  return allocation === 'as-declared'
    ? 'credits drawn as declared (each line on its fundedBy pool), not in AWS billing order'
    : 'credits applied in AWS billing order';
}

/** `label` followed by " (as declared)" when the allocation changes that figure. */
export function labelledFor(allocation: AllocationMode, key: string, label: string): string {
  return changedByAllocation(allocation, key) ? `${label} (${AS_DECLARED_LABEL})` : label;
}
