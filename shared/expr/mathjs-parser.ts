// The only place mathjs is used: its parser, in an instance built from the parse dependencies
// alone. Nothing here evaluates or compiles; the tree goes straight to our allowlist walk. The
// number-only build parses the same syntax into the same nodes, and its first parse sets up in
// a tenth of the time (no BigNumber, Complex, Fraction or matrix types to register), which the
// app pays on start-up in both the window and the engine worker.
import { create, parseDependencies, type MathNode } from 'mathjs/number';
import { fail, ok, type ExprResult } from './types';

const math = create({ parseDependencies });

const MAX_MESSAGE = 160;

/** Parses text that has passed the pre-scan. Every exception becomes a message. */
export function parseWithMathjs(text: string): ExprResult<MathNode> {
  try {
    return ok(math.parse(text));
  } catch (error) {
    return fail(describeParseError(error));
  }
}

function describeParseError(error: unknown): string {
  if (error instanceof RangeError) return 'expression is too complex to read';
  const raw = error instanceof Error ? error.message : String(error);
  // mathjs ends syntax messages with "(char N)" and also puts N on the error object.
  const detail = clip(raw.replace(/\s*\(char \d+\)\s*$/, ''));
  const char = (error as { char?: unknown } | null)?.char;
  return typeof char === 'number' && Number.isInteger(char)
    ? `syntax error at char ${char}: ${detail}`
    : `syntax error: ${detail}`;
}

const clip = (s: string) => (s.length > MAX_MESSAGE ? `${s.slice(0, MAX_MESSAGE - 3)}...` : s);
