// `creditstack sensitivity FILE --scenario ID [--kpi NAME] [--json]`
import { createEngine, KPI_NAMES } from '../../shared/engine';
import { sensitivity, type KpiName } from '../../shared/ranges';
import type { CommandValues } from '../args';
import { CliError } from '../cli-error';
import type { CliContext } from '../context';
import { formatTable } from '../format-table';
import { pointHasErrors, withRangeErrors } from '../range-workbook';
import { loadWorkbookFile } from '../read-workbook';
import { findScenario } from '../select-scenarios';
import { formatMoneyCents, formatMonthCount, formatPercent } from '../../shared/wording';

const DEFAULT_SENSITIVITY_KPI: KpiName = 'creditCliffMonth';

function kpiOption(text: string | undefined): KpiName {
  if (text === undefined) return DEFAULT_SENSITIVITY_KPI;
  if (!(KPI_NAMES as readonly string[]).includes(text))
    throw new CliError(`--kpi must be one of ${KPI_NAMES.join(', ')}, not "${text}"`);
  return text as KpiName;
}

function formatKpi(kpi: KpiName, value: number | null): string {
  if (value === null) return kpi === 'creditCliffMonth' ? 'none' : 'n/a';
  if (kpi === 'creditCoverage') return formatPercent(value);
  if (kpi === 'creditCliffMonth' || kpi === 'cashRunwayMonths' || kpi === 'runwayExtensionMonths')
    return `month ${formatMonthCount(value)}`;
  return formatMoneyCents(value);
}

export function sensitivityCommand(ctx: CliContext, file: string, values: CommandValues): number {
  if (values.scenario === undefined)
    throw new CliError('sensitivity needs --scenario (see creditstack sensitivity --help)');
  const kpi = kpiOption(values.kpi);
  const workbook = loadWorkbookFile(file);
  const scenario = findScenario(workbook, file, values.scenario);
  const result = withRangeErrors(file, () => sensitivity(workbook, scenario.id, kpi, createEngine()));
  if (result.assumptions.length === 0)
    throw new CliError(`${file}: no assumption of scenario "${scenario.id}" has a range`);
  if (values.json === true) ctx.out(JSON.stringify({ file, ...result }, null, 2) + '\n');
  else {
    const isMonth = kpi === 'creditCliffMonth' || kpi === 'cashRunwayMonths' || kpi === 'runwayExtensionMonths';
    const table = formatTable(
      [
        { header: 'Assumption' },
        { header: 'Low', align: 'right' },
        { header: 'High', align: 'right' },
        { header: `${kpi} at low`, align: 'right' },
        { header: 'at high', align: 'right' },
        { header: 'Swing', align: 'right' },
      ],
      result.assumptions.map((r) => [
        r.assumption,
        String(r.low),
        String(r.high),
        formatKpi(kpi, r.kpiAtLow),
        formatKpi(kpi, r.kpiAtHigh),
        r.swing === null ? 'n/a' : isMonth ? `${formatMonthCount(r.swing)} months` : formatKpi(kpi, r.swing),
      ]),
    );
    ctx.out(
      `${file}#${scenario.id}: ${kpi} at the point values is ${formatKpi(kpi, result.base)}; largest swing first\n\n${table}\n`,
    );
  }
  return pointHasErrors(workbook, [scenario.id]) ? 1 : 0;
}
