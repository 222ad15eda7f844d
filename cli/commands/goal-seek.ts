// `creditstack goal-seek FILE --scenario ID --vary NAME --target SPEC [--min A] [--max B] [--json]`
import { createEngine } from '../../shared/engine';
import { checkTarget, goalSeek, goalSeekInterval, parseTargetSpec } from '../../shared/ranges';
import type { CommandValues } from '../args';
import { CliError } from '../cli-error';
import type { CliContext } from '../context';
import { formatPairs } from '../format-table';
import { pointHasErrors, withRangeErrors } from '../range-workbook';
import { numberOption } from '../range-options';
import { loadWorkbookFile } from '../read-workbook';
import { findScenario } from '../select-scenarios';
import { calendarLabel, formatMoneyCents } from '../../shared/wording';

function required(values: CommandValues, option: 'scenario' | 'vary' | 'target'): string {
  const value = values[option];
  if (value === undefined) throw new CliError(`goal-seek needs --${option} (see creditstack goal-seek --help)`);
  return value;
}

export function goalSeekCommand(ctx: CliContext, file: string, values: CommandValues): number {
  const scenarioId = required(values, 'scenario');
  const name = required(values, 'vary');
  const spec = withRangeErrors(file, () => parseTargetSpec(required(values, 'target')));
  const workbook = loadWorkbookFile(file);
  const scenario = findScenario(workbook, file, scenarioId);
  const assumption = scenario.assumptions.find((a) => a.name === name);
  if (assumption === undefined) {
    throw new CliError(
      `${file}: scenario "${scenarioId}" has no assumption "${name}" (assumptions: ${scenario.assumptions.map((a) => a.name).join(', ') || 'none'})`,
    );
  }
  const span = withRangeErrors(file, () =>
    goalSeekInterval(assumption, numberOption('min', values.min), numberOption('max', values.max)),
  );
  const engine = createEngine();
  withRangeErrors(file, () =>
    checkTarget(spec, engine.computeScenario(workbook, scenarioId), workbook.company.cashOnHand),
  );
  const answer = goalSeek(workbook, scenarioId, name, spec, span, engine);
  if (values.json === true) {
    ctx.out(
      JSON.stringify(
        { ...answer, scenario: scenarioId, target: values.target, min: span.low, max: span.high },
        null,
        2,
      ) + '\n',
    );
  } else {
    const where = `${name} in [${span.low}, ${span.high}]`;
    let text: string;
    if (answer.value === null) text = `${values.target} holds ${answer.holds} for ${where}.`;
    else {
      const k = answer.kpiAtValue;
      const side = answer.holdsBelow ? 'at or below' : 'at or above';
      text = [
        `${values.target} holds for ${name} ${side} ${answer.value} (searched ${where}, to ${((span.high - span.low) * 1e-6).toPrecision(2)}).`,
        `At ${name} = ${answer.value}:`,
        formatPairs([
          [
            'Credit cliff',
            k.creditCliffMonth === null
              ? 'none within the horizon'
              : calendarLabel(scenario.startMonth, k.creditCliffMonth),
          ],
          ['Paid in cash', formatMoneyCents(k.cashCost)],
          ['Credits forfeited', formatMoneyCents(k.creditsForfeited)],
          ['Total AWS cost', formatMoneyCents(k.totalCost)],
        ]),
      ].join('\n');
    }
    ctx.out(`${file}#${scenarioId}: ${text}\n`);
  }
  return pointHasErrors(workbook, [scenarioId]) ? 1 : 0;
}
