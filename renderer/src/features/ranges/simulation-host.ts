// The window's side of Monte Carlo: splits the runs over a few Web Workers, adds up their
// progress for the bar, joins their rows in run order and summarises them. Cancel terminates
// the workers at once (a run in flight is not waited for). The same seed gives the same result
// whatever the number of workers, as in the CLI.
import { create } from 'zustand';
import type { Workbook } from '../../../../shared/model';
import { joinRows, simulationPlan, splitRuns, type SimulationPlan } from '../../../../shared/ranges/monte-carlo';
import type { GoalSeekAnswer } from '../../../../shared/ranges/goal-seek';
import type { KpiName, SensitivityResult } from '../../../../shared/ranges/sensitivity';
import {
  cliffDistribution,
  cumulativeCashFan,
  summarizeRuns,
  type CashFan,
  type ScenarioSimulation,
} from '../../../../shared/ranges/simulation-summary';
import type { SimulationRequest, SimulationResponse } from './simulation-worker';

interface SimulationOutcome {
  plan: SimulationPlan;
  summary: ScenarioSimulation;
  fan: CashFan;
  cliff: { byMonth: number[]; none: number };
  runs: number;
  seed: number;
  ms: number;
}

export interface SimulationState {
  status: 'idle' | 'running' | 'done' | 'cancelled' | 'error';
  scenarioId: string | null;
  runs: number;
  done: number;
  message: string | null;
  outcome: SimulationOutcome | null;
  tornado: SensitivityResult | null;
}

export const useSimulation = create<SimulationState>()(() => ({
  status: 'idle',
  scenarioId: null,
  runs: 0,
  done: 0,
  message: null,
  outcome: null,
  tornado: null,
}));

let active: Worker[] = [];

function newWorker(): Worker {
  return new Worker(new URL('./simulation-worker.ts', import.meta.url), { type: 'module' });
}

function stopWorkers(): void {
  for (const w of active) w.terminate();
  active = [];
}

function workerCount(): number {
  return Math.max(1, Math.min(navigator.hardwareConcurrency || 2, 4));
}

/** Starts a simulation of one scenario (stopping any still running). */
export function startSimulation(
  workbook: Workbook,
  scenarioId: string,
  runs: number,
  seed: number,
  workers = workerCount(),
): void {
  stopWorkers();
  let plan: SimulationPlan;
  try {
    plan = simulationPlan(workbook, scenarioId);
  } catch (error) {
    useSimulation.setState({
      status: 'error',
      message: error instanceof Error ? error.message : String(error),
      outcome: null,
    });
    return;
  }
  const started = performance.now();
  const chunks = splitRuns(runs, workers);
  const progress = chunks.map(() => 0);
  const rows = new Array<Float64Array | null>(chunks.length).fill(null);
  useSimulation.setState({ status: 'running', scenarioId, runs, done: 0, message: null });
  const mine = chunks.map(() => newWorker());
  active = mine;
  mine.forEach((worker, i) => {
    worker.onmessage = (event: MessageEvent<SimulationResponse>) => {
      if (active !== mine) return; // cancelled or superseded
      const response = event.data;
      if (response.kind === 'error') {
        stopWorkers();
        useSimulation.setState({ status: 'error', message: response.message });
        return;
      }
      if (response.kind === 'progress') progress[i] = response.done;
      if (response.kind === 'rows') {
        progress[i] = chunks[i].to - chunks[i].from;
        rows[i] = response.rows;
      }
      const done = progress.reduce((a, b) => a + b, 0);
      if (rows.every((r) => r !== null)) {
        stopWorkers();
        const all = joinRows(
          plan,
          runs,
          chunks.map((c, k) => ({ from: c.from, rows: rows[k]! })),
        );
        const outcome: SimulationOutcome = {
          plan,
          summary: summarizeRuns(plan, all),
          fan: cumulativeCashFan(plan, all),
          cliff: cliffDistribution(plan, all),
          runs,
          seed,
          ms: performance.now() - started,
        };
        useSimulation.setState({ status: 'done', done, outcome });
      } else useSimulation.setState({ done });
    };
    const request: SimulationRequest = {
      kind: 'runs',
      workbook,
      scenarioId,
      seed,
      from: chunks[i].from,
      to: chunks[i].to,
    };
    worker.postMessage(request);
  });
}

export function cancelSimulation(): void {
  if (useSimulation.getState().status !== 'running') return;
  stopWorkers();
  useSimulation.setState({ status: 'cancelled' });
}

/** Runs one goal seek in a worker of its own; the answer (or the reason there is none) comes back once. */
export function requestGoalSeek(request: Extract<SimulationRequest, { kind: 'goal-seek' }>): Promise<GoalSeekAnswer> {
  return new Promise((resolve, reject) => {
    const worker = newWorker();
    worker.onmessage = (event: MessageEvent<SimulationResponse>) => {
      worker.terminate();
      const response = event.data;
      if (response.kind === 'goal-seek') resolve(response.answer);
      else reject(new Error(response.kind === 'error' ? response.message : 'no answer'));
    };
    worker.postMessage(request);
  });
}

/** Computes the tornado of one KPI in a worker of its own. */
export function requestTornado(workbook: Workbook, scenarioId: string, kpi: KpiName): void {
  const worker = newWorker();
  worker.onmessage = (event: MessageEvent<SimulationResponse>) => {
    worker.terminate();
    const response = event.data;
    if (response.kind === 'sensitivity') useSimulation.setState({ tornado: response.result });
    else if (response.kind === 'error') useSimulation.setState({ tornado: null, message: response.message });
  };
  const request: SimulationRequest = { kind: 'sensitivity', workbook, scenarioId, kpi };
  worker.postMessage(request);
}
