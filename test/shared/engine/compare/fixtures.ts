// Workbooks for the compare tests: the bundled model-comparison template, and small workbooks
// written the way a user would (defaults fill the rest).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine, type CompareColumn } from '../../../../shared/engine';
import { parseWorkbookText } from '../../../../shared/io';
import { workbookSchema, type Workbook } from '../../../../shared/model';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../../..');

export function templateWorkbook(name: string): Workbook {
  const parsed = parseWorkbookText(readFileSync(join(ROOT, 'assets/templates', `${name}.creditstack`), 'utf8'));
  if (!parsed.ok) throw new Error(`template ${name} does not load`);
  return parsed.workbook;
}

export type ScenarioInput = Record<string, unknown> & { id: string };

export function workbookOf(
  scenarios: ScenarioInput[],
  extra: { company?: object; priceOverrides?: object } = {},
): Workbook {
  return workbookSchema.parse({
    format: 'creditstack.workbook',
    version: 1,
    company: extra.company ?? {},
    priceOverrides: extra.priceOverrides ?? {},
    scenarios: scenarios.map((s) => ({ name: s.id, startMonth: '2027-01', horizonMonths: 12, ...s })),
  });
}

/** Every scenario of the workbook as a compare column, ref = scenario id. */
export function columns(wb: Workbook, ids: readonly string[] = wb.scenarios.map((s) => s.id)): CompareColumn[] {
  const engine = createEngine();
  return ids.map((id) => {
    const result = engine.computeScenario(wb, id);
    return { ref: id, name: result.name, result };
  });
}

// Two saved versions of one plan, for the diff tests (figures worked by hand in diff.test.ts):
// after doubles chat's input tokens and writes its output as "2e6", drops "old", saves the
// embeddings line under a new id with the same name, adds a Founders pool, changes an assumption,
// renames the company and adds a price override.
export const DIFF_BEFORE = workbookOf(
  [
    {
      id: 'main',
      name: 'Plan',
      assumptions: [{ name: 'growth', expr: '0.05' }],
      pools: [{ id: 'poc', name: 'Bedrock POC', program: 'bedrock-poc', amount: 25_000 }],
      lines: [
        {
          id: 'chat',
          name: 'Chat',
          kind: 'bedrock',
          model: 'claude-sonnet-4',
          inputTokensPerDay: 10_000_000,
          outputTokensPerDay: 2_000_000,
        },
        { id: 'old', name: 'Old batch job', kind: 'service', service: 'other', monthlyCost: 500 },
        { id: 'emb', name: 'Embeddings', kind: 'service', service: 'opensearch-serverless', monthlyCost: 700 },
      ],
    },
  ],
  { company: { name: 'Acme' } },
);

export const DIFF_AFTER = workbookOf(
  [
    {
      id: 'main',
      name: 'Plan v2',
      assumptions: [{ name: 'growth', expr: '0.1' }],
      pools: [
        { id: 'poc', name: 'Bedrock POC', program: 'bedrock-poc', amount: 25_000 },
        { id: 'founders', name: 'Activate Founders', program: 'founders', amount: 5_000 },
      ],
      lines: [
        {
          id: 'chat',
          name: 'Chat',
          kind: 'bedrock',
          model: 'claude-sonnet-4',
          inputTokensPerDay: 20_000_000,
          outputTokensPerDay: '2e6',
        },
        { id: 'vectors', name: 'Embeddings', kind: 'service', service: 'opensearch-serverless', monthlyCost: 700 },
      ],
    },
  ],
  { company: { name: 'Acme AI' }, priceOverrides: { 'bedrock/claude-3-haiku': { input: 0.3 } } },
);
