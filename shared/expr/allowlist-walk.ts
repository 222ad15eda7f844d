// Our own allowlist over the mathjs tree: only numbers, variables, parentheses, arithmetic,
// comparisons, `and`/`or`/`not`, `c ? a : b` and the allowed functions get through. Everything
// else is refused with a message naming it. The output is our own frozen tree.
import type { ConditionalNode, FunctionNode, MathNode, OperatorNode, SymbolNode } from 'mathjs';
import type { ExprFault } from './expression-faults';
import type { BinaryOp, ExprNode } from './expression-tree';
import { FUNCTION_NAMES, arityProblem, isFunctionName } from './functions';
import { EXPR_LIMITS } from './limits';
import { FORBIDDEN_VARIABLES } from './reserved-names';
import { fail, ok, type ExprResult } from './types';

/** Variable names an expression may use; the same shape assumptions are given. */
const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const SNIPPET = 30;
const ALLOWED_FUNCTIONS = FUNCTION_NAMES.join(', ');

class Rejection {
  constructor(
    readonly message: string,
    readonly fault?: ExprFault,
  ) {}
}

export interface WalkedTree {
  readonly tree: ExprNode;
  /** Sorted by code unit, unique. */
  readonly symbols: readonly string[];
}

export function walkAllowlist(root: MathNode): ExprResult<WalkedTree> {
  const symbols = new Set<string>();
  let nodes = 0;

  const visit = (node: MathNode): ExprNode => {
    if (++nodes > EXPR_LIMITS.nodes)
      throw new Rejection(`expression is too large (more than ${EXPR_LIMITS.nodes} parts)`);
    switch (node.type) {
      case 'ConstantNode':
        return constant((node as unknown as { value: unknown }).value);
      case 'SymbolNode':
        symbols.add(variableName((node as SymbolNode).name));
        return freeze({ kind: 'symbol', name: (node as SymbolNode).name });
      case 'ParenthesisNode':
        return visit((node as unknown as { content: MathNode }).content);
      case 'OperatorNode':
        return operator(node as OperatorNode);
      case 'ConditionalNode': {
        const c = node as ConditionalNode;
        return freeze({
          kind: 'conditional',
          test: visit(c.condition),
          then: visit(c.trueExpr),
          otherwise: visit(c.falseExpr),
        });
      }
      case 'FunctionNode':
        return call(node as FunctionNode<MathNode>);
      default:
        throw new Rejection(refusal(node.type));
    }
  };

  const operator = (node: OperatorNode): ExprNode => {
    const { fn, args } = node;
    if (node.implicit) throw implicitMultiplication(node);
    // mathjs reads "50%" as 50/100 but "50% - 1" as 50 mod -1, and "100 + 5%" as 105: refuse both.
    if ((node as { isPercentage?: unknown }).isPercentage === true || fn === 'mod')
      throw new Rejection(
        '"%" is not allowed: write a percentage as a decimal (0.05 for 5%); remainders are not supported',
      );
    if (args.length === 1) {
      if (fn === 'unaryMinus') return freeze({ kind: 'negate', arg: visit(args[0]) });
      if (fn === 'unaryPlus') return visit(args[0]);
      if (fn === 'not') return freeze({ kind: 'not', arg: visit(args[0]) });
    }
    const op = args.length === 2 ? binaryOp(fn) : undefined;
    if (op === undefined)
      throw new Rejection(
        fn === 'factorial' ? '"!" (factorial) is not allowed' : `operator "${clip(String(node.op))}" is not allowed`,
      );
    return freeze({ kind: 'binary', op, left: visit(args[0]), right: visit(args[1]) });
  };

  const call = (node: FunctionNode<MathNode>): ExprNode => {
    const callee = node.fn;
    if (callee.type !== 'SymbolNode') throw new Rejection('only the allowed functions can be called, by name');
    nodes++; // the function name is a node of its own
    const name = (callee as SymbolNode).name;
    if (!isFunctionName(name))
      throw new Rejection(`function "${clip(name)}" is not allowed (allowed: ${ALLOWED_FUNCTIONS})`);
    const problem = arityProblem(name, node.args.length);
    if (problem !== undefined) throw new Rejection(problem);
    return freeze({ kind: 'call', fn: name, args: Object.freeze(node.args.map(visit)) });
  };

  try {
    const tree = visit(root);
    return ok(Object.freeze({ tree, symbols: Object.freeze([...symbols].sort()) }));
  } catch (error) {
    if (error instanceof Rejection) return fail(error.message, error.fault);
    throw error;
  }
}

