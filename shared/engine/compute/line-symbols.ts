// Which assumption names a line's quantities use (read from the parsed texts, which the engine's
// parse cache keeps), so that a change of other assumptions leaves the line's cost alone.
import type { Line } from '../../model';
import { kindOf } from '../../kinds/registry';
import type { ExpressionCache } from './expression-cache';

/** The names the line's quantity texts use. A text that does not parse uses none: its cost (nothing) and its issue stay as they are in any context. */
export function lineSymbols(line: Line, cache: ExpressionCache): string[] {
  const fields = line as unknown as Record<string, unknown>;
  const names: string[] = [];
  for (const field of kindOf(line).quantityFields) {
    const value = fields[field];
    if (typeof value !== 'string') continue;
    const parsed = cache.parse(value);
    if (parsed.ok) for (const symbol of parsed.value.symbols) names.push(symbol);
  }
  return names;
}
