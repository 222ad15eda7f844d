import { describe, expect, it } from 'vitest';
import { setPriceOverride, workbookPrices } from '../../../renderer/src/features/prices/workbook-prices';
import { gridWorkbook } from '../grids/fixtures';
import { workbook } from '../../shared/engine/fixtures';
import type { Workbook } from '../../../shared/model';
import { bundledPriceBook } from '../../../shared/prices';
import { namesText } from '../../../renderer/src/features/prices/price-columns';

function withLines(lines: Record<string, unknown>[], overrides: Workbook['priceOverrides'] = {}): Workbook {
  const wb = gridWorkbook();
  const s = wb.scenarios[0];
  return {
    ...wb,
    priceOverrides: overrides,
    scenarios: [{ ...s, lines: lines.map((l) => ({ ...s.lines[0], ...l }) as never) }],
  };
}

describe('workbook prices', () => {
  it('lists each price a line uses once, with value, unit, date, source and status', () => {
    const rows = workbookPrices(gridWorkbook());
    const byId = new Map(rows.map((r) => [r.id, r]));
    // Summaries: Claude Sonnet 4 on demand, $3 / $15 per 1M tokens (price book 2026-07-24).
    expect(byId.get('bedrock/claude-sonnet-4#input')).toMatchObject({
      value: 3,
      unit: 'USD per 1M tokens',
      status: 'listed',
      asOf: '2026-07-24',
      usedBy: ['Summaries'],
    });
    expect(byId.get('bedrock/claude-sonnet-4#output')).toMatchObject({ value: 15, status: 'listed' });
    // Fine-tune runs on SageMaker (the default platform): the book derives it as EC2 x 1.15.
    const train = byId.get('instance/p4d.24xlarge#sagemakerTraining')!;
    expect(train.status).toBe('derived');
    expect(train.value).toBeCloseTo(21.957642 * 1.15, 4);
    expect(train.unit).toBe('USD per hour');
    // The vector index has a monthly cost: it uses no price.
    expect(rows.some((r) => r.usedBy.includes('Vector index'))).toBe(false);
  });

  it('marks batch prices the book does not list as derived (50% of on-demand) and overrides as overrides', () => {
    const rows = workbookPrices(
      withLines([{ id: 'b', name: 'Batch job', kind: 'bedrock', model: 'claude-sonnet-4', batchShare: 0.5 }], {
        'bedrock/claude-sonnet-4': { input: 6 },
      }),
    );
    const byId = new Map(rows.map((r) => [r.field, r]));
    expect(byId.get('batchOutput')).toMatchObject({ value: 7.5, status: 'derived' });
    expect(byId.get('input')).toMatchObject({ value: 6, status: 'override' });
  });

  it('shows a model the book does not have as unsourced with no value', () => {
    const rows = workbookPrices(withLines([{ id: 'x', name: 'Mystery', kind: 'bedrock', model: 'my-model' }]));
    expect(rows.map((r) => [r.id, r.value, r.status])).toEqual([
      ['bedrock/my-model#input', null, 'unsourced'],
      ['bedrock/my-model#output', null, 'unsourced'],
    ]);
  });

  it('sets and clears an override, never leaving an empty entry, and refuses a negative price', () => {
    const wb = gridWorkbook();
    const set = setPriceOverride(wb, 'bedrock/claude-sonnet-4', 'input', 6);
    expect(set.priceOverrides).toEqual({ 'bedrock/claude-sonnet-4': { input: 6 } });
    expect(setPriceOverride(set, 'bedrock/claude-sonnet-4', 'input', 6)).toBe(set);
    const cleared = setPriceOverride(set, 'bedrock/claude-sonnet-4', 'input', null);
    expect(cleared.priceOverrides).toEqual({});
    expect(setPriceOverride(wb, 'bedrock/claude-sonnet-4', 'input', null)).toBe(wb);
    expect(() => setPriceOverride(wb, 'bedrock/claude-sonnet-4', 'input', -1)).toThrow('0 or more');
  });
});

