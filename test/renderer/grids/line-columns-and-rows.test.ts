import { describe, expect, it } from 'vitest';
import type { ColDef, ColGroupDef } from 'ag-grid-community';
import type { ScenarioResult } from '../../../shared/engine';
import { indexIssues, issueRow } from '../../../renderer/src/components/grid-issues';
import { buildLineColumns, type LineColumnEnv } from '../../../renderer/src/features/lines/line-columns';
import { modelPriceFor } from '../../../renderer/src/features/lines/line-options';
import {
  buildLineRows,
  lineRowsBuilder,
  type LineGridRow,
  type LineRow,
} from '../../../renderer/src/features/lines/line-rows';
import { createQuantityPreview } from '../../../renderer/src/features/lines/quantity-preview';
import { gridWorkbook } from './fixtures';
import { LINE_KEYS } from '../../../shared/model/schema';
import { LINE_KINDS } from '../../../shared/model';

const wb = gridWorkbook();
const scenario = wb.scenarios[0];
const preview = createQuantityPreview(scenario);

const env = (kinds: LineColumnEnv['kinds']): LineColumnEnv => ({
  startMonth: '2027-01',
  hoursPerMonth: 730,
  kinds,
  pools: [
    { id: 'poc', label: 'Bedrock POC' },
    { id: 'pf', label: 'Portfolio' },
  ],
  models: [{ id: 'claude-sonnet-4', label: 'Claude Sonnet 4' }],
  instances: [{ id: 'p4d.24xlarge', label: 'p4d.24xlarge · 8× A100' }],
  serviceItems: [],
  supportOptions: () => scenario.lines.map((l) => ({ id: l.id, label: l.name })),
});

type Col = ColDef<LineGridRow>;
const flatten = (defs: (Col | ColGroupDef<LineGridRow>)[]): Col[] =>
  defs.flatMap((d) => ('children' in d ? flatten(d.children as Col[]) : [d]));
const colIds = (defs: (Col | ColGroupDef<LineGridRow>)[]) => flatten(defs).map((c) => c.colId);

// Hand-made results: llm costs 1,800 in month 0 and 43,200 over the horizon; train 0 and 17,500.
const result = {
  lines: [
    { id: 'train', name: 'Fine-tune', total: 17_500, monthly: new Float64Array([0, 0, 1944.25]) },
    { id: 'llm', name: 'Summaries', total: 43_200, monthly: new Float64Array([1800, 1800]) },
  ],
  startMonth: '2027-01',
  horizonMonths: 3,
  cost: new Float64Array([1800, 1800, 1944.25]),
  credits: new Float64Array([1800, 1800, 1944.25]),
  cash: new Float64Array([0, 0, 0]),
  pools: [],
  issues: [
    {
      severity: 'error',
      code: 'EXPR_ERROR',
      lineId: 'train',
      field: 'hoursPerRun',
      params: { problem: 'expression', detail: 'bad' },
    },
  ],
} as unknown as ScenarioResult;

