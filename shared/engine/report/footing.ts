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
  const delta = targetCents - sum;
  if (delta === 0 || n === 0) return out;
  // What rounding took from each cell, in cents: positive when the cell was rounded down.
  const lost = new Float64Array(n);
  for (let i = 0; i < n; i++) lost[i] = exact[i] * 100 - out[i];
  const step = delta > 0 ? 1 : -1;
  const count = Math.abs(delta);
  // The cells that lost the most (gained the most when cents are to be taken back) come first,
  // ties in cell order. Usually only a few cents are missing, so those cells are picked in one
  // pass instead of sorting every cell (a 10,000-line table has 120 such months).
  const order = count <= PICK_LIMIT ? pickFirst(lost, count, step) : sortAll(lost, step);
  for (let k = 0, left = count; left > 0; k = (k + 1) % n, left--) out[order[k]] += step;
  return out;
}

const PICK_LIMIT = 64;

/** The first `count` cells of sortAll(lost, step), in that order, found in one pass. */
function pickFirst(lost: Float64Array, count: number, step: number): number[] {
  const picked: number[] = [];
  for (let i = 0; i < lost.length; i++) {
    const key = step * lost[i];
    if (picked.length === count) {
      if (key <= step * lost[picked[count - 1]]) continue;
      picked.pop();
    }
    // Strictly greater moves ahead, so among equal keys the earlier cell stays first.
    let at = picked.length;
    while (at > 0 && key > step * lost[picked[at - 1]]) at--;
    picked.splice(at, 0, i);
  }
  return picked;
}

/** Every cell, the most lost first (most gained first when step is -1), ties in cell order. */
function sortAll(lost: Float64Array, step: number): number[] {
  const order = Array.from({ length: lost.length }, (_, i) => i);
  return order.sort((a, b) => step * (lost[b] - lost[a]));
}
