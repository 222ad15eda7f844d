// simulate, goal-seek and sensitivity through the built CLI, as a script would call them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, stderrLines, template, tempDir } from './cli-harness';

type Json = Record<string, unknown>;

/** The Series-A template with ranges on growth and summarization input tokens. */
function rangedFile(change: (assumption: Json) => void = () => {}): string {
  const workbook = JSON.parse(readFileSync(template('series-a'), 'utf8'));
  for (const scenario of workbook.scenarios) {
    for (const a of scenario.assumptions) {
      if (a.name === 'growth') a.range = { distribution: 'uniform', low: 0, high: 0.1 };
      if (a.name === 'tokens_in_per_day') a.range = { distribution: 'triangular', low: 4e6, mode: 6e6, high: 9e6 };
      change(a);
    }
  }
  const path = join(tempDir(), 'ranged.creditstack');
  writeFileSync(path, JSON.stringify(workbook, null, 2));
  return path;
}

describe('creditstack simulate', () => {
  const file = rangedFile();

  it('prints the contract JSON, identical for any number of workers and for the same seed', () => {
    const one = runCli(['simulate', file, '--runs', '400', '--seed', '9', '--workers', '1', '--json']);
    const three = runCli(['simulate', file, '--runs', '400', '--seed', '9', '--workers', '3', '--json']);
    expect(one.code).toBe(0);
    expect(three.stdout).toBe(one.stdout);
    const json = JSON.parse(one.stdout);
    expect(Object.keys(json)).toEqual(['file', 'runs', 'seed', 'scenarios']);
    expect(json.runs).toBe(400);
    const stack = json.scenarios[0];
    expect(Object.keys(stack)).toEqual(['id', 'kpis', 'pools']);
    expect(Object.keys(stack.kpis)).toEqual(['totalCost', 'cashCost', 'creditsForfeited', 'creditCliffMonth']);
    expect(Object.keys(stack.kpis.totalCost)).toEqual(['p10', 'p50', 'p90', 'mean']);
    expect(Object.keys(stack.kpis.creditCliffMonth)).toEqual(['p10', 'p50', 'p90', 'probabilityNone']);
    expect(Object.keys(stack.pools[0])).toEqual(['id', 'depletionMonth', 'forfeitProbability']);
    expect(stack.kpis.totalCost.p10).toBeLessThan(stack.kpis.totalCost.p90);
    // The accelerator scenario never reaches its cliff in these ranges: every percentile null.
    expect(json.scenarios[1].kpis.creditCliffMonth).toEqual({ p10: null, p50: null, p90: null, probabilityNone: 1 });
    const other = runCli(['simulate', file, '--runs', '400', '--seed', '10', '--json']);
    expect(other.stdout).not.toBe(one.stdout);
  });

  it('reads as a table', () => {
    const run = runCli(['simulate', file, '--runs', '200', '--scenario', 'stack']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('200 runs, seed 1');
    expect(run.stdout).toMatch(/Credit cliff\s+\d{4}-\d\d \(month \d+\)/);
    expect(run.stdout).toContain('growth: uniform 0 to 0.1');
  });

  it('refuses bad input with exit 2 and one line', () => {
    for (const [args, message] of [
      [['--runs', 'lots'], /--runs must be a whole number/],
      [['--runs', '0'], /--runs must be between 1 and 100000/],
      [['--seed=-1'], /--seed must be a whole number/],
      [['--scenario', 'nope'], /no scenario "nope"/],
    ] as const) {
      const run = runCli(['simulate', file, ...args]);
      expect(run.code).toBe(2);
      expect(stderrLines(run)).toHaveLength(1);
      expect(run.stderr).toMatch(message);
    }
    const plain = runCli(['simulate', template('series-a')]);
    expect(plain.code).toBe(2);
    expect(plain.stderr).toMatch(/no assumption has a range/);
  });

  it('a range the schema refuses names its JSON path', () => {
    const bad = rangedFile((a) => {
      if (a.name === 'growth') a.range = { distribution: 'uniform', low: 0.1, high: 0 };
    });
    const run = runCli(['simulate', bad]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(
      /scenarios\[0\]\.assumptions\[5\]\.range\.high|scenarios\.0\.assumptions\.5\.range\.high/,
    );
  });
});

describe('creditstack goal-seek', () => {
  const file = rangedFile();

  it('finds where the POC stops forfeiting, within the range by default', () => {
    const run = runCli([
      'goal-seek',
      file,
      '--scenario',
      'stack',
      '--vary',
      'growth',
      '--target',
      'forfeited<=0',
      '--json',
    ]);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.assumption).toBe('growth');
    // Template point runs: growth 0.02 forfeits $817 of the POC, 0.03 nothing: the flip lies between and holds above.
    expect(json.value).toBeGreaterThan(0.02);
    expect(json.value).toBeLessThanOrEqual(0.03);
    expect(json.holdsBelow).toBe(false);
    expect(json.kpiAtValue.creditsForfeited).toBe(0);
    expect([json.min, json.max]).toEqual([0, 0.1]);
  });

  it('says when the target holds everywhere or nowhere', () => {
    const everywhere = JSON.parse(
      runCli(['goal-seek', file, '--scenario', 'stack', '--vary', 'growth', '--target', 'cliff>=10', '--json']).stdout,
    );
    expect(everywhere).toMatchObject({ assumption: 'growth', value: null, holds: 'everywhere' });
    const nowhere = runCli([
      'goal-seek',
      file,
      '--scenario',
      'stack',
      '--vary',
      'growth',
      '--target',
      'cliff>=20',
      '--min',
      '0',
      '--max',
      '0.05',
    ]);
    expect(nowhere.code).toBe(0);
    expect(nowhere.stdout).toContain('cliff>=20 holds nowhere for growth in [0, 0.05]');
  });

  it('refuses what it cannot answer', () => {
    for (const [args, message] of [
      [['--vary', 'nope', '--target', 'cliff>=3'], /has no assumption "nope"/],
      [['--vary', 'growth', '--target', 'cliff>3'], /is not one of/],
      [['--vary', 'growth', '--target', 'pool:zzz>=3'], /pool "zzz"/],
      [['--vary', 'growth', '--target', 'cliff>=3', '--min', '1', '--max', '0'], /maximum above its minimum/],
      [['--vary', 'growth'], /needs --target/],
    ] as const) {
      const run = runCli(['goal-seek', file, '--scenario', 'stack', ...args]);
      expect(run.code).toBe(2);
      expect(run.stderr).toMatch(message);
    }
  });
});

describe('creditstack sensitivity', () => {
  const file = rangedFile();

  it('lists each ranged assumption at its low and high, largest swing first', () => {
    const run = runCli(['sensitivity', file, '--scenario', 'stack', '--kpi', 'totalCost', '--json']);
    expect(run.code).toBe(0);
    const json = JSON.parse(run.stdout);
    expect(json.kpi).toBe('totalCost');
    expect(json.assumptions.map((r: Json) => r.assumption).sort()).toEqual(['growth', 'tokens_in_per_day']);
    const swings = json.assumptions.map((r: { swing: number }) => r.swing);
    expect(swings[0]).toBeGreaterThanOrEqual(swings[1]);
    for (const r of json.assumptions) expect(r.swing).toBeCloseTo(Math.abs(r.kpiAtHigh - r.kpiAtLow), 6);
    const growth = json.assumptions.find((r: Json) => r.assumption === 'growth');
    expect([growth.low, growth.high]).toEqual([0, 0.1]);
  });

  it('refuses an unknown KPI', () => {
    const run = runCli(['sensitivity', file, '--scenario', 'stack', '--kpi', 'fun']);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--kpi must be one of/);
  });
});
