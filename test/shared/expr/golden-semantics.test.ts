// Golden values for the expression language. Every expected number is worked out by hand in the
// comment beside it (or computed here with plain JS arithmetic), never taken from the compiler.
import { describe, expect, it } from 'vitest';
import { compileExpression, parseExpression, type Binding } from '../../../shared/expr';
import { constantOf, errorOf, monthlyOf } from './expr-helpers';

describe('precedence and associativity', () => {
  it.each([
    // Unary minus binds looser than ^: -(2^2). Excel's =-2^2 gives 4; here it is -4.
    ['-2^2', -4],
    // ^ is right-associative: 2^(3^2) = 2^9.
    ['2^3^2', 512],
    ['(2^3)^2', 64],
    // A sign in the exponent: 2^(-1).
    ['2^-1', 0.5],
    ['-2^-2', -0.25],
    // - and / are left-associative: (1 - 2) - 3, (12 / 2) / 3.
    ['1 - 2 - 3', -4],
    ['12 / 2 / 3', 2],
    ['2 + 3 * 4', 14],
    ['(2 + 3) * 4', 20],
    ['2 * 3 ^ 2', 18],
    ['+3', 3],
    ['--3', 3],
    ['- -3', 3],
    ['2--3', 5],
    // Arithmetic binds tighter than comparison: (1 + 1) == 2.
    ['1 + 1 == 2', 1],
    // Comparison binds tighter than and/or: (1 < 2) and (3 < 2).
    ['1 < 2 and 3 < 2', 0],
    ['1 < 2 or 3 < 2', 1],
    // and binds tighter than or: 1 or (0 and 0).
    ['1 or 0 and 0', 1],
    // Number forms: 10e6 is ten million, .5 and 5. are numbers, 1e-3 a thousandth.
    ['10e6', 10_000_000],
    ['.5 + 5.', 5.5],
    ['1e-3 * 1000', 1],
  ])('%s = %d', (text, expected) => {
    expect(constantOf(text)).toBe(expected);
  });

  it('10e6 * 30 * (1 + growth)^m with growth = 0.05 gives 538756897.8066391 at m = 12', () => {
    const at = monthlyOf('10e6 * 30 * (1 + growth)^m');
    // The same arithmetic in the same order: (1e7 * 30) * 1.05^12.
    const reference = 10_000_000 * 30 * Math.pow(1 + 0.05, 12);
    expect(at(12)).toBe(reference);
    expect(at(12)).toBe(538756897.8066391);
    // m = 0: 1.05^0 = 1, so 3e8; m = 1: 3e8 * 1.05 = 315,000,000.
    expect(at(0)).toBe(300_000_000);
    expect(at(1)).toBe(10_000_000 * 30 * Math.pow(1.05, 1));
  });
});

describe('conditionals and comparisons (1 for true, 0 for false)', () => {
  it.each([
    ['1 < 2', 1],
    ['2 <= 2', 1],
    ['3 > 4', 0],
    ['3 >= 4', 0],
    ['2 == 2', 1],
    ['2 != 2', 0],
    // Exact IEEE comparison: 0.1 + 0.2 is 0.30000000000000004, not 0.3.
    ['0.1 + 0.2 == 0.3', 0],
    ['1 ? 10 : 20', 10],
    ['0 ? 10 : 20', 20],
    // Any non-zero test is true.
    ['0.5 ? 10 : 20', 10],
    ['-1 ? 10 : 20', 10],
    ['growth > 0.01 ? 2 : 3', 2],
    ['1 and 0', 0],
    ['2 and 3', 1],
    ['0 or 0', 0],
    ['0 or 7', 1],
    ['not 0', 1],
    ['not 5', 0],
  ])('%s = %d', (text, expected) => {
    expect(constantOf(text)).toBe(expected);
  });

  it('conditionals nest to the right and follow the month', () => {
    // m < 3 ? 1 : (m < 6 ? 2 : 3)
    const at = monthlyOf('m < 3 ? 1 : m < 6 ? 2 : 3');
    expect([0, 2, 3, 5, 6, 50].map(at)).toEqual([1, 1, 2, 2, 3, 3]);
  });

  it('calendar helpers are ordinary series', () => {
    // month is 12 at m = 11 (December) and 1 at m = 12; year turns 2028 at m = 12.
    const december = monthlyOf('month == 12 ? 1 : 0');
    expect([december(11), december(12), december(23)]).toEqual([1, 0, 1]);
    expect(monthlyOf('year')(12)).toBe(2028);
    // users = 100 + 10 m, so at m = 3: 130 * 2 = 260.
    expect(monthlyOf('users * 2')(3)).toBe(260);
  });
});

