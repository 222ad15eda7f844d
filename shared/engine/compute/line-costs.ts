// A line's monthly cost, exactly as the domain defines it for each kind. Quantities are
// numbers or compiled expressions; month-independent ones are evaluated once, and a line
// whose quantities are all constant is priced once and copied across its active months.
//
// Each kind's cost is a function of up to four quantity values. The common case - every value
// inside its bounds - runs as one tight loop without building any message; at the first value
// out of bounds the line is evaluated again the careful way, which finds and describes the
// first problem month by month.
import { compileExpression, type Binding, type CompiledExpression, type ExprResult } from '../../expr';
import type { Line } from '../../model';
import type { PriceResolver } from '../../prices';
import type { ExpressionCache } from './expression-cache';
import type { Issue } from './results';

export interface LineContext {
  horizon: number;
  daysPerMonth: number;
  hoursPerMonth: number;
  bindings: Map<string, Binding>;
  failedAssumptions: Map<string, string>;
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

/**
 * How a line's month cost follows from its quantity values: which kind's formula, with its
 * prices. Data rather than a closure per line, so that the month loop calls no function.
 */
interface CostFormula {
  readonly kind: FormulaKind;
  /**
   * The prices the formula uses. Bedrock: k0 input, k1 cache read, k2 batch input, k3 output,
   * k4 batch output (USD per million tokens), k5 days per month. Training and endpoint: k0 the
   * hourly price. A priced service quantity: k0 the unit price.
   */
  readonly k0: number;
  readonly k1: number;
  readonly k2: number;
  readonly k3: number;
  readonly k4: number;
  readonly k5: number;
}

type FormulaKind = 'bedrock' | 'training' | 'endpoint' | 'monthlyCost' | 'pricedQuantity';

function costFormula(kind: FormulaKind, k0 = 0, k1 = 0, k2 = 0, k3 = 0, k4 = 0, k5 = 0): CostFormula {
  return { kind, k0, k1, k2, k3, k4, k5 };
}

/** A line's cost in one month from its quantity values a, b, c, d (in field order; unused ones 0). */
function costInMonth(f: CostFormula, a: number, b: number, c: number, d: number): number {
  switch (f.kind) {
    case 'bedrock': {
      // Per day: the on-demand share at on-demand (and cache-read) prices, the batch share at batch
      // prices. a, b: input and output tokens; c: cached share; d: batch share.
      const inputRate = (1 - d) * ((1 - c) * f.k0 + c * f.k1) + d * f.k2;
      const outputRate = (1 - d) * f.k3 + d * f.k4;
      return (f.k5 * (a * inputRate + b * outputRate)) / 1e6;
    }
    case 'training':
      // runs x hours x instances x hourly price, less the spot discount.
      return c * b * a * f.k0 * (1 - d);
    case 'endpoint':
      return a * b * f.k0;
    case 'monthlyCost':
      return a;
    case 'pricedQuantity':
      return a * f.k0;
  }
}

interface Bounds {
  readonly min: number;
  readonly max: number;
}
const NON_NEGATIVE: Bounds = { min: 0, max: Number.MAX_VALUE };
const SHARE: Bounds = { min: 0, max: 1 };
const SPOT: Bounds = { min: 0, max: 0.9 };
const ENDPOINT_HOURS: Bounds = { min: 0, max: 744 };
/** No real line costs more than this in a month; above it a figure is a typo or an overflow. */
const MAX_MONTHLY_COST = 1e12;
const NO_ISSUES: readonly Issue[] = Object.freeze([]);
const MAX_COMPILED = 50_000;

// Quantities and the setup state are plain objects from one literal each, not class instances:
// a literal's shape survives garbage collection, so the compiled hot code is not thrown away
// whenever no instance happens to be alive.

/** One quantity: a constant, or a function of the month. */
interface Quantity {
  readonly field: string;
  readonly constant: number;
  readonly at: ((m: number) => number) | null;
  readonly min: number;
  readonly max: number;
}

function describeBounds(q: Bounds): string {
  if (q.max === Number.MAX_VALUE) return 'must not be negative';
  return `must be between ${q.min} and ${q.max}`;
}

const lineLabel = (line: Line) => line.name || line.id;

/** A line's quantities and issues while its cost is being set up. */
interface LineSetup {
  readonly line: Line;
  readonly ctx: LineContext;
  readonly quantities: Quantity[];
  issues: Issue[] | null;
  /** False once a quantity failed: the line then costs nothing. */
  complete: boolean;
}

function startSetup(line: Line, ctx: LineContext): LineSetup {
  return { line, ctx, quantities: [], issues: null, complete: true };
}

function report(setup: LineSetup, issue: Issue): void {
  (setup.issues ??= []).push(issue);
}

function quantityError(setup: LineSetup, field: string, message: string): null {
  const { line } = setup;
  report(setup, { severity: 'error', code: 'EXPR_ERROR', message: `${lineLabel(line)}: ${field}: ${message}`, lineId: line.id, field });
  return null;
}

function priceMissing(setup: LineSetup, field: string, message: string): void {
  const { line } = setup;
  report(setup, { severity: 'error', code: 'PRICE_MISSING', message: `${lineLabel(line)}: ${message}`, lineId: line.id, field });
}

/** Compiles one quantity field and adds it to the setup, or records why it cannot be computed. */
function addQuantity(setup: LineSetup, field: string, value: number | string, bounds: Bounds): Quantity | null {
  const q = compileQuantity(setup, field, value, bounds);
  if (q === null) setup.complete = false;
  else setup.quantities.push(q);
  return q;
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
      if (!parsed.ok) return quantityError(setup, field, parsed.message);
      const broken = failed.size === 0 ? undefined : parsed.value.symbols.find((s) => failed.has(s));
      if (broken !== undefined) return quantityError(setup, field, `uses "${broken}", which has an error`);
      compiled = ctx.compiled.get(value);
      if (compiled === undefined) {
        compiled = compileExpression(parsed.value, (name) => ctx.bindings.get(name));
        if (ctx.compiled.size >= MAX_COMPILED) ctx.compiled.clear(); // a crude bound, like the parse cache's
        ctx.compiled.set(value, compiled);
      }
    }
    if (!compiled.ok) return quantityError(setup, field, compiled.message);
    if (compiled.value.monthDependent) at = compiled.value.at;
    else constant = compiled.value.value;
  }
  if (at === null && !(constant >= bounds.min && constant <= bounds.max)) {
    return quantityError(setup, field, `${describeBounds(bounds)} (is ${constant})`);
  }
  return { field, constant, at, min: bounds.min, max: bounds.max };
}

