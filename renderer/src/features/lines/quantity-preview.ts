// The value a quantity cell shows: a typed number as is, an expression evaluated for one
// month with the scenario's assumptions resolved exactly as the engine resolves them (same
// resolver, same compiler). Only cells in view ask, and each expression text compiles once.
import { builtinBindings, resolveAssumptions, calendarSeries, ExpressionCache } from '../../../../shared/engine';
import { expressionFailureText, expressionProblemText } from '../../../../shared/wording';
import { compileExpression, zeroDivisor, type Binding, type CompiledExpression } from '../../../../shared/expr';
import type { Assumption, Quantity } from '../../../../shared/model';

type PreviewValue =
  | {
      ok: true;
      value: number;
      /** typed as an expression */ formula: boolean;
      /** changes with the month */ varies: boolean;
    }
  | { ok: false; message: string };

export type AssumptionValue =
  | { ok: true; varies: false; value: number }
  | { ok: true; varies: true; first: number; last: number; min: number; max: number }
  | { ok: false; message: string };

export interface QuantityPreview {
  readonly startMonth: string;
  readonly horizon: number;
  /** A quantity's value in month m (clamped into the horizon). */
  evaluate(quantity: Quantity, m: number): PreviewValue;
  /** An assumption's computed value over the horizon. */
  assumption(name: string): AssumptionValue;
}

export interface PreviewScenario {
  startMonth: string;
  horizonMonths: number;
  assumptions: readonly Assumption[];
}

// Parsing is the slow step; the renderer keeps one cache for every preview it builds.
const sharedCache = new ExpressionCache();

type Compiled = { ok: true; value: CompiledExpression } | { ok: false; message: string };

export function createQuantityPreview(
  scenario: PreviewScenario,
  cache: ExpressionCache = sharedCache,
): QuantityPreview {
  const horizon = scenario.horizonMonths;
  const builtins = builtinBindings(horizon, calendarSeries(scenario.startMonth, horizon));
  const resolved = resolveAssumptions(scenario.assumptions, builtins, horizon, cache);
  const compiled = new Map<string, Compiled>();
  const lookup = (name: string): Binding | undefined => resolved.bindings.get(name);

  /** A text compiled against the resolved assumptions; a failure in the words the issues use. */
  const compileText = (text: string): Compiled => {
    const parsed = cache.parse(text);
    if (!parsed.ok) return { ok: false, message: expressionFailureText(parsed, scenario.startMonth) };
    const broken = parsed.value.symbols.find((s) => resolved.failed.has(s));
    if (broken !== undefined)
      return { ok: false, message: expressionProblemText({ problem: 'uses-failed', name: broken }) };
    const result = compileExpression(parsed.value, lookup);
    return result.ok ? result : { ok: false, message: expressionFailureText(result, scenario.startMonth) };
  };

  const compile = (text: string): Compiled => {
    let result = compiled.get(text);
    if (result === undefined) compiled.set(text, (result = compileText(text)));
    return result;
  };

  const clamp = (m: number) => Math.min(Math.max(0, Math.floor(m)), horizon - 1);

  return {
    startMonth: scenario.startMonth,
    horizon,
    evaluate(quantity, m) {
      if (typeof quantity === 'number') return { ok: true, value: quantity, formula: false, varies: false };
      const result = compile(quantity);
      if (!result.ok) return result;
      if (!result.value.monthDependent) return { ok: true, value: result.value.value, formula: true, varies: false };
      const month = clamp(m);
      const value = result.value.at(month);
      if (!Number.isFinite(value)) {
        // budget / seats with seats 0 that month: say which divisor, not just "not finite".
        const parsed = cache.parse(quantity);
        const divisor = parsed.ok ? zeroDivisor(parsed.value, lookup, month) : null;
        const problem =
          divisor === null
            ? ({ problem: 'not-finite', month, value } as const)
            : ({ problem: 'divides-by-zero', divisor, month } as const);
        return { ok: false, message: expressionProblemText(problem, undefined, scenario.startMonth) };
      }
      return { ok: true, value, formula: true, varies: true };
    },
    assumption(name) {
      if (resolved.failed.has(name)) {
        const issue = resolved.issues.find((i) => i.assumption === name);
        return {
          ok: false,
          message:
            issue?.code === 'EXPR_ERROR'
              ? expressionProblemText(issue.params, name, scenario.startMonth)
              : 'has an error',
        };
      }
      const binding = resolved.bindings.get(name);
      if (binding === undefined) return { ok: false, message: `no assumption named "${name}"` };
      if (binding.kind === 'constant') return { ok: true, varies: false, value: binding.value };
      const values = binding.values;
      let min = Infinity;
      let max = -Infinity;
      for (const v of values) {
        if (v < min) min = v;
        if (v > max) max = v;
      }
      // A series that never moves (e.g. "year > 2000") reads as the constant it is.
      if (min === max) return { ok: true, varies: false, value: min };
      return { ok: true, varies: true, first: values[0], last: values[values.length - 1], min, max };
    },
  };
}
