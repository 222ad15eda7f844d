import { describe, expect, it } from 'vitest';
import { addPool, poolIdFor, uniquePoolName } from '../../../shared/engine';
import { applyPoolCellEdit } from '../../../renderer/src/features/pools/pool-cell-edit';
import { gridWorkbook } from './fixtures';

const pools = (wb: ReturnType<typeof gridWorkbook>) => wb.scenarios[0].pools;

describe('new pools from their program', () => {
  it('derives short ids from the program and keeps names unique', () => {
    expect(poolIdFor('founders', [])).toBe('founders');
    // The fixture has a pool "poc" already: the next Bedrock POC pool is poc-2.
    expect(poolIdFor('bedrock-poc', ['poc', 'pf'])).toBe('poc-2');
    expect(poolIdFor('bedrock-poc', ['poc', 'poc-2'])).toBe('poc-3');
    expect(uniquePoolName('Activate Founders', ['activate founders', 'Activate Founders 2'])).toBe(
      'Activate Founders 3',
    );
  });

  it('adds a pool with the program name, typical amount and validity', () => {
    const a = addPool(gridWorkbook(), 's', 'founders');
    expect(a.poolId).toBe('founders');
    // Founders: typically up to $5,000, valid 12 months.
    expect(pools(a.workbook).at(-1)).toMatchObject({
      id: 'founders',
      name: 'Activate Founders',
      amount: 5_000,
      validityMonths: 12,
    });
    const b = addPool(a.workbook, 's', 'founders');
    expect(pools(b.workbook).at(-1)).toMatchObject({ id: 'founders-2', name: 'Activate Founders 2' });
  });

  it('a program change carries name, amount and validity while they are the old proposals', () => {
    const { workbook, poolId } = addPool(gridWorkbook(), 's', 'founders');
    const changed = applyPoolCellEdit(workbook, 's', poolId, 'program', 'build');
    // Build for Startups: typically up to $25,000, valid 24 months.
    expect(pools(changed).find((p) => p.id === poolId)).toMatchObject({
      program: 'build',
      name: 'Build for Startups',
      amount: 25_000,
      validityMonths: 24,
    });
    // Typed name and amount stay; the validity the user set stays too.
    let typed = applyPoolCellEdit(workbook, 's', poolId, 'name', 'Our founders credit');
    typed = applyPoolCellEdit(typed, 's', poolId, 'amount', '3000');
    typed = applyPoolCellEdit(typed, 's', poolId, 'validityMonths', '18');
    const kept = applyPoolCellEdit(typed, 's', poolId, 'program', 'build');
    expect(pools(kept).find((p) => p.id === poolId)).toMatchObject({
      program: 'build',
      name: 'Our founders credit',
      amount: 3_000,
      validityMonths: 18,
    });
  });

  it('refuses a name another pool of the scenario has, and an empty one', () => {
    const wb = gridWorkbook();
    expect(() => applyPoolCellEdit(wb, 's', 'pf', 'name', ' bedrock poc ')).toThrow(
      'there is already a pool named "Bedrock POC" in this scenario; pool names must be unique',
    );
    expect(() => applyPoolCellEdit(wb, 's', 'pf', 'name', '')).toThrow('a pool needs a name');
    expect(pools(applyPoolCellEdit(wb, 's', 'pf', 'name', 'Portfolio 2026')).find((p) => p.id === 'pf')!.name).toBe(
      'Portfolio 2026',
    );
  });
});
