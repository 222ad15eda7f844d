// `creditstack validate FILE [--json]`: only the checks (schema, expressions, program rules).
// The schema is checked while loading (exit 2); expressions and rules come from the engine.
import { createEngine } from '../../shared/engine';
import type { CommandValues } from '../args';
import type { CliContext } from '../context';
import { loadWorkbookFile } from '../read-workbook';
import { issuesJson } from '../issue-words';
import { renderIssues } from '../summary-report';

export function validateCommand(ctx: CliContext, file: string, values: CommandValues): number {
  const workbook = loadWorkbookFile(file);
  const results = createEngine().computeWorkbook(workbook);
  const scenarios = results.map((r) => ({ id: r.id, name: r.name, issues: issuesJson(r) }));
  const all = results.flatMap((r) => r.issues);
  const errors = all.filter((i) => i.severity === 'error').length;
  const warnings = all.length - errors;
  if (values.json === true) {
    ctx.out(JSON.stringify({ file, valid: errors === 0, errors, warnings, scenarios }, null, 2) + '\n');
  } else {
    const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    const verdict = errors === 0 ? 'valid' : 'has errors';
    const lines = [
      `${file}: ${verdict} (${plural(results.length, 'scenario')}, ${plural(errors, 'error')}, ${plural(warnings, 'warning')})`,
    ];
    for (const r of results) {
      if (r.issues.length === 0) continue;
      lines.push('', ctx.style.bold(`Scenario ${r.id}`), renderIssues(r, ctx.style));
    }
    ctx.out(lines.join('\n') + '\n');
  }
  return errors > 0 ? 1 : 0;
}
