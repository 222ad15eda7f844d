// Footing: rounded cells that add up to their rounded total. Each cell is first rounded half away
// from zero on its decimal value; the cents the cells then miss (or exceed) against the total are
// handed out one at a time to the cells whose rounding lost (or gained) the most, the
// largest-remainder method, so no cell moves by more than a cent from its own rounding unless the
// total itself is off by more cents than there are cells.
import { roundToDigits } from '../../expr/round-half-away';

/** Whole cents of x, rounded half away from zero on the decimal value (1.005 -> 101). */
export function wholeCents(x: number): number {
  return Math.round(roundToDigits(x, 2) * 100) + 0;
}

/** Whole cents for each exact value, adjusted so that they sum to targetCents (needs a cell). */
export function apportionCents(exact: ArrayLike<number>, targetCents: number): number[] {
  const n = exact.length;
  const out = new Array<number>(n);
  let sum = 0;
  for (let i = 0; i < n; i++) {
    out[i] = wholeCents(exact[i]);
    sum += out[i];
  }
  let delta = targetCents - sum;
  if (delta === 0 || n === 0) return out;
  // What rounding took from each cell, in cents: positive when the cell was rounded down.
  const order = Array.from({ length: n }, (_, i) => i);
  const lost = (i: number) => exact[i] * 100 - out[i];
  order.sort(delta > 0 ? (a, b) => lost(b) - lost(a) : (a, b) => lost(a) - lost(b));
  const step = delta > 0 ? 1 : -1;
  for (let k = 0; delta !== 0; k = (k + 1) % n, delta -= step) out[order[k]] += step;
  return out;
}
