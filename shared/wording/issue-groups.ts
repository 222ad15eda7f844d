// Issues as a finance lead reads them. A price note fires once per line that uses the price
// (PRICE_DATED: a promotional, legacy, derived or unsourced price; PRICE_REGION_FALLBACK): 448
// SageMaker lines derived from one EC2 price make 448 warnings that say the same thing. The app
// and the CLI text show such notes once per price row, with how many lines and which; the
// engine and the JSON keep one issue per line (contracts.md: each issue points to its row).
import type { Issue } from '../engine';
import { issueWords, type IssueNames, type IssueWords } from './issue-text';
import { formatMonthDetail } from './format-month';

export interface IssueGroup {
  /** The group's first issue in the engine's order: its severity, code and price stand for all. */
  first: Issue;
  /** The first issue's position in the list grouped. */
  index: number;
  /** Every issue of the group, in the list's order; just `first` for an issue shown alone. */
  members: Issue[];
}

/** What makes two price notes the same note about the same price row; null for other issues. */
function priceRowKey(issue: Issue): string | null {
  if (issue.code === 'PRICE_DATED') {
    const p = issue.params;
    return JSON.stringify([issue.code, issue.severity, p.priceKey, p.status, p.note]);
  }
  if (issue.code === 'PRICE_REGION_FALLBACK') {
    const p = issue.params;
    return JSON.stringify([issue.code, issue.severity, p.priceKey, p.region, p.usedRegion]);
  }
  return null;
}

/** The issues with each price row's notes joined at the place of the first; others stay alone, in order. */
export function groupIssues(issues: readonly Issue[]): IssueGroup[] {
  const groups: IssueGroup[] = [];
  const byRow = new Map<string, IssueGroup>();
  issues.forEach((issue, index) => {
    const key = priceRowKey(issue);
    const known = key === null ? undefined : byRow.get(key);
    if (known !== undefined) {
      known.members.push(issue);
      return;
    }
    const group: IssueGroup = { first: issue, index, members: [issue] };
    groups.push(group);
    if (key !== null) byRow.set(key, group);
  });
  return groups;
}

/** "Chat, Search and Embeddings" / "Chat, Search, Embeddings, Rerank, OCR and 443 more". */
export function lineNamesText(lineIds: readonly string[], names: IssueNames, shown = 5): string {
  const listed = lineIds.slice(0, lineIds.length > shown ? shown : lineIds.length).map((id) => names.line(id));
  const more = lineIds.length - listed.length;
  if (more > 0) return `${listed.join(', ')} and ${more} more`;
  return listed.length <= 1 ? listed.join('') : `${listed.slice(0, -1).join(', ')} and ${listed[listed.length - 1]}`;
}

/** The lines a group is about, each once, in order. */
export function groupLineIds(group: IssueGroup): string[] {
  return [...new Set(group.members.flatMap((i) => (i.lineId === undefined ? [] : [i.lineId])))];
}

/**
 * The words of a group: an issue alone reads as ever; a price row's notes read "448 lines use a
 * derived price for ... from month 0", and the message names the lines.
 */
export function groupWords(group: IssueGroup, names: IssueNames): IssueWords {
  const { first, members } = group;
  if (members.length === 1) return issueWords(first, names);
  const lineIds = groupLineIds(group);
  const lines = `${lineIds.length} lines`;
  let text: string;
  if (first.code === 'PRICE_DATED') {
    const { priceKey, status, note } = first.params;
    const from = Math.min(...members.map((i) => (i.code === 'PRICE_DATED' ? i.params.month : Infinity)));
    text = `${lines} use a ${status} price for ${priceKey}${note === null ? '' : ` (${note})`}, from ${formatMonthDetail(names.startMonth, from)}`;
  } else if (first.code === 'PRICE_REGION_FALLBACK') {
    const { priceKey, region, usedRegion } = first.params;
    text = `${lines}: no ${region} price for ${priceKey}; the ${usedRegion} price is used`;
  } else {
    // Only price notes are grouped; anything else joined would still read as its first issue.
    return issueWords(first, names);
  }
  return { text, message: `${text}: ${lineNamesText(lineIds, names)}` };
}
