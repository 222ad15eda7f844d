// Validated tree -> closures. Constant subtrees are folded at compile time; what depends on the
// month becomes one small closure per node, specialised for constant operands, with series read
// straight from their Float64Array. No eval, no new Function, no mathjs.
import { unknownNameFault } from './expression-faults';
import type { BinaryOp, ExprNode } from './expression-tree';
import type { FunctionName } from './functions';
import * as num from './number-semantics';
import { MAX_ROUND_DIGITS, roundHalfAway, roundToDigits } from './round-half-away';
import { fail, ok, type Binding, type CompiledExpression, type ExprResult, type ParsedExpression } from './types';
import { zeroDivisor } from './zero-divisor';

type Month = (m: number) => number;
/** A compiled node: a folded constant, a series (read by month index) or a closure over the month. */
type Part = number | Float64Array | Month;

class CompileError {
  constructor(readonly message: string) {}
}

/**
 * Binds every name through `resolve` and compiles. Month-independent results are folded and must
 * be finite. A conditional with a constant test folds to the branch it takes, so `0 ? m : 1` is
 * month-independent although it names `m`. Exceptions thrown by `resolve` propagate.
 */
export function compileExpression(
  parsed: ParsedExpression,
  resolve: (name: string) => Binding | undefined,
): ExprResult<CompiledExpression> {
  const bindings = new Map<string, Part>();
  for (const name of parsed.symbols) {
    const binding = resolve(name);
    if (binding === undefined) return fail(`unknown name "${name}"`, unknownNameFault(name));
    const part = bindingPart(binding);
    if (part === undefined) return fail(`name "${name}" has an invalid binding`);
    bindings.set(name, part);
  }
  try {
    const part = compileNode(parsed.tree, bindings);
    if (typeof part !== 'number') return ok({ monthDependent: true, at: asMonth(part) });
    if (Number.isFinite(part)) return ok({ monthDependent: false, value: part });
    const divisor = zeroDivisor(parsed, resolve, 0);
    return fail(
      'result is not a finite number',
      divisor === null ? null : { fault: 'divides-by-zero', divisor, month: null },
    );
  } catch (error) {
    if (error instanceof CompileError) return fail(error.message);
    throw error;
  }
}

function bindingPart(binding: Binding): Part | undefined {
  if (binding.kind === 'constant') return typeof binding.value === 'number' ? binding.value : undefined;
  return binding.kind === 'series' && binding.values instanceof Float64Array ? binding.values : undefined;
}

function compileNode(node: ExprNode, bindings: ReadonlyMap<string, Part>): Part {
  switch (node.kind) {
    case 'number':
      return node.value;
    case 'symbol': {
      const part = bindings.get(node.name);
      if (part === undefined) throw new CompileError(`unknown name "${node.name}"`);
      return part;
    }
    case 'negate': {
      const a = compileNode(node.arg, bindings);
      if (typeof a === 'number') return -a;
      const f = asMonth(a);
      return (m) => -f(m);
    }
    case 'not': {
      const a = compileNode(node.arg, bindings);
      if (typeof a === 'number') return num.logicalNot(a);
      const f = asMonth(a);
      return (m) => num.logicalNot(f(m));
    }
    case 'binary':
      return binary(node.op, compileNode(node.left, bindings), compileNode(node.right, bindings));
    case 'conditional':
      return conditional(
        compileNode(node.test, bindings),
        compileNode(node.then, bindings),
        compileNode(node.otherwise, bindings),
      );
    case 'call':
      return call(
        node.fn,
        node.args.map((arg) => compileNode(arg, bindings)),
      );
  }
}

/** A month closure for any part. */
const asMonth = (p: Part): Month => (typeof p === 'number' ? () => p : p instanceof Float64Array ? (m) => p[m] : p);

