// How a diff reads (field names, model names, calendar months, pool names) and what the variant
// dialogs offer. The diff is the engine's, computed between two template scenarios.
import { describe, expect, it } from 'vitest';
import { diffScenarios } from '../../../shared/engine';
import type { BedrockLine, TrainingLine } from '../../../shared/model';
import { bundledPriceBook } from '../../../shared/prices';
import { changeView, diffSummary, diffValue, fieldLabel } from '../../../renderer/src/features/compare/diff-view';
import { fallbackChoices, modelGroups } from '../../../renderer/src/features/variants/variant-choices';
import { computeAll, template } from './fixtures';

const book = bundledPriceBook();

describe('the diff in words', () => {
  const wb = template('model-comparison');
  const [opus, sonnet] = computeAll(wb);
  const side = (i: number, result: typeof opus) => ({ scenario: wb.scenarios[i], result });
  const diff = diffScenarios(side(0, opus), side(1, sonnet));

  it('names the swapped model and its cost effect', () => {
    const line = diff.lines.find((l) => l.id === 'inference')!;
    const model = line.changes.find((c) => c.field === 'model')!;
    expect(changeView('line', model, wb.scenarios[0], wb.scenarios[1])).toEqual({
      label: 'Model',
      before: 'Claude Opus 5',
      after: 'Claude Sonnet 5',
      note: null,
    });
    // Sonnet 5 24 x 1,800 = 43,200 less Opus 5 24 x 3,000 = 72,000: -28,800 over the horizon.
    expect(line.effect).toBeCloseTo(-28_800, 6);
  });

  it('labels fields as the grids and settings do', () => {
    expect(fieldLabel('line', 'inputTokensPerDay')).toBe('Input tokens/day');
    expect(fieldLabel('pool', 'validityMonths')).toBe('Valid for');
    // The assumptions grid heads the column "Value or formula"; the diff said "Value".
    expect(fieldLabel('assumption', 'expr')).toBe('Value or formula');
    expect(fieldLabel('setting', 'horizonMonths')).toBe('Horizon (months)');
    expect(fieldLabel('setting', 'company.cashOnHand')).toBe('Cash on hand');
    expect(fieldLabel('setting', 'priceOverrides.bedrock/claude-sonnet-4.input')).toBe(
      'Price override bedrock/claude-sonnet-4 (input)',
    );
  });

  it('writes values as a finance lead would', () => {
    const s = { startMonth: '2027-01', pools: wb.scenarios[0].pools };
    // Month offset 3 of a Jan 2027 scenario is Apr 2027.
    expect(diffValue('line', 'startMonth', 3, s)).toBe('Apr 2027 (month 3)');
    expect(diffValue('line', 'endMonth', null, s)).toBe('end of horizon');
    expect(diffValue('line', 'fundedBy', 'poc', s)).toBe('Bedrock POC');
    expect(diffValue('pool', 'amount', 25_000, s)).toBe('$25,000.00');
    expect(diffValue('pool', 'program', 'bedrock-poc', s)).toBe('Bedrock POC funding');
    expect(diffValue('line', 'inputTokensPerDay', 10_000_000, s)).toBe('10,000,000');
    expect(diffValue('line', 'creditEligible', false, s)).toBe('no');
    expect(diffValue('setting', 'startMonth', '2027-04', s)).toBe('Apr 2027');
  });

  it('sums up what changed', () => {
    // The scenarios differ in the one line (model, name, notes) and nothing else.
    expect(
      diffSummary(
        [
          { noun: 'line', rows: diff.lines },
          { noun: 'pool', rows: diff.pools },
        ],
        diff.settings.length,
      ),
    ).toBe('Line: 1 changed');
    expect(diffSummary([], 0)).toBe('The two scenarios have the same lines, pools, assumptions and settings.');
  });
});

describe('what the variant dialogs offer', () => {
  const line = template('model-comparison').scenarios[1].lines[0] as BedrockLine;

  it('preselects Opus and Haiku for a Sonnet line (never its own model) and marks the current model', () => {
    const { groups, preselected } = modelGroups(line, book);
    // The current Opus, Sonnet and Haiku at their global-endpoint prices (the book's base rows).
    expect(preselected).toEqual(['claude-opus-5', 'claude-haiku-4-5']);
    expect(groups[0].label).toBe('Usual comparison');
    expect(groups[0].models.map((m) => [m.id, m.current, m.price])).toEqual([
      ['claude-opus-5', false, '$5 / $25 per 1M tokens'],
      ['claude-sonnet-5', true, '$3 / $15 per 1M tokens'],
      ['claude-haiku-4-5', false, '$1 / $5 per 1M tokens'],
    ]);
    // Every model of the book is offered once.
    expect(groups.flatMap((g) => g.models).length).toBe(book.models.length);
  });

  it('offers the line’s own fallback first, then the usual ones, then other GPUs', () => {
    const series = template('series-a').scenarios[0].lines.find((l) => l.id === 'sm-training') as TrainingLine;
    // p4d.24xlarge with its own fallback g5.48xlarge (also the usual one, so listed once).
    const { choices, preselected } = fallbackChoices(series, book);
    expect(preselected).toBe('g5.48xlarge');
    expect(choices[0]).toMatchObject({ id: 'g5.48xlarge', reason: 'line' });
    expect(choices.filter((c) => c.id === 'g5.48xlarge')).toHaveLength(1);
    expect(choices.some((c) => c.id === 'p4d.24xlarge')).toBe(false);

    const h100: TrainingLine = { ...series, instanceType: 'ml.p5.48xlarge', fallbackInstanceType: null };
    const usual = fallbackChoices(h100, book);
    expect(usual.choices.slice(0, 2).map((c) => [c.id, c.reason])).toEqual([
      ['p4d.24xlarge', 'usual'],
      ['g5.48xlarge', 'usual'],
    ]);
    expect(usual.preselected).toBe('p4d.24xlarge');
  });
});
