// The benchmark report: a table on stdout and the same figures as JSON (bench-results.json),
// so that runs can be compared over time.
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import type { Measurement } from './measure';

/** A ratio against a baseline measured in the same run. */
export interface Comparison {
  baseline: string;
  /** "slower": this / baseline (e.g. engine vs the hand loop); "faster": baseline / this. */
  direction: 'slower' | 'faster';
  ratio: number;
  /** At most this many times slower, or at least this many times faster. */
  target: number | null;
}

export interface Row {
  id: string;
  name: string;
  kind: 'benchmark' | 'baseline' | 'info';
  measurement: Measurement;
  targetMs: number | null;
  comparisons: Comparison[];
  note?: string;
}

export function compare(
  row: Measurement,
  baseline: Measurement,
  label: string,
  direction: Comparison['direction'],
  target: number | null = null,
): Comparison {
  const ratio = direction === 'slower' ? row.medianMs / baseline.medianMs : baseline.medianMs / row.medianMs;
  return { baseline: label, direction, ratio, target };
}

function comparisonMet(c: Comparison): boolean | null {
  if (c.target === null) return null;
  return c.direction === 'slower' ? c.ratio <= c.target : c.ratio >= c.target;
}

/** Met when the time target and every ratio target are met; null when the row has no target. */
export function met(row: Row): boolean | null {
  const checks = [
    row.targetMs === null ? null : row.measurement.medianMs <= row.targetMs,
    ...row.comparisons.map(comparisonMet),
  ];
  const known = checks.filter((c): c is boolean => c !== null);
  return known.length === 0 ? null : known.every(Boolean);
}

const ms = (x: number): string =>
  x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3);

function ratioText(c: Comparison): string {
  const r = c.ratio >= 100 ? c.ratio.toFixed(0) : c.ratio.toFixed(c.ratio >= 10 ? 1 : 2);
  const target = c.target === null ? '' : ` (target ${c.direction === 'slower' ? '<=' : '>='} ${c.target}x)`;
  if (c.direction === 'slower') return `${r}x the ${c.baseline}${target}`;
  // Below 1x "faster" reads better inverted.
  if (c.ratio < 1) return `${(1 / c.ratio).toFixed(1)}x slower than ${c.baseline}${target}`;
  return `${r}x faster than ${c.baseline}${target}`;
}

export function formatTable(rows: readonly Row[]): string {
  const header = ['benchmark', 'median ms', 'min', 'max', 'target', 'met', 'vs baseline (same run)'];
  const body = rows.map((row) => {
    const m = met(row);
    return [
      (row.kind === 'benchmark' ? '' : `  ${row.kind}: `) + row.name,
      ms(row.measurement.medianMs),
      ms(row.measurement.minMs),
      ms(row.measurement.maxMs),
      row.targetMs === null ? '-' : `<= ${row.targetMs}`,
      m === null ? '-' : m ? 'yes' : 'NO',
      row.comparisons.map(ratioText).join('; '),
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((r) => r[i].length)));
  const numeric = new Set([1, 2, 3]);
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (numeric.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...body.map(line)].join('\n');
}

export function writeJson(path: string, rows: readonly Row[], notes: readonly string[], gcBetweenRuns: boolean): void {
  const cpus = os.cpus();
  const json = {
    date: new Date().toISOString(),
    node: process.version,
    v8: process.versions.v8,
    platform: `${process.platform} ${process.arch}`,
    cpuCount: cpus.length,
    cpuModel: cpus[0]?.model ?? null,
    gcBetweenRuns,
    results: rows.map((row) => ({
      id: row.id,
      name: row.name,
      kind: row.kind,
      runs: row.measurement.runs,
      medianMs: row.measurement.medianMs,
      minMs: row.measurement.minMs,
      maxMs: row.measurement.maxMs,
      targetMs: row.targetMs,
      met: met(row),
      comparisons: row.comparisons.map((c) => ({ ...c, met: comparisonMet(c) })),
      ...(row.note === undefined ? {} : { note: row.note }),
    })),
    notes,
  };
  writeFileSync(path, JSON.stringify(json, null, 2) + '\n');
}
