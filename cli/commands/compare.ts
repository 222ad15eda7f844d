// `creditstack compare FILE[#SCENARIO] ... [--json]`: KPIs side by side, deltas against the first.
import { compareScenarios, createEngine, hasErrors } from '../../shared/engine';
import type { ScenarioResult } from '../../shared/engine/results';
import type { Workbook } from '../../shared/model';
import type { CommandValues } from '../args';
import type { CliContext } from '../context';
import { formatTable } from '../format-table';
import { money, moneyDelta, monthOffset, months, monthsDelta, percent, percentPointsDelta } from '../format-values';
import { loadWorkbookFile } from '../read-workbook';
import { formatRef, parseScenarioRef } from '../scenario-refs';
import { findScenario } from '../select-scenarios';

type Comparison = ReturnType<typeof compareScenarios>;
type Entry = Comparison['scenarios'][number];

interface KpiColumn {
  header: string;
  value(e: Entry): string;
  delta(e: Entry): string;
}

const orDash = <T>(x: T | null | undefined, f: (x: T) => string) => (x === null || x === undefined ? '-' : f(x));

const KPI_COLUMNS: KpiColumn[] = [
  { header: 'Total cost', value: (e) => money(e.kpis.totalCost), delta: (e) => orDash(e.delta.totalCost, moneyDelta) },
  { header: 'Credits', value: (e) => money(e.kpis.creditsApplied), delta: (e) => orDash(e.delta.creditsApplied, moneyDelta) },
  { header: 'Cash', value: (e) => money(e.kpis.cashCost), delta: (e) => orDash(e.delta.cashCost, moneyDelta) },
  { header: 'Coverage', value: (e) => percent(e.kpis.creditCoverage), delta: (e) => orDash(e.delta.creditCoverage, percentPointsDelta) },
  { header: 'Forfeited', value: (e) => money(e.kpis.creditsForfeited), delta: (e) => orDash(e.delta.creditsForfeited, moneyDelta) },
  { header: 'Credit cliff', value: (e) => orDash(e.kpis.creditCliffMonth, (m) => `month ${months(m)}`), delta: (e) => orDash(e.delta.creditCliffMonth, monthsDelta) },
  { header: 'Cash runway', value: (e) => orDash(e.kpis.cashRunwayMonths, (m) => `${months(m)} mo`), delta: (e) => orDash(e.delta.cashRunwayMonths, monthsDelta) },
];

function renderComparison(comparison: Comparison): string {
  const columns = [{ header: 'Scenario' }, ...KPI_COLUMNS.map((c) => ({ header: c.header, align: 'right' as const }))];
  const values = comparison.scenarios.map((e) => [e.ref, ...KPI_COLUMNS.map((c) => c.value(e))]);
  const deltas = comparison.scenarios.slice(1).map((e) => [e.ref, ...KPI_COLUMNS.map((c) => c.delta(e))]);
  const poolRows = comparison.scenarios.flatMap((e) =>
    e.pools.map((p) => [e.ref, p.id, orDash(p.depletionMonth, (m) => `month ${monthOffset(m)}`), money(p.forfeited)]),
  );
  const parts = [`Baseline: ${comparison.baseline}`, '', formatTable(columns, values, 0)];
  if (deltas.length > 0) parts.push('', 'Change against the baseline', formatTable(columns, deltas, 0));
  if (poolRows.length > 0)
    parts.push(
      '',
      'Credit pools',
      formatTable([{ header: 'Scenario' }, { header: 'Pool' }, { header: 'Depleted in', align: 'right' }, { header: 'Forfeited', align: 'right' }], poolRows, 0),
    );
  return parts.join('\n') + '\n';
}

export function compareCommand(ctx: CliContext, args: readonly string[], values: CommandValues): number {
  const workbooks = new Map<string, Workbook>();
  const engine = createEngine();
  const entries: { ref: string; name: string; result: ScenarioResult }[] = [];
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
      entries.push({ ref: formatRef(ref.file, scenario.id), name: scenario.name, result });
    }
  }
  const comparison = compareScenarios(entries);
  ctx.out(values.json === true ? JSON.stringify(comparison, null, 2) + '\n' : renderComparison(comparison));
  return entries.some((e) => hasErrors(e.result)) ? 1 : 0;
}
