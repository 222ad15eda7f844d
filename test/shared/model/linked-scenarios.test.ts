import { describe, expect, it } from 'vitest';
import { parseWorkbookText, serializeWorkbook } from '../../../shared/io';
import { relinkWorkbook, workbookSchema, type Scenario, type Workbook } from '../../../shared/model';

/** The seed example: one Sonnet line (10M in + 2M out a day) and a $25K Bedrock POC pool. */
const seed = {
  id: 'sonnet',
  name: 'Sonnet 4',
  startMonth: '2027-01',
  assumptions: [{ name: 'growth', expr: '0' }],
  pools: [{ id: 'poc', name: 'Bedrock POC', program: 'bedrock-poc', amount: 25000 }],
  lines: [
    {
      id: 'sum',
      name: 'Summarization',
      kind: 'bedrock',
      model: 'claude-sonnet-4',
      inputTokensPerDay: '10e6 * (1 + growth)^m',
      outputTokensPerDay: 2e6,
      fundedBy: 'poc',
    },
    { id: 'logs', name: 'Logs', kind: 'service', service: 'cloudwatch', monthlyCost: 100 },
  ],
};

function workbook(...linked: object[]): Workbook {
  return workbookSchema.parse({ format: 'creditstack.workbook', version: 2, scenarios: [seed, ...linked] });
}

const opus = {
  id: 'opus',
  name: 'Opus',
  basedOn: 'sonnet',
  changes: [{ op: 'set-line', id: 'sum', field: 'model', value: 'claude-opus-4-1' }],
};
const byId = (wb: Workbook, id: string): Scenario => wb.scenarios.find((s) => s.id === id)!;

describe('a based-on scenario', () => {
  it('is its base with its changes applied, sharing every untouched row object with the base', () => {
    const wb = workbook(opus);
    const base = byId(wb, 'sonnet');
    const variant = byId(wb, 'opus');
    expect(variant.lines.map((l) => (l.kind === 'bedrock' ? l.model : l.kind))).toEqual(['claude-opus-4-1', 'service']);
    expect(variant.lines[1]).toBe(base.lines[1]);
    expect(variant.pools).toBe(base.pools);
    expect(variant.assumptions).toBe(base.assumptions);
    expect(variant.startMonth).toBe('2027-01');
    expect(variant.link).toEqual({ basedOn: 'sonnet', changes: opus.changes, problems: [] });
  });

  it('follows an edit of its base when the workbook is relinked, and keeps its own change', () => {
    const wb = workbook(opus);
    const base = byId(wb, 'sonnet');
    const editedBase: Scenario = {
      ...base,
      assumptions: [{ name: 'growth', expr: '0.05', note: '' }],
      horizonMonths: 36,
    };
    const next = relinkWorkbook({ ...wb, scenarios: [editedBase, byId(wb, 'opus')] });
    const variant = byId(next, 'opus');
    expect(variant.assumptions[0].expr).toBe('0.05');
    expect(variant.horizonMonths).toBe(36);
    expect(variant.lines[0]).toMatchObject({ model: 'claude-opus-4-1', inputTokensPerDay: '10e6 * (1 + growth)^m' });
  });

  it('relinking an unchanged workbook gives the same object (nothing downstream recomputes)', () => {
    const wb = workbook(opus);
    expect(relinkWorkbook(wb)).toBe(wb);
  });

  it('applies additions after their anchor, removals, and pool and setting changes in order', () => {
    const wb = workbook({
      id: 'v',
      basedOn: 'sonnet',
      changes: [
        { op: 'set-scenario', field: 'horizonMonths', value: 12 },
        {
          op: 'add-line',
          after: 'sum',
          line: { id: 'emb', kind: 'bedrock', model: 'titan-embed-text-v2', inputTokensPerDay: 1e6 },
        },
        { op: 'remove-line', id: 'logs' },
        { op: 'set-pool', id: 'poc', field: 'amount', value: 50000 },
        { op: 'add-assumption', assumption: { name: 'users', expr: 1000 } },
      ],
    });
    const v = byId(wb, 'v');
    expect(v.horizonMonths).toBe(12);
    expect(v.lines.map((l) => l.id)).toEqual(['sum', 'emb']);
    expect(v.pools[0].amount).toBe(50000);
    expect(v.assumptions.map((a) => a.name)).toEqual(['growth', 'users']);
    expect(v.link?.problems).toEqual([]);
  });
});

