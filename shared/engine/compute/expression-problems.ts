// A quantity's or an assumption's expression failure as the data: the compiler's
// diagnostic with its typing fault, or - when a value came out infinite - the division by zero
// behind it, named ("divides by seats, which is 0 in month 2").
import { zeroDivisor, type Binding, type ExprResult } from '../../expr';
import type { ExpressionCache } from './expression-cache';
import type { ExpressionProblem } from './results';

export function failedExpression(failure: Extract<ExprResult<unknown>, { ok: false }>): ExpressionProblem {
  const f = failure.fault;
  if (f === undefined) return { problem: 'expression', detail: failure.message };
  if (f.fault === 'divides-by-zero') return { problem: 'divides-by-zero', divisor: f.divisor, month: f.month };
  return { problem: 'expression', detail: failure.message, fault: f };
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
