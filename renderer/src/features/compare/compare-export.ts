// The comparison as one CSV file: the KPI table (value, change and % change per scenario) and,
// below it, the line-by-line diff of the two scenarios chosen in the diff panel.
import { compareCsvRows, type CompareColumn, type ScenarioDiff } from '../../../../shared/engine';
import { toCsv } from '../../../../shared/io';

export function compareCsvText(
  columns: readonly CompareColumn[],
  diff: ScenarioDiff | undefined,
  options: { bom?: boolean } = {},
): string {
  return toCsv(compareCsvRows(columns, diff), options);
}

/** "Comparison - Claude Opus 4.1 vs 2 more.csv", safe as a file name everywhere. */
export function compareFileName(labels: readonly string[]): string {
  const first = labels[0] ?? 'scenarios';
  const rest = labels.length - 1;
  const tail = rest <= 0 ? '' : rest === 1 ? ` vs ${labels[1]}` : ` vs ${rest} more`;
  const name = `Comparison - ${first}${tail}`
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return `${name.slice(0, 120)}.csv`;
}
