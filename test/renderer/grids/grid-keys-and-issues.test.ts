import { describe, expect, it } from 'vitest';
import { isAppShortcut } from '../../../renderer/src/components/grid-keys';
import { indexIssues, issueRow } from '../../../renderer/src/components/grid-issues';
import type { Issue, ScenarioResult } from '../../../shared/engine';
import { key } from '../key-press';

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
    {
      severity: 'warning',
      code: 'EU_RESIDENCY',
      lineId: 'a',
      field: 'region',
      params: { reason: 'region', region: 'us-east-1' },
    },
    {
      severity: 'error',
      code: 'EXPR_ERROR',
      lineId: 'a',
      field: 'inputTokensPerDay',
      params: { problem: 'out-of-bounds', min: 0, max: Number.MAX_VALUE, value: -5, month: null },
    },
    {
      severity: 'warning',
      code: 'WORKSTREAM_SPLIT',
      lineId: 'a',
      params: { workstream: 'Search', poolIds: ['poc', 'pf'] },
    },
    {
      severity: 'error',
      code: 'PRICE_MISSING',
      lineId: 'a',
      field: 'region',
      params: { reason: 'lookup', detail: 'no price' },
    },
    {
      severity: 'error',
      code: 'POOL_INELIGIBLE',
      lineId: 'b',
      poolId: 'poc',
      field: 'fundedBy',
      params: { reason: 'always-cash-category', services: [] },
    },
    {
      severity: 'warning',
      code: 'CREDITS_FORFEITED',
      poolId: 'poc',
      field: 'validityMonths',
      params: { forfeited: 2_500, amount: 25_000 },
    },
    {
      severity: 'error',
      code: 'EXPR_ERROR',
      assumption: 'g',
      field: 'expr',
      params: { problem: 'circular', cycle: ['g', 'h', 'g'] },
    },
  ];
  // Line b is unnamed (shown by its id); pool pf is not in the result (shown by its id).
  const result = {
    startMonth: '2027-01',
    issues,
    lines: [
      { id: 'a', name: 'Chat' },
      { id: 'b', name: '' },
    ],
    pools: [{ id: 'poc', name: 'POC' }],
  } as unknown as ScenarioResult;
  it("puts each issue on its row and field, field-less ones on the name, worded with the rows' names", () => {
    const lines = indexIssues(result, issueRow.line);
    expect(lines.get('a')?.get('inputTokensPerDay')).toEqual({
      severity: 'error',
      message: 'Chat: Input tokens/day: must not be negative (is -5)',
    });
    expect(lines.get('a')?.get('name')).toEqual({
      severity: 'warning',
      message: 'Workstream "Search" is claimed under POC and pf; the same workload would be invoiced twice',
    });
    expect(lines.get('b')?.get('fundedBy')?.message).toBe(
      'b is claimed under POC, which cannot pay for it: no AWS credit pays for this category of spend',
    );
  });
  it('merges two issues of one cell, the worse severity winning', () => {
    expect(indexIssues(result, issueRow.line).get('a')?.get('region')).toEqual({
      severity: 'error',
      message: 'Chat runs in us-east-1, outside the EU, but the company requires EU data residency\nChat: no price',
    });
  });
  it("keeps a line's claim on a pool off the pool row", () => {
    const pools = indexIssues(result, issueRow.pool);
    expect([...(pools.get('poc')?.keys() ?? [])]).toEqual(['validityMonths']);
    // 2,500 of 25,000 is 10.0%.
    expect(pools.get('poc')?.get('validityMonths')?.message).toBe(
      'POC expires with $2,500 unused (10.0% of the award)',
    );
    expect(indexIssues(result, issueRow.assumption, 'expr').get('g')?.get('expr')?.message).toBe(
      'g: circular reference: g -> h -> g',
    );
  });
  it('has nothing to show before the first result', () => {
    expect(indexIssues(undefined, issueRow.line).size).toBe(0);
  });
});
