// The calculation core in a Web Worker, so a large model never freezes typing. It receives the
// whole workbook, recomputes what changed and answers with packed, transferred results.
import { createEngine } from '../../../shared/engine';
import { workbookSchema, type Workbook } from '../../../shared/model';
import { packScenario, type PackedScenario } from './packed-results';
import { reconcile } from './reconcile';

export interface ComputeRequest {
  seq: number;
  workbook: Workbook;
}

export type ComputeResponse = { seq: number; ok: true; scenarios: PackedScenario[]; ms: number } | { seq: number; ok: false; message: string };

const engine = createEngine();
let previous: Workbook | null = null;

// Warm up while the UI renders: the first expression parse initialises the parser, and the
// first compute compiles the engine's hot paths.
engine.computeWorkbook(warmUpWorkbook());

self.onmessage = (event: MessageEvent<ComputeRequest>) => {
  const { seq } = event.data;
  const started = performance.now();
  try {
    const workbook = reconcile(event.data.workbook, previous);
    previous = workbook;
    const scenarios = engine.computeWorkbook(workbook).map(packScenario);
    const response: ComputeResponse = { seq, ok: true, scenarios, ms: performance.now() - started };
    (self as unknown as Worker).postMessage(response, scenarios.map((s) => s.buffer));
  } catch (error) {
    const response: ComputeResponse = { seq, ok: false, message: error instanceof Error ? error.message : String(error) };
    (self as unknown as Worker).postMessage(response);
  }
};

function warmUpWorkbook(): Workbook {
  return workbookSchema.parse({
    format: 'creditstack.workbook',
    version: 1,
    scenarios: [
      {
        id: 'warm-up',
        startMonth: '2027-01',
        horizonMonths: 12,
        assumptions: [{ name: 'growth', expr: '0.05' }],
        pools: [{ id: 'p', program: 'portfolio', amount: 100000 }],
        lines: [
          { id: 'a', kind: 'bedrock', model: 'claude-sonnet-4', inputTokensPerDay: '1e6 * (1 + growth)^m', outputTokensPerDay: 1e5 },
          { id: 'b', kind: 'service', service: 'other', monthlyCost: 'max(100, 10 * m)' },
        ],
      },
    ],
  });
}
