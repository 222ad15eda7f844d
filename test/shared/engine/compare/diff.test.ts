// diffScenarios between two saved files. The files (12-month horizon, 30-day months):
//   before: chat (Sonnet 4, 10M in + 2M out a day), old (service $500/month), emb "Embeddings"
//           (OpenSearch Serverless $700/month); a $25,000 Bedrock POC pool; growth = 0.05
//   after:  chat with 20M in a day and its output written "2e6"; old removed; the embeddings line
//           saved under a new id "vectors" with the same name; a $5,000 Founders pool added;
//           growth = 0.1; company renamed; a Haiku price override added.
// Hand figures:
//   chat before: 10 x 3 + 2 x 15 = $60/day -> 1,800/month -> 21,600 over 12 months
//   chat after:  20 x 3 + 2 x 15 = $90/day -> 2,700/month -> 32,400; effect +10,800
//   old: 500 x 12 = 6,000 removed, effect -6,000; embeddings 700 x 12 = 8,400 on both sides
//   total before 21,600 + 6,000 + 8,400 = 36,000; after 32,400 + 8,400 = 40,800; effect +4,800
//   Founders (general, expires with the POC but counts every service, so it goes second) pays
//   the $700 embeddings charge until its $5,000 is gone: credits used 5,000.
import { describe, expect, it } from 'vitest';
import { compareCsvRows, createEngine, diffScenarios, type DiffSide } from '../../../../shared/engine';
import type { Workbook } from '../../../../shared/model';
import { DIFF_AFTER as AFTER, DIFF_BEFORE as BEFORE, workbookOf } from './fixtures';

function side(wb: Workbook): DiffSide {
  const scenario = wb.scenarios[0]!;
  return {
    scenario,
    result: createEngine().computeScenario(wb, scenario.id),
    company: wb.company,
    priceOverrides: wb.priceOverrides,
  };
}

describe('diffScenarios between two files', () => {
  const diff = diffScenarios(side(BEFORE), side(AFTER));

  it('a changed token volume: the field, before/after as typed, and its cost effect', () => {
    const chat = diff.lines.find((r) => r.id === 'chat')!;
    expect(chat).toMatchObject({ status: 'changed', kind: 'line', name: 'Chat', matchedBy: 'id' });
    expect(chat.changes).toEqual([
      { field: 'inputTokensPerDay', before: 10_000_000, after: 20_000_000 },
      // The text changed, the value did not: listed, and flagged as such.
      { field: 'outputTokensPerDay', before: 2_000_000, after: '2e6', sameValue: true },
    ]);
    expect(chat.before).toBeCloseTo(21_600, 2);
    expect(chat.after).toBeCloseTo(32_400, 2);
    expect(chat.effect).toBeCloseTo(10_800, 2);
  });

  it('a removed line with its cost, a line matched by name whose id changed', () => {
    expect(diff.lines.map((r) => [r.status, r.id])).toEqual([
      ['changed', 'chat'],
      ['changed', 'vectors'],
      ['removed', 'old'],
    ]);
    const old = diff.lines[2]!;
    expect(old).toMatchObject({ kind: 'line', name: 'Old batch job', matchedBy: null, changes: [], after: null });
    expect(old.before).toBeCloseTo(6_000, 2);
    expect(old.effect).toBeCloseTo(-6_000, 2);
    const vectors = diff.lines[1]!;
    expect(vectors.matchedBy).toBe('name');
    expect(vectors.changes).toEqual([{ field: 'id', before: 'emb', after: 'vectors' }]);
    expect(vectors.before).toBeCloseTo(8_400, 2);
    expect(vectors.effect).toBeCloseTo(0, 6);
  });

  it('an added pool with the credits it uses; unchanged rows are not listed', () => {
    expect(diff.pools).toHaveLength(1);
    const founders = diff.pools[0]!;
    expect(founders).toMatchObject({
      status: 'added',
      kind: 'pool',
      id: 'founders',
      name: 'Activate Founders',
      matchedBy: null,
      before: null,
    });
    expect(founders.after).toBeCloseTo(5_000, 2);
    expect(founders.effect).toBeCloseTo(5_000, 2);
  });

  it('assumptions by name, settings, company and price overrides', () => {
    expect(diff.assumptions).toEqual([
      {
        status: 'changed',
        kind: 'assumption',
        id: 'growth',
        name: 'growth',
        matchedBy: 'id',
        changes: [{ field: 'expr', before: '0.05', after: '0.1' }],
        before: null,
        after: null,
        effect: null,
      },
    ]);
    expect(diff.settings).toEqual([
      { field: 'company.name', before: 'Acme', after: 'Acme AI' },
      { field: 'priceOverrides.bedrock/claude-3-haiku.input', before: undefined, after: 0.3 },
    ]);
  });

  it('the total cost effect: 40,800 - 36,000 = +4,800', () => {
    expect(diff.totalCostBefore).toBeCloseTo(36_000, 2);
    expect(diff.totalCostAfter).toBeCloseTo(40_800, 2);
    expect(diff.totalCostEffect).toBeCloseTo(4_800, 2);
  });

  it('the same scenario against itself has no differences', () => {
    const same = diffScenarios(side(BEFORE), side(BEFORE));
    expect(same).toMatchObject({ lines: [], pools: [], assumptions: [], settings: [], totalCostEffect: 0 });
  });

  it('scenario settings are listed; without company on both sides the company is not compared', () => {
    const longer = workbookOf([{ ...BEFORE.scenarios[0]!, horizonMonths: 24, allocation: 'as-declared' }], {
      company: { name: 'Other' },
    });
    const { company: _c, priceOverrides: _p, ...bare } = side(longer);
    const d = diffScenarios(side(BEFORE), bare);
    expect(d.settings).toEqual([
      { field: 'horizonMonths', before: 12, after: 24 },
      { field: 'allocation', before: 'aws-billing', after: 'as-declared' },
    ]);
    // Twice the months: 36,000 -> 72,000.
    expect(d.totalCostEffect).toBeCloseTo(36_000, 2);
  });

  it('ids win over names; a name match pairs the first with the first; unnamed rows never pair by name', () => {
    const a = workbookOf([
      {
        id: 's',
        lines: [
          { id: 'x', name: 'Same', kind: 'service', service: 'other', monthlyCost: 1 },
          { id: 'y', name: 'Same', kind: 'service', service: 'other', monthlyCost: 2 },
          { id: 'n1', kind: 'service', service: 'other', monthlyCost: 3 },
        ],
      },
    ]);
    const b = workbookOf([
      {
        id: 's',
        lines: [
          { id: 'y', name: 'Renamed', kind: 'service', service: 'other', monthlyCost: 2 },
          { id: 'z', name: 'Same', kind: 'service', service: 'other', monthlyCost: 1 },
          { id: 'n2', kind: 'service', service: 'other', monthlyCost: 3 },
        ],
      },
    ]);
    const d = diffScenarios(side(a), side(b));
    expect(d.lines.map((r) => [r.status, r.id, r.matchedBy, r.changes.map((c) => c.field)])).toEqual([
      ['changed', 'y', 'id', ['name']],
      ['changed', 'z', 'name', ['id']],
      ['added', 'n2', null, []],
      ['removed', 'n1', null, []],
    ]);
  });
});

