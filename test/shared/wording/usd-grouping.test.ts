// Issue texts write dollars with thousands separators. The wording does it without the locale
// machinery (slow enough to show in an edit); the text must be what en-US formatting gives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupedInteger } from '../../../shared/wording';

describe('groupedInteger', () => {
  it('groups digits by three with commas', () => {
    expect(groupedInteger(0)).toBe('0');
    expect(groupedInteger(999)).toBe('999');
    expect(groupedInteger(1_000)).toBe('1,000');
    expect(groupedInteger(-1_234_567)).toBe('-1,234,567');
  });

  it('matches toLocaleString("en-US") for any integer, safe or not', () => {
    const integer = fc.oneof(
      fc.integer(),
      fc.maxSafeInteger(),
      fc.double({ min: -1e25, max: 1e25, noNaN: true }).map(Math.round),
      fc.constantFrom(-0, 2 ** 53, 1e21, -(2 ** 53) - 2),
    );
    fc.assert(
      fc.property(integer, (n) => {
        expect(groupedInteger(n)).toBe(n.toLocaleString('en-US'));
      }),
      { numRuns: 5_000 },
    );
  });
});
