import { describe, expect, it } from 'vitest';
import { parseWorkbookText, serializeWorkbook } from '../../../../shared/io';
import { applyAwsImport, parseAwsExport, type AwsExport } from '../../../../shared/io/aws';
import type { Workbook } from '../../../../shared/model';
import { samplePlan, sampleText } from './samples';

function read(name: string): AwsExport {
  const r = parseAwsExport(sampleText(name), null);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

function apply(workbook: Workbook, data: AwsExport, scenario: string | null = null): Workbook {
  const r = applyAwsImport(workbook, data, scenario);
  if (!r.ok) throw new Error(r.message);
  return r.workbook;
}

describe('credits into pools', () => {
  it('links the typed pools of the same program and amount, adds the others as custom pools', () => {
    const plan = samplePlan();
    const result = applyAwsImport(plan, read('get-credits.sample.json'));
    if (!result.ok) throw new Error(result.message);
    const pools = result.workbook.scenarios[0].pools;
    expect(pools.map((p) => [p.id, p.creditId])).toEqual([
      ['portfolio', '100000000001'],
      ['poc', '100000000002'],
      ['aws-100000000003', '100000000003'],
    ]);
    // The bootcamp credit starts 2026-10 (month 1 of a plan starting 2026-09) and ends
    // 2027-04-01T00:00Z, so it is usable through 2027-03 = month 6: 6 months from month 1.
    expect(pools[2]).toMatchObject({
      program: 'custom',
      services: ['sagemaker'],
      amount: 1000,
      startMonth: 1,
      validityMonths: 6,
      paused: true,
    });
    // The POC credit ends 2027-09-01T00:00Z: usable through 2027-08 = month 11, so 12 months.
    expect(pools[1]).toMatchObject({
      program: 'bedrock-poc',
      amount: 25000,
      startMonth: 0,
      validityMonths: 12,
      paused: false,
      name: 'Bedrock POC',
    });
    expect(result.summary.join('\n')).toMatch(/linked to credit 100000000001/);
    // The input workbook is untouched.
    expect(plan.scenarios[0].pools.some((p) => p.creditId !== undefined)).toBe(false);
  });

  it('a re-import updates the same pools and never adds one', () => {
    const once = apply(samplePlan(), read('get-credits.sample.json'));
    const changed = JSON.parse(sampleText('get-credits.sample.json'));
    changed.credits[2].creditStatus = 'ENABLED';
    changed.credits[2].initialAmount.currencyAmount = '1500.00';
    const reread = parseAwsExport(JSON.stringify(changed), 'credits');
    if (!reread.ok) throw new Error(reread.message);
    const twice = apply(once, reread.value);
    expect(twice.scenarios[0].pools).toHaveLength(3);
    expect(twice.scenarios[0].pools[2]).toMatchObject({ id: 'aws-100000000003', amount: 1500, paused: false });
    expect(twice.actuals?.credits).toHaveLength(3);
    expect(twice.actuals?.credits[2].initialAmount).toBe(1500);
  });

  it('a general credit of an unnamed program pays every service a credit can pay', () => {
    const general = JSON.parse(sampleText('get-credits.sample.json'));
    general.credits = [{ ...general.credits[0], creditId: '9', description: 'Goodwill credit' }];
    const parsed = parseAwsExport(JSON.stringify(general), 'credits');
    if (!parsed.ok) throw new Error(parsed.message);
    const pool = apply(samplePlan(), parsed.value).scenarios[0].pools[2];
    expect(pool.program).toBe('custom');
    expect(pool.services).toContain('bedrock');
    expect(pool.services).toContain('other');
    expect(pool.services).not.toContain('support');
  });

  it('a credit that expired before the scenario starts is kept in the actuals but is no pool', () => {
    const old = JSON.parse(sampleText('get-credits.sample.json'));
    old.credits = [
      {
        ...old.credits[0],
        creditId: '8',
        description: 'Old',
        startDate: '2025-01-01T00:00:00Z',
        endDate: '2026-09-01T00:00:00Z',
      },
    ];
    const parsed = parseAwsExport(JSON.stringify(old), 'credits');
    if (!parsed.ok) throw new Error(parsed.message);
    const result = applyAwsImport(samplePlan(), parsed.value);
    if (!result.ok) throw new Error(result.message);
    expect(result.workbook.scenarios[0].pools).toHaveLength(2);
    expect(result.workbook.actuals?.credits.map((c) => c.creditId)).toEqual(['8']);
    expect(result.summary).toContain(
      'credit 8 is no pool of "plan": it expired before 2026-09, when scenario "plan" starts',
    );
  });
});

describe('allocations and costs', () => {
  it('a second import of the same months replaces them; failed months stay unknown', () => {
    const once = apply(samplePlan(), read('get-credit-allocation-history.sample.json'));
    const again = apply(once, read('get-credit-allocation-history.sample.json'));
    expect(again.actuals?.allocations).toHaveLength(13);
    expect(again.actuals?.allocationMonths).toEqual({ first: '2026-09', last: '2026-11' });
    const partial = parseAwsExport(
      JSON.stringify({ creditAllocationHistoryList: [], partialResults: true, failedMonths: ['2026-12'] }),
      'allocations',
    );
    if (!partial.ok) throw new Error(partial.message);
    const result = applyAwsImport(again, partial.value);
    if (!result.ok) throw new Error(result.message);
    expect(result.workbook.actuals?.allocationGaps).toEqual(['2026-12']);
    expect(result.workbook.actuals?.allocationMonths).toEqual({ first: '2026-09', last: '2026-12' });
    expect(result.summary.join(' ')).toMatch(/AWS could not return 2026-12: those months stay unknown \(not zero\)/);
  });

  it('costs of a month imported again replace that month only', () => {
    const once = apply(samplePlan(), read('get-cost-and-usage.sample.json'));
    const october = parseAwsExport('"Service","Amazon Bedrock($)"\n"2026-10-01","99.00"\n', 'usage');
    if (!october.ok) throw new Error(october.message);
    const usage = apply(once, october.value).actuals?.usage ?? [];
    expect(usage.filter((u) => u.month === '2026-10')).toEqual([
      { month: '2026-10', service: 'Amazon Bedrock', cost: 99, estimated: false },
    ]);
    expect(usage.filter((u) => u.month === '2026-09')).toHaveLength(5);
  });

  it('the imported workbook saves and loads back the same', () => {
    let wb = samplePlan();
    for (const name of [
      'get-credits.sample.json',
      'get-credit-allocation-history.sample.json',
      'get-cost-and-usage.sample.json',
    ])
      wb = apply(wb, read(name));
    const text = serializeWorkbook(wb);
    const back = parseWorkbookText(text);
    if (!back.ok) throw new Error(back.error.message);
    expect(serializeWorkbook(back.workbook)).toBe(text);
  });

  it('refuses an unknown scenario and an import that would break the workbook, changing nothing', () => {
    expect(applyAwsImport(samplePlan(), read('get-credits.sample.json'), 'nope')).toEqual({
      ok: false,
      message: 'no scenario "nope" in this workbook (scenarios: plan)',
    });
    const many = JSON.parse(sampleText('get-credits.sample.json'));
    many.credits = Array.from({ length: 101 }, (_, i) => ({ ...many.credits[2], creditId: String(1000 + i) }));
    const parsed = parseAwsExport(JSON.stringify(many), 'credits');
    if (!parsed.ok) throw new Error(parsed.message);
    const result = applyAwsImport(samplePlan(), parsed.value);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(
      /^the import would make the workbook invalid: scenarios\[0\]\.pools: /,
    );
  });
});
