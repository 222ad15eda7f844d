// Hostile text: resource exhaustion, parser escapes and prototype pollution attempts. Each must
// come back as ok:false with a message, without throwing, and leave every global untouched.
import { assertNoPoisoning } from '@fast-check/poisoning';
import { afterEach, describe, expect, it } from 'vitest';
import { errorOf } from './expr-helpers';

// Under vitest the runner rewrites its own globals and globalThis.AbortController between tests
// (the same parse+compile run under plain Node leaves AbortController alone); everything else
// reachable from globalThis is tracked.
const RUNNER_GLOBALS = /^(__vitest_\w+__|AbortController)$/;

afterEach(() => {
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false);
  assertNoPoisoning({ ignoredRootRegex: RUNNER_GLOBALS });
});

describe('inputs that exhaust a naive parser or evaluator', () => {
  it.each([
    // Deep nesting overflows the mathjs parser's stack near 260 levels: stopped by the pre-scan.
    ['300 nested parentheses', '('.repeat(300) + '1' + ')'.repeat(300), /nested too deeply/],
    ['20,000 signs', '-'.repeat(20000) + '1', /too long/],
    ['64 signs then 1 more', '-'.repeat(65) + '1', /too many signs in a row/],
    ['a 1 MB expression', '1+'.repeat(500_000) + '1', /too long \(1000001 characters, at most 1000\)/],
    ['a 1 MB name', 'x'.repeat(1 << 20), /too long/],
    ['zeros(20000,20000)', 'zeros(20000,20000)', /function "zeros" is not allowed/],
    ['ones(1e9)', 'ones(1e9)', /function "ones" is not allowed/],
    ['1:1e9', '1:1e9', /ranges/],
    ['range(0,1e9)', 'range(0,1e9)', /function "range" is not allowed/],
    ['sum(1:1e7)', 'sum(1:1e7)', /function "sum" is not allowed/],
    ['factorial(1e6)', 'factorial(1e6)', /function "factorial" is not allowed/],
    ['factorial(171)', 'factorial(171)', /function "factorial" is not allowed/],
    ['isPrime(9007199254740881)', 'isPrime(9007199254740881)', /function "isPrime" is not allowed/],
    ['bignumber(2)^1e7', 'bignumber(2)^1e7', /function "bignumber" is not allowed/],
    ['f(x)=f(x);f(1)', 'f(x)=f(x);f(1)', /only one expression/],
    ['f(x)=f(x)', 'f(x)=f(x)', /defining functions/],
    ['a 500-term sum', '1+'.repeat(499) + '1', /too large \(more than 500 parts\)/],
  ])('%s is refused', (_label, text, message) => {
    expect(errorOf(text)).toMatch(message);
  });
});

describe('the security checklist list', () => {
  it.each([
    'cos.constructor',
    'constructor',
    '__proto__',
    'parse("1")',
    'import({x:1},{override:true})',
    'createUnit("foo")',
    'evaluate("1")',
    'simplify("x+x")',
    'derivative("x^2","x")',
    'resolve(parse("x"),{})',
    'reviver',
    '"abc"',
    '[1,2]',
    '{a:1}',
    'a[1]',
    '5 cm',
    'x = 5',
    'random()',
  ])('%s is refused', (text) => {
    expect(errorOf(text).length).toBeGreaterThan(0);
  });
});

// Written for this project after the classes of escape found in mathjs over the years: reaching
// Function through a constructor chain, re-importing functions over built-ins, typed-function and
// unit tricks, pollution through assignment, and names disguised with escapes or look-alikes.
const ESCAPE_PAYLOADS = [
  'cos.constructor("return process")()',
  'cos.constructor.constructor("return this")()',
  'cos["constructor"]("return process")()',
  '(cos)["constr" + "uctor"]("return 1")()',
  'sqrt.constructor("return globalThis")()',
  'f = cos.constructor; f("return 1")()',
  'import({matrix: cos.constructor}, {override: true})',
  'import({"__proto__": {"polluted": 1}}, {override: true})',
  'evaluate("cos.constructor(\\"return 1\\")()")',
  'parse("1").compile().evaluate()',
  'compile("1").evaluate()',
  'typed("f", {"number": cos.constructor("return 1")})',
  'createUnit("polluted", {definition: cos.constructor})',
  'unit("5 cm").constructor',
  'chain(1).done.constructor("return 1")()',
  'x = {}; x.__proto__.polluted = 1',
  'x = {}; x["__proto__"]["polluted"] = 1',
  '{}["constructor"]["prototype"]["polluted"] = 1',
  'config({number: "BigNumber"})',
  'matrix([1, 2]).set([0], cos.constructor)',
  'x = [1, 2]; x[1e9] = 1',
  'f(x) = x; f.constructor("return 1")()',
  'toString.constructor("return 1")()',
  'valueOf()',
  'hasOwnProperty("polluted")',
  '__defineGetter__("polluted", cos)',
  // mathjs string escapes spell "constructor" inside quotes.
  'cos["\\u0063onstructor"]("return 1")()',
  '"\\u0063onstructor"',
  // Look-alikes and invisible characters never reach the parser.
  '\u0441os.constructor',
  'con\u200Bstructor',
  '\uFF43\uFF4F\uFF53(0)',
  'constructor\u0000',
  '\uD800',
];

describe('parser escape payloads', () => {
  it.each(ESCAPE_PAYLOADS)('%j is refused', (text) => {
    const message = errorOf(text);
    expect(message.length).toBeGreaterThan(0);
    expect(message).not.toMatch(/[\r\n]/);
  });
});
