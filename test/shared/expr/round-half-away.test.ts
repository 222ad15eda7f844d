// round(x, digits) agrees with mathjs's plain number rounding, which also rounds the shortest
// decimal text of x half away from zero (used here as an independent oracle only).
import fc from 'fast-check';
import { round as mathjsRound } from 'mathjs/number';
import { describe, expect, it } from 'vitest';
import { roundHalfAway, roundToDigits } from '../../../shared/expr/round-half-away';

const oracle = (x: number, digits: number) => mathjsRound(x, digits) as number;

describe('roundToDigits', () => {
  it('matches the oracle on arbitrary doubles', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer({ min: 0, max: 15 }), (x, d) => {
        expect(roundToDigits(x, d) === oracle(x, d), `round(${x}, ${d})`).toBe(true);
      }),
      // Found by this property: x * 10 is past 2^52, yet the decimal text still has a digit to drop.
      { numRuns: 20_000, examples: [[-457761020215727.44, 1]] },
    );
  });

  it('matches the oracle on decimal ties such as 1.005 and 2.675', () => {
    // x = k / 10^(d+1) with last digit 5: exactly the values where binary and decimal disagree.
    const tie = fc.tuple(fc.integer({ min: -1e9, max: 1e9 }), fc.integer({ min: 0, max: 8 })).map(([k, d]) => ({
      x: Number(`${k}5e-${d + 1}`),
      d,
    }));
    fc.assert(
      fc.property(tie, ({ x, d }) => {
        expect(roundToDigits(x, d) === oracle(x, d), `round(${x}, ${d})`).toBe(true);
      }),
      { numRuns: 20_000 },
    );
  });

  it('leaves NaN and infinities alone', () => {
    expect(roundToDigits(NaN, 2)).toBeNaN();
    expect(roundToDigits(Infinity, 2)).toBe(Infinity);
    expect(roundHalfAway(-Infinity)).toBe(-Infinity);
  });
});
