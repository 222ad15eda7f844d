// The Series-A template as the ranges tests use it: loaded as a user's file, with ranges added.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AssumptionRange, Workbook } from '../../../shared/model';
import { parseWorkbookText } from '../../../shared/io';

const ROOT = join(import.meta.dirname, '../../..');

export function seriesA(): Workbook {
  const loaded = parseWorkbookText(readFileSync(join(ROOT, 'assets/templates/series-a.creditstack'), 'utf8'));
  if (!loaded.ok) throw new Error('the Series-A template does not load');
  return loaded.workbook;
}

/** The workbook with ranges set on the named assumptions of every scenario. */
export function withRanges(workbook: Workbook, ranges: Record<string, AssumptionRange>): Workbook {
  return {
    ...workbook,
    scenarios: workbook.scenarios.map((s) => ({
      ...s,
      assumptions: s.assumptions.map((a) => (ranges[a.name] === undefined ? a : { ...a, range: ranges[a.name] })),
    })),
  };
}
