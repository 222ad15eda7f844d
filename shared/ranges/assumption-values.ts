// A workbook with some assumptions of one scenario set to plain numbers: what every Monte Carlo
// run, sensitivity end and goal-seek probe computes. Only the scenario and the assumptions that
// change are new objects; lines, pools and the other scenarios are shared with the original, so
// an engine that keeps what it knows of unchanged objects does not redo them.
import type { Assumption, AssumptionRange, Scenario, Workbook } from '../model';
import { rangeDrawProblem } from './distributions';
import { nameKey } from './random';

export interface RangedAssumption {
  name: string;
  range: AssumptionRange;
  /** Keys its draws (random.ts): by name, so draws do not move when assumptions are reordered. */
  key: number;
}

export class RangeInputError extends Error {}

export function findScenario(workbook: Workbook, scenarioId: string): Scenario {
  const scenario = workbook.scenarios.find((s) => s.id === scenarioId);
  if (scenario === undefined) throw new RangeInputError(`no scenario "${scenarioId}" in this workbook`);
  return scenario;
}

/** The scenario's assumptions that have a range, in row order; a range that cannot be drawn from is an error. */
export function rangedAssumptions(scenario: Scenario): RangedAssumption[] {
  const ranged: RangedAssumption[] = [];
  for (const a of scenario.assumptions) {
    if (a.range === undefined) continue;
    const problem = rangeDrawProblem(a.range);
    if (problem !== null)
      throw new RangeInputError(`the range of assumption "${a.name}" in scenario "${scenario.id}": ${problem}`);
    ranged.push({ name: a.name, range: a.range, key: nameKey(a.name) });
  }
  return ranged;
}

/** The workbook with the named assumptions of one scenario set to the given numbers. */
export function withAssumptionValues(
  workbook: Workbook,
  scenarioId: string,
  values: ReadonlyMap<string, number>,
): Workbook {
  const scenarios = workbook.scenarios.map((s) => {
    if (s.id !== scenarioId) return s;
    const assumptions = s.assumptions.map((a): Assumption => {
      const v = values.get(a.name);
      return v === undefined ? a : { ...a, expr: v };
    });
    return { ...s, assumptions };
  });
  return { ...workbook, scenarios };
}

/** The assumption's point value when its expression is a plain number (goal seek's default interval needs one). */
export function pointNumber(a: Assumption): number | null {
  if (typeof a.expr === 'number') return a.expr;
  const text = a.expr.trim();
  if (text === '') return null;
  const n = Number(text);
  return Number.isFinite(n) ? n : null;
}