describe('buildLineColumns', () => {
  it('uses the line field names as column ids and shows only the kinds present', () => {
    const ids = colIds(buildLineColumns(env(['bedrock'])));
    expect(ids.slice(0, 2)).toEqual(['name', 'kind']);
    expect(ids).toContain('inputTokensPerDay');
    expect(ids).toContain('fundedBy');
    expect(ids).not.toContain('hoursPerRun');
    expect(ids).not.toContain('monthlyCost');
    expect(ids.slice(-2)).toEqual(['monthCost', 'total']);
    const all = colIds(buildLineColumns(env(['bedrock', 'training', 'endpoint', 'service'])));
    expect(all).toEqual(
      expect.arrayContaining([
        'model',
        'instanceType',
        'instanceCount',
        'hoursPerRun',
        'spotDiscount',
        'hoursPerMonth',
        'service',
        'quantity',
        'priceItem',
        'supports',
      ]),
    );
    // Column ids are unique (shared fields such as instanceType appear once).
    expect(new Set(all).size).toBe(all.length);
  });

  const cols = new Map(flatten(buildLineColumns(env(['bedrock', 'training', 'service']))).map((c) => [c.colId!, c]));
  const { rows, total } = buildLineRows(scenario.lines, result, indexIssues(result, issueRow.line), preview, new Map());
  const llm = rows[0];
  const train = rows[1];
  const call = <R>(fn: unknown, params: Record<string, unknown>): R => (fn as (p: unknown) => R)(params);

  it("leaves cells of another kind's fields blank and read-only", () => {
    const hours = cols.get('hoursPerRun')!;
    expect(call(hours.valueGetter, { data: llm })).toBeUndefined();
    expect(call(hours.editable, { data: llm })).toBe(false);
    expect(call(hours.cellClassRules!['cell-na'], { data: llm })).toBe(true);
    expect(call(hours.valueGetter, { data: train })).toBe(77);
    expect(call(hours.editable, { data: train })).toBe(true);
  });

  it("shows a formula's value for the line's first month with the f marker", () => {
    const input = cols.get('inputTokensPerDay')!;
    const value = call(input.valueGetter, { data: llm });
    expect(value).toBe('base * (1 + growth)^m');
    // Month 0: 10e6 * 1.05^0.
    expect(call(input.valueFormatter, { data: llm, value })).toBe('10,000,000');
    expect(call(input.cellClassRules!['cell-formula'], { data: llm, value })).toBe(true);
    expect(call<string>(input.tooltipValueGetter, { data: llm })).toContain(
      '= 10,000,000 in Jan 2027 (month 0); changes month to month',
    );
  });

  it('marks a cell with an engine issue and puts the message in its tooltip', () => {
    const hours = cols.get('hoursPerRun')!;
    expect(call(hours.cellClassRules!['cell-error'], { data: train })).toBe(true);
    // Worded at the edge: the line's name, the field, then what the expression compiler said.
    expect(call(hours.tooltipValueGetter, { data: train })).toBe('Fine-tune: Hours/run: bad');
    expect(call(hours.cellClassRules!['cell-error'], { data: llm })).toBe(false);
  });

  it('formats months, pools and options, also without a row (the select list)', () => {
    expect(call(cols.get('startMonth')!.valueFormatter, { data: train, value: 2 })).toBe('Mar 2027');
    expect(call(cols.get('endMonth')!.valueFormatter, { data: llm, value: null })).toBe('—');
    expect(call(cols.get('fundedBy')!.valueGetter, { data: train })).toBe('');
    expect(call(cols.get('fundedBy')!.valueFormatter, { data: llm, value: 'poc' })).toBe('Bedrock POC');
    // AG Grid formats select options with no row at all (data null).
    expect(call(cols.get('model')!.valueFormatter, { data: null, value: 'claude-sonnet-4' })).toBe('Claude Sonnet 4');
    expect(call(cols.get('instanceType')!.valueFormatter, { data: null, value: 'p4d.24xlarge' })).toBe(
      'p4d.24xlarge · 8× A100',
    );
    expect(call(cols.get('instanceType')!.valueFormatter, { data: train, value: 'p4d.24xlarge' })).toBe('p4d.24xlarge');
    expect(call(cols.get('supports')!.valueFormatter, { data: rows[2], value: 'llm' })).toBe('Summaries');
    expect(call(cols.get('kind')!.valueFormatter, { data: null, value: 'training' })).toBe('Training');
  });

  it('offers "—" first in an optional select and never offers a line to support itself', () => {
    const sel = call<{ params: { values: string[] } }>(cols.get('fundedBy')!.cellEditorSelector, {
      data: llm,
      value: 'poc',
    });
    expect(sel.params.values).toEqual(['', 'poc', 'pf']);
    const supports = call<{ params: { values: string[] } }>(cols.get('supports')!.cellEditorSelector, {
      data: rows[2],
      value: 'llm',
    });
    expect(supports.params.values).toEqual(['', 'llm', 'train']);
  });

  it('labels the cost columns by the first month and fills the total row', () => {
    expect(cols.get('monthCost')!.headerName).toBe('Jan 2027');
    expect(call(cols.get('name')!.valueGetter, { data: total })).toBe('Total · 3 lines');
    expect(call(cols.get('name')!.editable, { data: total })).toBe(false);
  });
});

