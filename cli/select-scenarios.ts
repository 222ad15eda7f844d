// Picking scenarios by id, with a message that lists what the file does hold.
import type { Scenario, Workbook } from '../shared/model';
import { CliError } from './cli-error';

function list(workbook: Workbook): string {
  return workbook.scenarios.map((s) => s.id).join(', ');
}

export function findScenario(workbook: Workbook, file: string, id: string): Scenario {
  const scenario = workbook.scenarios.find((s) => s.id === id);
  if (scenario === undefined) throw new CliError(`${file}: no scenario "${id}" (scenarios: ${list(workbook)})`);
  return scenario;
}

/** The one scenario a single-scenario command works on: --scenario ID, or the file's only one. */
export function singleScenario(workbook: Workbook, file: string, id: string | undefined): Scenario {
  if (id !== undefined) return findScenario(workbook, file, id);
  if (workbook.scenarios.length === 1) return workbook.scenarios[0]!;
  throw new CliError(
    `${file}: holds ${workbook.scenarios.length} scenarios (${list(workbook)}); choose one with --scenario ID`,
  );
}
