// `creditstack compare`: deltas are each scenario's KPI minus the first one's (the baseline).
// Hand figures (model-comparison template, 24 months): total cost Opus 9,000 x 24 = 216,000,
// Sonnet 1,800 x 24 = 43,200, Haiku 150 x 24 = 3,600; credit cliff Opus 2, Sonnet 13, Haiku none.
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, sha256, stderrLines, template, tempDir } from './cli-harness';

interface Comparison {
  baseline: string;
  scenarios: {
    ref: string;
    name: string;
    kpis: Record<string, number | null>;
    delta: Record<string, number | null>;
    pools: { id: string; depletionMonth: number | null; forfeited: number }[];
  }[];
}

const FILE = template('model-comparison');

function compareJson(...refs: string[]): { code: number; out: Comparison } {
  const run = runCli(['compare', ...refs, '--json']);
  expect(run.stderr).toBe('');
  return { code: run.code, out: JSON.parse(run.stdout) as Comparison };
}

describe('compare --json', () => {
  it('a file alone compares all of its scenarios against the first', () => {
    const before = sha256(FILE);
    const { code, out } = compareJson(FILE);
    expect(code).toBe(0);
    expect(out.baseline).toBe(`${FILE}#opus`);
    expect(out.scenarios.map((s) => s.ref)).toEqual([`${FILE}#opus`, `${FILE}#sonnet`, `${FILE}#haiku`]);
    const [opus, sonnet, haiku] = out.scenarios;
    expect(opus!.delta.totalCost).toBe(0);
    // 43,200 - 216,000 and 3,600 - 216,000
    expect(sonnet!.delta.totalCost).toBeCloseTo(-172_800, 6);
    expect(haiku!.delta.totalCost).toBeCloseTo(-212_400, 6);
    // Cliff: 13 - 2 = 11; Haiku has none, so its delta is null.
    expect(sonnet!.delta.creditCliffMonth).toBe(11);
    expect(haiku!.delta.creditCliffMonth).toBeNull();
    expect(sonnet!.pools[0]!.depletionMonth).toBeCloseTo(13 + 1600 / 1800, 9);
    expect(opus!.pools[0]!.depletionMonth).toBeCloseTo(2 + 7000 / 9000, 9);
    expect(haiku!.pools[0]!.depletionMonth).toBeNull();
    expect(sha256(FILE)).toBe(before);
  });

  it('FILE#SCENARIO picks scenarios, in the order given', () => {
    const { out } = compareJson(`${FILE}#sonnet`, `${FILE}#haiku`);
    expect(out.baseline).toBe(`${FILE}#sonnet`);
    expect(out.scenarios.map((s) => s.name)).toEqual(['Claude Sonnet 4', 'Claude 3 Haiku']);
    // 3,600 - 43,200
    expect(out.scenarios[1]!.delta.totalCost).toBeCloseTo(-39_600, 6);
    // Cash: Sonnet 43,200 - 25,000 = 18,200; Haiku 0.
    expect(out.scenarios[1]!.delta.cashCost).toBeCloseTo(-18_200, 6);
  });

  it('several files can be compared; the same model in two files has zero deltas', () => {
    const dir = tempDir();
    const copy = join(dir, 'copy.creditstack');
    copyFileSync(FILE, copy);
    const { out } = compareJson(`${FILE}#sonnet`, `${copy}#sonnet`);
    expect(out.scenarios.map((s) => s.ref)).toEqual([`${FILE}#sonnet`, `${copy}#sonnet`]);
    expect(out.scenarios[1]!.delta.totalCost).toBe(0);
    expect(out.scenarios[1]!.delta.creditCliffMonth).toBe(0);
  });

  it('an unknown scenario is exit 2 with one line naming the file and the scenarios it has', () => {
    const run = runCli(['compare', `${FILE}#gpt`]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(stderrLines(run)).toEqual([`creditstack: ${FILE}: no scenario "gpt" (scenarios: opus, sonnet, haiku)`]);
  });
});

describe('compare, readable', () => {
  it('prints the baseline, a KPI row per scenario and the deltas', () => {
    const run = runCli(['compare', `${FILE}#opus`, `${FILE}#sonnet`]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Baseline: ${FILE}#opus`);
    expect(run.stdout).toContain('$216,000.00');
    expect(run.stdout).toContain('$43,200.00');
    // Sonnet against Opus: -$172,800.00 total cost, cliff 11 months later.
    expect(run.stdout).toMatch(/Change against the baseline[\s\S]*-\$172,800\.00[\s\S]*\+11/);
  });
});
