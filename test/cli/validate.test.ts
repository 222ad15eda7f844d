// `creditstack validate` runs only the checks; exit 0 without errors (warnings allowed), 1 with
// errors, 2 when the file cannot be read. `compute` on a model with errors still prints results.
import { describe, expect, it } from 'vitest';
import { runCli, sha256, stderrLines, template } from './cli-harness';
import { EXPR_ERROR_WORKBOOK, INELIGIBLE_WORKBOOK, minimalWorkbook, writeTemp } from './fixtures';

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

  it('says what is wrong with a typed quantity in plain words, naming the line and the field', () => {
    // seats is 10 in months 0-1 and 0 from month 2 (2027-03): budget / seats divides by zero there.
    const file = writeTemp(
      'typos.creditstack',
      minimalWorkbook(
        [
          { id: 'ft', name: 'Fine-tune', kind: 'training', instanceType: 'g5.12xlarge', hoursPerRun: 'two hundred' },
          { id: 'gpu', name: 'GPU hours', kind: 'training', instanceType: 'g5.12xlarge', hoursPerRun: '10 hours' },
          { id: 'ops', name: 'Ops', kind: 'service', service: 'other', monthlyCost: 'budget / seats' },
        ],
        {
          assumptions: [
            { name: 'budget', expr: 1000 },
            { name: 'seats', expr: 'm < 2 ? 10 : 0' },
          ],
        },
      ),
    );
    const run = runCli(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('Fine-tune: Hours/run: "two hundred" is not a number; type 200');
    expect(run.stdout).toContain(
      'GPU hours: Hours/run: "10 hours" has a unit; the column already says what it counts, so type 10',
    );
    expect(run.stdout).toContain('Ops: Monthly cost: divides by seats, which is 0 in Mar 2027 (month 2)');
    expect(run.stdout).not.toMatch(/implicit multiplication|Unexpected|not a finite number/);
  });

  it('price notes on many lines are one row in the text, one issue per line in the JSON', () => {
    // Four SageMaker training lines on p4d.24xlarge, whose SageMaker price is derived from EC2's
    // (x 1.15): four PRICE_DATED warnings about one price row. The pool is general (Founders).
    const lines = ['A', 'B', 'C', 'D'].map((x) => ({
      id: `ft-${x.toLowerCase()}`,
      name: `Fine-tune ${x}`,
      kind: 'training',
      instanceType: 'p4d.24xlarge',
      hoursPerRun: 10,
    }));
    const file = writeTemp(
      'derived.creditstack',
      minimalWorkbook(lines, { pools: [{ id: 'f', name: 'Founders', program: 'founders', amount: 1000 }] }),
    );
    const json = JSON.parse(runCli(['validate', file, '--json']).stdout) as ValidateJson;
    const dated = json.scenarios[0]!.issues.filter((i) => i.code === 'PRICE_DATED');
    expect(dated.map((i) => i.lineId)).toEqual(['ft-a', 'ft-b', 'ft-c', 'ft-d']);
    const text = runCli(['validate', file]).stdout;
    // The table's rows (the code's help under the table names it once more).
    const rows = text.split('\n').filter((l) => l.includes('warning') && l.includes('PRICE_DATED'));
    expect(rows).toHaveLength(1);
    expect(text).toContain('  PRICE_DATED: A month is priced with a promotional, legacy, derived or unsourced price.');
    // Where: the lines and the field by the label the lines grid heads its column with.
    expect(rows[0]).toMatch(/4 lines \(Instance type\)\s+4 lines use a derived price for .*p4d\.24xlarge/);
    expect(rows[0]).toMatch(/: Fine-tune A, Fine-tune B, Fine-tune C and Fine-tune D$/);
    // The count in the first line still counts issues one per line, as the JSON does.
    expect(text.split('\n')[0]).toMatch(/, 4 warnings\)$/);
  });
});
