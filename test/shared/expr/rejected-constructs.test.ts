// Everything outside the allowlist is refused with a one-line message that names what is wrong.
import { describe, expect, it } from 'vitest';
import { errorOf } from './expr-helpers';

describe('constructs outside the allowlist', () => {
  it.each([
    ['x = 5', /assignment \("="\) is not allowed/],
    ['f(x) = x', /defining functions/],
    ['cos.constructor', /property access and indexing/],
    ['a.b', /property access and indexing/],
    ['a[1]', /property access and indexing/],
    ['[1, 2]', /arrays and matrices/],
    ['[[1, 2], [3, 4]]', /arrays and matrices/],
    ['{a: 1}', /objects/],
    ['1:10', /ranges/],
    ['"abc"', /strings/],
    ["'abc'", /strings/],
    ['a; b', /only one expression/],
    ['1;', /only one expression/],
    ['5 % 2', /"%" is not allowed/],
    ['5 mod 2', /"%" is not allowed/],
    // mathjs would read these as 0.5, as 50 mod -1 and as 100 * 1.05: refused, never guessed.
    ['50%', /"%" is not allowed/],
    ['50% - 1', /"%" is not allowed/],
    ['100 + 5%', /"%" is not allowed/],
    ['2growth', /implicit multiplication is not allowed: write "2 \* growth"/],
    ['2(3)', /implicit multiplication is not allowed: write "2 \* \(3\)"/],
    ['(a)(b)', /implicit multiplication/],
    ['1/2x', /implicit multiplication is not allowed: write "1 \/ 2 \* x"/],
    ['sqrt 4', /to call a function write "sqrt\(4\)"/],
    ['5 cm', /implicit multiplication is not allowed: write "5 \* cm"/],
    ['zeros(2, 2)', /function "zeros" is not allowed \(allowed: abs, ceil, exp, floor, log, max, min, round, sqrt\)/],
    ['parse("1")', /function "parse" is not allowed/],
    ['evaluate("1")', /function "evaluate" is not allowed/],
    ['import({x: 1}, {override: true})', /function "import" is not allowed/],
    ['createUnit("foo")', /function "createUnit" is not allowed/],
    ['random()', /function "random" is not allowed/],
    ['factorial(5)', /function "factorial" is not allowed/],
    ['isPrime(7)', /function "isPrime" is not allowed/],
    ['cos(0)', /function "cos" is not allowed/],
    ['a.b(1)', /only the allowed functions can be called, by name/],
    ['sqrt', /function "sqrt" must be called with parentheses/],
    ['min(1)', /"min" needs at least 2 arguments/],
    ['max()', /"max" needs at least 2 arguments/],
    ['sqrt(1, 2)', /"sqrt" takes exactly 1 argument/],
    ['log(8, 2)', /"log" takes exactly 1 argument/],
    ['round(1, 2, 3)', /"round" takes 1 or 2 arguments/],
    ['5!', /factorial\) is not allowed/],
    ["a'", /operator "'" is not allowed/],
    ['a & b', /operator "&" is not allowed/],
    ['a | b', /operator "\|" is not allowed/],
    ['~a', /operator "~" is not allowed/],
    ['a << 2', /operator "<<" is not allowed/],
    ['a xor b', /operator "xor" is not allowed/],
    ['a .* b', /operator "\.\*" is not allowed/],
    ['1 to 2', /operator "to" is not allowed/],
    ['a ?? b', /operator "\?\?" is not allowed/],
    ['1 < a < 2', /chained comparisons .* write "a < b and b < c"/],
    ['true', /"true" and "false" are not allowed: write 1 or 0/],
    ['null', /"null" and "undefined" are not allowed/],
    ['undefined', /"null" and "undefined" are not allowed/],
    ['Infinity', /numbers must be finite/],
    ['NaN', /numbers must be finite/],
    ['pi', /"pi" is a reserved name/],
    ['e * 2', /"e" is a reserved name/],
    ['1 + i', /"i" is a reserved name/],
    ['constructor', /"constructor" is a reserved name/],
    ['__proto__', /"__proto__" is a reserved name/],
    ['$a', /"\$a" is not a valid name/],
    [`v${'x'.repeat(64)}`, /is not a valid name .*at most 64 characters/],
    ['1 # note', /comments \("#"\) are not allowed/],
    ['1 +\n2', /line breaks are not allowed/],
    ['café', /character "é" \(U\+00E9\) at char 4 is not allowed/],
    ['1 +', /^syntax error at char 4: /],
    [')', /^syntax error at char 1: /],
    ['1 2', /^syntax error at char 3: /],
  ])('%s', (text, message) => {
    const error = errorOf(text);
    expect(error).toMatch(message);
    expect(error).not.toMatch(/[\r\n]/);
  });

  it.each(['', ' ', '\t  '])('blank text %j is an empty expression', (text) => {
    expect(errorOf(text)).toBe('empty expression');
  });

  it('a control character is named by code, not echoed', () => {
    expect(errorOf('1 +\u0007 2')).toBe('character U+0007 at char 4 is not allowed');
  });

  it('a name in a look-alike script is refused before parsing', () => {
    // Cyrillic "с" (U+0441) in place of the Latin "c".
    expect(errorOf('\u0441os(0)')).toMatch(/character "с" \(U\+0441\) at char 1 is not allowed/);
  });
});
