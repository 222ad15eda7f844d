// The allowlist of callable functions. Every one is pure, total on numbers and deterministic;
// anything not named here (zeros, parse, evaluate, random, ...) is refused while parsing.
export const FUNCTION_NAMES = ['abs', 'ceil', 'exp', 'floor', 'log', 'max', 'min', 'round', 'sqrt'] as const;
export type FunctionName = (typeof FUNCTION_NAMES)[number];

const FUNCTION_NAME_SET: ReadonlySet<string> = new Set(FUNCTION_NAMES);

export function isFunctionName(name: string): name is FunctionName {
  return FUNCTION_NAME_SET.has(name);
}

/** Why `fn` cannot take `count` arguments, or undefined when it can. */
export function arityProblem(fn: FunctionName, count: number): string | undefined {
  switch (fn) {
    case 'min':
    case 'max':
      return count >= 2 ? undefined : `"${fn}" needs at least 2 arguments, e.g. "${fn}(a, b)"`;
    case 'round':
      return count === 1 || count === 2 ? undefined : '"round" takes 1 or 2 arguments: round(x) or round(x, digits)';
    default:
      return count === 1 ? undefined : `"${fn}" takes exactly 1 argument`;
  }
}
