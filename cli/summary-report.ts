// The readable result of `compute`: what a finance lead reads first. Per scenario a KPI block,
// the pools (how far each goes and what expires unused), then the issues to fix.
import {
  AS_DECLARED_LABEL,
  AS_DECLARED_NOTE,
  calendarMonth,
  footedTotals,
  lastUsableMonth,
  type Issue,
  type Kpis,
  type PoolResult,
  type ScenarioResult,
} from '../shared/engine';
import { POOL_FIELD_LABELS, PROGRAMS, type Company, type Workbook } from '../shared/model';
import { renderActuals } from './actuals-report';
import { formatPairs, formatTable } from './format-table';
import type { Style } from './style';
import {
  allocationHeading,
  calendarLabel,
  formatMoneyCents,
  formatMonthCount,
  formatPercent,
  groupIssues,
  groupLineIds,
  groupWords,
  ISSUE_HELP,
  issueFieldLabel,
  namesFrom,
  labelledFor,
  uncomputedText,
  usedUpMonth,
  type IssueGroup,
} from '../shared/wording';

/** Where an issue points, the field by the label the app shows: "line sum, pool poc (Funded by)" / "assumption growth". */
function issueWhere(issue: Issue): string {
  const parts: string[] = [];
  if (issue.lineId !== undefined) parts.push(`line ${issue.lineId}`);
  if (issue.poolId !== undefined) parts.push(`pool ${issue.poolId}`);
  if (issue.assumption !== undefined) parts.push(`assumption ${issue.assumption}`);
  const where = parts.join(', ');
  const field = issueFieldLabel(issue);
  if (field === null) return where;
  return where === '' ? field : `${where} (${field})`;
}

/** Where a group points: the issue's own place, or "448 lines (Instance type)" for a price row's notes. */
function groupWhere(group: IssueGroup): string {
  if (group.members.length === 1) return issueWhere(group.first);
  const lines = `${groupLineIds(group).length} lines`;
  const field = issueFieldLabel(group.first);
  return field === null ? lines : `${lines} (${field})`;
}

/** Errors before warnings, otherwise in the engine's order. */
function sortedIssues(issues: readonly Issue[]): Issue[] {
  return [...issues].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}

/**
 * The issues table. A price note on many lines (PRICE_DATED, PRICE_REGION_FALLBACK) is one row
 * naming the lines, so 448 SageMaker lines on one derived price do not bury the other issues;
 * `--json` keeps one issue per line.
 */
export function renderIssues(result: ScenarioResult, style: Style): string {
  if (result.issues.length === 0) return '  No issues.';
  const names = namesFrom(result);
  const rows = groupIssues(sortedIssues(result.issues)).map((g) => [
    g.first.severity === 'error' ? style.red('error') : style.yellow('warning'),
    g.first.code,
    groupWhere(g),
    groupWords(g, names).message,
  ]);
  const table = formatTable(
    [{ header: 'Severity' }, { header: 'Code' }, { header: 'Where' }, { header: 'Message' }],
    rows,
  );
  // What each code means, once per code, in the words the app shows on hover.
  const codes = [...new Set(result.issues.map((i) => i.code))];
  return [table, '', ...codes.map((code) => `  ${code}: ${ISSUE_HELP[code]}`)].join('\n');
}

function runwayText(result: ScenarioResult, company: Company): string {
  const runway = result.kpis.cashRunwayMonths;
  if (company.cashOnHand === null) return 'not modelled (the file gives no cash on hand)';
  if (runway === null) return 'beyond the horizon';
  // After an import the runway counts from the first forecast month ("from today").
  const from = result.actuals?.forecastFrom ?? 0;
  const today =
    result.actuals === undefined
      ? ''
      : `, ${formatMonthCount(runway)} months from ${calendarMonth(result.startMonth, from)}`;
  return `cash runs out in ${calendarLabel(result.startMonth, from + runway)}${today}`;
}

