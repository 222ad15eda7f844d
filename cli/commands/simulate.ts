// `creditstack simulate FILE [--scenario ID] [--runs N] [--seed S] [--workers W] [--json]`
import { availableParallelism } from 'node:os';
import type { Workbook } from '../../shared/model';
import {
  summarizeRuns,
  simulationPlan,
  type MonthSpread,
  type ScenarioSimulation,
  type SimulationPlan,
  type Spread,
} from '../../shared/ranges';
import type { CommandValues } from '../args';
import { CliError } from '../cli-error';
import type { CliContext } from '../context';
import { formatTable } from '../format-table';
import { describeRange, pointHasErrors, withRangeErrors } from '../range-workbook';
import { runsOption, seedOption, workersOption } from '../range-options';
import { loadWorkbookFile } from '../read-workbook';
import { findScenario } from '../select-scenarios';
import { simulationRows } from '../simulation-workers';
import { calendarLabel, formatMoneyCents, formatPercent } from '../../shared/wording';

export async function simulateCommand(
  ctx: CliContext,
  file: string,
  values: CommandValues,
  script: string | undefined,
): Promise<number> {
  const workbook = loadWorkbookFile(file);
  const runs = runsOption(values.runs);
  const seed = seedOption(values.seed);
  const workers = script === undefined ? 1 : workersOption(values.workers, availableParallelism());
  const scenarios =
    values.scenario === undefined ? workbook.scenarios : [findScenario(workbook, file, values.scenario)];
  const plans = withRangeErrors(file, () => scenarios.map((s) => simulationPlan(workbook, s.id)));
  if (plans.every((p) => p.ranged.length === 0)) {
    throw new CliError(
      `${file}: no assumption${values.scenario === undefined ? '' : ` of scenario "${values.scenario}"`} has a range to simulate (give one a "range")`,
    );
  }
  const errors = pointHasErrors(
    workbook,
    plans.map((p) => p.scenarioId),
  );
  const rows = await simulationRows(script ?? '', workbook, plans, seed, runs, workers);
  const summaries = plans.map((plan, i) => summarizeRuns(plan, rows[i]));
  if (values.json === true) ctx.out(JSON.stringify({ file, runs, seed, scenarios: summaries }, null, 2) + '\n');
  else ctx.out(renderSimulation(file, workbook, plans, summaries, runs, seed));
  return errors ? 1 : 0;
}

function renderSimulation(
  file: string,
  workbook: Workbook,
  plans: SimulationPlan[],
  summaries: ScenarioSimulation[],
  runs: number,
  seed: number,
): string {
  const blocks = plans.map((plan, i) => {
    const scenario = workbook.scenarios.find((s) => s.id === plan.scenarioId)!;
    const s = summaries[i];
    const month = (m: number | null, never: string) => (m === null ? never : calendarLabel(scenario.startMonth, m));
    const moneyRow = (label: string, v: Spread) => [
      label,
      formatMoneyCents(v.p10),
      formatMoneyCents(v.p50),
      formatMoneyCents(v.p90),
      formatMoneyCents(v.mean),
    ];
    const cliff = s.kpis.creditCliffMonth;
    const kpis = formatTable(
      [
        { header: 'KPI' },
        { header: 'P10', align: 'right' },
        { header: 'P50', align: 'right' },
        { header: 'P90', align: 'right' },
        { header: 'Mean', align: 'right' },
      ],
      [
        moneyRow('Total AWS cost', s.kpis.totalCost),
        moneyRow('Paid in cash', s.kpis.cashCost),
        moneyRow('Credits forfeited', s.kpis.creditsForfeited),
        ['Credit cliff', month(cliff.p10, 'none'), month(cliff.p50, 'none'), month(cliff.p90, 'none'), ''],
      ],
    );
    const spread = (d: MonthSpread) => [d.p10, d.p50, d.p90].map((m) => month(m, 'never'));
    const pools = formatTable(
      [
        { header: 'Pool' },
        { header: 'Used up P10', align: 'right' },
        { header: 'P50', align: 'right' },
        { header: 'P90', align: 'right' },
        { header: 'Forfeits in', align: 'right' },
      ],
      s.pools.map((p) => [
        scenario.pools.find((x) => x.id === p.id)?.name || p.id,
        ...spread(p.depletionMonth),
        formatPercent(p.forfeitProbability),
      ]),
    );
    const ranged =
      plan.ranged.length === 0
        ? '  (no ranged assumption: every run is the point value)'
        : plan.ranged.map((a) => `  ${a.name}: ${describeRange(a.range)}`).join('\n');
    return [
      `Scenario ${scenario.id}${scenario.name ? ` (${scenario.name})` : ''}`,
      ranged,
      '',
      kpis,
      `  No credit cliff within the horizon in ${formatPercent(cliff.probabilityNone)} of runs.`,
      '',
      pools,
    ].join('\n');
  });
  return `${file}: ${runs.toLocaleString('en-US')} runs, seed ${seed} (percentiles by nearest rank)\n\n${blocks.join('\n\n')}\n`;
}
