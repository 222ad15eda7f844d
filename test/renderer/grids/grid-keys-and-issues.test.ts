import { describe, expect, it } from 'vitest';
import { isAppShortcut } from '../../../renderer/src/components/grid-keys';
import { indexIssues, issueRow } from '../../../renderer/src/components/grid-issues';
import type { Issue } from '../../../shared/engine';

const key = (k: string, mods: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});

describe('grid keys', () => {
  it('lets undo, redo and the row commands through to the window', () => {
    expect(isAppShortcut(key('z', { ctrlKey: true }))).toBe(true);
    expect(isAppShortcut(key('Z', { metaKey: true, shiftKey: true }))).toBe(true);
    expect(isAppShortcut(key('Enter', { ctrlKey: true }))).toBe(true);
    expect(isAppShortcut(key('Delete', { metaKey: true }))).toBe(true);
    expect(isAppShortcut(key('s', { metaKey: true }))).toBe(true);
  });
  it('keeps typing and Ctrl+arrows for the grid', () => {
    expect(isAppShortcut(key('a'))).toBe(false);
    expect(isAppShortcut(key('Delete'))).toBe(false);
    expect(isAppShortcut(key('ArrowDown', { ctrlKey: true }))).toBe(false);
    expect(isAppShortcut(key('ArrowUp', { altKey: true }))).toBe(true);
  });
});

describe('indexIssues', () => {
  const issues: Issue[] = [
    { severity: 'warning', code: 'EU_RESIDENCY', message: 'runs in us-east-1', lineId: 'a', field: 'region' },
    { severity: 'error', code: 'EXPR_ERROR', message: 'bad formula', lineId: 'a', field: 'inputTokensPerDay' },
    { severity: 'warning', code: 'WORKSTREAM_SPLIT', message: 'split', lineId: 'a' },
    { severity: 'error', code: 'PRICE_MISSING', message: 'no price', lineId: 'a', field: 'region' },
    { severity: 'error', code: 'POOL_INELIGIBLE', message: 'cannot pay', lineId: 'b', poolId: 'poc', field: 'fundedBy' },
    { severity: 'warning', code: 'CREDITS_FORFEITED', message: 'forfeits', poolId: 'poc', field: 'validityMonths' },
    { severity: 'error', code: 'EXPR_ERROR', message: 'cycle', assumption: 'g', field: 'expr' },
  ];
  it('puts each issue on its row and field, field-less ones on the name', () => {
    const lines = indexIssues(issues, issueRow.line);
    expect(lines.get('a')?.get('inputTokensPerDay')).toEqual({ severity: 'error', message: 'bad formula' });
    expect(lines.get('a')?.get('name')).toEqual({ severity: 'warning', message: 'split' });
    expect(lines.get('b')?.get('fundedBy')?.message).toBe('cannot pay');
  });
  it('merges two issues of one cell, the worse severity winning', () => {
    expect(indexIssues(issues, issueRow.line).get('a')?.get('region')).toEqual({ severity: 'error', message: 'runs in us-east-1\nno price' });
  });
  it('keeps a line\'s claim on a pool off the pool row', () => {
    const pools = indexIssues(issues, issueRow.pool);
    expect([...(pools.get('poc')?.keys() ?? [])]).toEqual(['validityMonths']);
    expect(indexIssues(issues, issueRow.assumption, 'expr').get('g')?.get('expr')?.message).toBe('cycle');
  });
});
