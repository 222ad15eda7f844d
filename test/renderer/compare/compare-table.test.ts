// The comparison's picks and the words in its cells. Figures are hand arithmetic on the
// model-comparison template (10M input + 2M output tokens a day, 30-day months, 24 months,
// one $25K Bedrock POC pool valid 24 months):
// global-endpoint prices per 1M tokens, input / output:
//   Opus 5    $5/$25:  50 + 50 = $100 a day, $3,000 a month, $72,000 in total.
//   Sonnet 5  $3/$15:  30 + 30 =  $60 a day, $1,800 a month, $43,200 in total.
//   Haiku 4.5 $1/$5:   10 + 10 =  $20 a day,   $600 a month, $14,400 in total.
import { describe, expect, it } from 'vitest';
import { compareKpiRows } from '../../../shared/engine';
import { formatMoneyDelta, formatMoneyWhole, formatPercentDelta } from '../../../shared/wording';
import { compareCsvText, compareFileName } from '../../../renderer/src/features/compare/compare-export';
import {
  diffPair,
  makeBaseline,
  movePick,
  OPEN_SOURCE,
  pickKey,
  resolvePicks,
  togglePick,
  uniqueName,
  type CompareSource,
} from '../../../renderer/src/features/compare/compare-picks';
import { deltaCell, valueCell } from '../../../renderer/src/features/compare/kpi-cells';
import { poolIdOf } from '../../../shared/engine';
import { computeAll, modelColumns, template } from './fixtures';

const p = (source: string, scenarioId: string) => ({ source, scenarioId });

describe('picks', () => {
  const a = p(OPEN_SOURCE, 'a');
  const b = p(OPEN_SOURCE, 'b');
  const c = p('file:1', 'c');

  it('toggle in picking order, and the first is the baseline', () => {
    expect(togglePick([], a)).toEqual([a]);
    expect(togglePick([a, b], c)).toEqual([a, b, c]);
    expect(togglePick([a, b, c], b)).toEqual([a, c]);
  });

  it('move to the front as baseline, or one place left and right', () => {
    expect(makeBaseline([a, b, c], pickKey(c))).toEqual([c, a, b]);
    expect(movePick([a, b, c], pickKey(b), -1)).toEqual([b, a, c]);
    expect(movePick([a, b, c], pickKey(c), 1)).toEqual([a, b, c]);
    expect(movePick([a, b, c], pickKey(a), -1)).toEqual([a, b, c]);
  });

  it('give every added file a name of its own', () => {
    expect(uniqueName('plan.creditstack', ['other.creditstack'])).toBe('plan.creditstack');
    expect(uniqueName('plan.creditstack', ['plan.creditstack', 'plan.creditstack (2)'])).toBe('plan.creditstack (3)');
  });

  it('resolve against the sources, dropping scenarios that are gone and naming look-alikes by file', () => {
    const wb = template('model-comparison');
    const results = new Map(computeAll(wb).map((r) => [r.id, r]));
    const sources: CompareSource[] = [
      { key: OPEN_SOURCE, name: 'mine.creditstack', workbook: wb, results, error: null },
      { key: 'file:1', name: 'theirs.creditstack', workbook: wb, results: null, error: null },
    ];
    const resolved = resolvePicks(
      [p(OPEN_SOURCE, 'opus'), p(OPEN_SOURCE, 'gone'), p('file:1', 'opus'), p('file:1', 'haiku')],
      sources,
    );
    expect(resolved.map((r) => r.ref)).toEqual([
      'mine.creditstack#opus',
      'theirs.creditstack#opus',
      'theirs.creditstack#haiku',
    ]);
    expect(resolved.map((r) => r.label)).toEqual([
      'Claude Opus 5 (mine.creditstack)',
      'Claude Opus 5 (theirs.creditstack)',
      'Claude Haiku 4.5',
    ]);
    expect(resolved[0].result?.kpis.totalCost).toBeCloseTo(72_000, 6);
    // The second file is still computing.
    expect(resolved[1].result).toBeUndefined();
  });

  it('diff the chosen pair, or the baseline and the next column', () => {
    const wb = template('model-comparison');
    const sources: CompareSource[] = [{ key: OPEN_SOURCE, name: 'm', workbook: wb, results: null, error: null }];
    const resolved = resolvePicks([p(OPEN_SOURCE, 'opus'), p(OPEN_SOURCE, 'sonnet'), p(OPEN_SOURCE, 'haiku')], sources);
    const keys = (pair: ReturnType<typeof diffPair>) => [pair?.from.scenario.id, pair?.to.scenario.id];
    expect(keys(diffPair(resolved, null, null))).toEqual(['opus', 'sonnet']);
    expect(keys(diffPair(resolved, 'open#haiku', 'open#sonnet'))).toEqual(['haiku', 'sonnet']);
    expect(keys(diffPair(resolved, 'open#removed', null))).toEqual(['opus', 'sonnet']);
    expect(diffPair(resolved.slice(0, 1), null, null)).toBeNull();
  });
});

