// `creditstack compare FILE[#SCENARIO] ... [--json | --csv [--bom]] [--diff] [--out PATH]`:
// KPIs side by side with deltas against the first scenario; --diff adds what changed between the
// first two. Input files are only read; --out never replaces one of them.
import {
  compareCsvRows,
  compareKpiRows,
  compareScenarios,
  createEngine,
  diffScenarios,
  hasErrors,
  type CompareColumn,
  type ScenarioDiff,
} from '../../shared/engine';
import { toCsv } from '../../shared/io';
import type { Scenario, Workbook } from '../../shared/model';
import type { CommandValues } from '../args';
import { CliError } from '../cli-error';
import { renderDiff, renderKpiTable } from '../compare-report';
import type { CliContext } from '../context';
import { loadWorkbookFile } from '../read-workbook';
import { formatRef, parseScenarioRef } from '../scenario-refs';
import { findScenario } from '../select-scenarios';
import { writeFileAtomic } from '../write-output';

interface Entry extends CompareColumn {
  scenario: Scenario;
  workbook: Workbook;
}

function loadEntries(args: readonly string[]): { entries: Entry[]; files: string[] } {
  const workbooks = new Map<string, Workbook>();
  const engine = createEngine();
  const entries: Entry[] = [];
  for (const arg of args) {
    const ref = parseScenarioRef(arg);
    let workbook = workbooks.get(ref.file);
    if (workbook === undefined) {
      workbook = loadWorkbookFile(ref.file);
      workbooks.set(ref.file, workbook);
    }
    const scenarios = ref.scenario === null ? workbook.scenarios : [findScenario(workbook, ref.file, ref.scenario)];
    for (const scenario of scenarios) {
      const result = engine.computeScenario(workbook, scenario.id);
      entries.push({ ref: formatRef(ref.file, scenario.id), name: scenario.name, result, scenario, workbook });
    }
  }
  return { entries, files: [...workbooks.keys()] };
}

function diffOf(before: Entry, after: Entry): ScenarioDiff {
  const side = (e: Entry) => ({
    scenario: e.scenario,
    result: e.result,
    company: e.workbook.company,
    priceOverrides: e.workbook.priceOverrides,
  });
  return diffScenarios(side(before), side(after));
}

export function compareCommand(ctx: CliContext, args: readonly string[], values: CommandValues): number {
  if (values.json === true && values.csv === true)
    throw new CliError('choose one of --json and --csv (see creditstack compare --help)');
  if (values.bom === true && values.csv !== true)
    throw new CliError('--bom goes with --csv (see creditstack compare --help)');
  const { entries, files } = loadEntries(args);
  let diff: ScenarioDiff | undefined;
  if (values.diff === true) {
    if (entries.length < 2)
      throw new CliError(
        `--diff needs two scenarios to compare; ${entries[0]?.ref ?? 'the file'} is the only one given`,
      );
    diff = diffOf(entries[0]!, entries[1]!);
  }
  const columns: CompareColumn[] = entries.map(({ ref, name, result }) => ({ ref, name, result }));
  let text: string;
  if (values.csv === true) {
    text = toCsv(compareCsvRows(columns, diff), { bom: values.bom === true });
  } else if (values.json === true) {
    const link = entries[1]?.scenario.link;
    const own = link === undefined ? {} : { basedOn: link.basedOn, ownChanges: link.changes };
    const json =
      diff === undefined
        ? compareScenarios(columns)
        : { ...compareScenarios(columns), diff: { before: entries[0]!.ref, after: entries[1]!.ref, ...own, ...diff } };
    text = JSON.stringify(json, null, 2) + '\n';
  } else {
    text = renderKpiTable(columns, compareKpiRows(columns));
    if (diff !== undefined) text += '\n' + renderDiff(columns[0]!, columns[1]!, diff, ctx.style, entries[1]!.scenario);
  }
  if (values.out === undefined) ctx.out(text);
  else writeFileAtomic(values.out, text, { overwrite: true, protect: files });
  return entries.some((e) => hasErrors(e.result)) ? 1 : 0;
}
