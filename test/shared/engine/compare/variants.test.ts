// Model and GPU variants: one-step "what if" scenarios. Hand figures:
// - Claude on the model-comparison template's volumes (10M in + 2M out a day, 30 days, 24 months),
//   global-endpoint prices per 1M tokens (input / output):
//   Opus 5 ($5 / $25):     30 x (10 x 5 + 2 x 25) = $3,000/month -> x 24 = 72,000
//   Sonnet 5 ($3 / $15):   30 x (10 x 3 + 2 x 15) = $1,800/month -> x 24 = 43,200
//   Haiku 4.5 ($1 / $5):   30 x (10 x 1 + 2 x 5)  =   $600/month -> x 24 = 14,400
// - A SageMaker training line on ml.p5.48xlarge, 1 instance, 100 h a run, 4 runs a month = 400 h:
//   p5 training price = EC2 55.04 x 1.15 = 63.296/h       -> 400 x 63.296     = 25,318.40 a month
//   p4d training price = EC2 21.957642 x 1.15 = 25.2512883/h
//   Relative training throughput (price book): p5 = 8 x 989.4 / (8 x 312) = 3.1712 (rounded as
//   listed), p4d = 1. On p4d the same run takes 100 x 3.1712 = 317.12 h; 4 runs = 1,268.48 h
//                                                          -> 1,268.48 x 25.2512883 = 32,030.754182784 a month
//   Over 12 months: p5 303,820.80; p4d 384,369.050193408; delta +80,548.250193408 (the fallback costs more).
//   Keeping the hours instead: 400 x 25.2512883 = 10,100.51532 a month.
//   g5.48xlarge (no sourced throughput: hours kept)       -> 400 x 20.36      =  8,144.00 a month
import { describe, expect, it } from 'vitest';
import {
  CLAUDE_COMPARISON_MODELS,
  compareKpiRows,
  createEngine,
  diffScenarios,
  GPU_FALLBACKS,
  gpuFallbackVariant,
  modelVariants,
  newLine,
  recordVariantEdits,
  suggestedModels,
  updateLine,
} from '../../../../shared/engine';
import { bundledPriceBook } from '../../../../shared/prices';
import { parseWorkbookText, serializeWorkbook } from '../../../../shared/io';
import { type BedrockLine, type Workbook } from '../../../../shared/model';
import { columns, templateWorkbook, workbookOf } from './fixtures';

/** Saved and opened again, the workbook is the same (based-on scenarios resolve to what they were). */
function expectValidWorkbook(wb: Workbook) {
  const parsed = parseWorkbookText(serializeWorkbook(wb));
  expect(parsed.ok ? null : parsed.error).toBeNull();
  if (parsed.ok) expect(parsed.workbook).toEqual(wb);
}

