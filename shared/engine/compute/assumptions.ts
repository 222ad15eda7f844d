// Assumptions are named drivers that may reference each other and the month. They are
// resolved in dependency order; a cycle or an unknown name is an EXPR_ERROR on the
// assumptions involved (and on those that depend on them), while the rest still resolve.
import { compileExpression, RESERVED_NAMES, type Binding } from '../../expr';
import type { Assumption } from '../../model';
import type { ExpressionCache } from './expression-cache';
import { failedExpression, zeroDivisionIn } from './expression-problems';
import type { ExpressionProblem, Issue } from './results';

export interface ResolvedAssumptions {
  /** Builtins (m, month, year) and every assumption that resolved. */
  bindings: Map<string, Binding>;
  /** Assumptions that failed (a line that uses one fails too). */
  failed: Set<string>;
  issues: Issue[];
}

const BUILTINS = ['m', 'month', 'year'] as const;

export function builtinBindings(
  horizon: number,
  calendar: { month: Float64Array; year: Float64Array },
): Map<string, Binding> {
  const m = new Float64Array(horizon);
  for (let i = 0; i < horizon; i++) m[i] = i;
  return new Map<string, Binding>([
    ['m', { kind: 'series', values: m }],
    ['month', { kind: 'series', values: calendar.month }],
    ['year', { kind: 'series', values: calendar.year }],
  ]);
}

/** Evaluates a month-dependent result into a series, or returns the first bad month. */
function toSeries(
  at: (m: number) => number,
  horizon: number,
): { values: Float64Array } | { badMonth: number; value: number } {
  const values = new Float64Array(horizon);
  for (let m = 0; m < horizon; m++) {
    const v = at(m);
    if (!Number.isFinite(v)) return { badMonth: m, value: v };
    values[m] = v;
  }
  return { values };
}

export function resolveAssumptions(
  assumptions: readonly Assumption[],
  builtins: Map<string, Binding>,
  horizon: number,
  cache: ExpressionCache,
): ResolvedAssumptions {
  const bindings = new Map(builtins);
  const failed = new Set<string>();
  const issues: Issue[] = [];
  const byName = new Map<string, Assumption>();
  const fail = (name: string, problem: ExpressionProblem) => {
    failed.add(name);
    issues.push({ severity: 'error', code: 'EXPR_ERROR', assumption: name, field: 'expr', params: problem });
  };

  for (const a of assumptions) {
    if (RESERVED_NAMES.has(a.name) || (BUILTINS as readonly string[]).includes(a.name))
      fail(a.name, { problem: 'reserved-name' });
    else byName.set(a.name, a);
  }

  // Depth-first resolution; `visiting` holds the current path so a cycle can be named.
  const state = new Map<string, 'visiting' | 'done'>();
  const path: string[] = [];

  const resolve = (name: string): void => {
    if (state.get(name) === 'done') return;
    const a = byName.get(name)!;
    if (typeof a.expr === 'number') {
      bindings.set(name, { kind: 'constant', value: a.expr });
      state.set(name, 'done');
      return;
    }
    const parsed = cache.parse(a.expr);
    if (!parsed.ok) {
      fail(name, failedExpression(parsed));
      state.set(name, 'done');
      return;
    }
    state.set(name, 'visiting');
    path.push(name);
    for (const symbol of parsed.value.symbols) {
      if (!byName.has(symbol)) continue;
      if (state.get(symbol) === 'visiting') {
        const cycle = [...path.slice(path.indexOf(symbol)), symbol];
        for (const member of cycle.slice(0, -1)) {
          if (!failed.has(member)) fail(member, { problem: 'circular', cycle });
        }
      } else {
        resolve(symbol);
      }
    }
    path.pop();
    state.set(name, 'done');
    if (failed.has(name)) return;

    const broken = parsed.value.symbols.find((s) => failed.has(s));
    if (broken !== undefined) {
      fail(name, { problem: 'uses-failed', name: broken });
      return;
    }
    const compiled = compileExpression(parsed.value, (s) => bindings.get(s));
    if (!compiled.ok) {
      fail(name, failedExpression(compiled, [...builtins.keys(), ...byName.keys()]));
      return;
    }
    if (!compiled.value.monthDependent) {
      bindings.set(name, { kind: 'constant', value: compiled.value.value });
      return;
    }
    const series = toSeries(compiled.value.at, horizon);
    if ('badMonth' in series)
      fail(
        name,
        zeroDivisionIn(a.expr, cache, bindings, series.badMonth) ?? {
          problem: 'not-finite',
          month: series.badMonth,
          value: series.value,
        },
      );
    else bindings.set(name, { kind: 'series', values: series.values });
  };

  for (const name of byName.keys()) resolve(name);
  return { bindings, failed, issues };
}
