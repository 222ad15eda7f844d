// The sample plan with the three sample AWS inputs imported (assets/aws-samples).
import { applyAwsImport, parseAwsExport } from '../../../../shared/io/aws';
import type { Workbook } from '../../../../shared/model';
import { samplePlan, sampleText } from '../../io/aws/samples';

export const SAMPLE_INPUTS = [
  'get-credits.sample.json',
  'get-credit-allocation-history.sample.json',
  'get-cost-and-usage.sample.json',
];

export function importInto(workbook: Workbook, inputs: readonly (string | { text: string })[]): Workbook {
  let wb = workbook;
  for (const input of inputs) {
    const parsed = parseAwsExport(typeof input === 'string' ? sampleText(input) : input.text, null);
    if (!parsed.ok) throw new Error(parsed.message);
    const applied = applyAwsImport(wb, parsed.value);
    if (!applied.ok) throw new Error(applied.message);
    wb = applied.workbook;
  }
  return wb;
}

export const importedSample = (): Workbook => importInto(samplePlan(), SAMPLE_INPUTS);
