// The only place mathjs is used: its parser, in an instance built from the parse dependencies
// alone. Nothing here evaluates or compiles; the tree goes straight to our allowlist walk. The
// number-only build parses the same syntax into the same nodes, and its first parse sets up in
// a tenth of the time (no BigNumber, Complex, Fraction or matrix types to register), which the
// app pays on start-up in both the window and the engine worker.
import { create, parseDependencies, type MathNode } from 'mathjs/number';
import { separatedNumberAt, type ExprFault } from './expression-faults';
import { fail, ok, type ExprResult } from './types';

const math = create({ parseDependencies });

const MAX_MESSAGE = 160;

/** Parses text that has passed the pre-scan. Every exception becomes a message. */
export function parseWithMathjs(text: string): ExprResult<MathNode> {
  try {
    return ok(math.parse(text));
  } catch (error) {
    return fail(describeParseError(error), syntaxFault(text, error));
  }
}

/** mathjs's syntax messages as faults: "Unexpected end of expression" is a formula that stops early, and so on. */
function syntaxFault(text: string, error: unknown): ExprFault | null {
  const raw = error instanceof Error ? error.message : '';
  const char = (error as { char?: unknown } | null)?.char;
  if (/^Unexpected end of expression/.test(raw)) return { fault: 'ends-early' };
  if (typeof char !== 'number' || !Number.isInteger(char) || char < 1) return null;
  const operator = /^Unexpected operator (\S+)/.exec(raw);
  if (operator !== null) return separatedNumberAt(text, char) ?? { fault: 'missing-value', char, token: operator[1]! };
  if (/^Value expected/.test(raw)) return { fault: 'missing-value', char, token: text.charAt(char - 1) };
  const part = /^Unexpected part "([^"]*)"/.exec(raw);
  if (part !== null) return { fault: 'missing-operator', char, token: part[1]! };
  return null;
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
