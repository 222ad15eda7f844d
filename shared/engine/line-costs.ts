// A line's monthly cost, exactly as the domain defines it for each kind. Quantities are
// numbers or compiled expressions; month-independent ones are evaluated once, and a line
// whose quantities are all constant is priced once and copied across its active months.
import { compileExpression, type Binding } from '../expr';
import type { Line } from '../model';
import type { PriceResolver } from '../prices';
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
}

export interface LineCost {
  monthly: Float64Array;
  total: number;
  issues: Issue[];
}

/** One quantity: a constant, or a function of the month. */
interface Quantity {
  field: string;
  constant: number;
  at: ((m: number) => number) | null;
  min: number;
  max: number;
}

type Bounds = { min: number; max: number };
const NON_NEGATIVE: Bounds = { min: 0, max: Number.MAX_VALUE };
const SHARE: Bounds = { min: 0, max: 1 };
const SPOT: Bounds = { min: 0, max: 0.9 };
/** No real line costs more than this in a month; above it a figure is a typo or an overflow. */
const MAX_MONTHLY_COST = 1e12;

function describeBounds(q: Quantity): string {
  if (q.max === Number.MAX_VALUE) return 'must not be negative';
  return `must be between ${q.min} and ${q.max}`;
}

/** Compiles one quantity field, or records why it cannot be computed. */
function compileQuantity(
  line: Line,
  field: string,
  value: number | string,
  bounds: Bounds,
  ctx: LineContext,
  issues: Issue[],
): Quantity | null {
  const fail = (message: string): null => {
    issues.push({ severity: 'error', code: 'EXPR_ERROR', message: `${line.name || line.id}: ${field}: ${message}`, lineId: line.id, field });
    return null;
  };
  const quantity: Quantity = { field, constant: 0, at: null, ...bounds };
  if (typeof value === 'number') {
    quantity.constant = value;
  } else {
    const parsed = ctx.cache.parse(value);
    if (!parsed.ok) return fail(parsed.message);
    const broken = parsed.value.symbols.find((s) => ctx.failedAssumptions.has(s));
    if (broken !== undefined) return fail(`uses "${broken}", which has an error`);
    const compiled = compileExpression(parsed.value, (name) => ctx.bindings.get(name));
    if (!compiled.ok) return fail(compiled.message);
    if (compiled.value.monthDependent) quantity.at = compiled.value.at;
    else quantity.constant = compiled.value.value;
  }
  if (quantity.at === null && !(quantity.constant >= quantity.min && quantity.constant <= quantity.max)) {
    return fail(`${describeBounds(quantity)} (is ${quantity.constant})`);
  }
  return quantity;
}

/**
 * Fills `monthly` with formula(values) for every active month, evaluating month-dependent
 * quantities per month. Returns false (and records the issue) when a value leaves its bounds.
 */
function evaluate(
  line: Line,
  quantities: Quantity[],
  formula: (v: Float64Array) => number,
  monthly: Float64Array,
  issues: Issue[],
): boolean {
  const values = new Float64Array(quantities.length);
  let dynamic = false;
  for (let i = 0; i < quantities.length; i++) {
    values[i] = quantities[i].constant;
    if (quantities[i].at !== null) dynamic = true;
  }
  const first = line.startMonth;
  const last = Math.min(monthly.length - 1, line.endMonth ?? Number.MAX_SAFE_INTEGER);
  const costTooLarge = (cost: number, m: number | null): boolean => {
    // Negated so that NaN fails too; the cap keeps every sum over the horizon finite.
    if (cost >= 0 && cost <= MAX_MONTHLY_COST) return false;
    issues.push({
      severity: 'error',
      code: 'EXPR_ERROR',
      message: `${line.name || line.id}: the monthly cost${m === null ? '' : ` in month ${m}`} is not a usable amount (${cost}); it must be at most $1 trillion`,
      lineId: line.id,
      field: quantities[0]?.field,
    });
    return true;
  };
  if (!dynamic) {
    const cost = formula(values);
    if (first <= last && costTooLarge(cost, null)) return false;
    for (let m = first; m <= last; m++) monthly[m] = cost;
    return true;
  }
  for (let m = first; m <= last; m++) {
    for (let i = 0; i < quantities.length; i++) {
      const q = quantities[i];
      if (q.at === null) continue;
      const v = q.at(m);
      // Written as a negated range test so that NaN fails it too.
      if (!(v >= q.min && v <= q.max)) {
        const reason = Number.isFinite(v) ? describeBounds(q) : 'is not a finite number';
        issues.push({
          severity: 'error',
          code: 'EXPR_ERROR',
          message: `${line.name || line.id}: ${q.field}: ${reason} in month ${m} (is ${v})`,
          lineId: line.id,
          field: q.field,
        });
        return false;
      }
      values[i] = v;
    }
    const cost = formula(values);
    if (costTooLarge(cost, m)) return false;
    monthly[m] = cost;
  }
  return true;
}

