// Public result and binding types of the expression compiler.
import type { ExprFault } from './expression-faults';
import type { ExprNode } from './expression-tree';

/**
 * A failure has the compiler's `message` (what it refused, for tests, logs and the rare
 * construct) and, where the cause is a common typing mistake, a `fault` the edge words plainly.
 */
export type ExprResult<T> = { ok: true; value: T } | { ok: false; message: string; fault?: ExprFault };

export interface ParsedExpression {
  /** The text exactly as given; never re-printed from the tree. */
  readonly text: string;
  /** Free symbol names used, excluding function names, sorted by code unit, unique. */
  readonly symbols: readonly string[];
  /** The validated tree, our own frozen data (no mathjs objects survive parsing). */
  readonly tree: ExprNode;
}

/**
 * How a name is bound at compile time. A series holds one value per month index; it must not be
 * modified after an expression has been compiled against it (compiled expressions read it live and
 * may share tables derived from it).
 */
export type Binding = { kind: 'constant'; value: number } | { kind: 'series'; values: Float64Array };

/**
 * A compiled expression. A month-independent one is folded to a finite `value`. A month-dependent
 * `at(m)` reads series at index m (0 <= m < series length) and may return NaN or +-Infinity: the
 * caller checks `Number.isFinite` on every value it keeps.
 */
export type CompiledExpression =
  { monthDependent: false; value: number } | { monthDependent: true; at(m: number): number };

export const ok = <T>(value: T): ExprResult<T> => ({ ok: true, value });
export const fail = <T>(message: string, fault?: ExprFault | null): ExprResult<T> =>
  fault === undefined || fault === null ? { ok: false, message } : { ok: false, message, fault };