describe('suggestedModels', () => {
  const bedrock = (model: string) => ({ kind: 'bedrock', model }) as BedrockLine;

  it('Claude lines get the current Opus, Sonnet and Haiku, ids that the price book has', () => {
    expect(CLAUDE_COMPARISON_MODELS).toEqual(['claude-opus-5', 'claude-sonnet-5', 'claude-haiku-4-5']);
    const ids = bundledPriceBook().models.map((m) => m.id);
    for (const id of CLAUDE_COMPARISON_MODELS) expect(ids).toContain(id);
    expect(suggestedModels(bedrock('claude-sonnet-4-5'))).toEqual([
      'claude-opus-5',
      'claude-sonnet-5',
      'claude-haiku-4-5',
    ]);
    expect(suggestedModels(bedrock('claude-3-haiku'))).toEqual([
      'claude-opus-5',
      'claude-sonnet-5',
      'claude-haiku-4-5',
    ]);
  });

  it('each suggested Claude model is the newest of its size the book lists, not legacy, at its regular price', () => {
    // Read the size and version from the book's names ("Claude Opus 4.1", "Claude 3 Haiku",
    // "Claude 3.5 Sonnet (v1 ...)"), so a newer model added to the book fails this test until the
    // comparison follows it.
    const newest = new Map<string, { id: string; version: number }>();
    for (const m of bundledPriceBook().models) {
      if (m.provider !== 'Anthropic' || /legacy/i.test(`${m.name} ${m.note}`)) continue;
      const named =
        /^Claude (Opus|Sonnet|Haiku) (\d+(?:\.\d+)?)\b/.exec(m.name) ??
        /^Claude (\d+(?:\.\d+)?) (Opus|Sonnet|Haiku)\b/.exec(m.name);
      if (named === null) continue;
      const [size, version] = /^\d/.test(named[1]!) ? [named[2]!, named[1]!] : [named[1]!, named[2]!];
      const best = newest.get(size);
      if (best === undefined || Number(version) > best.version)
        newest.set(size, { id: m.id, version: Number(version) });
    }
    expect(['Opus', 'Sonnet', 'Haiku'].map((size) => newest.get(size)?.id)).toEqual(CLAUDE_COMPARISON_MODELS);
    // Each has an on-demand price of its own, listed by a source; the only dated row among them is
    // Sonnet 5's launch promotion, which ended with 2026-08 (months after it use the regular price).
    for (const id of CLAUDE_COMPARISON_MODELS) {
      const entry = bundledPriceBook().models.find((m) => m.id === id)!;
      expect([entry.input, entry.output, entry.status], id).toEqual([
        expect.any(Number),
        expect.any(Number),
        'sourced',
      ]);
      for (const row of entry.dated ?? [])
        expect([id, row.status, row.through]).toEqual(['claude-sonnet-5', 'promotion', '2026-08']);
    }
  });

  it('a new Bedrock line starts on the current Sonnet, the middle of the comparison', () => {
    expect((newLine('bedrock', 'b') as BedrockLine).model).toBe(CLAUDE_COMPARISON_MODELS[1]);
  });

  it('other providers get their family where it is obvious, else nothing', () => {
    expect(suggestedModels(bedrock('nova-lite'))).toEqual(['nova-premier', 'nova-pro', 'nova-lite', 'nova-micro']);
    expect(suggestedModels(bedrock('llama3-1-70b'))).toEqual(['llama3-1-405b', 'llama3-1-70b', 'llama3-1-8b']);
    expect(suggestedModels(bedrock('titan-embed-text-v2'))).toEqual([]);
    expect(suggestedModels(bedrock('no-such-model'))).toEqual([]);
  });
});

