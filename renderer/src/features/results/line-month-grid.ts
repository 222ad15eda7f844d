// The lines-by-month grid as data: each line's cost in every month of the horizon, its total,
// and a totals row, from the engine's result (money copies to the cent).
import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import type { ScenarioResult } from '../../../../shared/engine';
import { formatMoney, formatMonth } from '../../../../shared/wording';

export interface LineMonthRow {
  id: string;
  name: string;
  monthly: ArrayLike<number>;
  total: number;
}

const MONTH_TOTAL_ID = '__total';

export function buildLineMonthRows(result: ScenarioResult | undefined): { rows: LineMonthRow[]; total: LineMonthRow } {
  const lines = result?.lines ?? [];
  const months = lines[0]?.monthly.length ?? 0;
  const sums = new Float64Array(months);
  let all = 0;
  const rows = lines.map((l) => {
    for (let m = 0; m < months; m++) sums[m] += l.monthly[m];
    all += l.total;
    return { id: l.id, name: l.name || l.id, monthly: l.monthly, total: l.total };
  });
  return {
    rows,
    total: {
      id: MONTH_TOTAL_ID,
      name: `Total · ${rows.length} ${rows.length === 1 ? 'line' : 'lines'}`,
      monthly: sums,
      total: all,
    },
  };
}

const money = (p: ValueFormatterParams<LineMonthRow>) => (typeof p.value === 'number' ? formatMoney(p.value) : '');

export function buildLineMonthColumns(startMonth: string, months: number): ColDef<LineMonthRow>[] {
  const cents = { copy: 'cents' };
  return [
    { colId: 'name', headerName: 'Line', pinned: 'left', width: 230, valueGetter: (p) => p.data?.name },
    {
      colId: 'total',
      headerName: 'Total',
      pinned: 'right',
      width: 130,
      valueGetter: (p) => p.data?.total,
      valueFormatter: money,
      cellClass: 'num cell-computed',
      context: cents,
    },
    ...Array.from({ length: months }, (_, m): ColDef<LineMonthRow> => ({
      colId: `m${m}`,
      headerName: formatMonth(startMonth, m),
      headerTooltip: `Month ${m} of the scenario`,
      width: 112,
      valueGetter: (p) => p.data?.monthly[m],
      valueFormatter: money,
      cellClass: 'num',
      context: cents,
    })),
  ];
}
