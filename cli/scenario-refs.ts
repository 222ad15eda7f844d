// `FILE#SCENARIO` references for compare. A path that itself contains "#" still works: when the
// whole argument names an existing file it is taken as a file, otherwise the text after the
// last "#" is the scenario id.
import { statSync } from 'node:fs';

export interface ScenarioRef {
  file: string;
  /** null: every scenario of the file. */
  scenario: string | null;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export function parseScenarioRef(arg: string): ScenarioRef {
  const hash = arg.lastIndexOf('#');
  if (hash <= 0 || isFile(arg)) return { file: arg, scenario: null };
  const scenario = arg.slice(hash + 1);
  return { file: arg.slice(0, hash), scenario: scenario === '' ? null : scenario };
}

export function formatRef(file: string, scenarioId: string): string {
  return `${file}#${scenarioId}`;
}
