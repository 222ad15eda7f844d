// `creditstack compare`: deltas are each scenario's KPI minus the first one's (the baseline).
// Hand figures (model-comparison template, 24 months, 10M input + 2M output tokens a day, 30-day
// months, global-endpoint prices): Opus 5 30 x (10 x 5 + 2 x 25) = 3,000 a month, x 24 = 72,000;
// Sonnet 5 30 x (10 x 3 + 2 x 15) = 1,800, x 24 = 43,200; Haiku 4.5 30 x (10 x 1 + 2 x 5) = 600,
// x 24 = 14,400. The $25,000 pool: Opus 8 x 3,000 = 24,000 then 1,000 of month 8 (cliff 8,
// depletion 8 + 1000/3000); Sonnet 13 x 1,800 = 23,400 then 1,600 of month 13 (cliff 13); Haiku none.
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
    // 43,200 - 72,000 and 14,400 - 72,000
    expect(sonnet!.delta.totalCost).toBeCloseTo(-28_800, 6);
    expect(haiku!.delta.totalCost).toBeCloseTo(-57_600, 6);
    // Cliff: 13 - 8 = 5; Haiku has none, so its delta is null.
    expect(sonnet!.delta.creditCliffMonth).toBe(5);
    expect(haiku!.delta.creditCliffMonth).toBeNull();
    expect(sonnet!.pools[0]!.depletionMonth).toBeCloseTo(13 + 1600 / 1800, 9);
    expect(opus!.pools[0]!.depletionMonth).toBeCloseTo(8 + 1000 / 3000, 9);
    expect(haiku!.pools[0]!.depletionMonth).toBeNull();
    expect(sha256(FILE)).toBe(before);
  });

  it('FILE#SCENARIO picks scenarios, in the order given', () => {
    const { out } = compareJson(`${FILE}#sonnet`, `${FILE}#haiku`);
    expect(out.baseline).toBe(`${FILE}#sonnet`);
    expect(out.scenarios.map((s) => s.name)).toEqual(['Claude Sonnet 5', 'Claude Haiku 4.5']);
    // 14,400 - 43,200
    expect(out.scenarios[1]!.delta.totalCost).toBeCloseTo(-28_800, 6);
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
    expect(run.stdout).toMatch(new RegExp(`\\[1\\]  ${FILE}#opus\\s+Claude Opus 5 \\(baseline\\)`));
    expect(run.stdout).toMatch(new RegExp(`\\[3\\]  ${FILE}#haiku\\s+Claude Haiku 4.5`));
    // Sonnet: 43,200 - 72,000 = -28,800 (-40.0%); Haiku: 14,400 - 72,000 = -57,600 (-80.0%).
    expect(row(run.stdout, 'Total cost')).toBe(
      'Total cost | $72,000.00 | $43,200.00 | -$28,800.00 (-40.0%) | $14,400.00 | -$57,600.00 (-80.0%)',
    );
    // Haiku applies 14,400 of the 25,000: -10,600 (-10,600 / 25,000 = -42.4%).
    expect(row(run.stdout, 'Credits applied')).toBe(
      'Credits applied | $25,000.00 | $25,000.00 | $0.00 (0.0%) | $14,400.00 | -$10,600.00 (-42.4%)',
    );
    // Cash: Opus 72,000 - 25,000 = 47,000; 18,200 - 47,000 = -28,800 (-28,800 / 47,000 = -61.3%); 0 - 47,000 (-100.0%).
    expect(row(run.stdout, 'Cash cost')).toBe(
      'Cash cost | $47,000.00 | $18,200.00 | -$28,800.00 (-61.3%) | $0.00 | -$47,000.00 (-100.0%)',
    );
    // 25,000 / 72,000 = 34.72% -> 34.7%, 25,000 / 43,200 = 57.87% -> 57.9% (57.87 - 34.72 = +23.1 pts),
    // 100% (100 - 34.72 = +65.3 pts).
    expect(row(run.stdout, 'Credit coverage')).toBe('Credit coverage | 34.7% | 57.9% | +23.1 pts | 100.0% | +65.3 pts');
    // Months as the CLI writes them, from 2027-01: month 8 = 2027-09, month 13 = 2028-02.
    expect(row(run.stdout, 'Credit cliff')).toBe(
      'Credit cliff | 2027-09 (month 8) | 2028-02 (month 13) | +5 | none | -',
    );
    expect(row(run.stdout, 'Credits forfeited')).toBe(
      'Credits forfeited | $0.00 | $0.00 | $0.00 | $10,600.00 | +$10,600.00',
    );
    // 8 + 1000/3000 = 8.33, 13 + 1600/1800 = 13.89 (+50/9 = +5.56): the last dollars go in months 8
    // (2027-09) and 13 (2028-02).
    expect(row(run.stdout, 'Bedrock POC depletion')).toBe(
      'Bedrock POC depletion | 2027-09 (month 8) | 2028-02 (month 13) | +5.56 | none | -',
    );
    expect(row(run.stdout, 'Bedrock POC forfeited')).toBe(
      'Bedrock POC forfeited | $0.00 | $0.00 | $0.00 | $10,600.00 | +$10,600.00',
    );
  });
});
