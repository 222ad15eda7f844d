// A small plan for the grid tests, start Jan 2027: one Bedrock line growing with `growth`,
// one training line, one service line, two pools and two assumptions.
import type { Line, Workbook } from '../../../shared/model';
import { workbook } from '../../shared/engine/fixtures';

export function gridWorkbook(): Workbook {
  return workbook({
    assumptions: [
      { name: 'growth', expr: 0.05 },
      { name: 'base', expr: '10e6' },
    ],
    pools: [
      { id: 'poc', name: 'Bedrock POC', program: 'bedrock-poc', amount: 25_000 },
      { id: 'pf', name: 'Portfolio', program: 'portfolio', amount: 100_000 },
    ],
    lines: [
      {
        id: 'llm',
        name: 'Summaries',
        kind: 'bedrock',
        model: 'claude-sonnet-4',
        inputTokensPerDay: 'base * (1 + growth)^m',
        outputTokensPerDay: 2_000_000,
        fundedBy: 'poc',
      },
      {
        id: 'train',
        name: 'Fine-tune',
        kind: 'training',
        instanceType: 'p4d.24xlarge',
        hoursPerRun: 77,
        runsPerMonth: 1,
        startMonth: 2,
        endMonth: 10,
      },
      {
        id: 'vec',
        name: 'Vector index',
        kind: 'service',
        service: 'opensearch-serverless',
        monthlyCost: 500,
        supports: 'llm',
      },
    ],
  });
}

export function lineOf(wb: Workbook, id: string): Line {
  return wb.scenarios[0].lines.find((l) => l.id === id)!;
}