function kpiBlock(result: ScenarioResult, company: Company): string {
  const k = result.kpis;
  // The money totals as the monthly CSV adds them up (footed cents), so the two agree to the cent.
  const totals = footedTotals(result);
  const asOf =
    result.actuals === undefined
      ? []
      : ([
          [
            'As of',
            `${result.actuals.throughMonth} actuals; every figure below is from ${calendarMonth(result.startMonth, result.actuals.forecastFrom)} on`,
          ],
        ] as [string, string][]);
  // As declared, every figure the allocation changes says so in its label.
  const label = (key: keyof Kpis, text: string) => labelledFor(result.allocation, key, text);
  const pairs: [string, string][] = [
    ...asOf,
    ['Total AWS cost', formatMoneyCents(totals.totalCost)],
    [label('creditsApplied', 'Paid by credits'), formatMoneyCents(totals.creditsApplied)],
    [label('cashCost', 'Paid in cash'), formatMoneyCents(totals.cashCost)],
    [label('creditCoverage', 'Credit coverage'), formatPercent(k.creditCoverage)],
    [label('creditsForfeited', 'Credits forfeited'), formatMoneyCents(k.creditsForfeited)],
    [
      label('creditsRemaining', 'Credits remaining'),
      `${formatMoneyCents(k.creditsRemaining)} at the end of the horizon`,
    ],
    [
      label('creditCliffMonth', 'Credit cliff'),
      k.creditCliffMonth === null
        ? 'none within the horizon'
        : `first cash month ${calendarLabel(result.startMonth, k.creditCliffMonth)}`,
    ],
    [label('cashRunwayMonths', 'Cash runway'), runwayText(result, company)],
  ];
  if (k.runwayExtensionMonths !== null) {
    const sign = k.runwayExtensionMonths > 0 ? '+' : '';
    pairs.push([
      label('runwayExtensionMonths', 'Runway from credits'),
      `${sign}${formatMonthCount(k.runwayExtensionMonths)} months`,
    ]);
  }
  return formatPairs(pairs);
}

/** (rev 2) The month of the pool's last dollar: depletion 3.0 is "2027-03 (month 2)" from 2027-01. */
function usedUpIn(start: string, pool: PoolResult): string {
  const m = usedUpMonth(pool);
  return m === null ? 'not used up' : calendarLabel(start, m);
}

function poolsBlock(result: ScenarioResult): string {
  if (result.pools.length === 0) return '  No credit pools.';
  const start = result.startMonth;
  // Used: the sum of the pool's draw column in the monthly CSV, to the cent.
  const { poolUsed } = footedTotals(result);
  // Pools by name, as people know them (ids are the file's business).
  const rows = result.pools.map((p, i) => [
    p.name || p.id,
    PROGRAMS[p.program].name,
    formatMoneyCents(p.amount),
    formatMoneyCents(poolUsed[i]),
    formatMoneyCents(p.forfeited),
    formatMoneyCents(p.remaining),
    usedUpIn(start, p),
    // (rev 2) Expiry reads as the last month the pool pays.
    calendarLabel(start, lastUsableMonth(p.expiryMonth)),
  ]);
  return formatTable(
    [
      { header: 'Pool' },
      { header: POOL_FIELD_LABELS.program },
      { header: POOL_FIELD_LABELS.amount, align: 'right' },
      { header: 'Used', align: 'right' },
      { header: 'Forfeited', align: 'right' },
      { header: 'Remaining', align: 'right' },
      { header: 'Used up in' },
      { header: 'Usable through' },
    ],
    rows,
  );
}

function renderScenarioSummary(result: ScenarioResult, workbook: Workbook, style: Style): string {
  const declared = result.allocation === 'as-declared';
  const last = calendarMonth(result.startMonth, result.horizonMonths - 1);
  const title = result.name === '' ? result.id : `${result.id}: ${result.name}`;
  const errors = result.issues.filter((i) => i.severity === 'error').length;
  const warnings = result.issues.length - errors;
  // The app's banner over the KPI cards: only for issues that leave part of the model uncomputed.
  const incomplete = uncomputedText(result.issues);
  return [
    style.bold(`Scenario ${title}`),
    `  ${result.startMonth} to ${last}, ${result.horizonMonths} months; ${allocationHeading(result.allocation)}`,
    ...(declared ? [style.yellow(`  ${AS_DECLARED_NOTE}`)] : []),
    ...(incomplete === null ? [] : [style.red(`  Incomplete: ${incomplete} (see Issues below).`)]),
    '',
    kpiBlock(result, workbook.company),
    '',
    style.bold(`  Credit pools${declared ? ` (${AS_DECLARED_LABEL})` : ''}`),
    poolsBlock(result),
    '',
    ...[renderActuals(result, style)].flatMap((block) => (block === null ? [] : [block, ''])),
    style.bold(`  Issues: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`),
    renderIssues(result, style),
  ].join('\n');
}

export function renderWorkbookSummary(
  file: string,
  workbook: Workbook,
  results: readonly ScenarioResult[],
  style: Style,
): string {
  const heading = `${workbook.title} (${file})`;
  const note = "Month numbers count from each scenario's start month (month 0).";
  const blocks = results.map((r) => renderScenarioSummary(r, workbook, style));
  return [style.bold(heading), style.dim(note), '', blocks.join('\n\n'), ''].join('\n');
}
