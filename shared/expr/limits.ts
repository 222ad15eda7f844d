// Bounds on expression size, checked before and right after parsing so that hostile text can
// neither exhaust the parser's recursion nor build a huge tree.
export const EXPR_LIMITS = { length: 1000, depth: 64, nodes: 500 } as const satisfies {
  length: number;
  depth: number;
  nodes: number;
};
