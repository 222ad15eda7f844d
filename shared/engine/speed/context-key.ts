// When two computations may share a context (the compiled assumptions, expressions and prices
// that line costs are computed in): the same assumptions, calendar and prices, compared by
// value, so that a workbook arriving as new objects with the same values keeps its context.
import type { Scenario, Workbook } from '../../model';

export interface ContextKey {
  assumptions: Scenario['assumptions'];
  startMonth: string;
  horizon: number;
  days: number;
  hours: number;
  overrides: Workbook['priceOverrides'];
  snapshot: Workbook['priceBook'];
}

/**
 * Whether two contexts price and evaluate lines alike: compared by value, so that a workbook
 * arriving as new objects with the same assumptions and prices keeps its context (and with it
 * the compiled expressions and the costs of unchanged lines).
 */
export function sameKey(a: ContextKey, b: ContextKey): boolean {
  return sameExceptValues(a, b) && sameAssumptions(a.assumptions, b.assumptions);
}

/**
 * Whether two contexts differ at most in their assumptions' values: the same calendar, prices and
 * assumption names in the same order. Then a new context need not cost every line again.
 */
export function sameExceptValues(a: ContextKey, b: ContextKey): boolean {
  return (
    a.startMonth === b.startMonth &&
    a.horizon === b.horizon &&
    Object.is(a.days, b.days) &&
    Object.is(a.hours, b.hours) &&
    a.assumptions.length === b.assumptions.length &&
    a.assumptions.every((x, i) => x.name === b.assumptions[i].name) &&
    samePriceTable(a.overrides, b.overrides) &&
    samePriceTable(a.snapshot?.entries ?? null, b.snapshot?.entries ?? null)
  );
}

function sameAssumptions(a: Scenario['assumptions'], b: Scenario['assumptions']): boolean {
  return a === b || (a.length === b.length && a.every((x, i) => x.name === b[i].name && Object.is(x.expr, b[i].expr)));
}

export function samePriceTable(a: Workbook['priceOverrides'] | null, b: Workbook['priceOverrides'] | null): boolean {
  if (a === b) return true;
  if (a === null || b === null) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && sameFields(a[key], b[key]));
}

function sameFields(a: Record<string, number>, b: Record<string, number>): boolean {
  const keys = Object.keys(a);
  return (
    keys.length === Object.keys(b).length && keys.every((key) => Object.hasOwn(b, key) && Object.is(a[key], b[key]))
  );
}
