import { describe, expect, it } from 'vitest';
import { applyLineWrites } from '../../../renderer/src/features/lines/line-writes';
import { applyPoolWrites } from '../../../renderer/src/features/pools/pool-writes';
import { applyAssumptionWrites } from '../../../renderer/src/features/assumptions/assumption-writes';
import { outcomeNotice, type RangeEdit } from '../../../renderer/src/components/grid-writes';
import { gridWorkbook, lineOf } from '../grids/fixtures';

const edit = (writes: [string, string, string | null][], appended: [string, string][][] = []): RangeEdit => ({
  label: 'Paste',
  writes: writes.map(([rowId, colId, raw]) => ({ rowId, colId, raw, where: `${rowId}.${colId}` })),
  appended: appended.map((cells) => ({ cells: cells.map(([colId, raw]) => ({ colId, raw, where: `new.${colId}` })) })),
  skipped: [],
});

describe('line range writes', () => {
  it('reads each cell as typing does: 10M, $1,200, 50%, formulas, choices by name', () => {
    const wb = gridWorkbook();
    const out = applyLineWrites(
      wb,
      's',
      edit([
        ['llm', 'outputTokensPerDay', '10M'],
        ['llm', 'batchShare', '50%'],
        ['llm', 'inputTokensPerDay', 'base * 2'],
        ['llm', 'fundedBy', 'Portfolio'],
        ['vec', 'monthlyCost', '$1,200'],
        ['train', 'platform', 'EC2'],
        ['train', 'creditEligible', 'FALSE'],
      ]),
      'bedrock',
    );
    expect(out.failures).toEqual([]);
    const llm = lineOf(out.workbook, 'llm');
    expect(llm).toMatchObject({
      outputTokensPerDay: 10_000_000,
      batchShare: 0.5,
      inputTokensPerDay: 'base * 2',
      fundedBy: 'pf',
    });
    expect(lineOf(out.workbook, 'vec')).toMatchObject({ monthlyCost: 1200 });
    expect(lineOf(out.workbook, 'train')).toMatchObject({ platform: 'ec2', creditEligible: false });
    // The untouched scenario parts stay the same objects.
    expect(out.workbook.scenarios[0].pools).toBe(wb.scenarios[0].pools);
  });

  it('applies the cells that read and names the ones that do not, never half a cell', () => {
    const wb = gridWorkbook();
    const out = applyLineWrites(
      wb,
      's',
      edit([
        ['llm', 'outputTokensPerDay', '3M'],
        ['llm', 'inputTokensPerDay', 'Chat assistant'],
        ['train', 'hoursPerRun', 'lots'],
        ['train', 'runsPerMonth', '2'],
        ['llm', 'model', 'gpt-9'],
      ]),
      'bedrock',
    );
    expect(out.failures.map((f) => f.where)).toEqual(['llm.inputTokensPerDay', 'llm.model', 'train.hoursPerRun']);
    expect(out.failures[0].message).toContain('neither a number nor a formula');
    // "lots" reads as a name, and the scenario has no assumption of that name.
    expect(out.failures[2].message).toContain('"lots" is not an assumption');
    expect(lineOf(out.workbook, 'llm')).toMatchObject({
      outputTokensPerDay: 3_000_000,
      inputTokensPerDay: 'base * (1 + growth)^m',
      model: 'claude-sonnet-4',
    });
    expect(lineOf(out.workbook, 'train')).toMatchObject({ hoursPerRun: 77, runsPerMonth: 2 });
    const notice = outcomeNotice(edit([]), out, true)!;
    expect(notice.kind).toBe('error');
    expect(notice.text).toContain('not applied (3)');
    expect(notice.text).toContain('train.hoursPerRun');
  });

  it('appends pasted rows past the end, of the pasted kind or the default', () => {
    const wb = gridWorkbook();
    const out = applyLineWrites(
      wb,
      's',
      edit(
        [],
        [
          [
            ['name', 'GPU box'],
            ['kind', 'Endpoint'],
            ['instanceCount', '2'],
          ],
          [
            ['name', 'More tokens'],
            ['outputTokensPerDay', '1M'],
          ],
        ],
      ),
      'bedrock',
    );
    expect(out.failures).toEqual([]);
    expect(out.added).toEqual(['endpoint-1', 'bedrock-1']);
    const lines = out.workbook.scenarios[0].lines;
    expect(lines).toHaveLength(5);
    expect(lines[3]).toMatchObject({ id: 'endpoint-1', kind: 'endpoint', name: 'GPU box', instanceCount: 2 });
    expect(lines[4]).toMatchObject({
      id: 'bedrock-1',
      kind: 'bedrock',
      name: 'More tokens',
      outputTokensPerDay: 1_000_000,
    });
  });

  it('changes nothing (same workbook) when no cell reads', () => {
    const wb = gridWorkbook();
    const out = applyLineWrites(wb, 's', edit([['llm', 'outputTokensPerDay', 'x y z']]), 'bedrock');
    expect(out.workbook).toBe(wb);
    expect(outcomeNotice(edit([]), out, false)!.text).toMatch(/^Paste: nothing applied \(1\)/);
  });
});

describe('pool and assumption range writes', () => {
  it('pastes pool cells by program name and adds a pool for a row past the end', () => {
    const out = applyPoolWrites(
      gridWorkbook(),
      's',
      edit(
        [
          ['poc', 'amount', '$30,000'],
          ['pf', 'paused', 'TRUE'],
          ['pf', 'validityMonths', 'soon'],
        ],
        [
          [
            ['name', 'Founders'],
            ['program', 'Activate Founders'],
            ['amount', '5k'],
          ],
        ],
      ),
    );
    expect(out.failures.map((f) => f.where)).toEqual(['pf.validityMonths']);
    const pools = out.workbook.scenarios[0].pools;
    expect(pools[0].amount).toBe(30_000);
    expect(pools[1].paused).toBe(true);
    expect(pools[2]).toMatchObject({ program: 'founders', name: 'Founders', amount: 5000 });
  });

  it('pastes assumption values and renames last, so the row keeps its cells', () => {
    const out = applyAssumptionWrites(
      gridWorkbook(),
      's',
      edit(
        [
          ['growth', 'name', 'g'],
          ['growth', 'expr', '7%'],
          ['growth', 'note', 'monthly'],
        ],
        [
          [
            ['name', 'churn'],
            ['expr', '0.01'],
          ],
        ],
      ),
    );
    expect(out.failures).toEqual([]);
    const a = out.workbook.scenarios[0].assumptions;
    expect(a[0]).toMatchObject({ name: 'g', expr: 0.07, note: 'monthly' });
    expect(a.at(-1)).toMatchObject({ name: 'churn', expr: 0.01 });
    // The rename reached the formula that used growth.
    expect(lineOf(out.workbook, 'llm')).toMatchObject({ inputTokensPerDay: 'base * (1 + g)^m' });
  });
});
