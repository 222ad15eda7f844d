// A quantity's or an assumption's expression failure as the data: the compiler's
// diagnostic with its typing fault, or - when a value came out infinite - the division by zero
// behind it, named ("divides by seats, which is 0 in month 2").
import { zeroDivisor, type Binding, type ExprResult } from '../../expr';
import type { ExpressionCache } from './expression-cache';
import type { ExpressionProblem } from './results';

/** known: the names the expression could have meant (for "did you mean" on an unknown name). */
export function failedExpression(
  failure: Extract<ExprResult<unknown>, { ok: false }>,
  known: Iterable<string> = [],
): ExpressionProblem {
  const f = failure.fault;
  if (f === undefined) return { problem: 'expression', detail: failure.message };
  if (f.fault === 'divides-by-zero') return { problem: 'divides-by-zero', divisor: f.divisor, month: f.month };
  if (f.fault === 'unknown-name') {
    const near = closestName(f.name, known);
    if (near !== null) return { problem: 'expression', detail: failure.message, fault: { ...f, suggestion: near } };
  }
  return { problem: 'expression', detail: failure.message, fault: f };
}

/** The known name a typo most likely meant: the same but for case, else at most 1 edit (2 for 5+ letters). */
function closestName(name: string, known: Iterable<string>): string | null {
  const limit = name.length >= 5 ? 2 : 1;
  let best: string | null = null;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    if (candidate === name) continue;
    const d = candidate.toLowerCase() === name.toLowerCase() ? 0 : editDistance(name, candidate, limit);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** Levenshtein distance with adjacent transpositions counting 1 ("budgte" -> "budget"); above limit: limit + 1. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows = [...Array(a.length + 1)].map((_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = d;
    }
  return Math.min(rows[a.length]![b.length]!, limit + 1);
}

/** The division by zero that made `text` non-finite in month m, or null when it was something else. */
export function zeroDivisionIn(
  text: string,
  cache: ExpressionCache,
  bindings: ReadonlyMap<string, Binding>,
  m: number,
): ExpressionProblem | null {
  const parsed = cache.parse(text);
  if (!parsed.ok) return null;
  const divisor = zeroDivisor(parsed.value, (name) => bindings.get(name), m);
  return divisor === null ? null : { problem: 'divides-by-zero', divisor, month: m };
}
