// Benchmark 8, Monte Carlo: 10,000 runs of the Series-A template (both scenarios) in this process,
// beside (one compute x runs) measured here too, and 2,000 runs through the CLI end to end
// (the bundled CLI, as a user runs it, with its worker threads).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { buildSync } from 'esbuild';
import { createEngine } from '../../shared/engine';
import { parseWorkbookText } from '../../shared/io';
import type { AssumptionRange, Workbook } from '../../shared/model';
import { drawsFor, runRows, simulationPlan, summarizeRuns, withAssumptionValues } from '../../shared/ranges';
import { measure, scaled, type Measurement } from './measure';
import { compare, type Row } from './report';

const RUNS = 10_000;
const CLI_RUNS = 2_000;

const RANGES: Record<string, AssumptionRange> = {
  growth: { distribution: 'uniform', low: 0, high: 0.1 },
  tokens_in_per_day: { distribution: 'triangular', low: 4e6, mode: 6e6, high: 9e6 },
  tokens_out_per_day: { distribution: 'lognormal', mean: 1.15e6, sd: 3e5 },
  agent_tokens_in_per_day: { distribution: 'normal', mean: 3e6, sd: 1e6, low: 0 },
};

/** The Series-A template with ranges on its traffic drivers (every scenario that has them). */
export function rangedSeriesA(root: string): Workbook {
  const loaded = parseWorkbookText(readFileSync(path.join(root, 'assets/templates/series-a.creditstack'), 'utf8'));
  if (!loaded.ok) throw new Error('the Series-A template does not load');
  const wb = loaded.workbook;
  return {
    ...wb,
    scenarios: wb.scenarios.map((s) => ({
      ...s,
      assumptions: s.assumptions.map((a) => (RANGES[a.name] === undefined ? a : { ...a, range: RANGES[a.name] })),
    })),
  };
}

function simulateAll(wb: Workbook, runs: number): Float64Array[] {
  const engine = createEngine();
  return wb.scenarios.map((s) => runRows(wb, simulationPlan(wb, s.id), 1, 0, runs, engine));
}

function cliBundle(root: string): string {
  const outfile = path.join(mkdtempSync(path.join(tmpdir(), 'creditstack-bench-')), 'cli.cjs');
  buildSync({
    entryPoints: [path.join(root, 'cli/main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    logLevel: 'warning',
  });
  return outfile;
}

function one(ms: number): Measurement {
  return { runs: 1, medianMs: ms, minMs: ms, maxMs: ms };
}

export function monteCarloBench(root: string, say: (text: string) => void): Row[] {
  const wb = rangedSeriesA(root);
  const plans = wb.scenarios.map((s) => simulationPlan(wb, s.id));
  say(
    `Monte Carlo model: Series-A template, scenarios ${wb.scenarios.map((s) => `${s.id} (${s.lines.length} lines, ${plans.find((p) => p.scenarioId === s.id)!.ranged.length} ranged)`).join(', ')}`,
  );

  // One compute: the whole workbook after its drivers changed, engine reused (what an edit costs
  // the app). Timed as blocks of consecutive computes, like the runs, so that both pay for their
  // garbage alike; a block's median time per compute, times the runs, is the baseline.
  const BLOCK = 1000;
  const engine = createEngine();
  engine.computeWorkbook(wb);
  const block = measure({
    warmup: 1,
    runs: 5,
    prepare: (b) =>
      Array.from({ length: BLOCK }, (_, i) =>
        withAssumptionValues(
          withAssumptionValues(wb, plans[0].scenarioId, drawsFor(plans[0], 99, b * BLOCK + i)),
          plans[1].scenarioId,
          drawsFor(plans[1], 99, b * BLOCK + i),
        ),
      ),
    run: (inputs) => inputs.map((w) => engine.computeWorkbook(w)).length,
  });
  const single = scaled(block, 1 / BLOCK);
  const expected = scaled(single, RUNS);
  // CPU time beside wall time: on a machine shared with other work, wall time counts their turns too.
  const cpu: number[] = [];
  const inProcess = measure({
    warmup: 1,
    runs: 5,
    prepare: () => wb,
    run: (w) => {
      const c0 = process.cpuUsage();
      const out = simulateAll(w, RUNS);
      const c = process.cpuUsage(c0);
      cpu.push((c.user + c.system) / 1000);
      return out;
    },
  });
  const cpuMedian = cpu.slice(1).sort((a, b) => a - b)[2];
  say(
    `Monte Carlo ${RUNS.toLocaleString('en-US')} runs in-process: CPU time of the thread, median ${cpuMedian.toFixed(0)} ms (wall median ${inProcess.medianMs.toFixed(0)} ms)`,
  );
  const rows = simulateAll(wb, RUNS);
  const stack = summarizeRuns(plans[0], rows[0]);
  say(
    `Monte Carlo ${RUNS.toLocaleString('en-US')} runs, seed 1, ${plans[0].scenarioId}: cliff P10/P50/P90 ${stack.kpis.creditCliffMonth.p10}/${stack.kpis.creditCliffMonth.p50}/${stack.kpis.creditCliffMonth.p90}, no cliff ${(stack.kpis.creditCliffMonth.probabilityNone * 100).toFixed(1)}%`,
  );

  // The CLI end to end: spawn, read, simulate both scenarios over worker threads, print JSON.
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'creditstack-bench-')), 'ranged.creditstack');
  writeFileSync(file, JSON.stringify(wb, null, 2));
  const cli = cliBundle(root);
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t0 = performance.now();
    const run = spawnSync(process.execPath, [cli, 'simulate', file, '--runs', String(CLI_RUNS), '--json'], {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    });
    samples.push(performance.now() - t0);
    if (run.status !== 0) throw new Error(`creditstack simulate failed: ${run.stderr}`);
  }
  samples.sort((a, b) => a - b);
  const cliMs: Measurement = { runs: 3, medianMs: samples[1], minMs: samples[0], maxMs: samples[2] };
  return [
    {
      id: 'monte-carlo-10k',
      name: `Monte Carlo ${RUNS.toLocaleString('en-US')} runs, Series-A template, both scenarios, in-process (one thread)`,
      kind: 'benchmark',
      measurement: inProcess,
      targetMs: 2000,
      comparisons: [compare(inProcess, expected, 'one compute x runs', 'slower', 2)],
      note: `CPU time of this thread, median of 5: ${cpuMedian.toFixed(0)} ms`,
    },
    {
      id: 'monte-carlo-one-x-runs',
      name: `one compute of the workbook after its drivers changed (blocks of ${BLOCK.toLocaleString('en-US')}, median of ${block.runs}) x ${RUNS.toLocaleString('en-US')}`,
      kind: 'baseline',
      measurement: expected,
      targetMs: null,
      comparisons: [],
      note: `one compute: ${single.medianMs.toFixed(3)} ms`,
    },
    {
      id: 'monte-carlo-cli-2k',
      name: `creditstack simulate --runs ${CLI_RUNS.toLocaleString('en-US')} --json, end to end (spawn to exit)`,
      kind: 'benchmark',
      measurement: cliMs,
      targetMs: 5000,
      comparisons: [],
    },
    {
      id: 'monte-carlo-cli-fastest',
      name: 'same, fastest of 3',
      kind: 'info',
      measurement: one(samples[0]),
      targetMs: null,
      comparisons: [],
    },
  ];
}
