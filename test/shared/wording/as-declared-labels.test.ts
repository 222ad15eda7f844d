// Issue 14, item 10: a scenario computed with allocation "as-declared" says so beside every
// figure the mode changes, on every surface: KPI cards, CLI text, CSV exports, compare view and
// compare CSV; the same plan in AWS's billing order carries no such label.
//
// Hand arithmetic: two lines of $1,000 a month over 12 months from Jan 2027, both of the "other"
// service; "mine" is declared under pool P ($6,000), "yours" under pool Q ($1,000), both general
// pools from month 0 valid 12 months (same expiry, scope and start: AWS takes P first, list order).
//   AWS order: one 2,000 charge a month. P pays it in months 0-2 (6,000), Q pays 1,000 of month 3:
//     credits 7,000, cash 24,000 - 7,000 = 17,000, cliff month 3 (Apr 2027).
//   As declared: P pays only "mine" (1,000 a month, months 0-5), Q only "yours" (month 0): credits
//     7,000 and cash 17,000 as well, but the cliff is month 1 (Feb 2027), when "yours" turns cash.
import { describe, expect, it } from 'vitest';
import { compareCsvRows, compareKpiRows, createEngine, exportTable, type CsvRows } from '../../../shared/engine';
import { renderWorkbookSummary } from '../../../cli/summary-report';
import { renderKpiTable } from '../../../cli/compare-report';
import { PLAIN } from '../../../cli/style';
import { buildKpiCards, KPI_CARD_NAMES } from '../../../renderer/src/features/results/kpi-view';
import { valueCell } from '../../../renderer/src/features/compare/kpi-cells';
import { flat, workbook } from '../engine/fixtures';

function plan(allocation: 'aws-billing' | 'as-declared') {
  const wb = workbook({
    horizonMonths: 12,
    allocation,
    lines: [flat('mine', 1_000, { fundedBy: 'p' }), flat('yours', 1_000, { fundedBy: 'q' })],
    pools: [
      { id: 'p', name: 'Portfolio', program: 'portfolio', amount: 6_000, startMonth: 0, validityMonths: 12 },
      { id: 'q', name: 'Small', program: 'portfolio', amount: 1_000, startMonth: 0, validityMonths: 12 },
    ],
  });
  return { wb, result: createEngine().computeScenario(wb, 's') };
}
const aws = plan('aws-billing');
const declared = plan('as-declared');

const header = (rows: CsvRows) => rows[0];

describe('as declared: the figures differ from AWS billing', () => {
  it('follows the hand arithmetic', () => {
    expect(aws.result.kpis.creditCliffMonth).toBe(3);
    expect(declared.result.kpis.creditCliffMonth).toBe(1);
    expect(aws.result.kpis.creditsApplied).toBeCloseTo(7_000, 9);
    expect(declared.result.kpis.creditsApplied).toBeCloseTo(7_000, 9);
    expect(declared.result.kpis.cashCost).toBeCloseTo(17_000, 9);
    expect(declared.result.allocation).toBe('as-declared');
  });
});

describe('KPI cards', () => {
  it('label every card the allocation changes, never the total cost', () => {
    const cards = buildKpiCards(declared.result, { cashOnHand: 100_000, otherMonthlyBurn: 0 });
    const labelled = cards.filter((c) => c.asDeclared).map((c) => c.name);
    // Every card but the total cost, which is the same whoever pays.
    expect(labelled).toEqual(KPI_CARD_NAMES.filter((name) => name !== 'totalCost'));
    expect(labelled).toHaveLength(7);
    expect(buildKpiCards(aws.result, { cashOnHand: 100_000, otherMonthlyBurn: 0 }).some((c) => c.asDeclared)).toBe(
      false,
    );
  });
});

describe('CLI compute text', () => {
  it('says how credits were drawn and labels the changed figures', () => {
    const text = renderWorkbookSummary('plan.creditstack', declared.wb, [declared.result], PLAIN);
    expect(text).toContain('credits drawn as declared (each line on its fundedBy pool), not in AWS billing order');
    expect(text).toContain('Figures marked "as declared" are not what AWS will bill.');
    expect(text).toMatch(/Paid by credits \(as declared\)\s+\$7,000\.00/);
    expect(text).toMatch(/Credit cliff \(as declared\)\s+first cash month 2027-02 \(month 1\)/);
    expect(text).toMatch(/Total AWS cost\s+\$24,000\.00/);
    expect(text).toContain('Credit pools (as declared)');
    const plain = renderWorkbookSummary('plan.creditstack', aws.wb, [aws.result], PLAIN);
    expect(plain).not.toContain('as declared');
    expect(plain).toContain('credits applied in AWS billing order');
  });
});

