// The common typing mistakes a finance lead makes in a quantity are recognised as such (a fault
// the app and the CLI word plainly), not left as the parser's "implicit multiplication" or
// "Unexpected operator". Expected values are what the person meant, worked out by hand.
import { describe, expect, it } from 'vitest';
import { compileExpression, parseExpression, zeroDivisor, type Binding } from '../../../shared/expr';

const BINDINGS = new Map<string, Binding>([
  ['seats', { kind: 'constant', value: 0 }],
  ['budget', { kind: 'constant', value: 1000 }],
  // m: 0, 1, 2, 3
  ['m', { kind: 'series', values: Float64Array.from([0, 1, 2, 3]) }],
]);

function faultOf(text: string) {
  const parsed = parseExpression(text);
  const result = parsed.ok ? compileExpression(parsed.value, (n) => BINDINGS.get(n)) : parsed;
  if (result.ok) throw new Error(`${text} was accepted`);
  return result.fault ?? null;
}

describe('typing mistakes become faults with what was meant', () => {
  it.each([
    // words: two hundred = 2 x 100; twenty-five thousand = (20 + 5) x 1,000; 1.5 million = 1,500,000
    ['two hundred', { fault: 'number-words', text: 'two hundred', value: 200 }],
    ['twenty-five thousand', { fault: 'number-words', text: 'twenty-five thousand', value: 25_000 }],
    ['1.5 million', { fault: 'number-words', text: '1.5 million', value: 1_500_000 }],
    // "hundred" alone parses as a name; it is still a number in words (100).
    ['hundred', { fault: 'number-words', text: 'hundred', value: 100 }],
    // a stray letter: o/O read as 0, l as 1; any other letter dropped
    ['2o0', { fault: 'stray-letter', text: '2o0', letter: 'o', value: 200 }],
    ['20O', { fault: 'stray-letter', text: '20O', letter: 'O', value: 200 }],
    ['l00', { fault: 'stray-letter', text: 'l00', letter: 'l', value: 100 }],
    ['25x0', { fault: 'stray-letter', text: '25x0', letter: 'x', value: 250 }],
    // separators: en-US grouping 1,000.00 = 1000; a decimal comma 1.000,00 = 1000 and 1,5 = 1.5
    ['1,000.00', { fault: 'number-format', text: '1,000.00', value: 1000 }],
    ['1.000,00', { fault: 'number-format', text: '1.000,00', value: 1000 }],
    ['1,5', { fault: 'number-format', text: '1,5', value: 1.5 }],
    ['1 000', { fault: 'number-format', text: '1 000', value: 1000 }],
    // inside a larger formula the number with the comma is the one named
    ['1,000 * budget', { fault: 'number-format', text: '1,000', value: 1000 }],
    // units and shorthands
    ['10 hours', { fault: 'unit', text: '10 hours', value: 10, unit: 'hours' }],
    ['10hrs', { fault: 'unit', text: '10hrs', value: 10, unit: 'hrs' }],
    ['$200', { fault: 'unit', text: '$200', value: 200, unit: '$' }],
    ['2.5k', { fault: 'suffix', text: '2.5k', value: 2500 }],
    ['10M', { fault: 'suffix', text: '10M', value: 10_000_000 }],
    // brackets
    ['(budget + 1', { fault: 'unclosed-bracket', count: 1 }],
    ['((budget + 1) * 2', { fault: 'unclosed-bracket', count: 1 }],
    ['budget + 1)', { fault: 'unopened-bracket', char: 11 }],
    // names and operators
    ['traffic * 2', { fault: 'unknown-name', name: 'traffic' }],
    ['10 budget', { fault: 'side-by-side', left: '10', right: 'budget', call: false }],
    ['sqrt 4', { fault: 'side-by-side', left: 'sqrt', right: '4', call: true }],
    ['5 +', { fault: 'ends-early' }],
    ['5 * * 2', { fault: 'missing-value', char: 5, token: '*' }],
    ['3 4', { fault: 'missing-operator', char: 3, token: '4' }],
  ])('%s', (text, fault) => {
    expect(faultOf(text)).toEqual(fault);
  });

  it('leaves the refusals that already say what to write without a fault', () => {
    expect(faultOf('5%')).toBeNull();
    expect(faultOf('a = 1')).toBeNull();
  });
});

describe('division by zero names the divisor', () => {
  it('month-independent: budget / seats with seats = 0', () => {
    expect(faultOf('budget / seats')).toEqual({ fault: 'divides-by-zero', divisor: 'seats', month: null });
    expect(faultOf('budget / (seats * 2)')).toEqual({
      fault: 'divides-by-zero',
      divisor: '(seats * 2)',
      month: null,
    });
  });

  it('by month: the first division whose divisor is 0 that month, only on the branch taken', () => {
    const parsed = (text: string) => {
      const p = parseExpression(text);
      if (!p.ok) throw new Error(p.message);
      return p.value;
    };
    const resolve = (n: string) => BINDINGS.get(n);
    // m - 2 is 0 in month 2 only.
    expect(zeroDivisor(parsed('budget / (m - 2)'), resolve, 1)).toBeNull();
    expect(zeroDivisor(parsed('budget / (m - 2)'), resolve, 2)).toBe('(m - 2)');
    // The guard keeps the division from running: nothing to blame.
    expect(zeroDivisor(parsed('seats > 0 ? budget / seats : 0'), resolve, 0)).toBeNull();
    // Left to right: 1 / m is reached first in month 0.
    expect(zeroDivisor(parsed('1 / m + 1 / seats'), resolve, 0)).toBe('m');
  });
});
