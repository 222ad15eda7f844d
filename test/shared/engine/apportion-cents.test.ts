// apportionCents picks the cells to adjust in one pass when only a few cents are missing; it must
// give exactly what sorting every cell by what rounding took from it gives (the largest-remainder
// method, ties in cell order), which is written out plainly here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportionCents, wholeCents } from '../../../shared/engine';

function bySortingEveryCell(exact: number[], targetCents: number): number[] {
  const out = exact.map(wholeCents);
  let delta = targetCents - out.reduce((a, b) => a + b, 0);
  if (delta === 0 || exact.length === 0) return out;
  const lost = (i: number) => exact[i] * 100 - out[i];
  const order = exact.map((_, i) => i);
  order.sort(delta > 0 ? (a, b) => lost(b) - lost(a) : (a, b) => lost(a) - lost(b));
  const step = delta > 0 ? 1 : -1;
  for (let k = 0; delta !== 0; k = (k + 1) % exact.length, delta -= step) out[order[k]] += step;
  return out;
}

describe('apportionCents', () => {
  it('hands out the missing cents to the cells rounding moved most', () => {
    // 0.333 + 0.333 + 0.334 = 1.00: cells round to 33 + 33 + 33 = 99 cents, one cent short; the
    // third cell lost the most (0.4 of a cent against 0.3), so it takes the cent: 33, 33, 34.
    expect(apportionCents([0.333, 0.333, 0.334], 100)).toEqual([33, 33, 34]);
    // Taking a cent back: 0.336 x 3 rounds to 34 x 3 = 102 against 101; all gained 0.4 of a
    // cent, so the first cell gives it back (ties in cell order): 33, 34, 34.
    expect(apportionCents([0.336, 0.336, 0.336], 101)).toEqual([33, 34, 34]);
  });

  it('equals sorting every cell, for few and for many missing cents', () => {
    const cell = fc.oneof(
      fc.integer({ min: -100_000, max: 100_000 }).map((k) => k / 1000),
      fc.integer({ min: 0, max: 3_000 }).map((k) => k / 7),
      fc.constantFrom(0, 0.005, 1.005, 2.675, -1.005),
    );
    fc.assert(
      fc.property(
        fc.array(cell, { minLength: 1, maxLength: 200 }),
        fc.integer({ min: -150, max: 150 }),
        (exact, off) => {
          const target = exact.map(wholeCents).reduce((a, b) => a + b, 0) + off;
          expect(apportionCents(exact, target)).toEqual(bySortingEveryCell(exact, target));
        },
      ),
      { numRuns: 400 },
    );
  });
});
