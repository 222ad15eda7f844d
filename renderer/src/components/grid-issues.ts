// Issues from the engine, indexed by the row and field they point to, so a cell can mark
// itself in constant time (a 1,000-line workbook renders only the cells in view).
import type { CellClassParams, CellClassRules } from 'ag-grid-community';
import type { Issue, ScenarioResult, Severity } from '../../../shared/engine';
import { issueMessage, namesFrom } from '../../../shared/wording';

export interface CellIssue {
  severity: Severity;
  /** Every message about this cell, one per line. */
  message: string;
}

/** Row id -> field -> the cell's issue. Field-less issues land on `rowField` (the name cell). */
export type IssueIndex = ReadonlyMap<string, ReadonlyMap<string, CellIssue>>;

/** The issues of a computed scenario (none before the first result), worded with its names. */
export function indexIssues(
  result: Pick<ScenarioResult, 'issues' | 'lines' | 'pools' | 'startMonth'> | undefined,
  rowOf: (issue: Issue) => string | undefined,
  rowField = 'name',
): IssueIndex {
  const index = new Map<string, Map<string, CellIssue>>();
  if (result === undefined) return index;
  const names = namesFrom(result);
  for (const issue of result.issues) {
    const row = rowOf(issue);
    if (row === undefined) continue;
    let cells = index.get(row);
    if (cells === undefined) index.set(row, (cells = new Map()));
    const field = issue.field ?? rowField;
    const prev = cells.get(field);
    const message = issueMessage(issue, names);
    cells.set(field, {
      severity: prev?.severity === 'error' || issue.severity === 'error' ? 'error' : 'warning',
      message: prev === undefined ? message : `${prev.message}\n${message}`,
    });
  }
  return index;
}

/** Which row of each grid an issue belongs to. */
export const issueRow = {
  line: (i: Issue) => i.lineId,
  // A line's claim on a pool (POOL_INELIGIBLE) is the line's cell, not the pool's.
  pool: (i: Issue) => (i.lineId === undefined ? i.poolId : undefined),
  assumption: (i: Issue) => i.assumption,
};

/**
 * Class rules that mark a cell with its issue. Rules, not `cellClass`: AG Grid re-evaluates
 * rules on every refresh, and an issue can arrive (with the engine's results) while the
 * cell's value stays the same.
 */
export function issueClassRules<T>(issueOf: (p: CellClassParams<T>) => CellIssue | undefined): CellClassRules<T> {
  return {
    'cell-error': (p) => issueOf(p)?.severity === 'error',
    'cell-warning': (p) => issueOf(p)?.severity === 'warning',
  };
}
