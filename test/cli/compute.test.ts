// `creditstack compute` on the sample workbooks. Golden figures are hand arithmetic on the
// model-comparison template: 10M input + 2M output tokens a day, 30-day months, one $25,000
// Bedrock POC pool from month 0 valid 24 months, 24-month horizon starting 2027-01.
import { beforeAll, describe, expect, it } from 'vitest';
import { runCli, sha256, stderrLines, template } from './cli-harness';
import { EXPR_ERROR_WORKBOOK, INELIGIBLE_WORKBOOK, writeTemp } from './fixtures';

interface PoolJson {
  id: string;
  amount: number;
  used: number;
  forfeited: number;
  remaining: number;
  expiryMonth: number;
  depletionMonth: number | null;
  monthsFunded: number | null;
}
interface ScenarioJson {
  id: string;
  name: string;
  kpis: Record<string, number | null>;
  pools: PoolJson[];
  lines: { id: string; total: number; monthly: number[] }[];
  months: {
    index: number;
    month: string;
    cost: number;
    credits: number;
    cash: number;
    pools: Record<string, { draw: number; balance: number }>;
  }[];
  issues: { severity: string; code: string }[];
}

const MODEL_COMPARISON = template('model-comparison');

describe('compute --json, model comparison', () => {
  let out: { file: string; scenarios: ScenarioJson[] };
  let code: number;
  let before: string;

  beforeAll(() => {
    before = sha256(MODEL_COMPARISON);
    const run = runCli(['compute', MODEL_COMPARISON, '--json']);
    code = run.code;
    expect(run.stderr).toBe('');
    out = JSON.parse(run.stdout);
  });

  const scenario = (id: string) => out.scenarios.find((s) => s.id === id)!;

  it('exits 0 and names the file and every scenario', () => {
    expect(code).toBe(0);
    expect(out.file).toBe(MODEL_COMPARISON);
    expect(out.scenarios.map((s) => s.id)).toEqual(['opus', 'sonnet', 'haiku']);
  });

  it('Sonnet 5: $1,800 a month, the pool runs out in month 13 + 1600/1800', () => {
    const s = scenario('sonnet');
    // 30 x (10 x $3 + 2 x $15) = $1,800 a month (Sonnet 5's regular price, global endpoint); 24 months = $43,200.
    expect(s.lines[0]!.monthly[0]).toBeCloseTo(1800, 9);
    expect(s.kpis.totalCost).toBeCloseTo(43_200, 6);
    // The pool pays 25,000; the rest, 43,200 - 25,000 = 18,200, is cash.
    expect(s.kpis.creditsApplied).toBeCloseTo(25_000, 6);
    expect(s.kpis.cashCost).toBeCloseTo(18_200, 6);
    // After 13 months 25,000 - 13 x 1,800 = 1,600 remains; month 13 asks 1,800.
    expect(s.pools[0]!.depletionMonth).toBeCloseTo(13 + 1600 / 1800, 9);
    expect(s.kpis.creditCliffMonth).toBe(13);
    expect(s.months[13]!.month).toBe('2028-02');
    expect(s.months[13]!.credits).toBeCloseTo(1600, 6);
    expect(s.months[13]!.cash).toBeCloseTo(200, 6);
    expect(s.months[12]!.pools.poc!.balance).toBeCloseTo(1600, 6);
    expect(s.pools[0]!.forfeited).toBe(0);
  });

  it('Opus 5: $3,000 a month, the pool lasts 8 + 1000/3000 months', () => {
    const s = scenario('opus');
    // 30 x (10 x $5 + 2 x $25) = $3,000 a month (global endpoint); 24 months = $72,000.
    expect(s.lines[0]!.monthly[0]).toBeCloseTo(3000, 9);
    expect(s.kpis.totalCost).toBeCloseTo(72_000, 6);
    expect(s.kpis.cashCost).toBeCloseTo(72_000 - 25_000, 6);
    // 25,000 - 8 x 3,000 = 1,000 left at the start of month 8 (2027-09), which asks 3,000.
    expect(s.pools[0]!.depletionMonth).toBeCloseTo(8 + 1000 / 3000, 9);
    expect(s.kpis.creditCliffMonth).toBe(8);
    expect(s.months[8]!.month).toBe('2027-09');
    expect(s.months[8]!.credits).toBeCloseTo(1000, 6);
    expect(s.months[8]!.cash).toBeCloseTo(2000, 6);
    expect(s.kpis.creditCoverage).toBeCloseTo(25_000 / 72_000, 9);
  });

  it('Claude Haiku 4.5: $600 a month never exhausts the pool, which expires with 10,600 unused', () => {
    const s = scenario('haiku');
    // 30 x (10 x $1 + 2 x $5) = $600 a month (global endpoint); 24 months = $14,400.
    expect(s.kpis.totalCost).toBeCloseTo(14_400, 6);
    expect(s.kpis.cashCost).toBeCloseTo(0, 6);
    expect(s.kpis.creditCliffMonth).toBeNull();
    expect(s.pools[0]!.depletionMonth).toBeNull();
    // Valid months 0-23: the balance lost at the end of month 23 is 25,000 - 14,400.
    expect(s.pools[0]!.expiryMonth).toBe(24);
    expect(s.kpis.creditsForfeited).toBeCloseTo(10_600, 6);
    expect(s.issues.map((i) => i.code)).toContain('CREDITS_FORFEITED');
  });

  it('leaves the input file byte-identical', () => {
    expect(sha256(MODEL_COMPARISON)).toBe(before);
  });
});