describe('workbook prices: regional and dated book rows (rev 2)', () => {
  /** A plan starting Jul 2026 (the Sonnet 5 launch promotion runs through 2026-08 in the book). */
  function plan(lines: Record<string, unknown>[], overrides: Workbook['priceOverrides'] = {}): Workbook {
    const wb = workbook({ lines: lines as never, horizonMonths: 6, priceOverrides: overrides });
    return { ...wb, scenarios: [{ ...wb.scenarios[0], startMonth: '2026-07' }] };
  }
  const eu = {
    id: 'eu',
    name: 'EU summaries',
    kind: 'bedrock',
    model: 'nova-pro',
    region: 'eu-central-1',
    inputTokensPerDay: 10e6,
    outputTokensPerDay: 2e6,
  };
  const sonnet = {
    id: 's5',
    name: 'Agent',
    kind: 'bedrock',
    model: 'claude-sonnet-5',
    inputTokensPerDay: 10e6,
    outputTokensPerDay: 2e6,
  };

  it('shows the EU row for a line in eu-central-1 and, for a line spanning the promotion end, the promotion row then the regular one', () => {
    const rows = workbookPrices(plan([eu, sonnet]));
    const view = rows.map((r) => [r.id, r.value, r.status, r.region, r.effective, r.usedBy.join()]);
    expect(view).toEqual([
      // Nova Pro's "eu" row (every eu-* region): $1.05 in / $4.20 out per 1M tokens, vs $0.80 / $3.20 in us-east-1.
      ['bedrock/nova-pro@eu#input', 1.05, 'listed', 'eu', '', 'EU summaries'],
      ['bedrock/nova-pro@eu#output', 4.2, 'listed', 'eu', '', 'EU summaries'],
      // Sonnet 5: $2 / $10 through 2026-08 (Jul, Aug of the plan), then the regular $3 / $15 from 2026-09.
      ['bedrock/claude-sonnet-5@through-2026-08#input', 2, 'promotion', '', 'through 2026-08', 'Agent'],
      ['bedrock/claude-sonnet-5#input', 3, 'listed', '', 'from 2026-09', 'Agent'],
      ['bedrock/claude-sonnet-5@through-2026-08#output', 10, 'promotion', '', 'through 2026-08', 'Agent'],
      ['bedrock/claude-sonnet-5#output', 15, 'listed', '', 'from 2026-09', 'Agent'],
    ]);
    expect(rows.find((r) => r.status === 'promotion')!.note).toMatch(/launch promotion/);
  });

  it("shows only the rows in force in the line's months", () => {
    // Starting in month 2 (Sep 2026), the promotion is over: the regular row alone, for every month of the line.
    const late = workbookPrices(plan([{ ...sonnet, startMonth: 2 }]));
    expect(late.map((r) => [r.id, r.status, r.effective])).toEqual([
      ['bedrock/claude-sonnet-5#input', 'listed', 'from 2026-09'],
      ['bedrock/claude-sonnet-5#output', 'listed', 'from 2026-09'],
    ]);
    // Ending in month 1 (Aug 2026): the promotion covers every month, so the regular row is not used.
    const early = workbookPrices(plan([{ ...sonnet, endMonth: 1 }]));
    expect(early.map((r) => r.status)).toEqual(['promotion', 'promotion']);
  });

  it('an override replaces the promotion for every month; a region without a row says so', () => {
    const over = workbookPrices(plan([sonnet], { 'bedrock/claude-sonnet-5': { input: 4, output: 20 } }));
    expect(over.map((r) => [r.id, r.value, r.status, r.effective])).toEqual([
      ['bedrock/claude-sonnet-5#input', 4, 'override', ''],
      ['bedrock/claude-sonnet-5#output', 20, 'override', ''],
    ]);
    // Llama 3 8B lists eu-west-1 and eu-west-2 only: eu-central-1 falls back to us-east-1's $0.30.
    const fallback = workbookPrices(plan([{ ...eu, model: 'llama3-8b' }]));
    expect(fallback[0]).toMatchObject({ id: 'bedrock/llama3-8b#input', value: 0.3, region: '' });
    expect(fallback[0].note).toBe('no eu-central-1 price in the book: the us-east-1 price is used');
  });

  it('a regional-endpoint line and a global one of the same model get their own rows', () => {
    // Sonnet 4.5 in us-east-1: global endpoint $3 in, regional endpoint $3.30 (+10%).
    const rows = workbookPrices(
      plan([
        { ...sonnet, id: 'g', name: 'Global', model: 'claude-sonnet-4-5' },
        { ...sonnet, id: 'r', name: 'Regional', model: 'claude-sonnet-4-5', endpointScope: 'regional' },
      ]),
    );
    expect(rows.filter((r) => r.field === 'input').map((r) => [r.id, r.value, r.usedBy.join()])).toEqual([
      ['bedrock/claude-sonnet-4-5#input', 3, 'Global'],
      ['bedrock/claude-sonnet-4-5@regional#input', 3.3, 'Regional'],
    ]);
  });
});

