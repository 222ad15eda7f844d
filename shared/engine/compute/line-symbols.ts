// Which assumption names a line's quantities use (read from the parsed texts, which the engine's
// parse cache keeps), so that a change of other assumptions leaves the line's cost alone.
import type { Line } from '../../model';
import { kindOf } from '../../kinds/registry';
import type { ExpressionCache } from './expression-cache';

export function lineUsesAny(line: Line, names: ReadonlySet<string>, cache: ExpressionCache): boolean {
  const fields = line as unknown as Record<string, unknown>;
  for (const field of kindOf(line).quantityFields) {
    const value = fields[field];
    if (typeof value !== 'string') continue;
    const parsed = cache.parse(value);
    // A text that does not parse costs nothing in any context: its issue does not change either.
    if (!parsed.ok) continue;
    for (const symbol of parsed.value.symbols) if (names.has(symbol)) return true;
  }
  return false;
}
