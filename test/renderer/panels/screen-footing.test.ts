// On screen a total equals the sum of the rounded figures it totals (domain.md rev 2), in the
// lines grid, the monthly table and the pools table, and they agree with each other to the cent.
// Every expected figure is hand arithmetic in the comments.
import { describe, expect, it } from 'vitest';
import { indexIssues, issueRow } from '../../../renderer/src/components/grid-issues';
import { buildLineRows } from '../../../renderer/src/features/lines/line-rows';
import { createQuantityPreview } from '../../../renderer/src/features/lines/quantity-preview';
import { buildMonthlyView } from '../../../renderer/src/features/results/monthly-rows';
import { poolRowView, poolTotals } from '../../../renderer/src/features/results/pool-rows';
import { buildLineMonthRows } from '../../../renderer/src/features/results/line-month-grid';
import { exportTable, footedTotals } from '../../../shared/engine';
import { flat, workbook } from '../../shared/engine/fixtures';
import { buildKpiCards } from '../../../renderer/src/features/results/kpi-view';
import { renderWorkbookSummary } from '../../../cli/summary-report';
import { PLAIN } from '../../../cli/style';
import { compute } from './fixtures';

function lineRows(wb: ReturnType<typeof workbook>) {
  const result = compute(wb);
  const scenario = wb.scenarios[0];
  const rows = buildLineRows(
    scenario.lines,
    result,
    indexIssues(result, issueRow.line),
    createQuantityPreview(scenario),
    new Map(),
  );
  return { result, ...rows };
}

describe('the lines grid foots', () => {
  // 41 services at $50.5026 a month: each rounds to $50.50, but 41 x 50.5026 = 2,070.6066, which
  // rounds to $2,070.61. Rounded alone the cells would add up to 41 x 50.50 = $2,070.50 beside a
  // total of $2,070.61. Footed, the 11 missing cents go one each to the first 11 lines (every
  // cell lost the same in rounding, so cell order decides): 11 x 50.51 + 30 x 50.50 = 2,070.61.
  const wb = workbook({
    lines: Array.from({ length: 41 }, (_, i) => flat(`s${i}`, 50.5026)),
    horizonMonths: 1,
  });
  const { rows, total } = lineRows(wb);

  it('month column: each cell within a cent of its own rounding, adding up to the total row', () => {
    expect(rows.slice(0, 11).map((r) => r.monthCost)).toEqual(Array(11).fill(50.51));
    expect(rows.slice(11).map((r) => r.monthCost)).toEqual(Array(30).fill(50.5));
    expect(total.monthCost).toBe(2070.61);
  });

  it('total column: the same over a one-month horizon', () => {
    expect(rows.slice(0, 11).map((r) => r.total)).toEqual(Array(11).fill(50.51));
    expect(total.total).toBe(2070.61);
  });

  it("the total row is the monthly table's cost, to the cent", () => {
    const view = buildMonthlyView(compute(wb));
    expect(view.rows[0].cost).toBe(2070.61);
    expect(view.totals.cost).toBe(2070.61);
  });

  it('a kind filter foots the lines shown to their own rounded sum', () => {
    // 3 of the lines: 3 x 50.5026 = 151.5078 -> $151.51; cells 50.50 x 3 = 151.50, one cent short,
    // so the first takes it: 50.51 + 50.50 + 50.50 = 151.51.
    const result = compute(wb);
    const shown = wb.scenarios[0].lines.slice(0, 3);
    const { rows: some, total: sum } = buildLineRows(
      shown,
      result,
      indexIssues(result, issueRow.line),
      createQuantityPreview(wb.scenarios[0]),
      new Map(),
    );
    expect(some.map((r) => r.monthCost)).toEqual([50.51, 50.5, 50.5]);
    expect(sum.monthCost).toBe(151.51);
  });
});