describe('workbook prices: rows kept between calls', () => {
  // A copy of the bundled book is another object: nothing kept for the bundled one is reused.
  const fresh = (wb: Workbook) => workbookPrices(wb, structuredClone(bundledPriceBook()));

  it('after each edit, gives what a computation from scratch gives', () => {
    const base = gridWorkbook();
    // Starting Jul 2026, while the Sonnet 5 launch promotion (through 2026-08) runs.
    const s = { ...base.scenarios[0], startMonth: '2026-07' };
    // Two scenarios sharing line ids (a variant's copies): each line is listed once per price.
    let wb: Workbook = { ...base, scenarios: [s, { ...s, id: 'copy', name: 'Copy' }] };
    const edits: ((w: Workbook) => Workbook)[] = [
      // A line's model changes in the second scenario only (Sonnet 5: a launch promotion through 2026-08).
      (w) => ({
        ...w,
        scenarios: [
          w.scenarios[0],
          {
            ...w.scenarios[1],
            lines: [
              { ...w.scenarios[1].lines[0], model: 'claude-sonnet-5' } as never,
              ...w.scenarios[1].lines.slice(1),
            ],
          },
        ],
      }),
      // The second scenario starts after the promotion (its lines, the same objects, move with it).
      (w) => ({ ...w, scenarios: [w.scenarios[0], { ...w.scenarios[1], startMonth: '2027-07' }] }),
      // An override.
      (w) => setPriceOverride(w, 'bedrock/claude-sonnet-4', 'input', 6),
      // A line renamed in the first scenario, and one removed from the second.
      (w) => ({
        ...w,
        scenarios: [
          {
            ...w.scenarios[0],
            lines: w.scenarios[0].lines.map((l) => (l.id === 'train' ? { ...l, name: 'Tune' } : l)),
          },
          { ...w.scenarios[1], lines: w.scenarios[1].lines.filter((l) => l.id !== 'train') },
        ],
      }),
    ];
    // Every state in turn, as the panel sees them (each call reusing what the one before kept),
    // then each from scratch.
    const states = [wb];
    for (const edit of edits) states.push((wb = edit(wb)));
    const kept = states.map((w) => workbookPrices(w));
    states.forEach((w, i) => expect(kept[i], `state ${i}`).toEqual(fresh(w)));
    // The shared line is listed once: Summaries uses Sonnet 4 in the first scenario only now.
    const sonnet = workbookPrices(wb).find((r) => r.id === 'bedrock/claude-sonnet-4#input')!;
    expect(sonnet.lineIds).toEqual(['llm']);
    expect(workbookPrices(wb).find((r) => r.id === 'instance/p4d.24xlarge#sagemakerTraining')!.usedBy).toEqual([
      'Tune',
    ]);
  });
});

describe('the Used by cell', () => {
  it('names the first lines and counts the rest', () => {
    const names = Array.from({ length: 4412 }, (_, i) => `bedrock ${i + 1}`);
    // 4,412 names, 12 shown: 4,412 - 12 = 4,400 more.
    expect(namesText(names, 12, ', ')).toBe(
      'bedrock 1, bedrock 2, bedrock 3, bedrock 4, bedrock 5, bedrock 6, bedrock 7, bedrock 8, bedrock 9, bedrock 10, bedrock 11, bedrock 12, and 4,400 more',
    );
    expect(namesText(names.slice(0, 12), 12, ', ')).toBe(names.slice(0, 12).join(', '));
    expect(namesText(['Agent', 'Summaries'], 40, '\n')).toBe('Agent\nSummaries');
  });
});
