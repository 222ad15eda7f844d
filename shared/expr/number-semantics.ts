// Scalar semantics shared by constant folding and the month closures, so both always agree.
//
// Rule: a non-finite value (NaN, +-Infinity) never disappears inside an expression. Plain
// arithmetic keeps it non-finite by itself; every operation that could turn it back into a finite
// number (x / Infinity, 0.5 ^ Infinity, Infinity > 1, min(Infinity, 1), exp(-Infinity), a
// condition, and/or/not) returns NaN instead. So 1 / (1 / 0) is an error, not 0.
// Comparisons are exact IEEE comparisons: 0.1 + 0.2 == 0.3 is 0.
import type { BinaryOp } from './expression-tree';

// x - x is 0 for every finite x and NaN for NaN and +-Infinity: one subtraction, no call.
export const divide = (a: number, b: number): number => (b - b === 0 ? a / b : NaN);
export const power = (a: number, b: number): number => (a - a + (b - b) === 0 ? Math.pow(a, b) : NaN);
export const exponential = (a: number): number => (a - a === 0 ? Math.exp(a) : NaN);
export const logicalNot = (a: number): number => (a - a === 0 ? (a === 0 ? 1 : 0) : NaN);

const both = (a: number, b: number) => a - a + (b - b) === 0;
export const smaller = (a: number, b: number): number => (both(a, b) ? (a < b ? 1 : 0) : NaN);
export const smallerEq = (a: number, b: number): number => (both(a, b) ? (a <= b ? 1 : 0) : NaN);
export const larger = (a: number, b: number): number => (both(a, b) ? (a > b ? 1 : 0) : NaN);
export const largerEq = (a: number, b: number): number => (both(a, b) ? (a >= b ? 1 : 0) : NaN);
export const equal = (a: number, b: number): number => (both(a, b) ? (a === b ? 1 : 0) : NaN);
export const unequal = (a: number, b: number): number => (both(a, b) ? (a !== b ? 1 : 0) : NaN);
export const logicalAnd = (a: number, b: number): number => (both(a, b) ? (a !== 0 && b !== 0 ? 1 : 0) : NaN);
export const logicalOr = (a: number, b: number): number => (both(a, b) ? (a !== 0 || b !== 0 ? 1 : 0) : NaN);
export const minimum = (a: number, b: number): number => (both(a, b) ? Math.min(a, b) : NaN);
export const maximum = (a: number, b: number): number => (both(a, b) ? Math.max(a, b) : NaN);

export function applyBinary(op: BinaryOp, a: number, b: number): number {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return divide(a, b);
    case '^':
      return power(a, b);
    case '<':
      return smaller(a, b);
    case '<=':
      return smallerEq(a, b);
    case '>':
      return larger(a, b);
    case '>=':
      return largerEq(a, b);
    case '==':
      return equal(a, b);
    case '!=':
      return unequal(a, b);
    case 'and':
      return logicalAnd(a, b);
    case 'or':
      return logicalOr(a, b);
  }
}
