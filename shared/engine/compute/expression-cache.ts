// Parsing is the slow step of an expression (tens of microseconds); the same text is parsed
// once per engine and reused by every line, scenario and recompute that holds it.
import { parseExpression, type ExprResult, type ParsedExpression } from '../../expr';

const MAX_ENTRIES = 50_000;

export class ExpressionCache {
  private readonly parsed = new Map<string, ExprResult<ParsedExpression>>();

  parse(text: string): ExprResult<ParsedExpression> {
    let result = this.parsed.get(text);
    if (result === undefined) {
      // A crude bound: an editing session never comes near it, a generated workbook might.
      if (this.parsed.size >= MAX_ENTRIES) this.parsed.clear();
      result = parseExpression(text);
      this.parsed.set(text, result);
    }
    return result;
  }
}
