// The restricted expression compiler: parse once (mathjs parser, then our own allowlist walk),
// compile to closures, evaluate per month.
//
// The language, in short:
// - numbers (10e6, .5, 0x10), variables bound by the caller, ( ), + - * / ^, unary + and -,
//   < <= > >= == != (1 or 0), and / or / not, c ? a : b (any finite non-zero c is true), and
//   abs ceil exp floor log max min round sqrt. log is the natural log; min/max take 2+ arguments;
//   round(x) and round(x, digits 0..15) round halves away from zero on the decimal digits as typed.
// - -2^2 is -4 (Excel says 4) and 2^3^2 is 512; comparisons are exact (0.1 + 0.2 == 0.3 is 0).
// - Refused, with a message: %, implicit multiplication (2x), units, strings, arrays, objects,
//   indexing and property access, ranges, assignment, function definitions, several statements,
//   comments, chained comparisons, every other function, mathjs constants (e, pi, i, ...), names
//   of Object.prototype members, non-ASCII characters and line breaks.
// - A failure carries `message` (what the compiler refused) and, for the common typing mistakes
//   ("two hundred", "2o0", "1.000,00", "10 hours", "(a + b", an unknown name, budget / seats with
//   seats 0), a structured `fault` that shared/wording words plainly.
// - A non-finite step never disappears (1 / (1/0) is an error, not 0): a month-independent result
//   must be finite or compiling fails; a month-dependent at(m) may return NaN/Infinity and the
//   caller checks.
export type { Binding, CompiledExpression, ExprResult, ParsedExpression } from './types';
export { parseExpression } from './parse-expression';
export { compileExpression } from './compile-expression';
export type { ExprFault } from './expression-faults';
export { zeroDivisor } from './zero-divisor';
export { RESERVED_NAMES } from './reserved-names';
export { EXPR_LIMITS } from './limits';
