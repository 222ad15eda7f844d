// Warm-up, then repeated timed runs; inputs are prepared outside the timed region so that a
// run measures only the work under test. Results go to a sink so V8 cannot drop the work.
import { performance } from 'node:perf_hooks';

export interface Measurement {
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

export interface MeasureOptions<T> {
  warmup: number;
  runs: number;
  /** Builds the input of run i (untimed). */
  prepare: (i: number) => T;
  run: (input: T) => unknown;
}

// Run with `node --expose-gc` to collect garbage between runs, so one run does not pay for
// the previous run's garbage (the engine's own allocations are still timed).
const collect = (globalThis as { gc?: () => void }).gc;
export const gcBetweenRuns = collect !== undefined;

let sink: unknown;
/** Keeps the last result reachable, so the measured work cannot be optimised away. */
export function lastResult(): unknown {
  return sink;
}

export function median(sorted: readonly number[]): number {
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

export function measure<T>(options: MeasureOptions<T>): Measurement {
  const samples: number[] = [];
  const total = options.warmup + options.runs;
  for (let i = 0; i < total; i++) {
    const input = options.prepare(i);
    collect?.();
    const t0 = performance.now();
    sink = options.run(input);
    const t1 = performance.now();
    if (i >= options.warmup) samples.push(t1 - t0);
  }
  samples.sort((a, b) => a - b);
  return { runs: samples.length, medianMs: median(samples), minMs: samples[0], maxMs: samples[samples.length - 1] };
}

/** Scales a measurement taken on a sample of the work up to the whole (e.g. 50 of 1,000 lines). */
export function scaled(m: Measurement, factor: number): Measurement {
  return { runs: m.runs, medianMs: m.medianMs * factor, minMs: m.minMs * factor, maxMs: m.maxMs * factor };
}