describe('compareCsvRows with a diff', () => {
  it('the KPI table, a blank row, then the diff rows with their figures and cost effects', () => {
    const before = side(BEFORE);
    const after = side(AFTER);
    const rows = compareCsvRows(
      [
        { ref: 'before.creditstack#main', name: 'Plan', result: before.result },
        { ref: 'after.creditstack#main', name: 'Plan v2', result: after.result },
      ],
      diffScenarios(before, after),
    );
    // 3 label columns + 2 entries x 3 = 9 cells in every row.
    expect(new Set(rows.map((r) => r.length))).toEqual(new Set([9]));
    const blank = rows.findIndex((r) => r.every((c) => c === null));
    expect(blank).toBe(1 + 2 + 8 + 4); // header, 2 run rates, 8 KPIs, 2 pools x 2
    const pad = [null];
    expect(rows.slice(blank + 1)).toEqual([
      ['kind', 'status', 'id', 'name', 'field', 'before', 'after', 'cost effect', ...pad],
      ['setting', 'changed', null, null, 'company.name', 'Acme', 'Acme AI', null, ...pad],
      ['setting', 'changed', null, null, 'priceOverrides.bedrock/claude-3-haiku.input', null, 0.3, null, ...pad],
      ['line', 'changed', 'chat', 'Chat', 'horizon cost', 21_600, 32_400, 10_800, ...pad],
      ['line', 'changed', 'chat', 'Chat', 'inputTokensPerDay', 10_000_000, 20_000_000, null, ...pad],
      ['line', 'changed', 'chat', 'Chat', 'outputTokensPerDay', 2_000_000, '2e6', null, ...pad],
      ['line', 'changed', 'vectors', 'Embeddings', 'horizon cost', 8_400, 8_400, 0, ...pad],
      ['line', 'changed', 'vectors', 'Embeddings', 'id', 'emb', 'vectors', null, ...pad],
      ['line', 'removed', 'old', 'Old batch job', 'horizon cost', 6_000, null, -6_000, ...pad],
      ['pool', 'added', 'founders', 'Activate Founders', 'credits used', null, 5_000, 5_000, ...pad],
      ['assumption', 'changed', 'growth', 'growth', 'expr', '0.05', '0.1', null, ...pad],
      ['total', null, null, null, 'total cost', 36_000, 40_800, 4_800, ...pad],
    ]);
  });
});
