// Monte Carlo runs (and sensitivity) in a Web Worker, so thousands of computations never block
// the window. Each worker computes a contiguous share of the runs with its own engine and reports
// progress as it goes; rows come back as a transferred buffer. It imports the engine's compute
// sub-barrel and the ranges modules it needs, never the schema library.
import { createEngine } from '../../../../shared/engine/compute';
import type { Workbook } from '../../../../shared/model';
import { runRows, simulationPlan } from '../../../../shared/ranges/monte-carlo';
import { sensitivity, type KpiName, type SensitivityResult } from '../../../../shared/ranges/sensitivity';

export type SimulationRequest =
  | { kind: 'runs'; workbook: Workbook; scenarioId: string; seed: number; from: number; to: number }
  | { kind: 'sensitivity'; workbook: Workbook; scenarioId: string; kpi: KpiName };

export type SimulationResponse =
  | { kind: 'progress'; done: number }
  | { kind: 'rows'; rows: Float64Array }
  | { kind: 'sensitivity'; result: SensitivityResult }
  | { kind: 'error'; message: string };

const post = (response: SimulationResponse, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(response, transfer);

self.onmessage = (event: MessageEvent<SimulationRequest>) => {
  const request = event.data;
  try {
    if (request.kind === 'sensitivity') {
      post({ kind: 'sensitivity', result: sensitivity(request.workbook, request.scenarioId, request.kpi, createEngine()) });
      return;
    }
    const plan = simulationPlan(request.workbook, request.scenarioId);
    const count = request.to - request.from;
    // About fifty progress messages per worker: smooth enough for a bar, cheap for the channel.
    const every = Math.max(1, Math.floor(count / 50));
    const rows = runRows(request.workbook, plan, request.seed, request.from, request.to, createEngine(), (done) => {
      if (done % every === 0 && done < count) post({ kind: 'progress', done });
    });
    post({ kind: 'rows', rows }, [rows.buffer as ArrayBuffer]);
  } catch (error) {
    post({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
