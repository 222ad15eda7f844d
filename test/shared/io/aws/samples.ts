// The hand-made sample inputs shipped under assets/aws-samples (labelled SAMPLE there).
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseWorkbookText } from '../../../../shared/io';
import type { Workbook } from '../../../../shared/model';

export const SAMPLES_DIR = join(resolve(dirname(fileURLToPath(import.meta.url)), '../../../..'), 'assets/aws-samples');

export const sampleText = (name: string): string => readFileSync(join(SAMPLES_DIR, name), 'utf8');

export function samplePlan(): Workbook {
  const loaded = parseWorkbookText(sampleText('sample-plan.creditstack'));
  if (!loaded.ok) throw new Error(loaded.error.message);
  return loaded.workbook;
}