describe('modelVariants', () => {
  const wb = templateWorkbook('model-comparison');
  const before = structuredClone(wb);
  const { workbook, scenarioIds, skipped } = modelVariants(wb, 'sonnet', 'inference', CLAUDE_COMPARISON_MODELS);

  it("adds one scenario based on the source per other model, right after it; the line's own model is skipped", () => {
    expect(scenarioIds).toEqual(['sonnet-claude-opus-5', 'sonnet-claude-haiku-4-5']);
    expect(skipped).toEqual(['claude-sonnet-5']);
    expect(workbook.scenarios.map((s) => s.id)).toEqual(['opus', 'sonnet', ...scenarioIds, 'haiku']);
    expect(workbook.scenarios.slice(2, 4).map((s) => s.name)).toEqual([
      'Claude Sonnet 5 · Claude Opus 5',
      'Claude Sonnet 5 · Claude Haiku 4.5',
    ]);
    expectValidWorkbook(workbook);
  });

  it("holds only the model change and the line's name, which named the model: everything else is the source's", () => {
    const source = wb.scenarios[1]!;
    [
      ['claude-opus-5', 'Claude Opus 5 inference'],
      ['claude-haiku-4-5', 'Claude Haiku 4.5 inference'],
    ].forEach(([model, name], i) => {
      const variant = workbook.scenarios[2 + i]!;
      expect(variant).toEqual({
        ...source,
        id: scenarioIds[i],
        name: variant.name,
        lines: [{ ...source.lines[0]!, model, name }],
        link: {
          basedOn: 'sonnet',
          changes: [
            { op: 'set-line', id: 'inference', field: 'model', value: model },
            { op: 'set-line', id: 'inference', field: 'name', value: name },
          ],
          problems: [],
        },
      });
      // Shared, not copied: the assumptions and pools are the source's own (immutable) objects.
      expect(variant.pools).toBe(source.pools);
      expect(variant.assumptions).toBe(source.assumptions);
    });
  });

  it('leaves the input untouched and keeps untouched scenarios as the same objects (undo keeps both)', () => {
    expect(wb).toEqual(before);
    expect(wb.scenarios).toHaveLength(3);
    expect(workbook).not.toBe(wb);
    expect(workbook.scenarios[0]).toBe(wb.scenarios[0]);
    expect(workbook.scenarios[1]).toBe(wb.scenarios[1]);
    expect(workbook.scenarios[4]).toBe(wb.scenarios[2]);
    expect(workbook.company).toBe(wb.company);
  });

  it('the variants compute the hand figures: 43,200 / 72,000 / 14,400', () => {
    const rows = compareKpiRows(columns(workbook, ['sonnet', ...scenarioIds]));
    const total = rows.find((r) => r.key === 'totalCost')!;
    expect(total.values[0]).toBeCloseTo(43_200, 2);
    expect(total.values[1]).toBeCloseTo(72_000, 2);
    expect(total.values[2]).toBeCloseTo(14_400, 2);
  });

  it('a model the line already uses, and nothing else, is refused rather than copied', () => {
    expect(() => modelVariants(wb, 'sonnet', 'inference', ['claude-sonnet-5'])).toThrow(
      'Line "Claude Sonnet 5 inference" already uses Claude Sonnet 5; choose another model.',
    );
  });

  it("a diff of source and variant lists the model and the line's name, nothing else", () => {
    const engine = createEngine();
    const side = (id: string) => ({
      scenario: workbook.scenarios.find((s) => s.id === id)!,
      result: engine.computeScenario(workbook, id),
    });
    const diff = diffScenarios(side('sonnet'), side('sonnet-claude-haiku-4-5'));
    expect(diff.lines).toHaveLength(1);
    expect(diff.lines[0]!.changes).toEqual([
      { field: 'name', before: 'Claude Sonnet 5 inference', after: 'Claude Haiku 4.5 inference' },
      { field: 'model', before: 'claude-sonnet-5', after: 'claude-haiku-4-5' },
    ]);
    expect(diff.pools).toEqual([]);
    expect(diff.assumptions).toEqual([]);
    expect(diff.settings).toEqual([]);
    // 14,400 - 43,200
    expect(diff.totalCostEffect).toBeCloseTo(-28_800, 2);
  });

  it('a name that does not name the model is left as the user wrote it', () => {
    const renamed = structuredClone(wb);
    renamed.scenarios[1]!.lines[0]!.name = 'Support chat';
    const made = modelVariants(renamed, 'sonnet', 'inference', ['claude-haiku-4-5']);
    expect(made.workbook.scenarios[2]!.link?.changes).toEqual([
      { op: 'set-line', id: 'inference', field: 'model', value: 'claude-haiku-4-5' },
    ]);
    expect(made.workbook.scenarios[2]!.lines[0]!.name).toBe('Support chat');
  });

  it('ids stay unique when the same variants are made twice', () => {
    const again = modelVariants(workbook, 'sonnet', 'inference', ['claude-haiku-4-5']);
    expect(again.scenarioIds).toEqual(['sonnet-claude-haiku-4-5-2']);
    expectValidWorkbook(again.workbook);
  });

  it('refuses what it cannot do, with a readable message', () => {
    expect(() => modelVariants(wb, 'nope', 'inference', ['claude-3-haiku'])).toThrow(
      'No scenario "nope" in this workbook.',
    );
    expect(() => modelVariants(wb, 'opus', 'nope', ['claude-3-haiku'])).toThrow(
      'Scenario "Claude Opus 5" has no line "nope".',
    );
    expect(() => modelVariants(wb, 'opus', 'inference', ['gpt-9'])).toThrow(/Unknown model "gpt-9"/);
    expect(() => modelVariants(wb, 'opus', 'inference', [])).toThrow('Choose at least one model to compare.');
    const training = workbookOf([{ id: 's', lines: [{ id: 't', kind: 'training', instanceType: 'g5.xlarge' }] }]);
    expect(() => modelVariants(training, 's', 't', ['claude-3-haiku'])).toThrow(/not a Bedrock line/);
  });
});