function constant(value: unknown): ExprNode {
  if (typeof value === 'number') {
    if (!Number.isFinite(value))
      throw new Rejection('numbers must be finite ("1e309", "Infinity" and "NaN" are not allowed)');
    return freeze({ kind: 'number', value });
  }
  if (typeof value === 'string') throw new Rejection('text in quotes (strings) is not allowed');
  if (typeof value === 'boolean') throw new Rejection('"true" and "false" are not allowed: write 1 or 0');
  if (value === null || value === undefined) throw new Rejection('"null" and "undefined" are not allowed');
  throw new Rejection('only plain numbers are allowed');
}

function variableName(name: string): string {
  if (isFunctionName(name))
    throw new Rejection(`function "${name}" must be called with parentheses, e.g. "${name}(x)"`);
  if (FORBIDDEN_VARIABLES.has(name)) throw new Rejection(`"${name}" is a reserved name and cannot be used here`);
  if (!VARIABLE_NAME.test(name))
    throw new Rejection(`"${clip(name)}" is not a valid name (letters, digits and "_", at most 64 characters)`);
  return name;
}

function binaryOp(fn: string): BinaryOp | undefined {
  switch (fn) {
    case 'add':
      return '+';
    case 'subtract':
      return '-';
    case 'multiply':
      return '*';
    case 'divide':
      return '/';
    case 'pow':
      return '^';
    case 'smaller':
      return '<';
    case 'smallerEq':
      return '<=';
    case 'larger':
      return '>';
    case 'largerEq':
      return '>=';
    case 'equal':
      return '==';
    case 'unequal':
      return '!=';
    case 'and':
      return 'and';
    case 'or':
      return 'or';
    default:
      return undefined;
  }
}

/** Messages for every node type outside the allowlist. */
function refusal(type: unknown): string {
  switch (type) {
    case 'AccessorNode':
    case 'IndexNode':
      return 'property access and indexing ("a.b", "a[1]") are not allowed';
    case 'ArrayNode':
      return 'arrays and matrices ("[1, 2]") are not allowed';
    case 'ObjectNode':
      return 'objects ("{a: 1}") are not allowed';
    case 'AssignmentNode':
      return 'assignment ("=") is not allowed: to compare, write "=="';
    case 'FunctionAssignmentNode':
      return 'defining functions ("f(x) = ...") is not allowed';
    case 'BlockNode':
      return 'only one expression is allowed (remove ";")';
    case 'RangeNode':
      return 'ranges ("1:10") are not allowed';
    case 'RelationalNode':
      return 'chained comparisons ("a < b < c") are not allowed: write "a < b and b < c"';
    default:
      return `"${clip(String(type))}" is not allowed`;
  }
}

function implicitMultiplication(node: OperatorNode): Rejection {
  const [left, right] = node.args;
  const r = print(right);
  const l = print(left);
  if (left.type === 'SymbolNode' && isFunctionName((left as SymbolNode).name))
    return new Rejection(`implicit multiplication is not allowed: to call a function write "${l}(${r})"`, {
      fault: 'side-by-side',
      left: l,
      right: r,
      call: true,
    });
  return new Rejection(`implicit multiplication is not allowed: write "${l} * ${r}"`, {
    fault: 'side-by-side',
    left: l,
    right: r,
    call: false,
  });
}

function print(node: MathNode): string {
  try {
    return clip(node.toString());
  } catch {
    return '...';
  }
}

const clip = (s: string) => (s.length > SNIPPET ? `${s.slice(0, SNIPPET - 3)}...` : s);
const freeze = (node: ExprNode): ExprNode => Object.freeze(node);
