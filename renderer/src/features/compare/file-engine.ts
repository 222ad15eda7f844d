// Results of the other workbook files the Compare view opens read-only. They are computed off the
// UI thread by a second instance of the app's engine worker (the first one keeps serving the open
// document), so adding a large file never freezes the window.
import type { ScenarioResult } from '../../../../shared/engine';
import type { Workbook } from '../../../../shared/model';
import type { ComputeRequest, ComputeResponse } from '../../engine-host/engine-worker';
import { unpackScenario } from '../../engine-host/packed-results';

let worker: Worker | null = null;
let seq = 0;
const waiting = new Map<number, { resolve: (r: ScenarioResult[]) => void; reject: (e: Error) => void }>();

function ensureWorker(): Worker {
  if (worker !== null) return worker;
  worker = new Worker(new URL('../../engine-host/engine-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<ComputeResponse>) => {
    const response = event.data;
    const pending = waiting.get(response.seq);
    if (pending === undefined) return;
    waiting.delete(response.seq);
    if (response.ok) pending.resolve(response.scenarios.map(unpackScenario));
    else pending.reject(new Error(response.message));
  };
  worker.onerror = (event) => {
    // A crashed worker fails everything still waiting; the next request starts a fresh one.
    const error = new Error(event.message || 'the calculation stopped unexpectedly');
    for (const pending of waiting.values()) pending.reject(error);
    waiting.clear();
    worker?.terminate();
    worker = null;
  };
  return worker;
}

/** Computes every scenario of a workbook; answers in scenario order. */
export function computeFile(workbook: Workbook): Promise<ScenarioResult[]> {
  const w = ensureWorker();
  seq += 1;
  const request: ComputeRequest = { seq, workbook };
  return new Promise((resolve, reject) => {
    waiting.set(request.seq, { resolve, reject });
    w.postMessage(request);
  });
}