/** Sets up the line's quantities and prices; returns its cost formula, or null when it cannot be priced. */
function setUpLine(line: Line, ctx: LineContext, setup: LineSetup): CostFormula | null {
  switch (line.kind) {
    case 'bedrock': {
      addQuantity(setup, 'inputTokensPerDay', line.inputTokensPerDay, NON_NEGATIVE);
      addQuantity(setup, 'outputTokensPerDay', line.outputTokensPerDay, NON_NEGATIVE);
      const cachedShare = addQuantity(setup, 'cachedInputShare', line.cachedInputShare, SHARE);
      addQuantity(setup, 'batchShare', line.batchShare, SHARE);
      const price = ctx.prices.bedrock(line.model, line.endpointScope);
      if (!price.ok) {
        priceMissing(setup, 'model', price.message);
        return null;
      }
      const p = price.value;
      // Without a cache-read price, cached tokens are billed at the full input price.
      const cacheRead = p.cacheRead ?? p.input;
      const usesCache = cachedShare !== null && (cachedShare.at !== null || cachedShare.constant > 0);
      if (p.cacheRead === null && usesCache)
        priceMissing(setup, 'cachedInputShare', `no cache-read price for ${line.model}; cached tokens are priced as input`);
      return costFormula('bedrock', p.input, cacheRead, p.batchInput, p.output, p.batchOutput, ctx.daysPerMonth);
    }
    case 'training': {
      addQuantity(setup, 'instanceCount', line.instanceCount, NON_NEGATIVE);
      addQuantity(setup, 'hoursPerRun', line.hoursPerRun, NON_NEGATIVE);
      addQuantity(setup, 'runsPerMonth', line.runsPerMonth, NON_NEGATIVE);
      addQuantity(setup, 'spotDiscount', line.spotDiscount, SPOT);
      const price = ctx.prices.instance(line.instanceType, line.platform === 'ec2' ? 'ec2' : 'sagemakerTraining');
      if (!price.ok) {
        priceMissing(setup, 'instanceType', price.message);
        return null;
      }
      return costFormula('training', price.value);
    }
    case 'endpoint': {
      addQuantity(setup, 'instanceCount', line.instanceCount, NON_NEGATIVE);
      addQuantity(setup, 'hoursPerMonth', line.hoursPerMonth ?? ctx.hoursPerMonth, ENDPOINT_HOURS);
      const price = ctx.prices.instance(line.instanceType, 'sagemakerInference');
      if (!price.ok) {
        priceMissing(setup, 'instanceType', price.message);
        return null;
      }
      return costFormula('endpoint', price.value);
    }
    case 'service': {
      if (line.monthlyCost !== null) {
        addQuantity(setup, 'monthlyCost', line.monthlyCost, NON_NEGATIVE);
        return costFormula('monthlyCost');
      }
      if (line.quantity !== null && line.priceItem !== null) {
        addQuantity(setup, 'quantity', line.quantity, NON_NEGATIVE);
        const price = ctx.prices.serviceItem(line.priceItem);
        if (!price.ok) {
          priceMissing(setup, 'priceItem', price.message);
          return null;
        }
        return costFormula('pricedQuantity', price.value.price);
      }
      report(setup, {
        severity: 'error',
        code: 'EXPR_ERROR',
        message: `${lineLabel(line)}: needs a monthly cost, or a quantity and a price item`,
        lineId: line.id,
        field: 'monthlyCost',
      });
      return null;
    }
  }
}

