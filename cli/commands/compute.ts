// `creditstack compute FILE [--scenario ID] [--json]`
import { createEngine, hasErrors, scenarioResultToJson } from '../../shared/engine';
import type { CommandValues } from '../args';
import { issueWording } from '../issue-words';
import type { CliContext } from '../context';
import { loadWorkbookFile } from '../read-workbook';
import { findScenario } from '../select-scenarios';
import { renderWorkbookSummary } from '../summary-report';

export function computeCommand(ctx: CliContext, file: string, values: CommandValues): number {
  const workbook = loadWorkbookFile(file);
  const engine = createEngine();
  const results =
    values.scenario === undefined
      ? engine.computeWorkbook(workbook)
      : [engine.computeScenario(workbook, findScenario(workbook, file, values.scenario).id)];
  if (values.json === true) {
    ctx.out(
      JSON.stringify({ file, scenarios: results.map((r) => scenarioResultToJson(r, issueWording(r))) }, null, 2) + '\n',
    );
  } else {
    ctx.out(renderWorkbookSummary(file, workbook, results, ctx.style));
  }
  return results.some(hasErrors) ? 1 : 0;
}