describe('buildLineRows', () => {
  const issues = indexIssues(result, issueRow.line);
  it('matches results by id, not by position, and sums the priced lines', () => {
    const { rows, total } = buildLineRows(scenario.lines, result, issues, preview, new Map());
    expect(rows.map((r) => [r.id, r.monthCost, r.total])).toEqual([
      ['llm', 1800, 43_200],
      ['train', 0, 17_500],
      // Not priced yet (results lag the document): blank, not zero.
      ['vec', null, null],
    ]);
    // 1,800 + 0 in month 0; 43,200 + 17,500 = 60,700 over the horizon.
    expect(total).toMatchObject({ monthCost: 1800, total: 60_700, count: 3 });
    expect(rows[2].supportsName).toBe('Summaries');
  });
  it('reuses a row object while nothing it shows has changed', () => {
    const first = buildLineRows(scenario.lines, result, issues, preview, new Map());
    const again = buildLineRows(scenario.lines, result, issues, preview, first.byId);
    expect(again.rows[0]).toBe(first.rows[0]);
    const edited = scenario.lines.map((l) => (l.id === 'train' ? { ...l, hoursPerRun: 80 } : l));
    const after = buildLineRows(edited, result, issues, preview, first.byId);
    expect(after.rows[0]).toBe(first.rows[0]);
    expect(after.rows[1]).not.toBe(first.rows[1]);
    expect((after.rows[1] as LineRow).line).toMatchObject({ hoursPerRun: 80 });
  });
  it('builds the same rows and total a part at a time as at once', () => {
    const whole = buildLineRows(scenario.lines, result, issues, preview, new Map());
    let indexed = 0;
    const builder = lineRowsBuilder(
      scenario.lines,
      result,
      () => (indexed++, indexIssues(result, issueRow.line)),
      preview,
      whole.byId,
    );
    // One part indexes the cell issues, the next foots the money columns; no rows yet.
    expect(builder.step(2)).toBe(false);
    expect(indexed).toBe(1);
    expect(builder.step(2)).toBe(false);
    expect(builder.built().rows).toEqual([]);
    // Then three lines in parts of two: not done after the first part, done after the second.
    expect(builder.step(2)).toBe(false);
    expect(builder.built().rows.map((r) => r.id)).toEqual(['llm', 'train']);
    expect(builder.step(2)).toBe(true);
    expect(indexed).toBe(1);
    const parts = builder.built();
    // Nothing changed, so every row is the same object as in the whole build (issues included:
    // each row's issues are compared by identity, and 'llm' has none here).
    expect(parts.rows.map((r) => r.id)).toEqual(whole.rows.map((r) => r.id));
    expect(parts.rows[0]).toBe(whole.rows[0]);
    // 1,800 + 0 in month 0; 43,200 + 17,500 = 60,700 over the horizon, as at once.
    expect(parts.total).toEqual(whole.total);
    expect(parts.total).toMatchObject({ monthCost: 1800, total: 60_700, count: 3 });
  });
});

describe('every field a line kind declares has a column', () => {
  // The grid is where a finance lead edits a line: a field of the file with no column cannot be
  // set in the app (cacheWriteShare had none when it was added to Bedrock lines).
  it.each(LINE_KINDS)('%s: each of its fields is a column of the grid showing that kind', (kind) => {
    const shown = new Set(colIds(buildLineColumns(env([kind]))));
    const missing = (LINE_KEYS.get(kind) ?? []).filter((field) => field !== 'id' && !shown.has(field));
    expect(missing).toEqual([]);
  });
});

describe('the model picker shows the price the line would pay', () => {
  it('the book price for a global line in the book region; the regional or geo price otherwise', () => {
    // us-east-1, global endpoint: the picker's usual list price.
    expect(modelPriceFor('nova-pro', 'global', 'us-east-1')).toBeUndefined();
    // Nova Pro has an "eu" row: $1.05 / $4.20 per 1M tokens (vs $0.80 / $3.20 in us-east-1).
    expect(modelPriceFor('nova-pro', 'global', 'eu-west-1')).toBe('$1.05 in / $4.20 out per 1M tokens (eu-west-1)');
    // Sonnet 5 on a regional endpoint costs 10% more: 3 x 1.1 = $3.30, 15 x 1.1 = $16.50.
    expect(modelPriceFor('claude-sonnet-5', 'regional', 'us-east-1')).toBe(
      '$3.30 in / $16.50 out per 1M tokens (regional endpoint, us-east-1)',
    );
    // No Mumbai row for Llama 3.1 70B: the book price, said so.
    expect(modelPriceFor('llama3-1-70b', 'global', 'ap-south-1')).toMatch(/\(ap-south-1: no price listed there/);
  });

  it("the editor's list of an EU line carries the EU prices", () => {
    const model = flatten(buildLineColumns(env(['bedrock']))).find((c) => c.colId === 'model')!;
    const { rows } = buildLineRows(scenario.lines, result, indexIssues(result, issueRow.line), preview, new Map());
    const llm = rows.find((r) => r.line.kind === 'bedrock')!;
    const euRow = { ...llm, line: { ...llm.line, model: 'nova-pro', region: 'eu-west-1' } } as LineRow;
    (model.cellEditorSelector as (p: unknown) => unknown)({ data: euRow, value: 'nova-pro' });
    const listed = (model.valueFormatter as (p: unknown) => string)({ node: null, value: 'nova-pro' });
    expect(listed).toContain('$1.05 in / $4.20 out per 1M tokens (eu-west-1)');
  });
});
