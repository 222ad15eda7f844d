// The calculation core in a Web Worker, so a large model never freezes typing. It receives the
// whole workbook, recomputes what changed and answers with packed, transferred results.
import { createEngine } from '../../../shared/engine';
import type { Workbook } from '../../../shared/model';
import { packScenario, type PackedScenario } from './packed-results';
import { reconcile } from './reconcile';

export interface ComputeRequest {
  seq: number;
  workbook: Workbook;
}

export type ComputeResponse = { seq: number; ok: true; scenarios: PackedScenario[]; ms: number } | { seq: number; ok: false; message: string };

const engine = createEngine();
let previous: Workbook | null = null;

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