describe('cells of the comparison table', () => {
  const { wb, columns } = modelColumns();
  const rows = compareKpiRows(columns);
  const row = (key: string) => rows.find((r) => r.key === key)!;
  const ctx = (i: number) => ({ result: columns[i].result, company: wb.company });
  const value = (key: string, i: number) => valueCell(row(key), row(key).values[i], ctx(i)).text;

  it('show totals in whole dollars', () => {
    expect([0, 1, 2].map((i) => value('totalCost', i))).toEqual(['$72,000', '$43,200', '$14,400']);
  });

  it('show the change against the baseline as amount, percentage, arrow and word', () => {
    // 43,200 - 72,000 = -28,800; -28,800 / 72,000 = -40.0%. Cheaper is better.
    expect(deltaCell(row('totalCost'), 1)).toEqual({
      text: '−$28,800 (−40.0%)',
      arrow: '▼',
      verdict: 'better',
      title: '−$28,800 (−40.0%) vs the baseline: better',
    });
    // The baseline column has no change of its own.
    expect(deltaCell(row('totalCost'), 0)).toBeNull();
  });

  it('read the credit cliff as a calendar month, later being better', () => {
    // Opus: 8 x 3,000 = 24,000 leaves 1,000 < 3,000, so cash starts at month 8 = Sep 2027.
    // Sonnet: 13 x 1,800 = 23,400 leaves 1,600 < 1,800: month 13 = Feb 2028, 13 - 8 = 5 months later.
    expect(value('creditCliffMonth', 0)).toBe('Sep 2027');
    expect(value('creditCliffMonth', 1)).toBe('Feb 2028');
    expect(deltaCell(row('creditCliffMonth'), 1)).toMatchObject({
      text: '5.0 months later',
      arrow: '▲',
      verdict: 'better',
    });
    // Haiku: 24 x 600 = 14,400 < 25,000: credits pay every month.
    expect(value('creditCliffMonth', 2)).toBe('No cliff');
    expect(deltaCell(row('creditCliffMonth'), 2)).toMatchObject({ text: 'no cliff now', arrow: '', verdict: 'better' });
  });

  it('read coverage in percent and its change in points', () => {
    // Opus: 25,000 / 72,000 = 34.72%; Haiku: 14,400 / 14,400 = 100%; 100 - 34.72 = +65.3 points.
    expect(value('creditCoverage', 0)).toBe('34.7%');
    expect(deltaCell(row('creditCoverage'), 2)).toMatchObject({ text: '+65.3 pts', arrow: '▲', verdict: 'better' });
  });

  it('show each pool: when it runs out and what it forfeits', () => {
    expect(poolIdOf('pool:poc:depletion')).toBe('poc');
    expect(poolIdOf('totalCost')).toBeNull();
    // Opus: depletion 8 + 1,000 / 3,000 = 8.33 (Sep 2027); Sonnet: 13 + 1,600 / 1,800 = 13.89 (Feb 2028):
    // 13.89 - 8.33 = 50/9 = 5.6 months later.
    expect(value('pool:poc:depletion', 0)).toBe('Sep 2027');
    expect(deltaCell(row('pool:poc:depletion'), 1)).toMatchObject({ text: '5.6 months later', verdict: 'better' });
    expect(value('pool:poc:depletion', 2)).toBe('Not used up');
    // Haiku forfeits 25,000 - 14,400 = 10,600 at expiry; against Opus's 0 there is no percentage.
    expect(value('pool:poc:forfeited', 2)).toBe('$10,600');
    expect(deltaCell(row('pool:poc:forfeited'), 2)).toMatchObject({ text: '+$10,600', arrow: '▲', verdict: 'worse' });
  });

  it('say why runway is blank when the company has no cash on hand, and compare nothing there', () => {
    expect(valueCell(row('cashRunwayMonths'), null, ctx(0))).toEqual({
      text: '—',
      title: 'Enter cash on hand in Settings to see runway.',
      muted: true,
    });
    expect(deltaCell(row('cashRunwayMonths'), 1)).toBeNull();
    // Two scenarios without a cliff: no change (a month row, where blank means "never").
    const noCliff = {
      ...row('creditCliffMonth'),
      values: [null, null],
      deltas: [null, null],
      pct: [null, null],
      better: ['same' as const, 'same' as const],
    };
    expect(deltaCell(noCliff, 1)).toMatchObject({ text: 'no change', arrow: '=' });
  });

  it('leave a pool the column does not have blank, and say when the baseline lacks it', () => {
    const r = { ...row('pool:poc:forfeited'), key: 'pool:other:forfeited' };
    expect(valueCell(r, null, ctx(1)).text).toBe('—');
    expect(deltaCell(r, 1, { base: true, here: false })).toBeNull();
    expect(deltaCell(r, 1, { base: false, here: true })?.text).toBe('not in the baseline');
  });

  it('read a change too small to show as no change, not as better', () => {
    // 0.004 months is under an hour of runway; $0.30 rounds to $0.
    const runway = {
      ...row('creditCoverage'),
      key: 'runwayExtensionMonths',
      unit: 'months' as const,
      values: [0.7, 0.704],
      deltas: [0, 0.004],
      pct: [0, 0.0057],
      better: ['same' as const, 'better' as const],
    };
    expect(deltaCell(runway, 1)).toMatchObject({ text: 'no change', arrow: '=', verdict: 'same' });
    const cost = {
      ...row('totalCost'),
      values: [100, 100.3],
      deltas: [0, 0.3],
      pct: [0, 0.003],
      better: ['same' as const, 'worse' as const],
    };
    expect(deltaCell(cost, 1)).toMatchObject({ text: 'no change', verdict: 'same' });
  });

  it('sign amounts and percentages with a true minus', () => {
    expect(formatMoneyDelta(1200.4, formatMoneyWhole)).toBe('+$1,200');
    expect(formatMoneyDelta(-0.2, formatMoneyWhole)).toBe('$0');
    expect(formatPercentDelta(-0.8)).toBe('−80.0%');
    expect(formatPercentDelta(0.00001)).toBe('0.0%');
  });
});

