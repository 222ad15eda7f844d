// Names an assumption may not take, and how expressions treat them.
import { describe, expect, it } from 'vitest';
import { RESERVED_NAMES } from '../../../shared/expr';
import { constantOf, errorOf, monthlyOf } from './expr-helpers';

const ENGINE = ['m', 'month', 'year'];
const FUNCTIONS = ['abs', 'ceil', 'exp', 'floor', 'log', 'max', 'min', 'round', 'sqrt'];
const PARSER_CONSTANTS = [
  'e',
  'E',
  'pi',
  'PI',
  'i',
  'tau',
  'phi',
  'LN2',
  'LN10',
  'LOG2E',
  'LOG10E',
  'SQRT1_2',
  'SQRT2',
];
const LITERALS = ['Infinity', 'NaN', 'true', 'false', 'null', 'undefined'];
const OBJECT_MEMBERS = ['__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'hasOwnProperty'];

describe('RESERVED_NAMES', () => {
  it.each([...ENGINE, ...FUNCTIONS, ...PARSER_CONSTANTS, ...LITERALS, ...OBJECT_MEMBERS, 'and', 'or', 'not', 'mod'])(
    'holds %s',
    (name) => {
      expect(RESERVED_NAMES.has(name)).toBe(true);
    },
  );

  it.each(['growth', 'users', 'e2', 'pi_rate', 'M', 'Month'])('leaves ordinary names such as %s free', (name) => {
    expect(RESERVED_NAMES.has(name)).toBe(false);
  });
});

describe('reserved names inside expressions', () => {
  it('the engine names m, month and year are ordinary variables', () => {
    expect(monthlyOf('m + month + year')(0)).toBe(0 + 1 + 2027);
  });

  it.each([...PARSER_CONSTANTS, ...OBJECT_MEMBERS])('%s cannot be used as a variable', (name) => {
    expect(errorOf(`${name} + 1`)).toBe(`"${name}" is a reserved name and cannot be used here`);
  });

  it.each(FUNCTIONS)('the function %s cannot be used as a variable', (name) => {
    expect(errorOf(`${name} + 1`)).toMatch(/must be called with parentheses/);
  });

  it('10e6 still reads as a number although e is reserved', () => {
    expect(constantOf('10e6 + 1e0')).toBe(10_000_001);
  });
});