describe('what cannot be applied is a problem of that scenario, never a crash', () => {
  it('a change whose line is gone from the base', () => {
    const v = byId(
      workbook({
        id: 'v',
        basedOn: 'sonnet',
        changes: [{ op: 'set-line', id: 'gone', field: 'model', value: 'claude-3-haiku' }],
      }),
      'v',
    );
    expect(v.lines).toHaveLength(2);
    expect(v.link?.problems).toEqual([
      { code: 'LINK_TARGET_MISSING', change: 0, target: 'line', id: 'gone', via: null, ref: null, lineId: 'gone' },
    ]);
  });

  it('a value the line cannot hold', () => {
    const v = byId(
      workbook({
        id: 'v',
        basedOn: 'sonnet',
        changes: [{ op: 'set-line', id: 'sum', field: 'cachedInputShare', value: true }],
      }),
      'v',
    );
    // The line stays as the base has it.
    expect(v.lines[0]).toMatchObject({ model: 'claude-sonnet-4', cachedInputShare: 0 });
    expect(v.link?.problems[0]).toMatchObject({
      code: 'LINK_CHANGE_INVALID',
      change: 0,
      target: 'line',
      id: 'sum',
      reason: 'invalid-value',
      lineId: 'sum',
    });
    expect(v.link?.problems[0]).toHaveProperty('detail', expect.stringMatching(/^cachedInputShare /));
  });

  it('a removed pool that a line is funded by: computed as funded by none, and said', () => {
    const v = byId(workbook({ id: 'v', basedOn: 'sonnet', changes: [{ op: 'remove-pool', id: 'poc' }] }), 'v');
    expect(v.pools).toEqual([]);
    expect(v.lines[0].fundedBy).toBeNull();
    expect(v.link?.problems).toEqual([
      {
        code: 'LINK_TARGET_MISSING',
        change: null,
        target: 'pool',
        id: 'poc',
        via: 'fundedBy',
        ref: 'sum',
        lineId: 'sum',
      },
    ]);
  });

  it('a cycle, a missing base, and a scenario based on one of them', () => {
    const wb = workbook(
      { id: 'a', basedOn: 'b', changes: [] },
      { id: 'b', basedOn: 'a', changes: [] },
      { id: 'c', basedOn: 'a', changes: [] },
      { id: 'd', basedOn: 'nowhere', changes: [] },
    );
    expect(['a', 'b', 'c', 'd'].map((id) => byId(wb, id).link?.problems.map((p) => p.code))).toEqual([
      ['LINK_CYCLE'],
      ['LINK_CYCLE'],
      ['LINK_BASE_MISSING'],
      ['LINK_BASE_MISSING'],
    ]);
    // Still a complete (empty) scenario on the workbook's time axis, so everything downstream runs.
    expect(byId(wb, 'a')).toMatchObject({ lines: [], pools: [], startMonth: '2027-01' });
  });
});

describe('saving a based-on scenario', () => {
  it('writes its base and its changes, never the resolved copy, and save -> load -> save is byte-identical', () => {
    const text = serializeWorkbook(workbook(opus));
    const file = JSON.parse(text) as { version: number; scenarios: object[] };
    expect(file.version).toBe(2);
    expect(file.scenarios[1]).toEqual({
      id: 'opus',
      name: 'Opus',
      basedOn: 'sonnet',
      changes: [{ op: 'set-line', id: 'sum', field: 'model', value: 'claude-opus-4-1' }],
    });
    const again = parseWorkbookText(text);
    if (!again.ok) throw new Error(again.error.message);
    expect(serializeWorkbook(again.workbook)).toBe(text);
  });

  it('refuses a malformed change with the path of the problem', () => {
    const text = JSON.stringify({
      format: 'creditstack.workbook',
      version: 2,
      scenarios: [
        seed,
        { id: 'v', basedOn: 'sonnet', changes: [{ op: 'set-line', id: 'sum', field: 'id', value: 'x' }] },
      ],
    });
    expect(parseWorkbookText(text)).toEqual({
      ok: false,
      error: {
        message: 'cannot be "id" or "kind" (remove the row and add it again instead)',
        path: 'scenarios[1].changes[0].field',
      },
    });
    const unknownOp = text.replace('"set-line"', '"rename-line"');
    const r = parseWorkbookText(unknownOp);
    expect(r.ok ? null : r.error.path).toBe('scenarios[1].changes[0].op');
  });
});