describe('gpuFallbackVariant', () => {
  const training = (extra: Record<string, unknown> = {}) =>
    workbookOf([
      {
        id: 'train',
        name: 'H100 training',
        lines: [
          {
            id: 'ft',
            name: 'Fine-tune',
            kind: 'training',
            platform: 'sagemaker',
            instanceType: 'ml.p5.48xlarge',
            instanceCount: 1,
            hoursPerRun: 100,
            runsPerMonth: 4,
            ...extra,
          },
        ],
      },
    ]);

  it('p5 -> p4d from GPU_FALLBACKS: hours scaled by relative throughput, so the slower GPU costs more', () => {
    expect(GPU_FALLBACKS['p5.48xlarge']).toEqual(['p4d.24xlarge', 'g5.48xlarge']);
    const wb = training();
    const before = structuredClone(wb);
    const { workbook, scenarioId, hours } = gpuFallbackVariant(wb, 'train', 'ft');
    expect(hours).toEqual({ factor: 3.1712, keptBecause: null });
    expect(scenarioId).toBe('train-fallback-p4d.24xlarge');
    expect(workbook.scenarios.map((s) => s.id)).toEqual(['train', scenarioId]);
    const variant = workbook.scenarios[1]!;
    expect(variant.name).toBe('H100 training · fallback p4d.24xlarge');
    expect(variant.link?.changes).toEqual([
      { op: 'set-line', id: 'ft', field: 'instanceType', value: 'ml.p4d.24xlarge' },
      { op: 'scale-line', id: 'ft', field: 'hoursPerRun', factor: 3.1712 },
    ]);
    // The "ml." prefix the user wrote is kept; 100 h x 3.1712 = 317.12 h.
    expect(variant.lines[0]).toEqual({
      ...wb.scenarios[0]!.lines[0]!,
      instanceType: 'ml.p4d.24xlarge',
      hoursPerRun: 317.12,
    });
    expect(wb).toEqual(before);
    expect(workbook.scenarios[0]).toBe(wb.scenarios[0]);
    expectValidWorkbook(workbook);

    const engine = createEngine();
    const p5 = engine.computeScenario(workbook, 'train');
    const p4d = engine.computeScenario(workbook, scenarioId);
    expect(p5.lines[0]!.monthly[0]).toBeCloseTo(25_318.4, 6);
    expect(p4d.lines[0]!.monthly[0]).toBeCloseTo(32_030.754182784, 6);
    const total = compareKpiRows(columns(workbook)).find((r) => r.key === 'totalCost')!;
    // The table shows money as the scenario's tables do: each month's bill rounded to the cent
    // and summed. p5: 12 x 25,318.40 = 303,820.80; p4d: 32,030.754... -> 32,030.75 a month,
    // 12 x 32,030.75 = 384,369.00 (the unrounded total, 384,369.05, stays in the JSON).
    expect(total.values[0]).toBeCloseTo(303_820.8, 6);
    expect(total.values[1]).toBeCloseTo(384_369.0, 6);
    expect(total.deltas[1]).toBeCloseTo(80_548.2, 6);
    expect(total.better[1]).toBe('worse');
  });

  it("keeps the hours when asked to (the old figure), and follows an edit of the base's hours through the scaling", () => {
    const wb = training();
    const kept = gpuFallbackVariant(wb, 'train', 'ft', undefined, { keepHours: true });
    expect(kept.hours).toEqual({ factor: null, keptBecause: 'asked' });
    expect(kept.workbook.scenarios[1]!.name).toBe('H100 training · fallback p4d.24xlarge, hours kept');
    // 400 h x 25.2512883
    expect(createEngine().computeScenario(kept.workbook, kept.scenarioId).lines[0]!.monthly[0]).toBeCloseTo(
      10_100.51532,
      6,
    );

    const scaled = gpuFallbackVariant(wb, 'train', 'ft');
    // The base's run halves to 50 h: the fallback's becomes 50 x 3.1712 = 158.56 h; 4 runs x 158.56 x 25.2512883 = 16,015.377091392.
    const edited = recordVariantEdits(scaled.workbook, updateLine(scaled.workbook, 'train', 'ft', { hoursPerRun: 50 }));
    const variant = edited.scenarios[1]!;
    expect(variant.lines[0]).toMatchObject({ hoursPerRun: 158.56, instanceType: 'ml.p4d.24xlarge' });
    expect(createEngine().computeScenario(edited, scaled.scenarioId).lines[0]!.monthly[0]).toBeCloseTo(
      16_015.377091392,
      6,
    );
    // Editing another cell of the variant keeps the scaling as a scaling (not a frozen number).
    const runs = recordVariantEdits(edited, updateLine(edited, scaled.scenarioId, 'ft', { runsPerMonth: 2 }));
    expect(runs.scenarios[1]!.link?.changes).toEqual([
      { op: 'set-line', id: 'ft', field: 'instanceType', value: 'ml.p4d.24xlarge' },
      { op: 'scale-line', id: 'ft', field: 'hoursPerRun', factor: 3.1712 },
      { op: 'set-line', id: 'ft', field: 'runsPerMonth', value: 2 },
    ]);
  });

  it("the line's own fallbackInstanceType wins over the usual one; an explicit choice wins over both; no sourced throughput keeps the hours", () => {
    const wb = training({ fallbackInstanceType: 'g5.48xlarge' });
    const own = gpuFallbackVariant(wb, 'train', 'ft');
    expect(own.hours).toEqual({ factor: null, keptBecause: 'no-throughput' });
    expect(own.workbook.scenarios[1]!.name).toBe('H100 training · fallback g5.48xlarge, hours kept');
    const g5 = createEngine().computeScenario(own.workbook, own.scenarioId);
    // 400 h x 20.36
    expect(g5.lines[0]!.monthly[0]).toBeCloseTo(8_144, 6);
    const chosen = gpuFallbackVariant(wb, 'train', 'ft', 'p4d.24xlarge');
    expect(chosen.scenarioId).toBe('train-fallback-p4d.24xlarge');
  });

  it('an instance with no known fallback and none on the line is a readable error', () => {
    const wb = workbookOf([
      {
        id: 's',
        lines: [{ id: 'small', name: 'Small GPU', kind: 'training', instanceType: 'g6.xlarge', hoursPerRun: 10 }],
      },
    ]);
    expect(() => gpuFallbackVariant(wb, 's', 'small')).toThrow(
      "No usual fallback is known for g6.xlarge; set the line's fallback instance type, or choose the instance to compare against.",
    );
    expect(() => gpuFallbackVariant(wb, 's', 'small', 'x9.huge')).toThrow(/Unknown instance type "x9.huge"/);
    expect(() => gpuFallbackVariant(wb, 's', 'small', 'ml.g6.xlarge')).toThrow(
      'Line "Small GPU" already runs on g6.xlarge.',
    );
    const bedrock = templateWorkbook('model-comparison');
    expect(() => gpuFallbackVariant(bedrock, 'opus', 'inference')).toThrow(/only training and endpoint lines/);
  });
});
