// Shared bindings and small wrappers for the expression tests.
import {
  compileExpression,
  parseExpression,
  type Binding,
  type CompiledExpression,
  type ExprResult,
} from '../../../shared/expr';

export const MONTHS = 120;
/** m: the month index 0..119. */
export const M = Float64Array.from({ length: MONTHS }, (_, i) => i);
/** month: calendar month 1..12, the plan starting in January. */
export const CALENDAR_MONTH = Float64Array.from({ length: MONTHS }, (_, i) => (i % 12) + 1);
/** year: 2027, 2027, ... then 2028 from m = 12. */
export const YEAR = Float64Array.from({ length: MONTHS }, (_, i) => 2027 + Math.floor(i / 12));
/** users: a month-dependent assumption, 100 + 10 m. */
export const USERS = Float64Array.from({ length: MONTHS }, (_, i) => 100 + 10 * i);

const BINDINGS = new Map<string, Binding>([
  ['m', { kind: 'series', values: M }],
  ['month', { kind: 'series', values: CALENDAR_MONTH }],
  ['year', { kind: 'series', values: YEAR }],
  ['users', { kind: 'series', values: USERS }],
  ['growth', { kind: 'constant', value: 0.05 }],
  ['big', { kind: 'constant', value: 1e308 }],
  ['a', { kind: 'constant', value: 3 }],
  ['b', { kind: 'constant', value: -2.5 }],
  ['x', { kind: 'constant', value: 0 }],
]);

export const resolveTestName = (name: string): Binding | undefined => BINDINGS.get(name);

/** Parses and compiles with the test bindings; parse errors come back as compile errors. */
export function compileText(text: string): ExprResult<CompiledExpression> {
  const parsed = parseExpression(text);
  return parsed.ok ? compileExpression(parsed.value, resolveTestName) : parsed;
}

/** The folded value of a month-independent expression; fails the test otherwise. */
export function constantOf(text: string): number {
  const c = compileText(text);
  if (!c.ok) throw new Error(`${text}: ${c.message}`);
  if (c.value.monthDependent) throw new Error(`${text}: unexpectedly month-dependent`);
  return c.value.value;
}

/** at(m) of a month-dependent expression; fails the test otherwise. */
export function monthlyOf(text: string): (m: number) => number {
  const c = compileText(text);
  if (!c.ok) throw new Error(`${text}: ${c.message}`);
  if (!c.value.monthDependent) throw new Error(`${text}: unexpectedly month-independent`);
  return c.value.at;
}

/** The error message of a refused expression (parse or compile); fails the test if accepted. */
export function errorOf(text: string): string {
  const c = compileText(text);
  if (c.ok) throw new Error(`${JSON.stringify(text.slice(0, 80))} was accepted`);
  return c.message;
}
