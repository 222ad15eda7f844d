import { describe, expect, it } from 'vitest';
import { type ScenarioResult, addPool } from '../../../shared/engine';
import {
  applyPoolCellEdit,
  parseServiceList,
  poolCellPatch,
} from '../../../renderer/src/features/pools/pool-cell-edit';
import { buildPoolColumns, buildPoolRows, poolServicesText } from '../../../renderer/src/features/pools/pool-columns';
import { indexIssues, issueRow } from '../../../renderer/src/components/grid-issues';
import { gridWorkbook } from './fixtures';

const wb = gridWorkbook();
const pool = (w: typeof wb, id: string) => w.scenarios[0].pools.find((p) => p.id === id)!;
const START = '2027-01';

describe('pool cell edits', () => {
  it('reads amounts as money, months as calendar months', () => {
    expect(poolCellPatch(pool(wb, 'pf'), 'amount', '150k', START)).toEqual({ amount: 150_000 });
    expect(poolCellPatch(pool(wb, 'pf'), 'startMonth', 'Jul 2027', START)).toEqual({ startMonth: 6 });
    expect(poolCellPatch(pool(wb, 'pf'), 'included', false, START)).toEqual({ included: false });
    expect(poolCellPatch(pool(wb, 'pf'), 'amount', '100,000', START)).toBeNull();
  });

  it('refuses a negative amount or a zero validity with a readable message, keeping the pool', () => {
    expect(() => applyPoolCellEdit(wb, 's', 'pf', 'amount', '-5')).toThrow(
      'Amount must be between 0 and 1,000,000,000,000',
    );
    expect(() => applyPoolCellEdit(wb, 's', 'pf', 'validityMonths', '0')).toThrow(
      'a pool is valid for 1 to 120 months',
    );
    expect(() => applyPoolCellEdit(wb, 's', 'pf', 'amount', 'a lot')).toThrow('"a lot" is not an amount');
    expect(pool(wb, 'pf').amount).toBe(100_000);
  });

  it("goes back to the program's validity when the validity is cleared", () => {
    const shorter = applyPoolCellEdit(wb, 's', 'pf', 'validityMonths', '6');
    expect(pool(shorter, 'pf').validityMonths).toBe(6);
    // Portfolio credits default to 24 months.
    expect(pool(applyPoolCellEdit(shorter, 's', 'pf', 'validityMonths', null), 'pf').validityMonths).toBe(24);
  });

  it("lists a custom pool's services by id or name, and refuses unknown ones", () => {
    expect(parseServiceList('Bedrock, s3; OpenSearch Serverless, bedrock')).toEqual([
      'bedrock',
      's3',
      'opensearch-serverless',
    ]);
    expect(() => parseServiceList('bedrock, snowflake')).toThrow('"snowflake" is not a service');
    const { workbook, poolId } = addPool(wb, 's', 'custom');
    const next = applyPoolCellEdit(workbook, 's', poolId, 'services', 'SageMaker, EC2');
    expect(pool(next, poolId).services).toEqual(['sagemaker', 'ec2']);
    expect(poolServicesText(pool(next, poolId))).toBe('SageMaker, EC2');
    // Only custom pools list services.
    expect(poolCellPatch(pool(wb, 'pf'), 'services', 'bedrock', START)).toBeNull();
    expect(poolServicesText(pool(wb, 'poc'))).toBe('Bedrock, OpenSearch Serverless, Lambda, S3');
    expect(poolServicesText(pool(wb, 'pf'))).toBe('General AWS usage');
  });
});

describe('pool rows and columns', () => {
  // Hand-made results: the POC pool used 25,000 and ran out at month 13.889 (13 + 1600/1800).
  const result = {
    pools: [
      {
        id: 'poc',
        used: 25_000,
        forfeited: 0,
        remaining: 0,
        depletionMonth: 13 + 1600 / 1800,
        monthsFunded: 13 + 1600 / 1800,
      },
    ],
    startMonth: '2027-01',
    lines: [],
    issues: [
      {
        severity: 'warning',
        code: 'AMOUNT_ATYPICAL',
        poolId: 'pf',
        field: 'amount',
        params: { reason: 'range', program: 'portfolio', amount: 300_000, typicalMin: 50_000, typicalMax: 200_000 },
      },
    ],
  } as unknown as ScenarioResult;
  const { rows, total } = buildPoolRows(wb.scenarios[0].pools, result, indexIssues(result, issueRow.pool));
  const cols = new Map(buildPoolColumns(START).map((c) => [c.colId!, c]));
  const call = <R>(fn: unknown, params: Record<string, unknown>): R => (fn as (p: unknown) => R)(params);

  it('sums the pools and matches results by id', () => {
    // 25,000 + 100,000 awarded; only the POC has a result yet.
    expect(total).toMatchObject({ amount: 125_000, used: 25_000, forfeited: 0, count: 2 });
    expect(rows[1].result).toBeNull();
  });

  it('shows the month the last dollar goes in, as a calendar month with its offset', () => {
    const depletion = cols.get('depletionMonth')!;
    const value = call<number>(depletion.valueGetter, { data: rows[0] });
    // Depletion 13.9 of a plan starting Jan 2027: the last dollar goes in month 13, Feb 2028.
    expect(value).toBe(13);
    expect(call(depletion.valueFormatter, { data: rows[0], value })).toBe('Feb 2028 (month 13)');
    expect(call(depletion.valueFormatter, { data: rows[1], value: null })).toBe('—');
  });

  it('marks the amount cell of a pool with a warning', () => {
    const amount = cols.get('amount')!;
    expect(call(amount.cellClassRules!['cell-warning'], { data: rows[1] })).toBe(true);
    // The result has no row for pf yet, so the message names it by its id.
    expect(call(amount.tooltipValueGetter, { data: rows[1] })).toBe(
      'pf: $300,000 is outside the usual Activate Portfolio range ($50,000-$200,000)',
    );
    expect(call(amount.valueFormatter, { data: total, value: 125_000 })).toBe('$125,000');
  });

  it('tells the usable months of a pool in its validity tooltip', () => {
    // POC: 12 months from Jan 2027, so usable through Dec 2027.
    expect(call(cols.get('validityMonths')!.tooltipValueGetter, { data: rows[0] })).toBe(
      'Usable Jan 2027 – Dec 2027; what is left is forfeited at the end of Dec 2027',
    );
  });
});
