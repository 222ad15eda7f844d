// The calculation core in a Web Worker, so a large model never freezes typing. It receives the
// whole workbook, recomputes what changed and answers with packed, transferred results.
// It imports the actuals sub-barrel (the compute engine with imported AWS actuals applied), not the
// engine's index (which adds the workbook edits), and
// nothing that needs the schema library: the worker's script stays small and starts quickly.
import { createEngine } from '../../../shared/engine/actuals';
import type { Workbook } from '../../../shared/model';
import { packScenario, type PackedScenario } from './packed-results';
import { reconcile } from './reconcile';
import { WARM_UP_WORKBOOK } from './warm-up-workbook';

export interface ComputeRequest {
  seq: number;
  workbook: Workbook;
}

export type ComputeResponse = { seq: number; ok: true; scenarios: PackedScenario[]; ms: number } | { seq: number; ok: false; message: string };

const engine = createEngine();
let previous: Workbook | null = null;

// Warm up while the UI renders (see warm-up-workbook.ts), then forget the warm-up scenario.
engine.computeWorkbook(WARM_UP_WORKBOOK);

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
