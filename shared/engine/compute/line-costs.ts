// A line's monthly cost, exactly as the domain defines it for each kind (the formula is in the
// kind's module, shared/kinds). Quantities are numbers or compiled expressions; month-independent
// ones are evaluated once, and a line whose quantities are all constant is priced once and
// copied across its active months.
//
// Each kind's cost is a function of up to four quantity values. The common case - every value
// inside its bounds - runs as one tight loop without building any message; at the first value
// out of bounds the line is evaluated again the careful way, which finds and describes the
// first problem month by month.
import { compileExpression, type Binding, type CompiledExpression, type ExprResult } from '../../expr';
import type { Bounds, CostFormula, CostSetup, PriceProblem, QuantityValue } from '../../kinds/kind';
import { kindOf } from '../../kinds/registry';
import type { Line } from '../../model';
import type { PriceNote, PriceResolver } from '../../prices';
import { monthIndex } from './calendar';
import type { ExpressionCache } from './expression-cache';
import { failedExpression, zeroDivisionIn } from './expression-problems';
import type { ExpressionProblem, Issue } from './results';

export interface LineContext {
  horizon: number;
  /** The scenario's first calendar month ("YYYY-MM"), for dated prices. */
  startMonth: string;
  daysPerMonth: number;
  hoursPerMonth: number;
  bindings: Map<string, Binding>;
  failedAssumptions: ReadonlySet<string>;
  prices: PriceResolver;
  cache: ExpressionCache;
  /** Compiled expressions by text: the bindings are fixed for the context's life, so a text compiles once. */
  compiled: Map<string, ExprResult<CompiledExpression>>;
}

export interface LineCost {
  monthly: Float64Array;
  total: number;
  /** Shared and empty for the (usual) line without issues: read, never push. */
  issues: readonly Issue[];
}

/** No real line costs more than this in a month; above it a figure is a typo or an overflow. */
const MAX_MONTHLY_COST = 1e12;
const NO_ISSUES: readonly Issue[] = Object.freeze([]);
const MAX_COMPILED = 50_000;

// Quantities and the setup state are plain objects from one literal each, not class instances:
// a literal's shape survives garbage collection, so the compiled hot code is not thrown away
// whenever no instance happens to be alive.

/** One quantity: a constant, or a function of the month, with its bounds. */
interface Quantity extends QuantityValue {
  readonly field: string;
  /** The expression as typed (null for a number): read again only to explain a non-finite month. */
  readonly text: string | null;
  readonly min: number;
  readonly max: number;
}

/** A line's quantities and issues while its kind's module sets up its cost. */
interface LineSetup extends CostSetup {
  readonly line: Line;
  readonly ctx: LineContext;
  readonly quantities: Quantity[];
  issues: Issue[] | null;
  /** False once a quantity failed: the line then costs nothing. */
  complete: boolean;
}

// The setup's methods are shared functions (not closures made per line).
function addQuantity(this: LineSetup, field: string, value: number | string, bounds: Bounds): Quantity | null {
  const q = compileQuantity(this, field, value, bounds);
  if (q === null) this.complete = false;
  else this.quantities.push(q);
  return q;
}

function priceMissing(this: LineSetup, field: string, problem: PriceProblem): void {
  report(this, { severity: 'error', code: 'PRICE_MISSING', lineId: this.line.id, field, params: problem });
}

function incomplete(this: LineSetup, field: string): void {
  quantityError(this, field, { problem: 'needs-cost' });
}

function priceNote(this: LineSetup, field: string, note: PriceNote, month: number): void {
  const target = { severity: 'warning' as const, lineId: this.line.id, field };
  if (note.code === 'PRICE_REGION_FALLBACK')
    report(this, {
      ...target,
      code: note.code,
      params: { region: note.region, usedRegion: note.usedRegion, priceKey: note.key },
    });
  else
    report(this, {
      ...target,
      code: note.code,
      params: { priceKey: note.key, status: note.status, month, note: note.note },
    });
}

function monthOffset(this: LineSetup, calendar: string): number {
  return monthIndex(calendar) - monthIndex(this.ctx.startMonth);
}

function startSetup(line: Line, ctx: LineContext): LineSetup {
  return {
    line,
    ctx,
    quantities: [],
    issues: null,
    complete: true,
    prices: ctx.prices,
    daysPerMonth: ctx.daysPerMonth,
    hoursPerMonth: ctx.hoursPerMonth,
    quantity: addQuantity,
    priceMissing,
    incomplete,
    priceNote,
    monthOffset,
  };
}

