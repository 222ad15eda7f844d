// Every line's cost, with the forms the rest of a computation reads it in: the totals, the
// lines' issues and the line results (whose monthly series the charges are summed from).
// Reading a thousand scattered per-line objects costs more than the arithmetic when they are
// not in the processor's cache, so after an edit these are updated at the changed positions
// rather than rebuilt from every line.
import { computeLineCost, type LineContext, type LineCost } from '../compute/line-costs';
import type { LineFacts } from '../compute/line-facts';
import type { Issue, LineResult } from '../compute/results';
import type { Line } from '../../model';

export interface CostTable {
  /** The context the costs were computed in. */
  context: LineContext;
  costs: LineCost[];
  totals: Float64Array;
  /** The lines' issues, in row order. */
  issues: readonly Issue[];
  /** Shared by the result that returned them: never written once returned. */
  results: LineResult[];
}

/** What a new table reuses of the last one, and how lines find their remembered cost. */
export interface TableReuse {
  lines: readonly Line[];
  table: CostTable;
  /** Positions whose line object changed (null: the lines moved or most are new). */
  changed: readonly number[] | null;
}

/**
 * The table for these lines: the remembered one with the changed positions recomputed, while
 * the context is the same and the lines kept their positions; else every line is costed
 * (reusing, when lines moved, the costs of the line objects still there).
 */
export function costTableFor(
  lines: readonly Line[],
  facts: readonly LineFacts[],
  context: LineContext,
  reuse: TableReuse | null,
): CostTable {
  if (reuse !== null && reuse.table.context === context && reuse.changed !== null)
    return updatedTable(lines, facts, reuse.table, reuse.changed);
  const costs = new Array<LineCost>(lines.length);
  const missing =
    reuse !== null && reuse.table.context === context ? reusedCosts(lines, reuse, costs) : allPositions(lines.length);
  computeCosts(lines, context, missing, costs);
  const totals = new Float64Array(costs.length);
  for (let l = 0; l < costs.length; l++) totals[l] = costs[l].total;
  return { context, costs, totals, issues: lineIssues(costs), results: lineResults(facts, costs) };
}

/**
 * The remembered table with the changed positions recomputed, updated in place (it belongs to a
 * finished computation; copying its lists would read every entry) except the results list,
 * which the last result holds: that one is a copy.
 */
function updatedTable(
  lines: readonly Line[],
  facts: readonly LineFacts[],
  previous: CostTable,
  changed: readonly number[],
): CostTable {
  const { context, costs, totals } = previous;
  const results = previous.results.slice();
  let issuesChanged = changed.some((l) => costs[l].issues.length > 0);
  computeCosts(lines, context, changed, costs);
  for (const l of changed) {
    const cost = costs[l];
    totals[l] = cost.total;
    results[l] = lineResult(facts[l], cost);
    if (cost.issues.length > 0) issuesChanged = true;
  }
  return { context, costs, totals, issues: issuesChanged ? lineIssues(costs) : previous.issues, results };
}

function allPositions(count: number): number[] {
  const positions = new Array<number>(count);
  for (let l = 0; l < count; l++) positions[l] = l;
  return positions;
}

/**
 * After lines moved: takes the remembered cost of each line object still there, and returns the
 * positions left to compute. The lookup by object is built only if one of a few sampled old line
 * objects is still in the list (a search of pointers), so that a workbook of all-new objects
 * (a file opened again, a copy) does not pay for a map that finds nothing.
 */
function reusedCosts(lines: readonly Line[], reuse: TableReuse, costs: LineCost[]): number[] {
  const old = reuse.lines;
  const samples = old.length === 0 ? [] : [old[0], old[old.length >> 1], old[old.length - 1]];
  if (!samples.some((line) => lines.includes(line))) return allPositions(lines.length);
  const known = new Map<Line, LineCost>();
  old.forEach((line, l) => known.set(line, reuse.table.costs[l]));
  const missing: number[] = [];
  for (let l = 0; l < lines.length; l++) {
    const cost = known.get(lines[l]);
    if (cost === undefined) missing.push(l);
    else costs[l] = cost;
  }
  return missing;
}

/** Costs the lines at the given positions. Their monthly series share one block of memory (one allocation instead of one per line). */
function computeCosts(
  lines: readonly Line[],
  context: LineContext,
  positions: readonly number[],
  costs: LineCost[],
): void {
  const horizon = context.horizon;
  const bytes = horizon * Float64Array.BYTES_PER_ELEMENT;
  const block = new ArrayBuffer(positions.length * bytes);
  for (let i = 0; i < positions.length; i++) {
    const l = positions[i];
    costs[l] = computeLineCost(lines[l], context, new Float64Array(block, i * bytes, horizon));
  }
}

/**
 * The lines' issues in row order. (Built from an empty literal, whose allocation site learns to
 * hold objects; a copy of an empty list would start as a list of small integers and throw the
 * compiled code away on the first push.)
 */
function lineIssues(costs: readonly LineCost[]): Issue[] {
  const issues: Issue[] = [];
  for (const c of costs) for (const issue of c.issues) issues.push(issue);
  return issues;
}

function lineResult(facts: LineFacts, cost: LineCost): LineResult {
  return { id: facts.id, name: facts.name, total: cost.total, monthly: cost.monthly };
}

function lineResults(facts: readonly LineFacts[], costs: readonly LineCost[]): LineResult[] {
  const results = new Array<LineResult>(facts.length);
  for (let l = 0; l < facts.length; l++) results[l] = lineResult(facts[l], costs[l]);
  return results;
}