describe('functions', () => {
  it.each([
    ['min(3, 1, 2)', 1],
    ['max(3, 1, 2)', 3],
    ['min(-1, 0)', -1],
    ['abs(-3)', 3],
    ['floor(2.7)', 2],
    ['floor(-2.5)', -3],
    ['ceil(2.1)', 3],
    ['ceil(-2.5)', -2],
    ['sqrt(16)', 4],
    ['exp(0)', 1],
    ['log(1)', 0],
    // round: halves go away from zero, as in a spreadsheet.
    ['round(2.5)', 3],
    ['round(-2.5)', -3],
    ['round(2.4)', 2],
    ['round(1.2345, 2)', 1.23],
    ['round(1234.5678, 3)', 1234.568],
    ['round(123.456, 0)', 123],
    // The digits as typed decide: the double nearest 1.005 is 1.00499999999999989..., but the user
    // wrote 1.005, which rounds half away to 1.01 (Excel agrees; naive toFixed gives 1.00).
    ['round(1.005, 2)', 1.01],
    ['round(-1.005, 2)', -1.01],
    ['round(2.675, 2)', 2.68],
    // 0.125 is exact in binary: a true tie, away from zero.
    ['round(0.125, 2)', 0.13],
    // 0.0000005 to 6 decimals: a tie at the 7th decimal, so 0.000001.
    ['round(5e-7, 6)', 0.000001],
    ['round(4e-8, 6)', 0],
  ])('%s = %d', (text, expected) => {
    expect(constantOf(text)).toBe(expected);
  });

  it('round never gives -0', () => {
    expect(Object.is(constantOf('round(-0.4)'), 0)).toBe(true);
    expect(Object.is(constantOf('round(-0.004, 2)'), 0)).toBe(true);
  });

  it('min, max and round work on series', () => {
    const capped = monthlyOf('min(m, 6)');
    expect([capped(2), capped(10)]).toEqual([2, 6]);
    // users / 3 at m = 1: 110 / 3 = 36.666..., to 2 decimals 36.67.
    expect(monthlyOf('round(users / 3, 2)')(1)).toBe(36.67);
    expect(monthlyOf('max(m, 2, 5)')(7)).toBe(7);
  });

  it('round refuses digits outside 0..15 or digits that depend on the month', () => {
    expect(errorOf('round(1, 16)')).toMatch(/digits must be a whole number from 0 to 15/);
    expect(errorOf('round(1, -1)')).toMatch(/digits must be a whole number/);
    expect(errorOf('round(1, 1.5)')).toMatch(/digits must be a whole number/);
    expect(errorOf('round(1, m)')).toMatch(/must not depend on the month/);
  });
});

describe('non-finite results', () => {
  it.each([
    '1/0',
    '-1/0',
    '0/0',
    '10^400',
    '2^1e308',
    'sqrt(-1)',
    'log(-1)',
    'log(0)',
    '1e308 * 10',
    '-1e308 * 10',
    'big * 10',
    'exp(1000)',
  ])('%s is an error, not a value', (text) => {
    expect(errorOf(text)).toBe('result is not a finite number');
  });

  it.each(['1e309', '-1e309'])('the literal %s is refused as not finite', (text) => {
    expect(errorOf(text)).toMatch(/numbers must be finite/);
  });

  it.each([
    // Each would be finite in plain JS: 1/Infinity = 0, 0.5^Infinity = 0, min(Infinity, 1) = 1,
    // exp(-Infinity) = 0, NaN^0 = 1, and a comparison or test hides the value entirely.
    '1 / (1/0)',
    '0.5 ^ (1/0)',
    '(0/0) ^ 0',
    'min(1/0, 1)',
    'max(-1/0, 1)',
    'exp(-1/0)',
    '(1/0) > 1',
    '(1/0) ? 1 : 2',
    'not (0/0)',
    '(1/0) and 1',
  ])('a non-finite step never disappears: %s is an error', (text) => {
    expect(errorOf(text)).toBe('result is not a finite number');
  });

  it('a branch that is not taken may be non-finite', () => {
    expect(constantOf('1 ? 5 : 1/0')).toBe(5);
  });

  it('month-dependent expressions return NaN or Infinity and leave the check to the caller', () => {
    const inverse = monthlyOf('1 / m');
    expect(inverse(0)).toBe(Infinity);
    expect(inverse(2)).toBe(0.5);
    // sqrt and log of negatives are NaN, a plain number, never a complex object.
    const root = monthlyOf('sqrt(m - 5)');
    expect(typeof root(4)).toBe('number');
    expect(root(4)).toBeNaN();
    expect(root(9)).toBe(2);
    const logarithm = monthlyOf('log(m - 5)');
    expect(logarithm(4)).toBeNaN();
    expect(logarithm(5)).toBe(-Infinity);
    // 1 / (1 / m) at m = 0 passes through Infinity, so it is NaN rather than 0.
    expect(monthlyOf('1 / (1 / m)')(0)).toBeNaN();
  });
});