function priceMissing(line: Line, field: string, message: string): Issue {
  return { severity: 'error', code: 'PRICE_MISSING', message: `${line.name || line.id}: ${message}`, lineId: line.id, field };
}

export function computeLineCost(line: Line, ctx: LineContext): LineCost {
  const monthly = new Float64Array(ctx.horizon);
  const issues: Issue[] = [];
  const q = (field: string, value: number | string, bounds: Bounds) => compileQuantity(line, field, value, bounds, ctx, issues);
  let formula: ((v: Float64Array) => number) | null = null;
  let quantities: (Quantity | null)[] = [];

  switch (line.kind) {
    case 'bedrock': {
      quantities = [
        q('inputTokensPerDay', line.inputTokensPerDay, NON_NEGATIVE),
        q('outputTokensPerDay', line.outputTokensPerDay, NON_NEGATIVE),
        q('cachedInputShare', line.cachedInputShare, SHARE),
        q('batchShare', line.batchShare, SHARE),
      ];
      const price = ctx.prices.bedrock(line.model, line.endpointScope);
      if (!price.ok) {
        issues.push(priceMissing(line, 'model', price.message));
        break;
      }
      const p = price.value;
      // Without a cache-read price, cached tokens are billed at the full input price.
      const cacheRead = p.cacheRead ?? p.input;
      const usesCache = quantities[2] !== null && (quantities[2].at !== null || quantities[2].constant > 0);
      if (p.cacheRead === null && usesCache)
        issues.push(priceMissing(line, 'cachedInputShare', `no cache-read price for ${line.model}; cached tokens are priced as input`));
      const days = ctx.daysPerMonth;
      // Per day: the on-demand share at on-demand (and cache-read) prices, the batch share at batch prices.
      formula = (v) => {
        const [tokensIn, tokensOut, cached, batch] = v;
        const inputRate = (1 - batch) * ((1 - cached) * p.input + cached * cacheRead) + batch * p.batchInput;
        const outputRate = (1 - batch) * p.output + batch * p.batchOutput;
        return (days * (tokensIn * inputRate + tokensOut * outputRate)) / 1e6;
      };
      break;
    }
    case 'training': {
      quantities = [
        q('instanceCount', line.instanceCount, NON_NEGATIVE),
        q('hoursPerRun', line.hoursPerRun, NON_NEGATIVE),
        q('runsPerMonth', line.runsPerMonth, NON_NEGATIVE),
        q('spotDiscount', line.spotDiscount, SPOT),
      ];
      const price = ctx.prices.instance(line.instanceType, line.platform === 'ec2' ? 'ec2' : 'sagemakerTraining');
      if (!price.ok) {
        issues.push(priceMissing(line, 'instanceType', price.message));
        break;
      }
      const hourly = price.value;
      formula = (v) => v[2] * v[1] * v[0] * hourly * (1 - v[3]);
      break;
    }
    case 'endpoint': {
      quantities = [
        q('instanceCount', line.instanceCount, NON_NEGATIVE),
        q('hoursPerMonth', line.hoursPerMonth ?? ctx.hoursPerMonth, { min: 0, max: 744 }),
      ];
      const price = ctx.prices.instance(line.instanceType, 'sagemakerInference');
      if (!price.ok) {
        issues.push(priceMissing(line, 'instanceType', price.message));
        break;
      }
      const hourly = price.value;
      formula = (v) => v[0] * v[1] * hourly;
      break;
    }
    case 'service': {
      if (line.monthlyCost !== null) {
        quantities = [q('monthlyCost', line.monthlyCost, NON_NEGATIVE)];
        formula = (v) => v[0];
      } else if (line.quantity !== null && line.priceItem !== null) {
        quantities = [q('quantity', line.quantity, NON_NEGATIVE)];
        const price = ctx.prices.serviceItem(line.priceItem);
        if (!price.ok) {
          issues.push(priceMissing(line, 'priceItem', price.message));
          break;
        }
        const unitPrice = price.value.price;
        formula = (v) => v[0] * unitPrice;
      } else {
        issues.push({
          severity: 'error',
          code: 'EXPR_ERROR',
          message: `${line.name || line.id}: needs a monthly cost, or a quantity and a price item`,
          lineId: line.id,
          field: 'monthlyCost',
        });
      }
      break;
    }
  }

  const ready = quantities.filter((x): x is Quantity => x !== null);
  if (formula === null || ready.length !== quantities.length || !evaluate(line, ready, formula, monthly, issues)) {
    // An error leaves the whole line at zero (and flagged) so the rest of the model still computes.
    monthly.fill(0);
    return { monthly, total: 0, issues };
  }
  let total = 0;
  for (let m = 0; m < monthly.length; m++) total += monthly[m];
  return { monthly, total, issues };
}
