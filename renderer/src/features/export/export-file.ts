// What the export dialog writes: one table of the active scenario as CSV, and the file name
// it suggests ("Series A plan - Base - monthly.csv").
import { exportTable, type ExportTable, type ScenarioResult } from '../../../../shared/engine';
import { toCsv } from '../../../../shared/io';
import type { Scenario } from '../../../../shared/model';

export const EXPORT_CHOICES: { table: ExportTable; label: string; description: string }[] = [
  {
    table: 'monthly',
    label: 'Month by month',
    description: 'One row per month: cost, credits, cash, and each pool’s draw and end balance.',
  },
  {
    table: 'pools',
    label: 'Credit pools',
    description: 'One row per pool: amount, declared, used, forfeited, depletion, expiry and AWS e-mail months.',
  },
  {
    table: 'lines',
    label: 'Workload lines',
    description: 'One row per line with its total and its cost in every month.',
  },
  { table: 'summary', label: 'KPI summary', description: 'The scenario’s KPIs, one per row.' },
];

// Characters Windows, macOS or Linux refuse in a file name, and control characters.
const UNSAFE_IN_NAME = /[\\/:*?"<>|\u0000-\u001F\u007F]/g;

function namePart(text: string): string {
  return text.replace(UNSAFE_IN_NAME, '-').replace(/\s+/g, ' ').trim().slice(0, 80).trim();
}

export function exportFileName(title: string, scenarioName: string, table: ExportTable): string {
  const parts = [namePart(title) || 'CreditStack', namePart(scenarioName), table].filter((p) => p !== '');
  return `${parts.join(' - ')}.csv`;
}

export function buildExportText(
  table: ExportTable,
  result: ScenarioResult,
  scenario: Scenario,
  options: { bom?: boolean } = {},
): string {
  return toCsv(exportTable(table, result, scenario), { bom: options.bom ?? false });
}
