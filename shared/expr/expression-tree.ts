// The validated expression tree. Only what the allowlist accepts can be represented here, so the
// compiler never sees a mathjs node.
import type { FunctionName } from './functions';

export type BinaryOp = '+' | '-' | '*' | '/' | '^' | '<' | '<=' | '>' | '>=' | '==' | '!=' | 'and' | 'or';

export type ExprNode =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'symbol'; readonly name: string }
  | { readonly kind: 'negate'; readonly arg: ExprNode }
  | { readonly kind: 'not'; readonly arg: ExprNode }
  | { readonly kind: 'binary'; readonly op: BinaryOp; readonly left: ExprNode; readonly right: ExprNode }
  | { readonly kind: 'conditional'; readonly test: ExprNode; readonly then: ExprNode; readonly otherwise: ExprNode }
  | { readonly kind: 'call'; readonly fn: FunctionName; readonly args: readonly ExprNode[] };
