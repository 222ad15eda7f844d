// apportionCents picks the cells to adjust in one pass when only a few cents are missing; it must
// give exactly what sorting every cell by what rounding took from it gives (the largest-remainder
// method, ties in cell order), which is written out plainly here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { apportionCents, apportionColumns, wholeCents } from '../../../shared/engine';
import { roundToDigits } from '../../../shared/expr/round-half-away';

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

const cell = fc.oneof(
  fc.integer({ min: -100_000, max: 100_000 }).map((k) => k / 1000),
  fc.integer({ min: 0, max: 3_000 }).map((k) => k / 7),
  fc.constantFrom(0, 0.005, 1.005, 2.675, -1.005),
);

describe('wholeCents', () => {
  it('is roundToDigits(x, 2) in cents, its fast case included', () => {
    // wholeCents skips the round trip through dollars away from ties; it must not change a cent.
    const plain = (x: number) => Math.round(roundToDigits(x, 2) * 100) + 0;
    const anyNumber = fc.oneof(
      cell,
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.double({ min: -1e13, max: 1e13, noNaN: true }),
      // Half cents near and past the fast case's limit (2^44 cents, about $176 billion).
      fc.integer({ min: 0, max: 2 ** 30 }).map((k) => (2 ** 44 - 2 ** 29 + k) / 100 + 0.005),
    );
    fc.assert(
      fc.property(anyNumber, (x) => {
        expect(Object.is(wholeCents(x), plain(x))).toBe(true);
      }),
      { numRuns: 3000 },
    );
    expect(wholeCents(1.005)).toBe(101);
    expect(Object.is(wholeCents(-0.001), 0)).toBe(true);
    expect(wholeCents(Number.NaN)).toBeNaN();
  });
});

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

  it('apportionColumns foots each column as apportionCents foots it alone', () => {
    fc.assert(
      fc.property(
        fc
          .integer({ min: 1, max: 12 })
          .chain((columns) =>
            fc.tuple(
              fc.constant(columns),
              fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { minLength: 1, maxLength: 60 }),
              fc.array(fc.integer({ min: -90, max: 90 }), { minLength: columns, maxLength: columns }),
            ),
          ),
        ([columns, rows, offs]) => {
          const column = (c: number) => rows.map((r) => r[c]);
          const targets = offs.map(
            (off, c) =>
              column(c)
                .map(wholeCents)
                .reduce((a, b) => a + b, 0) + off,
          );
          const cents = apportionColumns(
            rows.map((r) => Float64Array.from(r)),
            columns,
            targets,
          );
          for (let c = 0; c < columns; c++) {
            const got = rows.map((_, i) => cents[i * columns + c]);
            expect(got).toEqual(bySortingEveryCell(column(c), targets[c]));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
