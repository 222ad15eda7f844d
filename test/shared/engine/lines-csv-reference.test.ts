// The lines CSV is built the fast way (cents rounded row by row, the cells that take a month's
// missing cents picked without sorting, the cents written as text straight from one array). Its
// text must be byte for byte what the plain way gives: rows of cells written here as simply as the
// rule reads (domain.md, "Money"), one month at a time, sorting every cell by what rounding took
// from it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEngine, linesTable, type CsvRows, type ScenarioResult } from '../../../shared/engine';
import { roundToDigits } from '../../../shared/expr/round-half-away';
import { toCsv } from '../../../shared/io';
import { workbookSchema, type Scenario } from '../../../shared/model';
import { generateWorkbook } from '../../bench/generate-workbook';
import { moneyWorkbookArb } from './money-workbook-arbitrary';

/** Cents of x, half away from zero on the decimal value, the plain way. */
const plainCents = (x: number) => Math.round(roundToDigits(x, 2) * 100) + 0;

/** The largest-remainder method by sorting every cell (ties in cell order, round again if short). */
function footColumn(exact: number[], target: number): number[] {
  const out = exact.map(plainCents);
  let delta = target - out.reduce((a, b) => a + b, 0);
  if (delta === 0 || out.length === 0) return out;
  const step = delta > 0 ? 1 : -1;
  const lost = exact.map((x, i) => step * (x * 100 - out[i]));
  const order = exact.map((_, i) => i).sort((a, b) => lost[b] - lost[a]);
  for (let k = 0; delta !== 0; k = (k + 1) % out.length, delta -= step) out[order[k]] += step;
  return out;
}

function plainLinesTable(result: ScenarioResult, scenario: Scenario): CsvRows {
  const months = Array.from({ length: result.horizonMonths }, (_, m) => m);
  // A month's cost is its rounded credits plus its rounded cash (the monthly table's cost).
  const columns = months.map((m) =>
    footColumn(
      result.lines.map((l) => l.monthly[m] ?? 0),
      plainCents(result.credits[m]) + plainCents(result.cash[m]),
    ),
  );
  const header = ['id', 'name', 'kind', 'workstream', 'fundedBy', 'total'];
  const [year, month] = result.startMonth.split('-').map(Number);
  for (const m of months) {
    const t = year * 12 + month - 1 + m;
    header.push(`${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`);
  }
  const rows: CsvRows = [header];
  result.lines.forEach((line, i) => {
    const source = scenario.lines.find((l) => l.id === line.id);
    const pool = scenario.pools.find((p) => p.id === source?.fundedBy);
    const cells = months.map((m) => columns[m][i]);
    rows.push([
      line.id,
      line.name,
      source?.kind ?? null,
      source?.workstream ?? null,
      source?.fundedBy == null ? null : pool === undefined ? source.fundedBy : pool.name || pool.id,
      cells.reduce((a, b) => a + b, 0) / 100,
      ...cells.map((c) => c / 100),
    ]);
  });
  return rows;
}

describe('the lines CSV, byte for byte against the plain way', () => {
  const engine = createEngine();

  it('on the benchmark model (2,000 lines x 120 months x 10 pools)', () => {
    const workbook = workbookSchema.parse(generateWorkbook({ lines: 2_000, months: 120, pools: 10, seed: 7 }).input);
    const scenario = workbook.scenarios[0];
    const result = engine.computeWorkbook(workbook)[0];
    const fast = toCsv(linesTable(result, scenario));
    // Not an empty comparison: every line and month is there, and months do miss cents.
    expect(fast.split('\r\n')).toHaveLength(2_000 + 2);
    const shifted = result.lines[0].monthly
      .map((_, m) => m)
      .filter((m) => {
        const sum = result.lines.reduce((s, l) => s + plainCents(l.monthly[m]), 0);
        return sum !== plainCents(result.credits[m]) + plainCents(result.cash[m]);
      });
    expect(shifted.length).toBeGreaterThan(60);
    expect(fast).toBe(toCsv(plainLinesTable(result, scenario)));
  });

  it('on random workbooks with cents to round', () => {
    fc.assert(
      fc.property(moneyWorkbookArb, (input) => {
        const workbook = workbookSchema.parse(input);
        engine.computeWorkbook(workbook).forEach((result, s) => {
          const scenario = workbook.scenarios[s];
          expect(toCsv(linesTable(result, scenario))).toBe(toCsv(plainLinesTable(result, scenario)));
        });
      }),
      { numRuns: 150 },
    );
  });
});
