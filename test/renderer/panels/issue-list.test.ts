import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../shared/engine';
import {
  countIssues,
  issueCountText,
  issueTarget,
  issueViews,
  sortIssues,
} from '../../../renderer/src/features/issues/issue-list';
import { sonnetWorkbook } from './fixtures';

const warnPool: Issue = {
  severity: 'warning',
  code: 'AMOUNT_ATYPICAL',
  poolId: 'poc',
  field: 'amount',
  params: { reason: 'range', program: 'bedrock-poc', amount: 60_000, typicalMin: 10_000, typicalMax: 50_000 },
};
const errLine: Issue = {
  severity: 'error',
  code: 'POOL_INELIGIBLE',
  lineId: 'llm',
  poolId: 'poc',
  field: 'fundedBy',
  params: { reason: 'not-credit-eligible', services: [] },
};
const warnLine: Issue = {
  severity: 'warning',
  code: 'EU_RESIDENCY',
  lineId: 'llm',
  field: 'region',
  params: { reason: 'region', region: 'us-east-1' },
};
const errExpr: Issue = {
  severity: 'error',
  code: 'EXPR_ERROR',
  assumption: 'growth',
  field: 'expr',
  params: { problem: 'expression', detail: 'unknown name "x"' },
};
const errQuantity: Issue = {
  severity: 'error',
  code: 'EXPR_ERROR',
  lineId: 'gone',
  field: 'inputTokensPerDay',
  params: { problem: 'out-of-bounds', min: 0, max: Number.MAX_VALUE, value: -1, month: 3 },
};

describe('issue list', () => {
  it('puts errors first and keeps the engine order inside each severity', () => {
    expect(sortIssues([warnPool, errLine, warnLine, errExpr])).toEqual([errLine, errExpr, warnPool, warnLine]);
    expect(countIssues([warnPool, errLine, warnLine])).toEqual({ errors: 1, warnings: 2 });
    expect(issueCountText([warnPool, errLine, warnLine])).toBe('1 error, 2 warnings');
    expect(issueCountText([errLine, errExpr])).toBe('2 errors');
    expect(issueCountText([])).toBe('No issues');
  });

  it('points a click at the line first, then the pool, then the assumption', () => {
    expect(issueTarget(errLine)).toEqual({ kind: 'line', id: 'llm', field: 'fundedBy' });
    expect(issueTarget(warnPool)).toEqual({ kind: 'pool', id: 'poc', field: 'amount' });
    expect(issueTarget(errExpr)).toEqual({ kind: 'assumption', id: 'growth', field: 'expr' });
    expect(issueTarget({ ...warnPool, poolId: undefined, field: undefined })).toBeNull();
  });

  it('names where each issue is and words what is wrong without repeating the location', () => {
    const wb = sonnetWorkbook();
    const views = issueViews([warnPool, errLine, errExpr], wb.scenarios[0]);
    expect(views.map((v) => v.issue.code)).toEqual(['POOL_INELIGIBLE', 'EXPR_ERROR', 'AMOUNT_ATYPICAL']);
    // A sentence that names its rows itself is shown whole.
    expect(views[0]).toMatchObject({
      kindLabel: 'Line',
      name: 'Claude summaries',
      fieldLabel: 'Funded by',
      text: 'Claude summaries is claimed under Bedrock POC, which cannot pay for it: the line is marked as not credit-eligible',
      key: '1',
    });
    // "<row>: <problem>" shows the problem beside the row, as a sentence.
    expect(views[1]).toMatchObject({
      kindLabel: 'Assumption',
      name: 'growth',
      // The column's header in the assumptions grid.
      fieldLabel: 'Value or formula',
      text: 'Unknown name "x"',
      message: 'growth: unknown name "x"',
    });
    expect(views[2]).toMatchObject({
      kindLabel: 'Pool',
      name: 'Bedrock POC',
      fieldLabel: 'Amount',
      text: '$60,000 is outside the usual Bedrock POC funding range ($10,000-$50,000)',
      message: 'Bedrock POC: $60,000 is outside the usual Bedrock POC funding range ($10,000-$50,000)',
    });
  });

  it('falls back to the id when the row is gone from the document', () => {
    const views = issueViews([errQuantity], sonnetWorkbook().scenarios[0]);
    expect(views[0]).toMatchObject({
      name: 'gone',
      text: 'Must not be negative in Apr 2027 (month 3) (is -1)',
      // The field by its label, as the lines grid heads its column.
      message: 'gone: Input tokens/day: must not be negative in Apr 2027 (month 3) (is -1)',
    });
  });

  it('shows a price note on many lines once, with the lines to click', () => {
    // Three lines priced with the same promotion row, one of them also EU_RESIDENCY: the panel
    // shows the warnings in the engine's order with the three PRICE_DATED as one row at the first.
    const dated = (lineId: string, month: number): Issue => ({
      severity: 'warning',
      code: 'PRICE_DATED',
      lineId,
      field: 'model',
      params: { priceKey: 'model/claude-x', status: 'promotion', month, note: 'launch price' },
    });
    const wb = sonnetWorkbook();
    const views = issueViews([dated('llm', 2), warnLine, dated('a', 0), dated('b', 5), errLine], wb.scenarios[0]);
    expect(views.map((v) => v.issue.code)).toEqual(['POOL_INELIGIBLE', 'PRICE_DATED', 'EU_RESIDENCY']);
    expect(views[1]).toMatchObject({
      kindLabel: 'Lines',
      name: 'Claude summaries, a and b',
      fieldLabel: 'Model',
      text: '3 lines use a promotion price for model/claude-x (launch price), from Jan 2027 (month 0)',
      target: { kind: 'line', id: 'llm', field: 'model' },
    });
    expect(views[1].lines).toEqual([
      { id: 'llm', name: 'Claude summaries', target: { kind: 'line', id: 'llm', field: 'model' } },
      { id: 'a', name: 'a', target: { kind: 'line', id: 'a', field: 'model' } },
      { id: 'b', name: 'b', target: { kind: 'line', id: 'b', field: 'model' } },
    ]);
    // Keys stay unique and an issue alone lists no lines.
    expect(new Set(views.map((v) => v.key)).size).toBe(3);
    expect(views[2].lines).toEqual([]);
  });
});
