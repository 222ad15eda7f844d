// AWS's "largest charge first" in the month a credit runs dry, without sorting every charge:
// only the charges the balance can reach are sorted, with a radix sort on their bits.
import { DUST } from '../compute/credit-rule';
import type { Run } from './simulation-run';
import { EXPONENTS, LITTLE_ENDIAN, SHORT_SORT, sortPositive } from './sort-positive';

/**
 * The month a pool runs dry: pays `balance` to the charges eligibleNow[0..n) largest first,
 * ties in line order. The amounts paid depend on the sorted amounts alone, so only the amounts
 * are sorted; which of several equal charges is paid follows line order, which is the order
 * of eligibleNow.
 */
export function payLargestFirst(run: Run, n: number, paidPerLine: Float64Array, balance: number): void {
  const { eligibleNow, remaining } = run;
  for (let i = 0; i < n; i++) run.sortBuffer[i] = remaining[eligibleNow[i]];
  // A few charges are sorted whole: the walk below stops at the same one either way.
  const reached = n <= SHORT_SORT ? n : reachableCount(run.sortBuffer, n, balance, run.exponentTotals);
  const values = run.sortBuffer.subarray(0, reached);
  sortPositive(values, run.radixBuffer);
  // Walk the amounts from the largest, as the payments happen: the smallest amount reached,
  // what its last charge got, and how many charges of that amount were reached.
  let left = balance;
  let lastValue = 0;
  let lastPay = 0;
  let tiesAtLast = 0;
  for (let i = reached - 1; i >= 0; i--) {
    const v = values[i];
    const pay = Math.min(left, v);
    tiesAtLast = v === lastValue && i < reached - 1 ? tiesAtLast + 1 : 1;
    lastValue = v;
    lastPay = pay;
    left -= pay;
    if (left <= DUST) break;
  }
  // Charges above the last amount are paid in full; of those equal to it, the first
  // tiesAtLast in line order are, the last of them receiving lastPay.
  for (let i = 0; i < n; i++) {
    const l = eligibleNow[i];
    const v = remaining[l];
    if (v > lastValue) {
      paidPerLine[l] += v;
      remaining[l] = 0;
    } else if (v === lastValue && tiesAtLast > 0) {
      const pay = tiesAtLast === 1 ? lastPay : v;
      remaining[l] -= pay;
      paidPerLine[l] += pay;
      tiesAtLast--;
    }
  }
}

/**
 * Moves to the front of values[0..n) (positive numbers) those that paying `balance` largest
 * first can reach, and returns how many: every value of the highest binary exponents whose total
 * passes the balance by a millionth, a margin far above the rounding of any order of adding
 * them. The walk from the largest then spends the balance inside them, so only they need
 * sorting - in a short month usually a fraction of the charges. Values of one exponent are
 * kept or left together, so equal values stay together. `totals` (one per exponent) is zero
 * before and after.
 */
function reachableCount(values: Float64Array, n: number, balance: number, totals: Float64Array): number {
  if (!LITTLE_ENDIAN) return n;
  const words = new Uint32Array(values.buffer, values.byteOffset, 2 * n); // [low, high] per value
  let lowest = EXPONENTS;
  let highest = -1;
  for (let i = 0; i < n; i++) {
    const e = words[2 * i + 1] >>> 20; // sign 0, then the 11 exponent bits
    totals[e] += values[i];
    if (e < lowest) lowest = e;
    if (e > highest) highest = e;
  }
  const needed = balance * (1 + 1e-6);
  let cut = lowest;
  let total = 0;
  for (let e = highest; e > lowest; e--) {
    total += totals[e];
    if (total >= needed) {
      cut = e;
      break;
    }
  }
  totals.fill(0, lowest, highest + 1);
  if (cut === lowest) return n;
  let count = 0;
  for (let i = 0; i < n; i++) if (words[2 * i + 1] >>> 20 >= cut) values[count++] = values[i];
  return count;
}
