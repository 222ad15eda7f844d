// `creditstack variants FILE --scenario ID --line LINE (--models a,b | --instances x,y [--keep-hours]) --out PATH [--force]`:
// adds scenarios based on ID (one per model, or one per instance type) to a copy of FILE written
// to PATH, and prints each new scenario's id on its own line. The same edits as the app's
// "Compare models" and "GPU fallback": each new scenario holds only its change, so it follows
// every later edit of ID.
import { createEngine, gpuFallbackVariant, hasErrors, modelVariants } from '../../shared/engine';
import { saveSizeProblem, serializeWorkbook } from '../../shared/io';
import type { Workbook } from '../../shared/model';
import type { CommandValues } from '../args';
import { CliError, oneLine } from '../cli-error';
import type { CliContext } from '../context';
import { loadWorkbookFile } from '../read-workbook';
import { findScenario } from '../select-scenarios';
import { writeFileAtomic } from '../write-output';

const HINT = '(see creditstack variants --help)';

function list(text: string, option: string): string[] {
  const items = text.split(',').map((s) => s.trim());
  if (items.some((s) => s === ''))
    throw new CliError(`--${option} needs a comma-separated list without empty items ${HINT}`);
  return items;
}

/** Runs a workbook edit, turning its refusal (an unknown model, a line with no GPU) into bad input. */
function edit<T>(make: () => T): T {
  try {
    return make();
  } catch (error) {
    throw new CliError(oneLine(error instanceof Error ? error.message : String(error)));
  }
}

export function variantsCommand(
  ctx: CliContext & { err?(line: string): void },
  file: string,
  values: CommandValues,
): number {
  const { scenario: scenarioId, line: lineId, models, instances, out } = values;
  if (scenarioId === undefined) throw new CliError(`variants needs --scenario ID ${HINT}`);
  if (lineId === undefined) throw new CliError(`variants needs --line LINE ${HINT}`);
  if ((models === undefined) === (instances === undefined))
    throw new CliError(`variants needs either --models or --instances ${HINT}`);
  if (values['keep-hours'] === true && instances === undefined)
    throw new CliError(`--keep-hours goes with --instances ${HINT}`);
  if (out === undefined) throw new CliError(`variants needs --out PATH, the workbook to write ${HINT}`);

  const workbook = loadWorkbookFile(file);
  findScenario(workbook, file, scenarioId);
  let next: Workbook = workbook;
  const made: string[] = [];
  if (models !== undefined) {
    const result = edit(() => modelVariants(workbook, scenarioId, lineId, list(models, 'models')));
    next = result.workbook;
    made.push(...result.scenarioIds);
    for (const model of result.skipped)
      ctx.err?.(`creditstack: line "${lineId}" already uses ${model}; no scenario made for it`);
  } else {
    for (const instance of list(instances!, 'instances')) {
      const result = edit(() =>
        gpuFallbackVariant(next, scenarioId, lineId, instance, { keepHours: values['keep-hours'] === true }),
      );
      next = result.workbook;
      made.push(result.scenarioId);
      if (result.hours.keptBecause === 'no-throughput')
        ctx.err?.(
          `creditstack: the price book lists no training throughput for ${instance}; ${result.scenarioId} keeps the hours`,
        );
    }
  }
  const text = serializeWorkbook(next);
  const tooLarge = saveSizeProblem(text);
  if (tooLarge !== null) throw new CliError(`${out}: ${tooLarge}`);
  writeFileAtomic(out, text, { overwrite: values.force === true, backup: true });
  for (const id of made) ctx.out(`${id}\n`);
  const engine = createEngine();
  return made.some((id) => hasErrors(engine.computeScenario(next, id))) ? 1 : 0;
}