function report(setup: LineSetup, issue: Issue): void {
  (setup.issues ??= []).push(issue);
}

function quantityError(setup: LineSetup, field: string | undefined, problem: ExpressionProblem): null {
  report(setup, { severity: 'error', code: 'EXPR_ERROR', lineId: setup.line.id, field, params: problem });
  return null;
}

function compileQuantity(setup: LineSetup, field: string, value: number | string, bounds: Bounds): Quantity | null {
  let constant = 0;
  let at: ((m: number) => number) | null = null;
  if (typeof value === 'number') {
    constant = value;
  } else {
    const { ctx } = setup;
    const failed = ctx.failedAssumptions;
    // A text is compiled only after it parsed and used no failed assumption, and the failed
    // assumptions are fixed for the context's life: with none failed, a compiled text needs no
    // second look at its parse.
    let compiled = failed.size === 0 ? ctx.compiled.get(value) : undefined;
    if (compiled === undefined) {
      const parsed = ctx.cache.parse(value);
      if (!parsed.ok) return quantityError(setup, field, failedExpression(parsed));
      const broken = failed.size === 0 ? undefined : parsed.value.symbols.find((s) => failed.has(s));
      if (broken !== undefined) return quantityError(setup, field, { problem: 'uses-failed', name: broken });
      compiled = ctx.compiled.get(value);
      if (compiled === undefined) {
        compiled = compileExpression(parsed.value, (name) => ctx.bindings.get(name));
        if (ctx.compiled.size >= MAX_COMPILED) ctx.compiled.clear(); // a crude bound, like the parse cache's
        ctx.compiled.set(value, compiled);
      }
    }
    if (!compiled.ok) return quantityError(setup, field, failedExpression(compiled, ctx.bindings.keys()));
    if (compiled.value.monthDependent) at = compiled.value.at;
    else constant = compiled.value.value;
  }
  if (at === null && !(constant >= bounds.min && constant <= bounds.max)) {
    return quantityError(setup, field, {
      problem: 'out-of-bounds',
      min: bounds.min,
      max: bounds.max,
      value: constant,
      month: null,
    });
  }
  return { field, text: typeof value === 'string' ? value : null, constant, at, min: bounds.min, max: bounds.max };
}

/** Last active month of the line within the horizon. */
function lastMonth(line: Line, horizon: number): number {
  return Math.min(horizon - 1, line.endMonth ?? Number.MAX_SAFE_INTEGER);
}

const usableCost = (cost: number) => cost >= 0 && cost <= MAX_MONTHLY_COST; // negated use catches NaN

/**
 * The common case: fills `monthly` over months first..last and returns true when every value
 * stays inside its bounds and every month's cost is usable. Returns false (monthly then partly
 * written) otherwise.
 */
function fillMonthly(
  quantities: readonly Quantity[],
  formula: CostFormula,
  monthly: Float64Array,
  first: number,
  last: number,
): boolean {
  const q0 = quantities[0];
  const q1 = quantities[1];
  const q2 = quantities[2];
  const q3 = quantities[3];
  const q4 = quantities[4];
  const at0 = q0?.at ?? null;
  const at1 = q1?.at ?? null;
  const at2 = q2?.at ?? null;
  const at3 = q3?.at ?? null;
  const at4 = q4?.at ?? null;
  const c0 = q0?.constant ?? 0;
  const c1 = q1?.constant ?? 0;
  const c2 = q2?.constant ?? 0;
  const c3 = q3?.constant ?? 0;
  const c4 = q4?.constant ?? 0;
  if (at0 === null && at1 === null && at2 === null && at3 === null && at4 === null) {
    const cost = formula.cost(formula, c0, c1, c2, c3, c4);
    if (first <= last && !usableCost(cost)) return false;
    for (let m = first; m <= last; m++) monthly[m] = cost;
    return true;
  }
  for (let m = first; m <= last; m++) {
    const a = at0 === null ? c0 : at0(m);
    const b = at1 === null ? c1 : at1(m);
    const c = at2 === null ? c2 : at2(m);
    const d = at3 === null ? c3 : at3(m);
    const e = at4 === null ? c4 : at4(m);
    // Constants were checked when compiled; a month's value is checked here (negated: NaN fails).
    if (at0 !== null && !(a >= q0.min && a <= q0.max)) return false;
    if (at1 !== null && !(b >= q1.min && b <= q1.max)) return false;
    if (at2 !== null && !(c >= q2.min && c <= q2.max)) return false;
    if (at3 !== null && !(d >= q3.min && d <= q3.max)) return false;
    if (at4 !== null && !(e >= q4.min && e <= q4.max)) return false;
    const cost = formula.cost(formula, a, b, c, d, e);
    if (!usableCost(cost)) return false;
    monthly[m] = cost;
  }
  return true;
}

