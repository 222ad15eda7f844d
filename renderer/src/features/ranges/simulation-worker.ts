// Monte Carlo runs (and sensitivity) in a Web Worker, so thousands of computations never block
// the window. Each worker computes a contiguous share of the runs with its own engine and reports
// progress as it goes; rows come back as a transferred buffer. It imports the engine's compute
// sub-barrel and the ranges modules it needs, never the schema library.
import { createEngine } from '../../../../shared/engine/compute';
import type { Workbook } from '../../../../shared/model';
import { runRows, simulationPlan } from '../../../../shared/ranges/monte-carlo';
import { goalSeek, type GoalSeekAnswer } from '../../../../shared/ranges/goal-seek';
import { sensitivity, type KpiName, type SensitivityResult } from '../../../../shared/ranges/sensitivity';
import { checkTarget, parseTargetSpec } from '../../../../shared/ranges/target-spec';

export type SimulationRequest =
  | { kind: 'runs'; workbook: Workbook; scenarioId: string; seed: number; from: number; to: number }
  | { kind: 'sensitivity'; workbook: Workbook; scenarioId: string; kpi: KpiName }
  | {
      kind: 'goal-seek';
      workbook: Workbook;
      scenarioId: string;
      assumption: string;
      target: string;
      low: number;
      high: number;
    };

export type SimulationResponse =
  | { kind: 'progress'; done: number }
  | { kind: 'rows'; rows: Float64Array }
  | { kind: 'sensitivity'; result: SensitivityResult }
  | { kind: 'goal-seek'; answer: GoalSeekAnswer }
  | { kind: 'error'; message: string };

const post = (response: SimulationResponse, transfer: Transferable[] = []) =>
  (self as unknown as Worker).postMessage(response, transfer);

self.onmessage = (event: MessageEvent<SimulationRequest>) => {
  const request = event.data;
  try {
    if (request.kind === 'sensitivity') {
      post({
        kind: 'sensitivity',
        result: sensitivity(request.workbook, request.scenarioId, request.kpi, createEngine()),
      });
      return;
    }
    if (request.kind === 'goal-seek') {
      const engine = createEngine();
      const spec = parseTargetSpec(request.target);
      checkTarget(
        spec,
        engine.computeScenario(request.workbook, request.scenarioId),
        request.workbook.company.cashOnHand,
      );
      const interval = { low: request.low, high: request.high };
      post({
        kind: 'goal-seek',
        answer: goalSeek(request.workbook, request.scenarioId, request.assumption, spec, interval, engine),
      });
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
