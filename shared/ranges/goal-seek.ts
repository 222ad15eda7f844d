// Goal seek on a step function. KPIs jump (a cliff is a whole month), so there is no smooth root
// to converge on: the question is where a yes/no target flips. The interval is first scanned at
// evenly spaced points to bracket the first flip (a target may hold, stop holding and hold again),
// then the bracket is halved until it is narrower than a millionth of the interval.
import type { Engine, Kpis, ScenarioResult } from '../engine';
import type { Assumption, Workbook } from '../model';
import { pointNumber, RangeInputError, withAssumptionValues } from './assumption-values';
import { rangeSpan } from './distributions';
import { targetHolds, type TargetSpec } from './target-spec';

export type Boundary =
  { kind: 'flip'; value: number; holdsBelow: boolean } | { kind: 'everywhere' } | { kind: 'nowhere' };

/** Points of the scan that brackets the first flip (ends included). */
const SCAN_POINTS = 33;
const RELATIVE_TOLERANCE = 1e-6;

/**
 * Where `holds` flips in [low, high]: the last value that holds before the first flip when it
 * holds below, else the first value that holds after it - so the value returned always meets the
 * target - to within RELATIVE_TOLERANCE x (high - low).
 */
export function seekBoundary(holds: (x: number) => boolean, low: number, high: number): Boundary {
  const at = (i: number) => (i === SCAN_POINTS - 1 ? high : low + ((high - low) * i) / (SCAN_POINTS - 1));
  let left = at(0);
  const leftHolds = holds(left);
  let right = left;
  let flipped = false;
  for (let i = 1; i < SCAN_POINTS && !flipped; i++) {
    right = at(i);
    if (holds(right) !== leftHolds) flipped = true;
    else left = right;
  }
  if (!flipped) return leftHolds ? { kind: 'everywhere' } : { kind: 'nowhere' };
  const tolerance = RELATIVE_TOLERANCE * (high - low);
  // Invariant: holds(left) === leftHolds, holds(right) !== leftHolds.
  while (right - left > tolerance) {
    const mid = left + (right - left) / 2;
    if (mid <= left || mid >= right) break; // no double left between them
    if (holds(mid) === leftHolds) left = mid;
    else right = mid;
  }
  return leftHolds
    ? { kind: 'flip', value: left, holdsBelow: true }
    : { kind: 'flip', value: right, holdsBelow: false };
}

export type GoalSeekAnswer =
  | { assumption: string; value: number; holdsBelow: boolean; kpiAtValue: Kpis }
  | { assumption: string; value: null; holds: 'everywhere' | 'nowhere' };

/** Goal seek of one assumption of one scenario on a target, by computing the scenario at each probe. */
export function goalSeek(
  workbook: Workbook,
  scenarioId: string,
  assumption: string,
  spec: TargetSpec,
  interval: { low: number; high: number },
  engine: Engine,
): GoalSeekAnswer {
  const resultAt = (x: number): ScenarioResult =>
    engine.computeScenario(withAssumptionValues(workbook, scenarioId, new Map([[assumption, x]])), scenarioId);
  const boundary = seekBoundary((x) => targetHolds(spec, resultAt(x)), interval.low, interval.high);
  if (boundary.kind !== 'flip') return { assumption, value: null, holds: boundary.kind };
  return {
    assumption,
    value: boundary.value,
    holdsBelow: boundary.holdsBelow,
    kpiAtValue: resultAt(boundary.value).kpis,
  };
}

/** [A, B] to search: as given, else the assumption's range, else 0 to 10x its plain-number value. */
export function goalSeekInterval(assumption: Assumption, min?: number, max?: number): { low: number; high: number } {
  let fallback: { low: number; high: number } | null = null;
  if (assumption.range !== undefined) fallback = rangeSpan(assumption.range);
  else {
    const point = pointNumber(assumption);
    if (point !== null && point !== 0) fallback = { low: Math.min(0, 10 * point), high: Math.max(0, 10 * point) };
  }
  const low = min ?? fallback?.low;
  const high = max ?? fallback?.high;
  if (low === undefined || high === undefined) {
    throw new RangeInputError(
      `assumption "${assumption.name}" has no range and no non-zero number as its value: give the interval to search`,
    );
  }
  if (!(high > low))
    throw new RangeInputError(`the interval to search must have its maximum above its minimum (got ${low} to ${high})`);
  return { low, high };
}
