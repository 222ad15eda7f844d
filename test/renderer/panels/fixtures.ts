// Results for the panel tests: the domain's worked example (one $1,800/month Claude Sonnet 4
// line, one $25K Bedrock POC pool from month 0, valid 24 months, start Jan 2027), computed by the
// engine, and a hand-made result when a test needs exact series.
import { createEngine, type ScenarioResult } from '../../../shared/engine';
import type { Workbook } from '../../../shared/model';
import { flat, workbook } from '../../shared/engine/fixtures';

const engine = createEngine();

export function sonnetWorkbook(company: Record<string, unknown> = {}): Workbook {
  return workbook({
    lines: [
      {
        id: 'llm',
        name: 'Claude summaries',
        kind: 'bedrock',
        model: 'claude-sonnet-4',
        inputTokensPerDay: 10_000_000,
        outputTokensPerDay: 2_000_000,
        fundedBy: 'poc',
      },
    ],
    pools: [
      { id: 'poc', name: 'Bedrock POC', program: 'bedrock-poc', amount: 25_000, startMonth: 0, validityMonths: 24 },
    ],
    company,
  });
}

export function compute(wb: Workbook): ScenarioResult {
  return engine.computeScenario(wb, wb.scenarios[0].id);
}

/** $1,000 a month against a $25K Portfolio pool valid 12 months: 13,000 is forfeited. */
export function forfeitWorkbook(): Workbook {
  return workbook({
    lines: [flat('ops', 1_000)],
    pools: [{ id: 'pf', name: 'Portfolio', program: 'portfolio', amount: 25_000, startMonth: 0, validityMonths: 12 }],
  });
}