/** Last active month of the line within the horizon. */
function lastMonth(line: Line, horizon: number): number {
  return Math.min(horizon - 1, line.endMonth ?? Number.MAX_SAFE_INTEGER);
}

const usableCost = (cost: number) => cost >= 0 && cost <= MAX_MONTHLY_COST; // negated use catches NaN

/**
 * The common case: fills `monthly` and returns true when every value stays inside its bounds
 * and every month's cost is usable. Returns false (monthly then partly written) otherwise.
 */
function fillMonthly(line: Line, quantities: readonly Quantity[], formula: CostFormula, monthly: Float64Array): boolean {
  const first = line.startMonth;
  const last = lastMonth(line, monthly.length);
  const q0 = quantities[0];
  const q1 = quantities[1];
  const q2 = quantities[2];
  const q3 = quantities[3];
  const at0 = q0?.at ?? null;
  const at1 = q1?.at ?? null;
  const at2 = q2?.at ?? null;
  const at3 = q3?.at ?? null;
  const c0 = q0?.constant ?? 0;
  const c1 = q1?.constant ?? 0;
  const c2 = q2?.constant ?? 0;
  const c3 = q3?.constant ?? 0;
  if (at0 === null && at1 === null && at2 === null && at3 === null) {
    const cost = costInMonth(formula, c0, c1, c2, c3);
    if (first <= last && !usableCost(cost)) return false;
    for (let m = first; m <= last; m++) monthly[m] = cost;
    return true;
  }
  for (let m = first; m <= last; m++) {
    const a = at0 === null ? c0 : at0(m);
    const b = at1 === null ? c1 : at1(m);
    const c = at2 === null ? c2 : at2(m);
    const d = at3 === null ? c3 : at3(m);
    // Constants were checked when compiled; a month's value is checked here (negated: NaN fails).
    if (at0 !== null && !(a >= q0.min && a <= q0.max)) return false;
    if (at1 !== null && !(b >= q1.min && b <= q1.max)) return false;
    if (at2 !== null && !(c >= q2.min && c <= q2.max)) return false;
    if (at3 !== null && !(d >= q3.min && d <= q3.max)) return false;
    const cost = costInMonth(formula, a, b, c, d);
    if (!usableCost(cost)) return false;
    monthly[m] = cost;
  }
  return true;
}

/**
 * The careful evaluation, month by month and quantity by quantity: finds the first value out of
 * bounds (or unusable cost) and records it. Only runs when fillMonthly found a problem.
 */
function describeFirstProblem(line: Line, horizon: number, quantities: readonly Quantity[], formula: CostFormula, setup: LineSetup): void {
  const values = new Float64Array(4);
  let dynamic = false;
  for (let i = 0; i < quantities.length; i++) {
    values[i] = quantities[i].constant;
    if (quantities[i].at !== null) dynamic = true;
  }
  const first = line.startMonth;
  const last = lastMonth(line, horizon);
  const costProblem = (cost: number, m: number | null): boolean => {
    if (usableCost(cost)) return false;
    report(setup, {
      severity: 'error',
      code: 'EXPR_ERROR',
      message: `${lineLabel(line)}: the monthly cost${m === null ? '' : ` in month ${m}`} is not a usable amount (${cost}); it must be at most $1 trillion`,
      lineId: line.id,
      field: quantities[0]?.field,
    });
    return true;
  };
  if (!dynamic) {
    if (first <= last) costProblem(costInMonth(formula, values[0], values[1], values[2], values[3]), null);
    return;
  }
  for (let m = first; m <= last; m++) {
    for (let i = 0; i < quantities.length; i++) {
      const q = quantities[i];
      if (q.at === null) continue;
      const v = q.at(m);
      if (!(v >= q.min && v <= q.max)) {
        const reason = Number.isFinite(v) ? describeBounds(q) : 'is not a finite number';
        report(setup, {
          severity: 'error',
          code: 'EXPR_ERROR',
          message: `${lineLabel(line)}: ${q.field}: ${reason} in month ${m} (is ${v})`,
          lineId: line.id,
          field: q.field,
        });
        return;
      }
      values[i] = v;
    }
    if (costProblem(costInMonth(formula, values[0], values[1], values[2], values[3]), m)) return;
  }
}

/** `monthly` receives the costs: zeros of the horizon's length (the engine hands out views of one block). */
export function computeLineCost(line: Line, ctx: LineContext, monthly = new Float64Array(ctx.horizon)): LineCost {
  const setup = startSetup(line, ctx);
  const formula = setUpLine(line, ctx, setup);
  const priced = formula !== null && setup.complete;
  if (!priced || !fillMonthly(line, setup.quantities, formula, monthly)) {
    if (priced) describeFirstProblem(line, ctx.horizon, setup.quantities, formula, setup);
    // An error leaves the whole line at zero (and flagged) so the rest of the model still computes.
    monthly.fill(0);
    return { monthly, total: 0, issues: setup.issues ?? NO_ISSUES };
  }
  let total = 0;
  for (let m = 0; m < monthly.length; m++) total += monthly[m];
  return { monthly, total, issues: setup.issues ?? NO_ISSUES };
}
