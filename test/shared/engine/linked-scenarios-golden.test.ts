// A based-on Opus variant of the seed example follows its base. Hand arithmetic:
// Seed example: Sonnet 4 line, input "10e6 * (1 + growth)^m" tokens a day, output 2M a day, 30-day
// months, one $25,000 Bedrock POC pool valid 12 months, growth 0.
// - Sonnet: 10M x $3 + 2M x $15 = $30 + $30 = $60 a day = $1,800 a month.
// - Opus variant (the model set to claude-opus-4-1, nothing else): 10M x $15 + 2M x $75 = $150 +
//   $150 = $300 a day = $9,000 a month; the pool: 25,000 - 2 x 9,000 = 7,000 left at month 2,
//   depletion = 2 + 7,000 / 9,000 = 2.777... (2.78).
// The base's growth becomes 0.05 (month m input = 10M x 1.05^m):
// - Opus month 0: unchanged, $9,000. Month 1: 10.5M x 15 + 150 = 307.5 a day = $9,225.
//   Month 2: 11.025M x 15 + 150 = 315.375 a day = $9,461.25. Left at month 2: 25,000 - 9,000 - 9,225
//   = 6,775; depletion = 2 + 6,775 / 9,461.25 = 2.716078...
// The base's pool becomes $50,000: 50,000 - 9,000 - 9,225 - 9,461.25 = 22,313.75 left at month 3;
//   month 3 = 11.57625M x 15 + 150 = 323.64375 a day = 9,709.3125; month 4 = 12.1550625M x 15 + 150
//   = 332.3259375 a day = 9,969.778125; left at month 4: 22,313.75 - 9,709.3125 = 12,604.4375;
//   month 5 = 12.762815625M x 15 + 150 = 341.442234375 a day = 10,243.26703125; left at month 5:
//   12,604.4375 - 9,969.778125 = 2,634.659375; depletion = 5 + 2,634.659375 / 10,243.26703125.
import { describe, expect, it } from 'vitest';
import { createEngine, editAssumption, modelVariants, recordVariantEdits, updatePool } from '../../../shared/engine';
import { parseWorkbookText, serializeWorkbook } from '../../../shared/io';
import { workbookSchema, type Workbook } from '../../../shared/model';

const seed: Workbook = workbookSchema.parse({
  format: 'creditstack.workbook',
  version: 2,
  scenarios: [
    {
      id: 'sonnet',
      name: 'Sonnet 4',
      startMonth: '2027-01',
      assumptions: [{ name: 'growth', expr: '0' }],
      pools: [{ id: 'poc', name: 'Bedrock POC', program: 'bedrock-poc', amount: 25000, validityMonths: 12 }],
      lines: [
        {
          id: 'sum',
          name: 'Summarization',
          kind: 'bedrock',
          model: 'claude-sonnet-4',
          inputTokensPerDay: '10e6 * (1 + growth)^m',
          outputTokensPerDay: 2000000,
          fundedBy: 'poc',
        },
      ],
    },
  ],
});

describe('a based-on Opus variant of the seed example', () => {
  const engine = createEngine();
  const { workbook, scenarioIds } = modelVariants(seed, 'sonnet', 'sum', ['claude-opus-4-1']);
  const opusId = scenarioIds[0]!;

  it('gives $9,000 a month and depletes the $25K pool at 2.78', () => {
    const [sonnet, opus] = engine.computeWorkbook(workbook);
    expect(sonnet!.cost[0]).toBeCloseTo(1800, 9);
    expect(opus!.cost[0]).toBeCloseTo(9000, 9);
    expect(opus!.cost[5]).toBeCloseTo(9000, 9);
    expect(opus!.pools[0]!.depletionMonth).toBeCloseTo(2 + 7000 / 9000, 9);
    expect(opus!.issues.filter((i) => i.code.startsWith('LINK_'))).toEqual([]);
  });

  it('follows the base when its growth changes, exactly', () => {
    const grown = recordVariantEdits(workbook, editAssumption(workbook, 'sonnet', 'growth', { expr: '0.05' }));
    // The variant still holds only its own change.
    expect(grown.scenarios[1]!.link?.changes).toEqual([
      { op: 'set-line', id: 'sum', field: 'model', value: 'claude-opus-4-1' },
    ]);
    const opus = engine.computeScenario(grown, opusId);
    expect(opus.cost[0]).toBeCloseTo(9000, 9);
    expect(opus.cost[1]).toBeCloseTo(9225, 9);
    expect(opus.cost[2]).toBeCloseTo(9461.25, 9);
    expect(opus.pools[0]!.depletionMonth).toBeCloseTo(2 + 6775 / 9461.25, 9);

    const bigger = recordVariantEdits(grown, updatePool(grown, 'sonnet', 'poc', { amount: 50000 }));
    const opus50 = engine.computeScenario(bigger, opusId);
    expect(opus50.pools[0]!.amount).toBe(50000);
    expect(opus50.cost[3]).toBeCloseTo(9709.3125, 9);
    expect(opus50.cost[4]).toBeCloseTo(9969.778125, 9);
    expect(opus50.pools[0]!.depletionMonth).toBeCloseTo(5 + 2634.659375 / 10243.26703125, 9);

    // Saved and opened again, the variant is still its base plus the one change, with the same figures.
    const reopened = parseWorkbookText(serializeWorkbook(bigger));
    if (!reopened.ok) throw new Error(reopened.error.message);
    expect(createEngine().computeScenario(reopened.workbook, opusId).pools[0]!.depletionMonth).toBeCloseTo(
      5 + 2634.659375 / 10243.26703125,
      9,
    );
  });

  it('recomputes only what changed: an edit of another scenario leaves the variant object as it was', () => {
    const withOther = {
      ...workbook,
      scenarios: [...workbook.scenarios, { ...workbook.scenarios[0]!, id: 'other', name: 'Other' }],
    };
    const edited = recordVariantEdits(withOther, editAssumption(withOther, 'other', 'growth', { expr: '0.1' }));
    expect(edited.scenarios[1]).toBe(withOther.scenarios[1]);
  });
});
