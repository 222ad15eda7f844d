// The issues panel as data: which issues come first, where each one points, and the short text
// shown beside its location (worded by shared/wording, with the field's label and the code's help
// from there too). Pure, so it is unit-tested.
import type { Issue, ScenarioResult } from '../../../../shared/engine';
import type { Scenario } from '../../../../shared/model';
import {
  groupIssues,
  groupLineIds,
  groupWords,
  issueFieldLabel,
  issueWords,
  lineNamesText,
  namesFrom,
  type IssueGroup,
  type IssueNames,
} from '../../../../shared/wording';
import type { SelectionTarget } from '../../store/document-slice';

export interface IssueView {
  /** Stable key for React: the issue's position in the engine's list. */
  key: string;
  issue: Issue;
  /** "Line", "Pool" or "Assumption", or null when the issue is about the whole scenario. */
  kindLabel: string | null;
  /** The row's name as the user wrote it (or its id when unnamed). */
  name: string | null;
  fieldLabel: string | null;
  /** The words shown beside the location (which names the row and field). */
  text: string;
  /** The whole sentence, naming the row (for the tooltip). */
  message: string;
  target: SelectionTarget | null;
  /** A price row's notes shown as one: the lines they are about, each a click away (else empty). */
  lines: { id: string; name: string; target: SelectionTarget }[];
}

const rank = (i: Issue) => (i.severity === 'error' ? 0 : 1);

function inDisplayOrder(issues: readonly Issue[]): { issue: Issue; index: number }[] {
  return issues
    .map((issue, index) => ({ issue, index }))
    .sort((a, b) => rank(a.issue) - rank(b.issue) || a.index - b.index);
}

/** Errors before warnings; the engine's order (line by line) is kept inside each severity. */
export function sortIssues(issues: readonly Issue[]): Issue[] {
  return inDisplayOrder(issues).map((x) => x.issue);
}

export function countIssues(issues: readonly Issue[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const i of issues) if (i.severity === 'error') errors++;
  return { errors, warnings: issues.length - errors };
}

/** "2 errors, 1 warning" / "No issues". */
export function issueCountText(issues: readonly Issue[]): string {
  const { errors, warnings } = countIssues(issues);
  if (errors + warnings === 0) return 'No issues';
  const parts: string[] = [];
  if (errors > 0) parts.push(`${errors} ${errors === 1 ? 'error' : 'errors'}`);
  if (warnings > 0) parts.push(`${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`);
  return parts.join(', ');
}

/** Where a click on the issue takes the grids: the line first, else the pool, else the assumption. */
export function issueTarget(issue: Issue): SelectionTarget | null {
  const field = issue.field !== undefined ? { field: issue.field } : {};
  // A missing price is fixed in the Prices panel (an override), not in the line.
  if (issue.code === 'PRICE_MISSING' && issue.lineId !== undefined)
    return { kind: 'price', id: issue.lineId, ...field };
  if (issue.lineId !== undefined) return { kind: 'line', id: issue.lineId, ...field };
  if (issue.poolId !== undefined) return { kind: 'pool', id: issue.poolId, ...field };
  if (issue.assumption !== undefined) return { kind: 'assumption', id: issue.assumption, ...field };
  return null;
}

/**
 * How the panel calls rows: the document's name when the row still exists there, else the
 * result's (results may lag an edit by a moment), else the id.
 */
function panelNames(scenario: Scenario | undefined, result: ScenarioResult | undefined): IssueNames {
  const computed = result === undefined ? null : namesFrom(result);
  // Built on first use: a scenario with no issue about a line needs no index of its lines.
  let lines: Map<string, string> | null = null;
  let pools: Map<string, string> | null = null;
  return {
    startMonth: scenario?.startMonth ?? result?.startMonth ?? '2000-01',
    line: (id) => (lines ??= new Map(scenario?.lines.map((l) => [l.id, l.name]))).get(id) || (computed?.line(id) ?? id),
    pool: (id) => (pools ??= new Map(scenario?.pools.map((p) => [p.id, p.name]))).get(id) || (computed?.pool(id) ?? id),
  };
}

/** Capitalised when it starts with a plain word ("the Generative AI Accelerator ..."); an identifier at the start (an assumption name, a field) keeps its case. */
function asSentence(text: string): string {
  return /^[a-z]+\b(?!\()/.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text;
}

/** One row of the panel: the issue's words (shared/wording) beside the row and field it points to. */
function issueView(issue: Issue, index: number, names: IssueNames): IssueView {
  let kindLabel: string | null = null;
  let name: string | null = null;
  if (issue.lineId !== undefined) {
    kindLabel = 'Line';
    name = names.line(issue.lineId);
  } else if (issue.poolId !== undefined) {
    kindLabel = 'Pool';
    name = names.pool(issue.poolId);
  } else if (issue.assumption !== undefined) {
    kindLabel = 'Assumption';
    name = issue.assumption;
  }
  const words = issueWords(issue, names);
  return {
    key: `${index}`,
    issue,
    kindLabel,
    name,
    fieldLabel: issueFieldLabel(issue),
    text: asSentence(words.text),
    message: words.message,
    target: issueTarget(issue),
    lines: [],
  };
}

/**
 * The row of a price row's notes (one PRICE_DATED per line using a derived price, say): the
 * first issue's row, saying how many lines, with each line listed to click.
 */
function groupView(group: IssueGroup, index: number, names: IssueNames): IssueView {
  const view = issueView(group.first, index, names);
  if (group.members.length === 1) return view;
  const ids = groupLineIds(group);
  const words = groupWords(group, names);
  const field = group.first.field === undefined ? {} : { field: group.first.field };
  return {
    ...view,
    kindLabel: 'Lines',
    name: lineNamesText(ids, names, 3),
    text: asSentence(words.text),
    message: words.message,
    lines: ids.map((id) => ({ id, name: names.line(id), target: { kind: 'line', id, ...field } })),
  };
}

/** The panel's rows in display order, a price row's notes on many lines in one row. */
export function issueViews(
  issues: readonly Issue[],
  scenario: Scenario | undefined,
  result?: ScenarioResult,
): IssueView[] {
  const names = panelNames(scenario, result);
  const ordered = inDisplayOrder(issues);
  return groupIssues(ordered.map((x) => x.issue)).map((g) => groupView(g, ordered[g.index].index, names));
}
