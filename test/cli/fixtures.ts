// Small workbooks written by the tests into temporary folders.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './cli-harness';

export function writeTemp(name: string, content: string | Uint8Array): string {
  const path = join(tempDir(), name);
  writeFileSync(path, content);
  return path;
}

/** One scenario, one $25,000 Bedrock POC pool, and the given lines. */
export function minimalWorkbook(lines: object[], extra: { pools?: object[]; assumptions?: object[] } = {}): string {
  return JSON.stringify(
    {
      format: 'creditstack.workbook',
      version: 1,
      title: 'Test plan',
      scenarios: [
        {
          id: 'main',
          name: 'Main',
          startMonth: '2027-01',
          horizonMonths: 12,
          assumptions: extra.assumptions ?? [],
          pools: extra.pools ?? [{ id: 'poc', name: 'Bedrock POC', program: 'bedrock-poc', amount: 25000 }],
          lines,
        },
      ],
    },
    null,
    2,
  );
}

/** A training run claimed under a Bedrock-only pool: POOL_INELIGIBLE (an error). */
export const INELIGIBLE_WORKBOOK = minimalWorkbook([
  {
    id: 'train',
    name: 'Fine-tune',
    kind: 'training',
    workstream: 'Fine-tune',
    instanceType: 'g5.12xlarge',
    hoursPerRun: 10,
    fundedBy: 'poc',
  },
]);

/** A quantity that refers to a name nobody defined: EXPR_ERROR on that field. */
export const EXPR_ERROR_WORKBOOK = minimalWorkbook([
  {
    id: 'chat',
    name: 'Chat',
    kind: 'bedrock',
    workstream: 'Chat',
    model: 'claude-sonnet-4',
    inputTokensPerDay: 'users * 2000',
    fundedBy: 'poc',
  },
]);