describe('compute options and readable output', () => {
  it('--scenario computes just that scenario', () => {
    const run = runCli(['compute', MODEL_COMPARISON, '--scenario', 'sonnet', '--json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { scenarios: ScenarioJson[] };
    expect(out.scenarios.map((s) => s.id)).toEqual(['sonnet']);
  });

  it('prints money with en-US grouping and months as calendar months with their offset', () => {
    const run = runCli(['compute', MODEL_COMPARISON, '--scenario', 'sonnet']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const text = run.stdout;
    expect(text).toContain('Opus, Sonnet or Haiku');
    expect(text).toMatch(/Total AWS cost\s+\$43,200\.00/);
    expect(text).toMatch(/Paid in cash\s+\$18,200\.00/);
    // 25,000 / 43,200 = 57.87%
    expect(text).toMatch(/Credit coverage\s+57\.9%/);
    // Month 13 of a plan starting 2027-01 is February 2028.
    expect(text).toMatch(/Credit cliff\s+first cash month 2028-02 \(month 13\)/);
    // Depletion 13.888...: the last dollar goes in month 13 = 2028-02; the pool expires at month
    // 24, so it is usable through month 23 = 2028-12 (rev 2 calendar labels).
    // The pool by its name ("Bedrock POC"), then its program.
    expect(text).toMatch(
      /Bedrock POC\s+Bedrock POC funding\s+\$25,000\.00\s+\$25,000\.00\s+\$0\.00\s+\$0\.00\s+2028-02 \(month 13\)\s+2028-12 \(month 23\)/,
    );
    // No terminal colour codes when stdout is a pipe.
    expect(text).not.toContain('\u001b[');
  });

  it('aligns the pool table: every row starts its Amount column at the same place', () => {
    const run = runCli(['compute', template('series-a'), '--scenario', 'stack']);
    const lines = run.stdout.split('\n');
    const header = lines.findIndex((l) => /^\s+Pool\s+Program\s+Amount/.test(l));
    expect(header).toBeGreaterThan(0);
    const rows = lines.slice(header + 2, header + 5);
    const amountEnd = lines[header]!.indexOf('Amount') + 'Amount'.length;
    for (const row of rows) expect(row.slice(0, amountEnd)).toMatch(/\$[\d,]+\.\d\d$/);
  });

  it.each(['series-a', 'seed-ml', 'model-comparison'])('computes the %s template without errors (exit 0)', (name) => {
    const path = template(name);
    const before = sha256(path);
    const run = runCli(['compute', path, '--json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as { scenarios: ScenarioJson[] };
    expect(out.scenarios.length).toBeGreaterThan(0);
    for (const s of out.scenarios) {
      expect(s.issues.filter((i) => i.severity === 'error')).toEqual([]);
      // Money is conserved in every month: cost = credits + cash.
      for (const m of s.months) expect(m.credits + m.cash).toBeCloseTo(m.cost, 6);
    }
    const readable = runCli(['compute', path]);
    expect(readable.code).toBe(0);
    expect(readable.stdout).toContain('Credit pools');
    expect(sha256(path)).toBe(before);
    expect(stderrLines(readable)).toEqual([]);
  });

  it('says the figures are incomplete only when a quantity or a price could not be computed', () => {
    // POOL_INELIGIBLE is an error (exit 1) but every figure is computed: no "Incomplete" line.
    const ruleError = runCli(['compute', writeTemp('rule.creditstack', INELIGIBLE_WORKBOOK)]);
    expect(ruleError.code).toBe(1);
    expect(ruleError.stdout).toContain('POOL_INELIGIBLE');
    expect(ruleError.stdout).not.toContain('uncomputed');
    // EXPR_ERROR: the line costs nothing until it is fixed, and the summary says so up front.
    const exprError = runCli(['compute', writeTemp('expr.creditstack', EXPR_ERROR_WORKBOOK)]);
    expect(exprError.code).toBe(1);
    expect(exprError.stdout).toContain(
      '  Incomplete: 1 error leaves part of the model uncomputed; these figures are incomplete until it is fixed (see Issues below).',
    );
  });
});
