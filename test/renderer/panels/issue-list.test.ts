import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../shared/engine';
import { countIssues, fieldLabel, issueCountText, issueTarget, issueViews, sortIssues } from '../../../renderer/src/features/issues/issue-list';
import { sonnetWorkbook } from './fixtures';

const warnPool: Issue = { severity: 'warning', code: 'AMOUNT_ATYPICAL', message: 'Bedrock POC: amount is unusual', poolId: 'poc', field: 'amount' };
const errLine: Issue = { severity: 'error', code: 'POOL_INELIGIBLE', message: 'Claude summaries: the pool cannot pay for bedrock', lineId: 'llm', poolId: 'poc', field: 'fundedBy' };
const warnLine: Issue = { severity: 'warning', code: 'EU_RESIDENCY', message: 'Claude summaries: runs in us-east-1', lineId: 'llm', field: 'region' };
const errExpr: Issue = { severity: 'error', code: 'EXPR_ERROR', message: 'growth: unknown name "x"', assumption: 'growth', field: 'expr' };

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
    expect(issueTarget({ severity: 'warning', code: 'AMOUNT_ATYPICAL', message: 'stage' })).toBeNull();
  });

  it('names where each issue is and drops the prefix the location repeats', () => {
    const wb = sonnetWorkbook();
    const views = issueViews([warnPool, errLine, errExpr], wb.scenarios[0]);
    expect(views.map((v) => v.issue.code)).toEqual(['POOL_INELIGIBLE', 'EXPR_ERROR', 'AMOUNT_ATYPICAL']);
    expect(views[0]).toMatchObject({ kindLabel: 'Line', name: 'Claude summaries', fieldLabel: 'Funded by', text: 'The pool cannot pay for bedrock', key: '1' });
    expect(views[1]).toMatchObject({ kindLabel: 'Assumption', name: 'growth', fieldLabel: 'Value', text: 'Unknown name "x"' });
    expect(views[2]).toMatchObject({ kindLabel: 'Pool', name: 'Bedrock POC', fieldLabel: 'Amount', text: 'Amount is unusual' });
  });

  it('falls back to the id when the row is gone from the document', () => {
    const views = issueViews([{ ...errLine, lineId: 'gone', message: 'gone: fundedBy: bad claim' }], sonnetWorkbook().scenarios[0]);
    expect(views[0]).toMatchObject({ name: 'gone', text: 'Bad claim' });
  });

  it('words field names', () => {
    expect(fieldLabel('inputTokensPerDay')).toBe('Input tokens / day');
    expect(fieldLabel('someNewField')).toBe('Some new field');
  });
});
