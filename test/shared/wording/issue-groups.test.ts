// Price notes (PRICE_DATED, PRICE_REGION_FALLBACK) fire once per line using the price; the app
// and the CLI text show them once per price row with the lines, the JSON keeps one per line.
import { describe, expect, it } from 'vitest';
import { createEngine, type Issue } from '../../../shared/engine';
import { groupIssues, groupWords, lineNamesText, namesFrom } from '../../../shared/wording';
import { workbook } from '../engine/fixtures';

// Three SageMaker training lines on p4d.24xlarge: SageMaker's price is derived from EC2's
// (x 1.15), so each line gets a PRICE_DATED "derived" warning about the same price row. One EC2
// line on the same instance reads a listed price: no note. The two eu-central-1 lines also get
// PRICE_REGION_FALLBACK (the book has no eu-central-1 row for it).
const plan = workbook({
  horizonMonths: 6,
  lines: [
    { id: 'a', name: 'Fine-tune A', kind: 'training', instanceType: 'p4d.24xlarge', hoursPerRun: 10 },
    { id: 'ec2', name: 'On EC2', kind: 'training', platform: 'ec2', instanceType: 'p4d.24xlarge', hoursPerRun: 10 },
    { id: 'b', name: 'Fine-tune B', kind: 'training', instanceType: 'p4d.24xlarge', hoursPerRun: 5, startMonth: 2 },
    { id: 'c', name: 'Fine-tune C', kind: 'training', instanceType: 'p4d.24xlarge', hoursPerRun: 1 },
  ],
});

describe('price notes grouped for display', () => {
  const result = createEngine().computeWorkbook(plan)[0];
  const names = namesFrom(result);

  it('the engine keeps one PRICE_DATED per line; the display shows one per price row', () => {
    const dated = result.issues.filter((i) => i.code === 'PRICE_DATED');
    expect(dated.map((i) => i.lineId)).toEqual(['a', 'b', 'c']);
    const groups = groupIssues(result.issues);
    const shown = groups.filter((g) => g.first.code === 'PRICE_DATED');
    expect(shown).toHaveLength(1);
    expect(shown[0].members).toEqual(dated);
    // Every issue is in exactly one group, none lost.
    expect(groups.flatMap((g) => g.members)).toHaveLength(result.issues.length);
    const words = groupWords(shown[0], names);
    expect(words.text).toMatch(/^3 lines use a derived price for .*p4d\.24xlarge.*, from Jan 2027 \(month 0\)$/);
    expect(words.message).toMatch(/: Fine-tune A, Fine-tune B and Fine-tune C$/);
  });

  it('keeps other issues alone and in order, and different price rows apart', () => {
    const dated = (lineId: string, priceKey: string, month: number): Issue => ({
      severity: 'warning',
      code: 'PRICE_DATED',
      lineId,
      field: 'model',
      params: { priceKey, status: 'promotion', month, note: 'launch price' },
    });
    const other: Issue = {
      severity: 'warning',
      code: 'EU_RESIDENCY',
      lineId: 'x',
      field: 'region',
      params: { reason: 'region', region: 'us-east-1' },
    };
    const issues = [dated('x', 'model/a', 3), other, dated('y', 'model/b', 0), dated('z', 'model/a', 1), other];
    const groups = groupIssues(issues);
    expect(groups.map((g) => [g.index, g.members.length])).toEqual([
      [0, 2],
      [1, 1],
      [2, 1],
      [4, 1],
    ]);
    // The group says the earliest month any of its lines uses the price in.
    expect(groupWords(groups[0], namesFrom({ startMonth: '2027-01', lines: [], pools: [] })).text).toBe(
      // Month 1 of a plan from Jan 2027 is Feb 2027.
      '2 lines use a promotion price for model/a (launch price), from Feb 2027 (month 1)',
    );
  });

  it('names at most five lines, then how many more', () => {
    const n = namesFrom({ startMonth: '2027-01', lines: [], pools: [] });
    expect(lineNamesText(['a'], n)).toBe('a');
    expect(lineNamesText(['a', 'b'], n)).toBe('a and b');
    expect(lineNamesText(['a', 'b', 'c', 'd', 'e'], n)).toBe('a, b, c, d and e');
    expect(lineNamesText(['a', 'b', 'c', 'd', 'e', 'f', 'g'], n)).toBe('a, b, c, d, e and 2 more');
  });
});
