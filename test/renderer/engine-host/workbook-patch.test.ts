// Edits reach the engine worker as patches found by identity. Applied to the worker's copy (a
// structured clone, like the real one), a patch must give the UI's workbook back exactly, keep
// the untouched lines as the worker's own objects (its per-line cache), and say which scenarios
// need computing.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addLine,
  addScenario,
  deleteLine,
  deleteScenario,
  duplicateScenario,
  moveLine,
  setTitle,
  updateCompanyProfile,
  updateLine,
} from '../../../shared/engine';
import { parseWorkbookText } from '../../../shared/io';
import type { Workbook } from '../../../shared/model';
import {
  applyListOps,
  applyWorkbookPatch,
  diffWorkbook,
  listOps,
  scenariosToCompute,
} from '../../../renderer/src/engine-host/workbook-patch';

const ROOT = path.resolve(import.meta.dirname, '../../..');

function sample(): Workbook {
  const opened = parseWorkbookText(readFileSync(path.join(ROOT, 'assets/templates/series-a.creditstack'), 'utf8'));
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.workbook;
}

/** What the worker ends up with after `edit`: its own clone, patched with a cloned patch. */
function roundTrip(before: Workbook, after: Workbook) {
  const worker = structuredClone(before);
  const patch = structuredClone(diffWorkbook(before, after));
  return { worker, patch, patched: applyWorkbookPatch(worker, patch) };
}

describe('workbook patches', () => {
  const wb = sample();
  const edits: [string, Workbook][] = [
    ['a cell', updateLine(wb, 'stack', 'aurora', { monthlyCost: 900 })],
    ['a new line', addLine(wb, 'stack', 'bedrock', 'aurora').workbook],
    ['a deleted line', deleteLine(wb, 'stack', 'cloudfront')],
    ['a moved line', moveLine(wb, 'stack', 'cloudfront', -3)],
    ['a new scenario', addScenario(wb, '2027-03').workbook],
    ['a duplicated scenario', duplicateScenario(wb, 'stack').workbook],
    ['a deleted scenario', deleteScenario(wb, 'stack')],
    ['the company', updateCompanyProfile(wb, { cashOnHand: 1_000_000 })],
    ['the title', setTitle(wb, 'Renamed')],
  ];

  it.each(edits)('after %s, the worker has exactly the UI workbook', (_name, after) => {
    expect(roundTrip(wb, after).patched).toEqual(after);
  });

  it('a one-cell edit sends one line and keeps every other line of the worker as it was', () => {
    const after = updateLine(wb, 'stack', 'aurora', { monthlyCost: 900 });
    const { worker, patch, patched } = roundTrip(wb, after);
    const sentLines = patch.scenarios.flatMap((s) => (s.lines ?? []).flatMap((op) => ('put' in op ? op.put : [])));
    expect(sentLines.map((l) => l.id)).toEqual(['aurora']);
    // The other scenario is not in the patch at all.
    expect(patch.scenarios.map((s) => s.id)).toEqual(['stack']);
    const [stack] = patched.scenarios;
    stack.lines.forEach((line, i) =>
      line.id === 'aurora'
        ? expect(line).not.toBe(worker.scenarios[0].lines[i])
        : expect(line).toBe(worker.scenarios[0].lines[i]),
    );
    expect(patched.scenarios[1]).toBe(worker.scenarios[1]);
  });

  it('names the scenarios to compute: the edited one; all after a company change; none after a title change', () => {
    expect(
      scenariosToCompute(diffWorkbook(wb, updateLine(wb, 'stack-accelerator', 'aurora', { monthlyCost: 1 }))),
    ).toEqual(['stack-accelerator']);
    expect(scenariosToCompute(diffWorkbook(wb, updateCompanyProfile(wb, { cashOnHand: 5 })))).toEqual([
      'stack',
      'stack-accelerator',
    ]);
    expect(scenariosToCompute(diffWorkbook(wb, setTitle(wb, 'x')))).toEqual([]);
  });

  it('list runs rebuild any reordering, insertion and removal by identity', () => {
    const items = Array.from({ length: 12 }, (_, i) => ({ i }));
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -4, max: 11 }), { maxLength: 16 }), (picks) => {
        // Non-negative picks reuse an old item (at most once each); negative ones make a new item.
        const used = new Set<number>();
        const next = picks.flatMap((p) => (p < 0 ? [{ i: 100 + p }] : used.has(p) ? [] : (used.add(p), [items[p]])));
        const rebuilt = applyListOps(items, listOps(items, next));
        expect(rebuilt).toHaveLength(next.length);
        rebuilt.forEach((item, k) => expect(item).toBe(next[k]));
      }),
      { numRuns: 500 },
    );
  });
});