describe('the monthly and pools tables foot and agree', () => {
  // $0.335 a month for 3 months, all paid by one pool. 0.335 rounds half away from zero to 0.34
  // (on its decimal value), so each month reads 0.34 and the column totals 3 x 0.34 = 1.02;
  // rounded alone the pool's used (3 x 0.335 = 1.005) would read 1.01 beside it.
  const wb = workbook({
    lines: [flat('tiny', 0.335)],
    pools: [{ id: 'pf', name: 'Portfolio', program: 'portfolio', amount: 100, startMonth: 0, validityMonths: 24 }],
    horizonMonths: 3,
  });
  const result = compute(wb);

  it('monthly table: every figure rounded, the totals the sums of the cells', () => {
    const view = buildMonthlyView(result);
    expect(view.rows.map((r) => r.credits)).toEqual([0.34, 0.34, 0.34]);
    expect(view.rows.map((r) => r.pools[0].draw)).toEqual([0.34, 0.34, 0.34]);
    expect(view.totals.credits).toBe(1.02);
    expect(view.totals.cost).toBe(1.02);
    expect(view.totals.draws).toEqual([1.02]);
  });

  it("pools table: used is the sum of the pool's draw column", () => {
    const row = poolRowView(result.pools[0], result, wb.scenarios[0], footedTotals(result).poolUsed[0]);
    expect(row.used).toBe(1.02);
    expect(poolTotals([row]).used).toBe(1.02);
    // Amount and remaining are rounded on their own: 100 - 1.005 = 98.995 -> 99.00 (half away).
    expect(poolTotals([row]).remaining).toBe(99);
  });

  it("KPI cards read the monthly table's totals: $1.02 paid by credits, not 1.005 -> $1.01", () => {
    const cards = new Map(buildKpiCards(result, { cashOnHand: null, otherMonthlyBurn: 0 }).map((c) => [c.name, c]));
    expect(cards.get('totalCost')?.value).toBe('$1.02');
    expect(cards.get('creditsApplied')?.value).toBe('$1.02');
    expect(cards.get('cashCost')?.value).toBe('$0.00');
  });

  it("the CLI's summary reads the same totals and the pool's used as its draw column", () => {
    const text = renderWorkbookSummary('f.creditstack', wb, [result], PLAIN);
    expect(text).toMatch(/Total AWS cost\s+\$1\.02/);
    expect(text).toMatch(/Paid by credits\s+\$1\.02/);
    // Pools table row: name, program, amount, used, forfeited, remaining, ...
    expect(text).toMatch(/Portfolio\s+Activate Portfolio\s+\$100\.00\s+\$1\.02\s/);
  });
});

describe('the lines-by-month grid is the lines CSV on screen', () => {
  // Two lines at $0.335 and $0.125 a month for 2 months: a month costs 0.46 exactly, so the cells
  // 0.34 + 0.13 = 0.47 (each rounded half away from zero) are a cent over; the cell whose
  // rounding added the most gives it back: 0.335 -> 0.34 added 0.5 cents, 0.125 -> 0.13 added
  // 0.5 too, a tie, so the first line's cell goes to 0.33. Month 0: 0.33 + 0.13 = 0.46.
  const wb = workbook({ lines: [flat('a', 0.335), flat('b', 0.125)], horizonMonths: 2 });
  const result = compute(wb);
  const { rows, total } = buildLineMonthRows(result);

  it('cells and totals as hand-footed', () => {
    expect(Array.from(rows[0].monthly)).toEqual([0.33, 0.33]);
    expect(Array.from(rows[1].monthly)).toEqual([0.13, 0.13]);
    expect(rows.map((r) => r.total)).toEqual([0.66, 0.26]);
    expect(Array.from(total.monthly)).toEqual([0.46, 0.46]);
    expect(total.total).toBe(0.92);
  });

  it('reads exactly as the lines CSV export', () => {
    const csv = exportTable('lines', result, wb.scenarios[0]);
    // Leading CSV cells: id, name, kind, workstream, fundedBy, total; then the month cells in cents.
    const months = csv.centsPerRow;
    const fromCsv = csv.leading.map((lead, i) => [
      lead[0],
      lead[5],
      ...Array.from(csv.cents.subarray(i * months, (i + 1) * months), (c) => c / 100),
    ]);
    expect(fromCsv).toEqual(rows.map((r) => [r.id, r.total, ...Array.from(r.monthly)]));
  });
});
