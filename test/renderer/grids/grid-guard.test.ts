import { describe, expect, it, vi } from 'vitest';
import type { ColDef, ColGroupDef } from 'ag-grid-community';
import { guardColumns } from '../../../renderer/src/components/grid-guard';

describe('guardColumns', () => {
  it('turns a throwing cell callback into an empty cell instead of an exception', () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const boom = () => {
      throw new Error('boom');
    };
    const defs: (ColDef | ColGroupDef)[] = [
      {
        headerName: 'g',
        children: [{ colId: 'a', valueFormatter: boom, editable: boom, cellClassRules: { x: boom } }],
      },
      { colId: 'b', valueGetter: () => 7 },
    ];
    const [group, plain] = guardColumns(defs) as [ColGroupDef, ColDef];
    const a = group.children[0] as ColDef;
    const call = (fn: unknown) => (fn as (p: unknown) => unknown)({});
    expect(call(a.valueFormatter)).toBe('');
    expect(call(a.editable)).toBe(false);
    expect(call((a.cellClassRules as Record<string, unknown>).x)).toBe(false);
    expect(call(plain.valueGetter)).toBe(7);
    // Logged once per callback, not once per cell.
    call(a.valueFormatter);
    expect(error).toHaveBeenCalledTimes(3);
    error.mockRestore();
  });
});
