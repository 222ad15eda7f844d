// `creditstack validate` runs only the checks; exit 0 without errors (warnings allowed), 1 with
// errors, 2 when the file cannot be read. `compute` on a model with errors still prints results.
import { describe, expect, it } from 'vitest';
import { runCli, sha256, stderrLines, template } from './cli-harness';
import { EXPR_ERROR_WORKBOOK, INELIGIBLE_WORKBOOK, writeTemp } from './fixtures';

interface ValidateJson {
  file: string;
  valid: boolean;
  errors: number;
  warnings: number;
  scenarios: {
    id: string;
    issues: { severity: string; code: string; lineId?: string; poolId?: string; field?: string }[];
  }[];
}

describe('validate', () => {
  it.each(['series-a', 'seed-ml', 'model-comparison'])('the %s template is valid', (name) => {
    const run = runCli(['validate', template(name), '--json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as ValidateJson;
    expect(out.valid).toBe(true);
    expect(out.errors).toBe(0);
    const readable = runCli(['validate', template(name)]);
    expect(readable.code).toBe(0);
    expect(readable.stdout.split('\n')[0]).toMatch(
      new RegExp(
        `^${template(name).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: valid \\(\\d+ scenarios?, 0 errors, \\d+ warnings?\\)$`,
      ),
    );
  });

  it('a training run claimed under a Bedrock POC pool is POOL_INELIGIBLE: exit 1', () => {
    const file = writeTemp('ineligible.creditstack', INELIGIBLE_WORKBOOK);
    const before = sha256(file);
    const run = runCli(['validate', file, '--json']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout) as ValidateJson;
    expect(out.valid).toBe(false);
    expect(out.errors).toBeGreaterThanOrEqual(1);
    const issue = out.scenarios[0]!.issues.find((i) => i.code === 'POOL_INELIGIBLE');
    expect(issue).toMatchObject({ severity: 'error', lineId: 'train', poolId: 'poc' });
    const readable = runCli(['validate', file]);
    expect(readable.code).toBe(1);
    expect(readable.stdout).toMatch(/error\s+POOL_INELIGIBLE\s+line train/);
    expect(sha256(file)).toBe(before);
  });

  it('compute on a model with errors exits 1 and still prints its results', () => {
    const file = writeTemp('ineligible.creditstack', INELIGIBLE_WORKBOOK);
    const run = runCli(['compute', file, '--json']);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as { scenarios: { kpis: { totalCost: number } }[] };
    // 10 hours x 1 instance x 1 run x $7.09 (ml.g5.12xlarge training) x 12 months = $850.80
    expect(out.scenarios[0]!.kpis.totalCost).toBeCloseTo(850.8, 6);
    expect(stderrLines(run)).toEqual([]);
  });

  it('an unknown name in an expression is an EXPR_ERROR on that field: exit 1', () => {
    const file = writeTemp('expr.creditstack', EXPR_ERROR_WORKBOOK);
    const run = runCli(['validate', file, '--json']);
    expect(run.code).toBe(1);
    const out = JSON.parse(run.stdout) as ValidateJson;
    expect(out.scenarios[0]!.issues).toContainEqual(
      expect.objectContaining({ code: 'EXPR_ERROR', lineId: 'chat', field: 'inputTokensPerDay' }),
    );
  });
});
