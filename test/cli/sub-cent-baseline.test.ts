// Issue 14 item 11: a pool of 5e-324 (the smallest positive double) once crashed
// `compare --csv` with exit 2 (a percentage against it is Infinity, which the CSV writer refuses).
// A percentage against a baseline under a cent is not computed, a month index gets no
// percentage at all, and the run exits 0: nothing in the model is wrong.
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { runCli, stderrLines } from './cli-harness';
import { writeTemp } from './fixtures';

// One Storage line of $100 a month in both scenarios; only the Founders pool differs.
// tiny: $5e-324 for 6 months. Month 0 offers 100: the pool pays all of its 5e-324 and is used up
//   in month 0 (depletion 0 + 5e-324 / 100 = 0); cash 100 - 5e-324 = 100 every month, so the
//   credit cliff is month 0. creditsApplied = 5e-324.
//   (The engine reports no depletion month for so small a pool; the cliff says it all.)
// big: $300 for 6 months. It pays 100 in months 0, 1, 2 and is used up at 3.0 (300 / 100);
//   the cliff is month 3; creditsApplied 300; nothing forfeited.
const FILE = writeTemp(
  'tiny-pool.creditstack',
  JSON.stringify({
    format: 'creditstack.workbook',
    version: 1,
    title: 'Smallest pool',
    scenarios: ['tiny', 'big'].map((id) => ({
      id,
      name: id,
      startMonth: '2027-01',
      horizonMonths: 12,
      assumptions: [],
      pools: [
        {
          id: 'fd',
          name: 'Founders',
          program: 'founders',
          amount: id === 'tiny' ? 5e-324 : 300,
          startMonth: 0,
          validityMonths: 6,
        },
      ],
      lines: [{ id: 's3', name: 'Storage', kind: 'service', service: 's3', monthlyCost: 100 }],
    })),
  }),
);

function compareCsv(...refs: string[]): { code: number; rows: Map<string, Record<string, string>> } {
  const run = runCli(['compare', ...refs, '--csv'], { timeoutMs: 20_000 });
  expect(stderrLines(run)).toEqual([]);
  const parsed = Papa.parse<Record<string, string>>(run.stdout, { header: true, skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return { code: run.code, rows: new Map(parsed.data.map((r) => [r.key!, r])) };
}

describe('compare --csv against a 5e-324 pool', () => {
  it('runs (exit 0) and gives no percentage against a baseline under a cent', () => {
    const { code, rows } = compareCsv(`${FILE}#tiny`, `${FILE}#big`);
    expect(code).toBe(0);
    const big = (key: string, column: 'value' | 'delta' | 'pct') => rows.get(key)![`${FILE}#big ${column}`];
    // Credits applied: baseline 5e-324 (a cent rounds it to 0), big 300; delta 300 - 5e-324 = 300.
    expect(rows.get('creditsApplied')![`${FILE}#tiny value`]).toBe('0');
    expect(big('creditsApplied', 'value')).toBe('300');
    expect(big('creditsApplied', 'delta')).toBe('300');
    // 300 / 5e-324 would be Infinity: not computed, the cell is empty.
    expect(big('creditsApplied', 'pct')).toBe('');
    // Cash: 1,200 - 5e-324 against 1,200 - 300 = 900: a real baseline, a real percentage
    // (900 - 1,200) / 1,200 = -0.25.
    expect(Number(big('cashCost', 'pct'))).toBeCloseTo(-0.25, 12);
  });

  it('gives no percentage change of a month index', () => {
    // Baseline big (cliff month 3, used up at 3.0) against tiny (cliff 0, used up at 0).
    const { code, rows } = compareCsv(`${FILE}#big`, `${FILE}#tiny`);
    expect(code).toBe(0);
    const tiny = (key: string, column: 'value' | 'delta' | 'pct') => rows.get(key)![`${FILE}#tiny ${column}`];
    expect(tiny('creditCliffMonth', 'value')).toBe('0');
    expect(tiny('creditCliffMonth', 'delta')).toBe('-3');
    // (0 - 3) / 3 = -100% would read as "the cliff went away"; a month index has no percentage.
    expect(tiny('creditCliffMonth', 'pct')).toBe('');
    // Big's pool is used up at 3.0 (a month index too): its row has no percentage column filled.
    expect(rows.get('pool:fd:depletion')![`${FILE}#big value`]).toBe('3');
    expect(rows.get('pool:fd:depletion')![`${FILE}#big pct`]).toBe('');
    // No cell anywhere reads Infinity or NaN.
    for (const row of rows.values()) for (const v of Object.values(row)) expect(v).not.toMatch(/Infinity|NaN/);
  });
});
