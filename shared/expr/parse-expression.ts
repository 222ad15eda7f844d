// Text -> validated tree: bounds on the raw text, the mathjs parser, then our allowlist walk.
import { walkAllowlist } from './allowlist-walk';
import { parseWithMathjs } from './mathjs-parser';
import { preScan } from './pre-scan';
import { fail, ok, type ExprResult, type ParsedExpression } from './types';

export function parseExpression(text: string): ExprResult<ParsedExpression> {
  if (typeof text !== 'string') return fail('expression must be text');
  try {
    const refused = preScan(text);
    if (refused !== undefined) return fail(refused);
    const parsed = parseWithMathjs(text);
    if (!parsed.ok) return parsed;
    const walked = walkAllowlist(parsed.value);
    if (!walked.ok) return walked;
    return ok(Object.freeze({ text, symbols: walked.value.symbols, tree: walked.value.tree }));
  } catch (error) {
    // Belt and braces: the steps above return their errors, but nothing may escape to the caller.
    return fail(error instanceof RangeError ? 'expression is too complex to read' : 'expression could not be read');
  }
}