function binary(op: BinaryOp, a: Part, b: Part): Part {
  if (typeof a === 'number' && typeof b === 'number') return num.applyBinary(op, a, b);
  switch (op) {
    case '+':
    case '-':
    case '*':
    case '/':
      return arithmetic(op, a, b);
    case '^':
      // A constant raised to a series (growth^m) or a series to a constant (m^2) becomes a series
      // itself, computed once per (series, constant) and shared by every expression that uses it.
      if (typeof a === 'number' && b instanceof Float64Array)
        return powerTable(baseTables, b, a, (y) => num.power(a, y));
      if (typeof b === 'number' && a instanceof Float64Array)
        return powerTable(exponentTables, a, b, (x) => num.power(x, b));
      return binaryClosure(num.power, a, b);
    default:
      return typeof b === 'number' && Number.isFinite(b)
        ? compareWithConstant(op, asMonth(a), b)
        : binaryClosure(BINARY[op], a, b);
  }
}

const BINARY: Readonly<Record<Exclude<BinaryOp, '+' | '-' | '*' | '/' | '^'>, (a: number, b: number) => number>> = {
  '<': num.smaller,
  '<=': num.smallerEq,
  '>': num.larger,
  '>=': num.largerEq,
  '==': num.equal,
  '!=': num.unequal,
  and: num.logicalAnd,
  or: num.logicalOr,
};

/** "m < 6", "month == 12": the usual shape of a condition, with a finite constant on the right. */
function compareWithConstant(op: keyof typeof BINARY, f: Month, k: number): Month {
  switch (op) {
    case '<':
      return (m) => {
        const x = f(m);
        return x - x === 0 ? (x < k ? 1 : 0) : NaN;
      };
    case '<=':
      return (m) => {
        const x = f(m);
        return x - x === 0 ? (x <= k ? 1 : 0) : NaN;
      };
    case '>':
      return (m) => {
        const x = f(m);
        return x - x === 0 ? (x > k ? 1 : 0) : NaN;
      };
    case '>=':
      return (m) => {
        const x = f(m);
        return x - x === 0 ? (x >= k ? 1 : 0) : NaN;
      };
    case '==':
      return (m) => {
        const x = f(m);
        return x - x === 0 ? (x === k ? 1 : 0) : NaN;
      };
    case '!=':
      return (m) => {
        const x = f(m);
        return x - x === 0 ? (x !== k ? 1 : 0) : NaN;
      };
    default:
      return (m) => BINARY[op](f(m), k);
  }
}

/**
 * The arithmetic operators carry the load, so each gets a closure per operand shape: a constant or
 * a series operand is read inline instead of through another call.
 */
function arithmetic(op: '+' | '-' | '*' | '/', a: Part, b: Part): Month {
  if (typeof b === 'number') {
    const f = asMonth(a);
    const s = a instanceof Float64Array ? a : undefined;
    switch (op) {
      case '+':
        return s ? (m) => s[m] + b : (m) => f(m) + b;
      case '-':
        return s ? (m) => s[m] - b : (m) => f(m) - b;
      case '*':
        return s ? (m) => s[m] * b : (m) => f(m) * b;
      // Only a non-finite divisor can hide a value (x / Infinity = 0), so a finite one needs no check.
      case '/':
        return !Number.isFinite(b) ? () => NaN : s ? (m) => s[m] / b : (m) => f(m) / b;
    }
  }
  if (typeof a === 'number') {
    const g = asMonth(b);
    const s = b instanceof Float64Array ? b : undefined;
    switch (op) {
      case '+':
        return s ? (m) => a + s[m] : (m) => a + g(m);
      case '-':
        return s ? (m) => a - s[m] : (m) => a - g(m);
      case '*':
        return s ? (m) => a * s[m] : (m) => a * g(m);
      case '/':
        return (m) => num.divide(a, g(m));
    }
  }
  if (a instanceof Float64Array && b instanceof Float64Array) {
    switch (op) {
      case '+':
        return (m) => a[m] + b[m];
      case '-':
        return (m) => a[m] - b[m];
      case '*':
        return (m) => a[m] * b[m];
      case '/':
        return (m) => num.divide(a[m], b[m]);
    }
  }
  const f = asMonth(a);
  const g = asMonth(b);
  switch (op) {
    case '+':
      return (m) => f(m) + g(m);
    case '-':
      return (m) => f(m) - g(m);
    case '*':
      return (m) => f(m) * g(m);
    case '/':
      return (m) => num.divide(f(m), g(m));
  }
}

