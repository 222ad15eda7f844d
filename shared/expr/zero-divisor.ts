// Which division made a value infinite: "budget / seats" with seats = 0 in some month is reported
// as "divides by seats, which is 0", not as "not a finite number". Runs only after a value came
// out non-finite, so it walks the tree plainly instead of reusing the compiled closures.
import type { ExprNode } from './expression-tree';
import * as num from './number-semantics';
import { roundHalfAway, roundToDigits } from './round-half-away';
import type { Binding, ParsedExpression } from './types';

class Found {
  constructor(readonly divisor: string) {}
}

/**
 * The first division (in evaluation order) whose divisor is 0 in month m, as the formula would
 * write that divisor ("seats", "(seats - 10)"); null when no division by zero is reached.
 */
export function zeroDivisor(
  parsed: ParsedExpression,
  resolve: (name: string) => Binding | undefined,
  m: number,
): string | null {
  const read = (name: string): number => {
    const b = resolve(name);
    if (b === undefined) return NaN;
    return b.kind === 'constant' ? b.value : (b.values[m] ?? NaN);
  };
  const value = (node: ExprNode): number => {
    switch (node.kind) {
      case 'number':
        return node.value;
      case 'symbol':
        return read(node.name);
      case 'negate':
        return -value(node.arg);
      case 'not':
        return num.logicalNot(value(node.arg));
      case 'binary': {
        const a = value(node.left);
        const b = value(node.right);
        if (node.op === '/' && b === 0) throw new Found(formulaText(node.right));
        return num.applyBinary(node.op, a, b);
      }
      case 'conditional': {
        const t = value(node.test);
        return t - t !== 0 ? NaN : t !== 0 ? value(node.then) : value(node.otherwise);
      }
      case 'call': {
        const args = node.args.map(value);
        switch (node.fn) {
          case 'min':
            return args.reduce(num.minimum);
          case 'max':
            return args.reduce(num.maximum);
          case 'round':
            return args.length === 2 ? roundToDigits(args[0]!, args[1]!) : roundHalfAway(args[0]!);
          case 'exp':
            return num.exponential(args[0]!);
          default:
            return Math[node.fn](args[0]!);
        }
      }
    }
  };
  try {
    value(parsed.tree);
    return null;
  } catch (error) {
    if (error instanceof Found) return error.divisor;
    throw error;
  }
}

/** A part of the formula written back: names and numbers as they are, anything larger in brackets. */
function formulaText(node: ExprNode): string {
  const inner = (n: ExprNode): string => {
    switch (n.kind) {
      case 'number':
        return String(n.value);
      case 'symbol':
        return n.name;
      case 'negate':
        return `-${formulaText(n.arg)}`;
      case 'not':
        return `not ${formulaText(n.arg)}`;
      case 'binary':
        return `${formulaText(n.left)} ${n.op} ${formulaText(n.right)}`;
      case 'conditional':
        return `${formulaText(n.test)} ? ${formulaText(n.then)} : ${formulaText(n.otherwise)}`;
      case 'call':
        return `${n.fn}(${n.args.map(inner).join(', ')})`;
    }
  };
  const text = inner(node);
  return node.kind === 'binary' || node.kind === 'conditional' ? `(${text})` : text;
}
