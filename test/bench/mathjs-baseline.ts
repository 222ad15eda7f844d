// The naive way: mathjs evaluate(string) for every line-month cell, parsing the text each time.
// Only the cost cells are evaluated (the allocation would add the hand loop's ~1 ms).
import { evaluate } from 'mathjs';
import type { PlainScenario } from './generate-workbook';

/** Evaluates the first `lineCount` lines of the scenario, every active month; returns their total. */
export function mathjsCells(s: PlainScenario, lineCount: number): number {
  const scope = { growth: s.growth, annual: 12 * s.growth, m: 0 };
  let total = 0;
  for (let l = 0; l < lineCount; l++) {
    const line = s.lines[l];
    const text = `${line.fixed} + ${line.unit} * (${line.expression})`;
    for (let m = line.start; m <= line.end; m++) {
      scope.m = m;
      total += evaluate(text, scope) as number;
    }
  }
  return total;
}
