// Text -> validated tree: bounds on the raw text, the mathjs parser, then our allowlist walk.
import { walkAllowlist } from './allowlist-walk';
import { typingFault } from './expression-faults';
import { parseWithMathjs } from './mathjs-parser';
import { preScan } from './pre-scan';
import { fail, ok, type ExprResult, type ParsedExpression } from './types';

export function parseExpression(text: string): ExprResult<ParsedExpression> {
  if (typeof text !== 'string') return fail('expression must be text');
  try {
    const refused = preScan(text);
    if (refused !== undefined) return fail(refused);
    const parsed = parseWithMathjs(text);
    if (!parsed.ok) return plainer(text, parsed);
    const walked = walkAllowlist(parsed.value);
    if (!walked.ok) return plainer(text, walked);
    return ok(Object.freeze({ text, symbols: walked.value.symbols, tree: walked.value.tree }));
  } catch (error) {
    // Belt and braces: the steps above return their errors, but nothing may escape to the caller.
    return fail(error instanceof RangeError ? 'expression is too complex to read' : 'expression could not be read');
  }
}

/**
 * A failure with the typing mistake the whole text shows ("two hundred", "10 hours", "(a + b"),
 * which says more than the step that tripped over it; else the step's own fault, if any.
 */
function plainer<T>(text: string, failure: Extract<ExprResult<unknown>, { ok: false }>): ExprResult<T> {
  return fail(failure.message, typingFault(text) ?? failure.fault);
}
