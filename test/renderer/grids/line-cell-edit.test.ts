import { describe, expect, it } from 'vitest';
import { applyLineCellEdit, lineCellEdit } from '../../../renderer/src/features/lines/line-cell-edit';
import { gridWorkbook, lineOf } from './fixtures';

const wb = gridWorkbook();
const llm = lineOf(wb, 'llm');
const train = lineOf(wb, 'train');
const vec = lineOf(wb, 'vec');
const START = '2027-01';

describe('lineCellEdit', () => {
  it('stores typed quantities as numbers and formulas verbatim', () => {
    expect(lineCellEdit(llm, 'outputTokensPerDay', '2.5M', START)).toEqual({
      kind: 'patch',
      patch: { outputTokensPerDay: 2_500_000 },
    });
    expect(lineCellEdit(llm, 'outputTokensPerDay', 'base / 5', START)).toEqual({
      kind: 'patch',
      patch: { outputTokensPerDay: 'base / 5' },
    });
    expect(lineCellEdit(llm, 'cachedInputShare', '30%', START)).toEqual({
      kind: 'patch',
      patch: { cachedInputShare: 0.3 },
    });
  });

  it('clears a quantity to 0 and an optional field to null (Delete)', () => {
    expect(lineCellEdit(llm, 'outputTokensPerDay', null, START)).toEqual({
      kind: 'patch',
      patch: { outputTokensPerDay: 0 },
    });
    expect(lineCellEdit(vec, 'monthlyCost', null, START)).toEqual({ kind: 'patch', patch: { monthlyCost: null } });
    expect(lineCellEdit(llm, 'fundedBy', null, START)).toEqual({ kind: 'patch', patch: { fundedBy: null } });
    expect(lineCellEdit(train, 'endMonth', null, START)).toEqual({ kind: 'patch', patch: { endMonth: null } });
    // A required select keeps its value.
    expect(lineCellEdit(llm, 'model', null, START)).toBeNull();
  });

  it('reads months as calendar months or offsets and keeps end after start', () => {
    // Fine-tune runs months 2..10; April 2027 is month 3.
    expect(lineCellEdit(train, 'startMonth', '2027-04', START)).toEqual({ kind: 'patch', patch: { startMonth: 3 } });
    expect(lineCellEdit(train, 'endMonth', 'Dec 2027', START)).toEqual({ kind: 'patch', patch: { endMonth: 11 } });
    expect(() => lineCellEdit(train, 'endMonth', '1', START)).toThrow(
      'the line would end (Feb 2027) before it starts (Mar 2027)',
    );
    expect(() => lineCellEdit(train, 'startMonth', 'soon', START)).toThrow('"soon" is not a month');
  });

  it('changes a kind as a kind change, and "—" as no pool', () => {
    expect(lineCellEdit(llm, 'kind', 'service', START)).toEqual({ kind: 'changeKind', to: 'service' });
    expect(lineCellEdit(llm, 'kind', 'bedrock', START)).toBeNull();
    expect(lineCellEdit(llm, 'fundedBy', '', START)).toEqual({ kind: 'patch', patch: { fundedBy: null } });
  });

  it("ignores fields the line's kind does not have and values that did not change", () => {
    expect(lineCellEdit(llm, 'hoursPerRun', '5', START)).toBeNull();
    expect(lineCellEdit(train, 'hoursPerRun', '77', START)).toBeNull();
    expect(lineCellEdit(llm, 'name', '  Summaries ', START)).toBeNull();
  });

  it('drops the monthly cost when a service line is priced as quantity x price item', () => {
    expect(lineCellEdit(vec, 'quantity', '730', START)).toEqual({
      kind: 'patch',
      patch: { quantity: 730, monthlyCost: null },
    });
  });
});

describe('applyLineCellEdit', () => {
  it('applies a valid edit and leaves other lines untouched', () => {
    const next = applyLineCellEdit(wb, 's', 'train', 'hoursPerRun', '100');
    expect(lineOf(next, 'train')).toMatchObject({ hoursPerRun: 100 });
    expect(lineOf(next, 'llm')).toBe(llm);
  });
  it('returns the same workbook when nothing changes (no empty undo step)', () => {
    expect(applyLineCellEdit(wb, 's', 'train', 'hoursPerRun', '77')).toBe(wb);
    expect(applyLineCellEdit(wb, 's', 'gone', 'hoursPerRun', '5')).toBe(wb);
  });
  it('turns a schema refusal into a sentence naming the column', () => {
    expect(() => applyLineCellEdit(wb, 's', 'llm', 'name', 'x'.repeat(201))).toThrow(
      // The name column is headed by the field's label, Name (it was headed "Line").
      'Name must be at most 200 characters',
    );
    expect(() => applyLineCellEdit(wb, 's', 'llm', 'fundedBy', 'nowhere')).toThrow(
      'there is no pool "nowhere" in this scenario',
    );
  });
  it('changes the kind keeping name, timing and funding', () => {
    const next = applyLineCellEdit(wb, 's', 'llm', 'kind', 'endpoint');
    expect(lineOf(next, 'llm')).toMatchObject({ kind: 'endpoint', name: 'Summaries', fundedBy: 'poc', startMonth: 0 });
  });
});