describe('the comparison as CSV', () => {
  it('names the file after the columns and writes one row per figure', () => {
    expect(compareFileName(['Claude Opus 5', 'Claude Sonnet 5', 'Claude Haiku 4.5'])).toBe(
      'Comparison - Claude Opus 5 vs 2 more.csv',
    );
    expect(compareFileName(['A/B', 'C'])).toBe('Comparison - A B vs C.csv');
    const { columns } = modelColumns();
    const lines = compareCsvText(columns, undefined).trim().split('\r\n');
    expect(lines[0]).toBe(
      'key,kpi,unit,model-comparison.creditstack#opus value,model-comparison.creditstack#opus delta,model-comparison.creditstack#opus pct,' +
        'model-comparison.creditstack#sonnet value,model-comparison.creditstack#sonnet delta,model-comparison.creditstack#sonnet pct,' +
        'model-comparison.creditstack#haiku value,model-comparison.creditstack#haiku delta,model-comparison.creditstack#haiku pct',
    );
    // Run rate at month 0: 3,000 (baseline), 1,800 (-1,200, -1,200 / 3,000 = -0.4), 600 (-2,400, -0.8).
    expect(lines[1]).toBe('runRateMonth0,"Monthly run rate, month 0",usd,3000,0,0,1800,-1200,-0.4,600,-2400,-0.8');
    // Total cost: 72,000 (baseline, change 0), 43,200 (-28,800, -0.4), 14,400 (-57,600, -0.8).
    expect(lines[3]).toBe('totalCost,Total cost,usd,72000,0,0,43200,-28800,-0.4,14400,-57600,-0.8');
  });
});
