// Monte Carlo runs spread over worker threads. The bundled CLI is one file, so each worker runs
// that same file (main.ts sends a simulation worker here) with the workbook and its share of the
// runs, for every scenario asked; it answers with one row block per scenario (transferred
// buffers). Rows depend only on (workbook, seed, run), so the joined result is the same for any
// number of workers.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { createEngine } from '../shared/engine';
import type { Workbook } from '../shared/model';
import { joinRows, runRows, simulationPlan, splitRuns, type SimulationPlan } from '../shared/ranges';

const KIND = 'creditstack-simulation';

interface Job {
  workbook: Workbook;
  scenarioIds: string[];
  seed: number;
  from: number;
  to: number;
}

/** Rows of runs [from, to) of each scenario, with one engine (per thread). */
function rowsOf(job: Job): Float64Array[] {
  const engine = createEngine();
  return job.scenarioIds.map((id) =>
    runRows(job.workbook, simulationPlan(job.workbook, id), job.seed, job.from, job.to, engine),
  );
}

/** Whether this thread is a simulation worker (main.ts asks before running the CLI). */
export function isSimulationWorker(): boolean {
  return !isMainThread && (workerData as { kind?: string } | null)?.kind === KIND;
}

/** The worker's side: compute its runs and post the rows back. */
export function serveSimulationJob(): void {
  const rows = rowsOf((workerData as { job: Job }).job);
  parentPort!.postMessage(
    rows,
    rows.map((r) => r.buffer as ArrayBuffer),
  );
}

function runInWorker(script: string, job: Job): Promise<Float64Array[]> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: { kind: KIND, job } });
    worker.once('message', (rows: Float64Array[]) => resolve(rows));
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`a simulation worker stopped with code ${code}`));
    });
  });
}

/**
 * Rows of runs [0, runs) of each planned scenario. With one worker (or very few runs) they are
 * computed on this thread; otherwise each worker thread takes a contiguous share of the runs.
 */
export async function simulationRows(
  script: string,
  workbook: Workbook,
  plans: SimulationPlan[],
  seed: number,
  runs: number,
  workers: number,
): Promise<Float64Array[]> {
  const scenarioIds = plans.map((p) => p.scenarioId);
  if (workers <= 1 || runs < 50 * workers) return rowsOf({ workbook, scenarioIds, seed, from: 0, to: runs });
  const chunks = splitRuns(runs, workers);
  const results = await Promise.all(
    chunks.map((c) => runInWorker(script, { workbook, scenarioIds, seed, from: c.from, to: c.to })),
  );
  return plans.map((plan, s) =>
    joinRows(
      plan,
      runs,
      chunks.map((c, i) => ({ from: c.from, rows: results[i][s] })),
    ),
  );
}
