// The UI's side of the engine worker: sends the workbook whenever it changes and puts the
// latest results in the store's results slice. Older answers that arrive late are dropped by
// sequence number.
import type { Workbook } from '../../../shared/model';
import { useStore } from '../store/store';
import type { ComputeRequest, ComputeResponse } from './engine-worker';
import { unpackScenario } from './packed-results';

let worker: Worker | null = null;
let seq = 0;
let latestApplied = -1;

/** Starts the worker early: its script loads and initialises while the UI renders. */
export function startEngine(): void {
  ensureWorker();
}

function ensureWorker(): Worker {
  if (worker !== null) return worker;
  worker = new Worker(new URL('./engine-worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<ComputeResponse>) => {
    const response = event.data;
    if (response.seq < latestApplied) return;
    latestApplied = response.seq;
    if (!response.ok) {
      useStore.setState({ engineError: response.message });
      return;
    }
    const byScenario = new Map(
      response.scenarios.map((packed) => {
        const r = unpackScenario(packed);
        return [r.id, r] as const;
      }),
    );
    useStore.setState({ byScenario, computeMs: response.ms, engineError: null });
    performance.mark('results-applied');
  };
  return worker;
}

export function requestCompute(workbook: Workbook): void {
  const w = ensureWorker();
  seq += 1;
  performance.mark('compute-requested');
  const request: ComputeRequest = { seq, workbook };
  w.postMessage(request);
}
