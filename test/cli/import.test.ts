// `creditstack import`: what AWS gives a user goes into the workbook whole or not at all.
import { chmodSync, copyFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli, sha256, stderrLines, tempDir } from './cli-harness';

const SAMPLES = join(ROOT, 'assets/aws-samples');
const sample = (name: string) => join(SAMPLES, name);

function freshPlan(): string {
  const dir = tempDir();
  const path = join(dir, 'plan.creditstack');
  copyFileSync(sample('sample-plan.creditstack'), path);
  return path;
}

describe('creditstack import', () => {
  it('imports the three sample inputs, keeping the previous version as WB.bak', () => {
    const plan = freshPlan();
    const before = readFileSync(plan);
    const credits = runCli(['import', 'credits', sample('get-credits.sample.json'), '--into', plan]);
    expect(credits.code).toBe(0);
    expect(credits.stdout).toMatch(
      /^Imported credits .* the previous version is .*plan\.creditstack\.bak\n {2}3 credits read\n/,
    );
    expect(readFileSync(`${plan}.bak`).equals(before)).toBe(true);
    const afterCredits = readFileSync(plan);
    expect(
      runCli(['import', 'allocations', sample('get-credit-allocation-history.sample.json'), '--into', plan]).code,
    ).toBe(0);
    expect(readFileSync(`${plan}.bak`).equals(afterCredits)).toBe(true);
    expect(
      runCli(['import', 'usage', sample('cost-explorer.sample.csv'), '--into', plan, '--scenario', 'plan']).code,
    ).toBe(0);
    const saved = JSON.parse(readFileSync(plan, 'utf8'));
    expect(saved.actuals.credits).toHaveLength(3);
    expect(saved.actuals.allocations).toHaveLength(13);
    expect(saved.actuals.usage).toHaveLength(15);
    expect(saved.scenarios[0].pools.map((p: { creditId?: string }) => p.creditId)).toEqual([
      '100000000001',
      '100000000002',
      '100000000003',
    ]);
    // No temporary file is left beside the workbook.
    expect(readdirSync(join(plan, '..')).sort()).toEqual(['plan.creditstack', 'plan.creditstack.bak']);
    expect(runCli(['validate', plan]).code).toBe(0);
    // compute --json adds the actuals block (contracts, revision 2); the readable summary shows it.
    const json = JSON.parse(runCli(['compute', plan, '--json']).stdout);
    expect(json.scenarios[0].actuals.throughMonth).toBe('2026-11');
    expect(json.scenarios[0].actuals.months[1]).toMatchObject({
      month: '2026-10',
      actualCost: 3645,
      planCost: 3295,
      actualCredits: 4045,
      planCredits: 3195,
    });
    expect(json.scenarios[0].actuals.months[1].pools.portfolio).toMatchObject({ actualDraw: 1635, planDraw: 1095 });
    const text = runCli(['compute', plan]).stdout;
    expect(text).toMatch(
      /Plan against actual \(actuals through 2026-11; the figures above are the forecast from 2026-12\)/,
    );
    expect(text).toMatch(/2026-10 portfolio: AWS \$1,635\.00, rule \$1,135\.00/);
  });

  it('a file of the wrong kind: one line, exit 2, the workbook untouched and no backup made', () => {
    const plan = freshPlan();
    const hash = sha256(plan);
    const run = runCli(['import', 'credits', sample('get-cost-and-usage.sample.json'), '--into', plan]);
    expect(run.code).toBe(2);
    expect(stderrLines(run)).toEqual([
      `creditstack: ${sample('get-cost-and-usage.sample.json')}: this is the output of aws ce get-cost-and-usage (or the Cost Explorer CSV), not of aws billing get-credits: use "import usage"; nothing was imported`,
    ]);
    expect(sha256(plan)).toBe(hash);
    expect(existsSync(`${plan}.bak`)).toBe(false);
  });

  it('a malformed input names where it is broken and changes nothing', () => {
    const plan = freshPlan();
    const hash = sha256(plan);
    const broken = join(tempDir(), 'credits.json');
    const text = readFileSync(sample('get-credits.sample.json'), 'utf8').replace('"45949.00"', '"45,949.00"');
    writeFileSync(broken, text);
    const run = runCli(['import', 'credits', broken, '--into', plan]);
    expect(run.code).toBe(2);
    expect(stderrLines(run)).toEqual([
      `creditstack: ${broken}: credits[0].remainingAmount.currencyAmount: "45,949.00" is not an amount; nothing was imported`,
    ]);
    expect(sha256(plan)).toBe(hash);
  });

  it('refuses a read-only workbook, an invalid one, and wrong arguments', () => {
    const plan = freshPlan();
    chmodSync(plan, 0o444);
    const hash = sha256(plan);
    const readOnly = runCli(['import', 'usage', sample('cost-explorer.sample.csv'), '--into', plan]);
    // Refused even for root, whom the system would let write.
    expect(readOnly.code).toBe(2);
    expect(stderrLines(readOnly)).toEqual([`creditstack: ${plan}: is read-only; nothing was imported`]);
    expect(sha256(plan)).toBe(hash);
    const bad = join(tempDir(), 'bad.creditstack');
    writeFileSync(bad, '{"format": "creditstack.workbook", "version": 1, "scenarios": []}');
    const invalid = runCli(['import', 'usage', sample('cost-explorer.sample.csv'), '--into', bad]);
    expect(invalid.code).toBe(2);
    expect(stderrLines(invalid)[0]).toMatch(/bad\.creditstack: scenarios: .*; nothing was imported$/);
    expect(runCli(['import', 'bills', sample('cost-explorer.sample.csv'), '--into', bad]).stderr).toMatch(
      /import needs what to import: credits, allocations, usage \(not "bills"\)/,
    );
    expect(runCli(['import', 'usage', sample('cost-explorer.sample.csv')]).stderr).toMatch(/import needs --into WB/);
    expect(runCli(['import', 'usage']).code).toBe(2);
  });

  it('--help explains the three inputs and the AWS commands that make them', () => {
    const help = runCli(['import', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/aws billing get-credits --output json/);
    expect(help.stdout).toMatch(/aws ce get-cost-and-usage --granularity MONTHLY/);
  });
});