function binaryClosure(fn: (a: number, b: number) => number, a: Part, b: Part): Month {
  const f = asMonth(a);
  const g = asMonth(b);
  if (typeof b === 'number') return (m) => fn(f(m), b);
  if (typeof a === 'number') return (m) => fn(a, g(m));
  return (m) => fn(f(m), g(m));
}

type TableCache = WeakMap<Float64Array, Map<number, Float64Array>>;
const baseTables: TableCache = new WeakMap();
const exponentTables: TableCache = new WeakMap();

function powerTable(cache: TableCache, series: Float64Array, k: number, at: (v: number) => number): Float64Array {
  // -0 and 0 share a Map key but not every power (0^-1 vs -0^-1): never cache -0.
  const byConstant = Object.is(k, -0)
    ? new Map<number, Float64Array>()
    : (cache.get(series) ?? new Map<number, Float64Array>());
  let table = byConstant.get(k);
  if (table === undefined) {
    table = series.map(at);
    byConstant.set(k, table);
    if (!Object.is(k, -0)) cache.set(series, byConstant);
  }
  return table;
}

function conditional(test: Part, then: Part, otherwise: Part): Part {
  if (typeof test === 'number') return test - test !== 0 ? NaN : test !== 0 ? then : otherwise;
  const check = asMonth(test);
  if (typeof then === 'number' && typeof otherwise === 'number')
    return (m) => {
      const t = check(m);
      return t - t !== 0 ? NaN : t !== 0 ? then : otherwise;
    };
  const yes = asMonth(then);
  const no = asMonth(otherwise);
  return (m) => {
    const t = check(m);
    return t - t !== 0 ? NaN : t !== 0 ? yes(m) : no(m);
  };
}

function call(fn: FunctionName, args: readonly Part[]): Part {
  switch (fn) {
    case 'min':
    case 'max':
      return extremum(fn === 'min' ? num.minimum : num.maximum, args);
    case 'round':
      return args.length === 2 ? roundDigits(args[0], args[1]) : unary(fn, args[0]);
    default:
      return unary(fn, args[0]);
  }
}

function unary(fn: Exclude<FunctionName, 'min' | 'max'>, x: Part): Part {
  if (typeof x === 'number') return unaryScalar(fn, x);
  const a = asMonth(x);
  switch (fn) {
    case 'abs':
      return (m) => Math.abs(a(m));
    case 'ceil':
      return (m) => Math.ceil(a(m));
    case 'floor':
      return (m) => Math.floor(a(m));
    case 'sqrt':
      return (m) => Math.sqrt(a(m));
    case 'log':
      return (m) => Math.log(a(m));
    case 'exp':
      return (m) => num.exponential(a(m));
    case 'round':
      return (m) => roundHalfAway(a(m));
  }
}

// sqrt and log of a negative number are NaN (never a complex number); log(0) is -Infinity.
function unaryScalar(fn: Exclude<FunctionName, 'min' | 'max'>, x: number): number {
  switch (fn) {
    case 'abs':
      return Math.abs(x);
    case 'ceil':
      return Math.ceil(x);
    case 'floor':
      return Math.floor(x);
    case 'sqrt':
      return Math.sqrt(x);
    case 'log':
      return Math.log(x);
    case 'exp':
      return num.exponential(x);
    case 'round':
      return roundHalfAway(x);
  }
}

function roundDigits(x: Part, digits: Part): Part {
  if (typeof digits !== 'number') throw new CompileError('round: the number of digits must not depend on the month');
  if (!Number.isInteger(digits) || digits < 0 || digits > MAX_ROUND_DIGITS)
    throw new CompileError(`round: digits must be a whole number from 0 to ${MAX_ROUND_DIGITS}`);
  if (typeof x === 'number') return roundToDigits(x, digits);
  const f = asMonth(x);
  return (m) => roundToDigits(f(m), digits);
}

function extremum(pick: (a: number, b: number) => number, args: readonly Part[]): Part {
  if (args.every((a): a is number => typeof a === 'number')) return args.reduce(pick);
  if (args.length === 2) return binaryClosure(pick, args[0], args[1]);
  const fs = args.map(asMonth);
  return (m) => {
    let r = fs[0](m);
    for (let i = 1; i < fs.length; i++) r = pick(r, fs[i](m));
    return r;
  };
}