describe('CSV exports', () => {
  it('summary: a note column beside each changed figure and an allocation row', () => {
    const rows = exportTable('summary', declared.result, declared.wb.scenarios[0]);
    expect(header(rows)).toEqual(['kpi', 'value', 'note']);
    const row = (kpi: string) => rows.find((r) => r[0] === kpi)!;
    expect(row('allocation').slice(0, 2)).toEqual(['allocation', 'as-declared']);
    expect(row('totalCost')).toEqual(['totalCost', 24_000, null]);
    expect(row('creditsApplied')).toEqual(['creditsApplied', 7_000, 'as declared']);
    expect(row('creditCliffMonth')).toEqual(['creditCliffMonth', 1, 'as declared']);
    expect(row('creditCliffCalendarMonth')).toEqual(['creditCliffCalendarMonth', '2027-02', 'as declared']);
    expect(header(exportTable('summary', aws.result, aws.wb.scenarios[0]))).toEqual(['kpi', 'value']);
  });

  it('monthly and pools: an allocation column on every row', () => {
    for (const table of ['monthly', 'pools'] as const) {
      const rows = exportTable(table, declared.result, declared.wb.scenarios[0]);
      expect(header(rows).at(-1)).toBe('allocation');
      for (const r of rows.slice(1)) expect(r.at(-1)).toBe('as declared');
      expect(header(exportTable(table, aws.result, aws.wb.scenarios[0]))).not.toContain('allocation');
    }
  });
});

describe('compare', () => {
  const columns = [
    { ref: 'plan#aws', name: 'AWS order', result: aws.result },
    { ref: 'plan#declared', name: 'As declared', result: declared.result },
  ];

  it('CSV: the as-declared columns say so in their headings, and an allocation row', () => {
    const rows = compareCsvRows(columns);
    expect(rows[0]).toEqual([
      'key',
      'kpi',
      'unit',
      'plan#aws value',
      'plan#aws delta',
      'plan#aws pct',
      'plan#declared (as declared) value',
      'plan#declared (as declared) delta',
      'plan#declared (as declared) pct',
    ]);
    expect(rows[1]).toEqual([
      'allocation',
      'Credits applied',
      'text',
      'aws-billing',
      null,
      null,
      'as-declared',
      null,
      null,
    ]);
    // Without an as-declared entry the table is as before.
    expect(compareCsvRows([columns[0]])[1]![0]).not.toBe('allocation');
  });

  it('CLI table: the column heading, a marked figure and the note', () => {
    const text = renderKpiTable(columns, compareKpiRows(columns));
    expect(text).toContain('[2] as declared');
    // Cliff: month 3 (2027-04) in AWS order, month 1 (2027-02) as declared (marked), 2 months earlier.
    expect(text).toMatch(/Credit cliff\s+2027-04 \(month 3\)\s+2027-02 \(month 1\)\*\s+-2/);
    // Total cost is the same either way and is not marked.
    expect(text).toMatch(/Total cost\s+\$24,000\.00\s+\$24,000\.00\s/);
    expect(text).toContain('* Credits drawn as declared');
    // A pool the as-declared column does not hold reads "-", not "-*".
    const poolless = { ref: 'plan#none', name: 'No pools', result: { ...declared.result, pools: [] } };
    const blanks = renderKpiTable([columns[1], poolless], compareKpiRows([columns[1], poolless]));
    // Q ($1,000) pays "yours" in month 0 and is empty at its end: depletion 1.0, used up in month 0.
    expect(blanks).toMatch(/Small depletion\s+2027-01 \(month 0\)\*\s+-\s/);
    expect(blanks).not.toContain('-*');
  });

  it('app cells: the changed figures of the as-declared column carry the label', () => {
    const rows = compareKpiRows(columns);
    const ctx = { result: declared.result, company: { cashOnHand: null } };
    const cliff = rows.find((r) => r.key === 'creditCliffMonth')!;
    expect(valueCell(cliff, cliff.values[1]!, ctx)).toMatchObject({ text: 'Feb 2027', asDeclared: true });
    const total = rows.find((r) => r.key === 'totalCost')!;
    expect(valueCell(total, total.values[1]!, ctx).asDeclared).toBeUndefined();
    const awsCliff = valueCell(cliff, cliff.values[0]!, { result: aws.result, company: { cashOnHand: null } });
    expect(awsCliff).toMatchObject({ text: 'Apr 2027' });
    expect(awsCliff.asDeclared).toBeUndefined();
  });
});
