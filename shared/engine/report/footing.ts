// Footing: rounded cells that add up to their rounded total. Each cell is first rounded half away
// from zero on its decimal value; the cents the cells then miss (or exceed) against the total are
// handed out one at a time to the cells whose rounding lost (or gained) the most, the
// largest-remainder method, so no cell moves by more than a cent from its own rounding unless the
// total itself is off by more cents than there are cells.
import { roundToDigits } from '../../expr/round-half-away';
import type { ScenarioResult } from '../compute/results';
import { columnTargets, footBothWays } from './foot-both-ways';

/**
 * Below 2^44 cents a value's cents k come back exactly from (k / 100) * 100, so the fast case of
 * wholeCents may skip that round trip and still give what roundToDigits gives.
 */
const FAST_CENTS_LIMIT = 2 ** 44;

/** Whole cents of x, rounded half away from zero on the decimal value (1.005 -> 101). */
export function wholeCents(x: number): number {
  // roundToDigits(x, 2)'s own fast case, inlined: away from a tie the binary product x * 100
  // rounds as the decimal does. A CSV export calls this once per cell (1.2 million for 10,000
  // lines x 120 months), so the round trip through dollars is worth skipping.
  const ax = x < 0 ? -x : x;
  const scaled = ax * 100;
  if (scaled < FAST_CENTS_LIMIT) {
    const whole = Math.floor(scaled);
    const fraction = scaled - whole;
    if (Math.abs(fraction - 0.5) > scaled * 1e-15) {
      const k = fraction > 0.5 ? whole + 1 : whole;
      return (x < 0 ? -k : k) + 0;
    }
  }
  // Ties (1.005), huge values, NaN and infinities: the decimal text decides.
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
  if (delta === 0 || n === 0 || !Number.isFinite(delta)) return out;
  const step = delta > 0 ? 1 : -1;
  const key = new Float64Array(n);
  for (let i = 0; i < n; i++) key[i] = step * (exact[i] * 100 - out[i]);
  handOut(delta, key, n, new Float64Array(n), out, 0, 1);
  return out;
}

/**
 * The rounded monthly figures every money table of a scenario is built from, in whole cents: the
 * CSV tables and the app's monthly, pools and lines tables alike, so they agree to the cent.
 */
export interface FootedMonths {
  readonly credits: readonly number[];
  readonly cash: readonly number[];
  readonly cost: readonly number[];
  /** Per pool, its draw each month; a month's draws sum to that month's credits, a pool's to what it paid (footedDraws). */
  readonly draws: readonly (readonly number[])[];
}

/**
 * Each result's footed months, made once: the KPI cards, the lines grid, the pools and monthly
 * tables all read them for the same results message (a result is never changed once returned).
 */
const footedOf = new WeakMap<ScenarioResult, FootedMonths>();

export function footedMonths(result: ScenarioResult): FootedMonths {
  let footed = footedOf.get(result);
  if (footed === undefined) footedOf.set(result, (footed = footMonths(result)));
  return footed;
}

function footMonths(result: ScenarioResult): FootedMonths {
  const credits: number[] = [];
  const cash: number[] = [];
  const cost: number[] = [];
  const h = result.horizonMonths;
  for (let m = 0; m < h; m++) {
    credits.push(wholeCents(result.credits[m]));
    cash.push(wholeCents(result.cash[m]));
    cost.push(credits[m] + cash[m]);
  }
  return { credits, cash, cost, draws: footedDraws(result, credits) };
}

/**
 * Per pool, its draw each month in cents: each month's draws add up to the month's credits and
 * each pool's to what it paid (its draws' exact sum rounded, footed against the credits' total
 * within what its draws can reach: columnTargets). Should no table do both, the months alone are
 * footed.
 */
function footedDraws(result: ScenarioResult, credits: readonly number[]): number[][] {
  const { pools, horizonMonths: h } = result;
  if (pools.length === 0) return [];
  const months: number[][] = [];
  for (let m = 0; m < h; m++) months.push(pools.map((p) => p.draw[m] ?? 0));
  let creditCents = 0;
  for (const c of credits) creditCents += c;
  const paid = columnTargets(months, pools.length, creditCents);
  const both = paid === null ? null : footBothWays(months, credits, paid);
  const draws = pools.map(() => new Array<number>(h));
  for (let m = 0; m < h; m++) {
    const month = both?.[m] ?? apportionCents(months[m], credits[m]);
    for (let p = 0; p < pools.length; p++) draws[p][m] = month[p];
  }
  return draws;
}