describe('month dependence and folding', () => {
  it('an expression without series folds to one constant', () => {
    const c = parseAndCompile('growth * 2 + a');
    // 0.05 * 2 + 3 = 3.1
    expect(c).toEqual({ ok: true, value: { monthDependent: false, value: 3.1 } });
  });

  it('an expression that uses a series is month-dependent', () => {
    expect(monthlyOf('m')(7)).toBe(7);
    expect(monthlyOf('growth * m')(10)).toBe(0.05 * 10);
  });

  it('a constant test folds to its branch, so 0 ? m : 1 is month-independent', () => {
    expect(constantOf('0 ? m : 1')).toBe(1);
  });

  it('binds each name once, however often it appears', () => {
    const seen: string[] = [];
    const parsed = parseExpression('a + a * a - m');
    if (!parsed.ok) throw new Error(parsed.message);
    const r = compileExpression(parsed.value, (name): Binding | undefined => {
      seen.push(name);
      return name === 'a' ? { kind: 'constant', value: 2 } : { kind: 'series', values: new Float64Array([0, 1]) };
    });
    expect(seen).toEqual(['a', 'm']);
    // 2 + 2 * 2 - m at m = 1: 5.
    expect(r.ok && r.value.monthDependent && r.value.at(1)).toBe(5);
  });

  it('evaluating twice gives bit-identical values', () => {
    const first = monthlyOf('exp(m / 7) * sqrt(users) ^ 1.3');
    const second = monthlyOf('exp(m / 7) * sqrt(users) ^ 1.3');
    for (let m = 0; m < 60; m++) expect(Object.is(first(m), second(m))).toBe(true);
  });
});

describe('parsed expressions', () => {
  it('keep the text exactly as typed', () => {
    const text = '10e6 * 30 * (1 + growth)^m';
    const parsed = parseExpression(text);
    expect(parsed.ok && parsed.value.text).toBe(text);
  });

  it('list free names sorted and unique, without function names', () => {
    const parsed = parseExpression('min(users, growth) + users * m + round(b) + B');
    // Code-unit order puts upper case first.
    expect(parsed.ok && parsed.value.symbols).toEqual(['B', 'b', 'growth', 'm', 'users']);
    const none = parseExpression('max(1, 2)');
    expect(none.ok && none.value.symbols).toEqual([]);
  });

  it('are frozen, so a cached parse cannot be changed by a caller', () => {
    const parsed = parseExpression('a + 1');
    if (!parsed.ok) throw new Error(parsed.message);
    expect(Object.isFrozen(parsed.value)).toBe(true);
    expect(Object.isFrozen(parsed.value.symbols)).toBe(true);
    expect(Object.isFrozen(parsed.value.tree)).toBe(true);
  });
});

describe('unknown names', () => {
  it('are reported by name', () => {
    expect(errorOf('nope + 1')).toBe('unknown name "nope"');
  });

  it('the first unknown name in sorted order is the one reported', () => {
    expect(errorOf('zz + aa')).toBe('unknown name "aa"');
  });

  it('an unknown name is an error even in a branch that is not taken', () => {
    expect(errorOf('1 ? 2 : nope')).toBe('unknown name "nope"');
  });
});

function parseAndCompile(text: string) {
  const parsed = parseExpression(text);
  if (!parsed.ok) throw new Error(parsed.message);
  return compileExpression(parsed.value, (name): Binding | undefined =>
    name === 'growth' ? { kind: 'constant', value: 0.05 } : name === 'a' ? { kind: 'constant', value: 3 } : undefined,
  );
}
