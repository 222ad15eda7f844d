// What simulate, goal-seek and sensitivity share: the ranged assumptions' problems become exit-2
// messages naming the file, and the model's own errors still give exit 1 after the output.
import { createEngine, hasErrors } from '../shared/engine';
import type { Workbook } from '../shared/model';
import { RangeInputError } from '../shared/ranges';
import { CliError } from './cli-error';

/** Runs `f`, turning a RangeInputError into a CliError (exit 2) about `file`. */
export function withRangeErrors<T>(file: string, f: () => T): T {
  try {
    return f();
  } catch (error) {
    if (error instanceof RangeInputError) throw new CliError(`${file}: ${error.message}`);
    throw error;
  }
}

/** Whether the scenarios, computed at their point values, have errors (exit 1). */
export function pointHasErrors(workbook: Workbook, scenarioIds: readonly string[]): boolean {
  const engine = createEngine();
  return scenarioIds.some((id) => hasErrors(engine.computeScenario(workbook, id)));
}

/** "uniform 0 to 0.1", "normal mean 12, sd 3, 6 to 18": how a range reads in a report. */
export function describeRange(
  range: NonNullable<Workbook['scenarios'][number]['assumptions'][number]['range']>,
): string {
  switch (range.distribution) {
    case 'uniform':
      return `uniform ${range.low} to ${range.high}`;
    case 'triangular':
      return `triangular ${range.low} / ${range.mode} / ${range.high}`;
    default: {
      const cut =
        range.low !== undefined || range.high !== undefined
          ? `, within ${range.low ?? '-inf'} to ${range.high ?? 'inf'}`
          : '';
      return `${range.distribution} mean ${range.mean}, sd ${range.sd}${cut}`;
    }
  }
}