/** Calls `each` with every price period's formula and its months within first..last (one period unless prices are dated). */
function forEachPeriod(
  formula: CostFormula,
  first: number,
  last: number,
  each: (f: CostFormula, from: number, to: number) => boolean,
): boolean {
  let from = first;
  for (let f: CostFormula | null = formula; f !== null && from <= last; f = f.then) {
    const to = Math.min(last, f.until);
    if (to >= from && !each(f, from, to)) return false;
    from = Math.max(from, to + 1);
  }
  return true;
}

/**
 * The careful evaluation, month by month and quantity by quantity: finds the first value out of
 * bounds (or unusable cost) and records it. Only runs when fillMonthly found a problem.
 */
function describeFirstProblem(
  quantities: readonly Quantity[],
  formula: CostFormula,
  setup: LineSetup,
  first: number,
  last: number,
): boolean {
  const values = new Float64Array(5);
  let dynamic = false;
  for (let i = 0; i < quantities.length; i++) {
    values[i] = quantities[i].constant;
    if (quantities[i].at !== null) dynamic = true;
  }
  const costProblem = (cost: number, m: number | null): boolean => {
    if (usableCost(cost)) return false;
    // Blame the quantity that overflowed: the largest of the unbounded ones (hours a run of 1e12,
    // not the 8 instances it multiplies).
    let blamed = 0;
    for (let i = 1; i < quantities.length; i++)
      if (quantities[i].max === Number.MAX_VALUE && !(Math.abs(values[i]) <= Math.abs(values[blamed]))) blamed = i;
    quantityError(setup, quantities[blamed]?.field, {
      problem: 'unusable-cost',
      value: cost,
      month: m,
      max: MAX_MONTHLY_COST,
    });
    return true;
  };
  if (!dynamic)
    return (
      first <= last && costProblem(formula.cost(formula, values[0], values[1], values[2], values[3], values[4]), null)
    );
  for (let m = first; m <= last; m++) {
    for (let i = 0; i < quantities.length; i++) {
      const q = quantities[i];
      if (q.at === null) continue;
      const v = q.at(m);
      if (!(v >= q.min && v <= q.max)) {
        const { ctx } = setup;
        const zero = Number.isFinite(v) || q.text === null ? null : zeroDivisionIn(q.text, ctx.cache, ctx.bindings, m);
        quantityError(setup, q.field, zero ?? { problem: 'out-of-bounds', min: q.min, max: q.max, value: v, month: m });
        return true;
      }
      values[i] = v;
    }
    if (costProblem(formula.cost(formula, values[0], values[1], values[2], values[3], values[4]), m)) return true;
  }
  return false;
}

/** `monthly` receives the costs: zeros of the horizon's length (the engine hands out views of one block). */
export function computeLineCost(line: Line, ctx: LineContext, monthly = new Float64Array(ctx.horizon)): LineCost {
  const setup = startSetup(line, ctx);
  const formula = kindOf(line).setUpCost(line, setup);
  const priced = formula !== null && setup.complete;
  const first = line.startMonth;
  const last = lastMonth(line, ctx.horizon);
  if (
    !priced ||
    !forEachPeriod(formula, first, last, (f, from, to) => fillMonthly(setup.quantities, f, monthly, from, to))
  ) {
    if (priced)
      forEachPeriod(formula, first, last, (f, from, to) => !describeFirstProblem(setup.quantities, f, setup, from, to));
    // An error leaves the whole line at zero (and flagged) so the rest of the model still computes.
    monthly.fill(0);
    return { monthly, total: 0, issues: setup.issues ?? NO_ISSUES };
  }
  let total = 0;
  for (let m = 0; m < monthly.length; m++) total += monthly[m];
  return { monthly, total, issues: setup.issues ?? NO_ISSUES };
}
