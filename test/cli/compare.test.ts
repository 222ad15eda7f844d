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
    startMonth: string;
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
    // Month values are offsets from each scenario's own first month, which is given.
    expect(out.scenarios.map((s) => s.startMonth)).toEqual(['2027-01', '2027-01', '2027-01']);
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
  /** The table line of one KPI, its cells separated by single spaces. */
  function row(stdout: string, label: string): string {
    const line = stdout.split('\n').find((l) => l.startsWith(label + '  '));
    if (line === undefined) throw new Error(`no row "${label}" in:\n${stdout}`);
    return line.replace(/\s{2,}/g, ' | ');
  }

  it('prints the baseline, a legend, and per KPI each value and its change (the compareKpiRows figures)', () => {
    const run = runCli(['compare', FILE]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain(`Baseline: ${FILE}#opus`);
    expect(run.stdout).toMatch(new RegExp(`\\[1\\]  ${FILE}#opus\\s+Claude Opus 4.1 \\(baseline\\)`));
    expect(run.stdout).toMatch(new RegExp(`\\[3\\]  ${FILE}#haiku\\s+Claude 3 Haiku`));
    // Sonnet: 43,200 - 216,000 = -172,800 (-80.0%); Haiku: 3,600 - 216,000 = -212,400 (-98.3%).
    expect(row(run.stdout, 'Total cost')).toBe(
      'Total cost | $216,000.00 | $43,200.00 | -$172,800.00 (-80.0%) | $3,600.00 | -$212,400.00 (-98.3%)',
    );
    // Haiku applies 3,600 of the 25,000: -21,400 (-85.6%).
    expect(row(run.stdout, 'Credits applied')).toBe(
      'Credits applied | $25,000.00 | $25,000.00 | $0.00 (0.0%) | $3,600.00 | -$21,400.00 (-85.6%)',
    );
    // 18,200 - 191,000 = -172,800 (-90.5%); 0 - 191,000 (-100.0%).
    expect(row(run.stdout, 'Cash cost')).toBe(
      'Cash cost | $191,000.00 | $18,200.00 | -$172,800.00 (-90.5%) | $0.00 | -$191,000.00 (-100.0%)',
    );
    // 25,000 / 216,000 = 11.6%, 25,000 / 43,200 = 57.9% (+46.3 pts), 100% (+88.4 pts).
    expect(row(run.stdout, 'Credit coverage')).toBe('Credit coverage | 11.6% | 57.9% | +46.3 pts | 100.0% | +88.4 pts');
    expect(row(run.stdout, 'Credit cliff')).toBe('Credit cliff | month 2 | month 13 | +11 | none | -');
    expect(row(run.stdout, 'Credits forfeited')).toBe(
      'Credits forfeited | $0.00 | $0.00 | $0.00 | $21,400.00 | +$21,400.00',
    );
    // 2 + 7000/9000 = 2.78, 13 + 1600/1800 = 13.89 (+11.11).
    expect(row(run.stdout, 'Bedrock POC depletion')).toBe(
      'Bedrock POC depletion | month 2.78 | month 13.89 | +11.11 | none | -',
    );
    expect(row(run.stdout, 'Bedrock POC forfeited')).toBe(
      'Bedrock POC forfeited | $0.00 | $0.00 | $0.00 | $21,400.00 | +$21,400.00',
    );
  });
});
