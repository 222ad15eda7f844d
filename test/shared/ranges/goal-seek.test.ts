// Goal seek against a bisection written here, on step functions and on the engine.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../../shared/engine';
import { goalSeek, parseTargetSpec, seekBoundary, targetHolds, withAssumptionValues } from '../../../shared/ranges';
import { seriesA } from './series-a';

/** Plain bisection between a point that holds and one that does not, to a width of 1e-9. */
function bisect(holds: (x: number) => boolean, yes: number, no: number): number {
  while (Math.abs(no - yes) > 1e-9) {
    const mid = (yes + no) / 2;
    if (holds(mid)) yes = mid;
    else no = mid;
  }
  return yes;
}

describe('seekBoundary', () => {
  it('finds a step to 1e-6 of the interval, on the holding side', () => {
    const holds = (x: number) => x <= 0.37123;
    const b = seekBoundary(holds, 0, 2);
    expect(b.kind).toBe('flip');
    if (b.kind !== 'flip') return;
    expect(b.holdsBelow).toBe(true);
    expect(holds(b.value)).toBe(true);
    expect(Math.abs(b.value - 0.37123)).toBeLessThanOrEqual(1e-6 * 2);
  });
  it('a target that holds above', () => {
    const b = seekBoundary((x) => Math.floor(x) >= 7, 0, 10);
    expect(b).toMatchObject({ kind: 'flip', holdsBelow: false });
    if (b.kind === 'flip') expect(Math.abs(b.value - 7)).toBeLessThanOrEqual(1e-5);
  });
  it('says everywhere or nowhere', () => {
    expect(seekBoundary(() => true, 0, 1)).toEqual({ kind: 'everywhere' });
    expect(seekBoundary(() => false, 0, 1)).toEqual({ kind: 'nowhere' });
  });
  it('a target that stops and starts again: the first flip', () => {
    const b = seekBoundary((x) => x < 0.3 || x > 0.6, 0, 1);
    expect(b).toMatchObject({ kind: 'flip', holdsBelow: true });
    if (b.kind === 'flip') expect(Math.abs(b.value - 0.3)).toBeLessThanOrEqual(1e-6);
  });
});

describe('targets', () => {
  it('parses every form and refuses the rest', () => {
    expect(parseTargetSpec('cliff>=14')).toEqual({ kind: 'cliff', month: 14 });
    expect(parseTargetSpec('pool:poc >= 12')).toEqual({ kind: 'pool', poolId: 'poc', month: 12 });
    expect(parseTargetSpec('forfeited<=0')).toEqual({ kind: 'forfeited', amount: 0 });
    expect(parseTargetSpec('cash<=1.5e5')).toEqual({ kind: 'cash', amount: 150000 });
    expect(parseTargetSpec('runway>=18')).toEqual({ kind: 'runway', months: 18 });
    expect(() => parseTargetSpec('cliff>14')).toThrow(/is not one of/);
    expect(() => parseTargetSpec('pool:>=3')).toThrow(/is not one of/);
  });
});

describe('goalSeek on the Series-A template', () => {
  const workbook = seriesA();
  const engine = createEngine();
  const at = (growth: number) =>
    engine.computeScenario(withAssumptionValues(workbook, 'stack', new Map([['growth', growth]])), 'stack');

  for (const text of ['cliff>=15', 'pool:poc>=11', 'forfeited<=0', 'cash<=150000']) {
    it(`${text}: matches a bisection`, () => {
      const spec = parseTargetSpec(text);
      const holds = (g: number) => targetHolds(spec, at(g));
      const answer = goalSeek(workbook, 'stack', 'growth', spec, { low: 0, high: 0.3 }, engine);
      expect(answer.value).not.toBeNull();
      if (answer.value === null || !('holdsBelow' in answer)) return;
      // Written here: the ends of [0, 0.3] disagree, then halve.
      const yes = holds(0) ? 0 : 0.3;
      const expected = bisect(holds, yes, yes === 0 ? 0.3 : 0);
      expect(answer.holdsBelow).toBe(yes === 0);
      expect(Math.abs(answer.value - expected)).toBeLessThanOrEqual(1e-6 * 0.3);
      expect(targetHolds(spec, at(answer.value))).toBe(true);
      expect(answer.kpiAtValue).toEqual(at(answer.value).kpis);
    });
  }

  it('the POC forfeits below a growth near 0.03 and not above (holds above)', () => {
    // Point runs of the template: growth 0.02 forfeits $817, 0.03 nothing.
    const answer = goalSeek(
      workbook,
      'stack',
      'growth',
      parseTargetSpec('forfeited<=0'),
      { low: 0, high: 0.1 },
      engine,
    );
    expect(answer).toMatchObject({ holdsBelow: false });
    expect(answer.value).toBeGreaterThan(0.02);
    expect(answer.value).toBeLessThanOrEqual(0.03);
  });

  it('reports a target met everywhere and one met nowhere', () => {
    expect(goalSeek(workbook, 'stack', 'growth', parseTargetSpec('cliff>=10'), { low: 0, high: 0.1 }, engine)).toEqual({
      assumption: 'growth',
      value: null,
      holds: 'everywhere',
    });
    expect(goalSeek(workbook, 'stack', 'growth', parseTargetSpec('cliff>=20'), { low: 0, high: 0.1 }, engine)).toEqual({
      assumption: 'growth',
      value: null,
      holds: 'nowhere',
    });
  });
});
