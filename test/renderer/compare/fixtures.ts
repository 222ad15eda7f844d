// Results for the compare and chart tests: the model-comparison template (one Claude line at
// 10M input + 2M output tokens a day against a $25K Bedrock POC pool valid 24 months, on Opus 5,
// Sonnet 5 and Haiku 4.5) computed by the engine, and hand-made results where a test needs exact series.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createEngine, type CompareColumn, type ScenarioResult } from '../../../shared/engine';
import { parseWorkbookText } from '../../../shared/io';
import type { Workbook } from '../../../shared/model';

const ROOT = path.resolve(import.meta.dirname, '../../..');

export function template(name: string): Workbook {
  const parsed = parseWorkbookText(readFileSync(path.join(ROOT, 'assets/templates', `${name}.creditstack`), 'utf8'));
  if (!parsed.ok) throw new Error(`template ${name} does not load`);
  return parsed.workbook;
}

export function computeAll(wb: Workbook): ScenarioResult[] {
  return createEngine().computeWorkbook(wb);
}

/** Opus, Sonnet, Haiku columns of the model-comparison template, Opus first (the baseline). */
export function modelColumns(): { wb: Workbook; columns: CompareColumn[] } {
  const wb = template('model-comparison');
  const results = computeAll(wb);
  const columns = ['opus', 'sonnet', 'haiku'].map((id) => {
    const result = results.find((r) => r.id === id)!;
    return { ref: `model-comparison.creditstack#${id}`, name: result.name, result };
  });
  return { wb, columns };
}

/** A result with exactly the series a test gives; the rest is empty. */
export function handResult(options: {
  id?: string;
  startMonth?: string;
  cash: number[];
  cost?: number[];
  cliff?: number | null;
  pools?: { id: string; name: string; amount: number; expiryMonth: number; draw: number[]; balance: number[] }[];
}): ScenarioResult {
  const h = options.cash.length;
  const cost = options.cost ?? options.cash;
  return {
    id: options.id ?? 's',
    name: options.id ?? 's',
    startMonth: options.startMonth ?? '2027-01',
    horizonMonths: h,
    allocation: 'aws-billing',
    runwayExtrapolated: false,
    kpis: {
      totalCost: cost.reduce((a, b) => a + b, 0),
      creditsApplied: 0,
      cashCost: options.cash.reduce((a, b) => a + b, 0),
      creditCoverage: 0,
      creditsForfeited: 0,
      creditsRemaining: 0,
      creditCliffMonth: options.cliff ?? null,
      cashRunwayMonths: null,
      runwayExtensionMonths: null,
    },
    pools: (options.pools ?? []).map((p) => ({
      id: p.id,
      name: p.name,
      program: 'portfolio',
      amount: p.amount,
      used: p.draw.reduce((a, b) => a + b, 0),
      forfeited: 0,
      remaining: 0,
      startMonth: 0,
      expiryMonth: p.expiryMonth,
      depletionMonth: null,
      monthsFunded: null,
      milestones: { used75: null, used100: null, expiry60Days: p.expiryMonth - 2, expiry30Days: p.expiryMonth - 1 },
      draw: Float64Array.from(p.draw),
      balance: Float64Array.from(p.balance),
      declared: 0,
    })),
    lines: [],
    cost: Float64Array.from(cost),
    credits: Float64Array.from(cost.map((c, i) => c - options.cash[i])),
    cash: Float64Array.from(options.cash),
    issues: [],
  };
}