/** The money totals shown beside the tables, in dollars: each a column sum of the footed months. */
export interface FootedTotals {
  totalCost: number;
  creditsApplied: number;
  cashCost: number;
  /** Per pool, what it paid: the sum of its draw column. */
  poolUsed: number[];
}

/**
 * The summary's totals as the tables add them up, so the KPI cards, the CLI's summary, the CSV
 * summary and the pools table's used read what the monthly table's totals row reads.
 */
export function footedTotals(result: ScenarioResult, months: FootedMonths = footedMonths(result)): FootedTotals {
  const sum = (cents: readonly number[]) => {
    let s = 0;
    for (const c of cents) s += c;
    return s / 100;
  };
  return {
    totalCost: sum(months.cost),
    creditsApplied: sum(months.credits),
    cashCost: sum(months.cash),
    poolUsed: months.draws.map(sum),
  };
}

/**
 * apportionCents for every column of a table, each column to its target: rows[i][c] is row i's
 * exact value in column c (the lines table: a line's cost in each month). Returns the cents
 * row-major, row i's cell c at i * columns + c. The table is read row by row, as it is stored:
 * reading a column across ten thousand rows' arrays costs more than all the rounding.
 */
export function apportionColumns(
  rows: readonly ArrayLike<number>[],
  columns: number,
  targetCents: ArrayLike<number>,
): Float64Array {
  const n = rows.length;
  const cents = new Float64Array(n * columns);
  // What rounding took from each cell, in cents: positive when the cell was rounded down.
  const lost = new Float64Array(n * columns);
  const sums = new Float64Array(columns);
  for (let i = 0, at = 0; i < n; i++) {
    const row = rows[i];
    for (let c = 0; c < columns; c++, at++) {
      const x = row[c] ?? 0;
      const k = wholeCents(x);
      cents[at] = k;
      lost[at] = x * 100 - k;
      sums[c] += k;
    }
  }
  const key = new Float64Array(n);
  const work = new Float64Array(n);
  for (let c = 0; c < columns; c++) {
    const delta = targetCents[c] - sums[c];
    if (delta === 0 || n === 0 || !Number.isFinite(delta)) continue;
    const step = delta > 0 ? 1 : -1;
    for (let i = 0, at = c; i < n; i++, at += columns) key[i] = step * lost[at];
    handOut(delta, key, n, work, cents, c, columns);
  }
  return cents;
}

/**
 * Adds delta cents (finite, not zero) to the n cells out[offset + i * stride], one at a time to
 * the cells with the largest key first (key: what rounding took from the cell, times the sign of
 * delta), ties in cell order, going round again when there are more cents than cells. `work` is
 * scratch of n values.
 */
function handOut(
  delta: number,
  key: Float64Array,
  n: number,
  work: Float64Array,
  out: { [i: number]: number },
  offset: number,
  stride: number,
): void {
  const step = delta > 0 ? 1 : -1;
  const count = delta > 0 ? delta : -delta;
  // Every cell takes the whole rounds; the rest goes one cent each to the first cells in that
  // order. Only which cells take one is needed, not their order, so nothing is sorted.
  const rounds = Math.floor(count / n);
  const rest = count - rounds * n;
  if (rounds > 0) for (let i = 0; i < n; i++) out[offset + i * stride] += rounds * step;
  if (rest === 0) return;
  work.set(key.subarray(0, n));
  const threshold = kthLargest(work, n, rest - 1);
  let above = 0;
  for (let i = 0; i < n; i++) if (key[i] > threshold) above++;
  let ties = rest - above;
  for (let i = 0, at = offset; i < n; i++, at += stride) {
    if (key[i] > threshold) out[at] += step;
    else if (ties > 0 && key[i] === threshold) {
      out[at] += step;
      ties--;
    }
  }
}

/** The value at position k (0-based) of a[0..n) sorted largest first; reorders a (Hoare's select). */
function kthLargest(a: Float64Array, n: number, k: number): number {
  let lo = 0;
  let hi = n - 1;
  while (lo < hi) {
    const pivot = a[(lo + hi) >> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (a[i] > pivot) i++;
      while (a[j] < pivot) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    }
    // Now a[lo..j] >= pivot >= a[i..hi], and anything between j and i equals the pivot.
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return a[k];
  }
  return a[k];
}
