// The UI's side of the engine worker: sends the workbook whenever it changes and keeps the
// latest results in a small store. Older answers that arrive late are dropped by sequence number.
import { create } from 'zustand';
import type { ScenarioResult } from '../../../shared/engine';
import type { Workbook } from '../../../shared/model';
import type { ComputeRequest, ComputeResponse } from './engine-worker';
import { unpackScenario } from './packed-results';

export interface ResultsState {
  /** Results per scenario id, for the workbook last sent. */
  byScenario: ReadonlyMap<string, ScenarioResult>;
  /** The workbook these results belong to. */
  workbook: Workbook | null;
  computeMs: number;
  error: string | null;
}

export const useResults = create<ResultsState>()(() => ({ byScenario: new Map(), workbook: null, computeMs: 0, error: null }));

let worker: Worker | null = null;
let seq = 0;
const pending = new Map<number, Workbook>();

/** Starts the worker early: its script loads and initialises while the UI renders. */
export function startEngine(): void {
  ensureWorker();
}

function ensureWorker(): Worker {
  if (worker !== null) return worker;
  worker = new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<ComputeResponse>) => {
    const response = event.data;
    const workbook = pending.get(response.seq) ?? null;
    for (const key of pending.keys()) if (key <= response.seq) pending.delete(key);
    if (response.seq < latestApplied) return;
    latestApplied = response.seq;
    if (!response.ok) {
      useResults.setState({ error: response.message });
      return;
    }
    const byScenario = new Map(response.scenarios.map((packed) => {
      const r = unpackScenario(packed);
      return [r.id, r] as const;
    }));
    useResults.setState({ byScenario, workbook, computeMs: response.ms, error: null });
    performance.mark('results-applied');
  };
  return worker;
}

let latestApplied = -1;

export function requestCompute(workbook: Workbook): void {
  const w = ensureWorker();
  seq += 1;
  pending.set(seq, workbook);
  performance.mark('compute-requested');
  const request: ComputeRequest = { seq, workbook };
  w.postMessage(request);
}
