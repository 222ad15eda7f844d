// The lines-by-month grid as data: each line's cost in every month of the horizon, its total,
// and a totals row, from the engine's result. The cells are the lines CSV's: each month's cells
// apportioned to the monthly table's rounded cost, a line's total the sum of its cells
// (docs/domain-decisions.md, footing), so the grid foots and reads as its export does.
import type { ColDef, ValueFormatterParams } from 'ag-grid-community';
import { apportionColumns, footedMonths, type ScenarioResult } from '../../../../shared/engine';
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
  const months = result?.horizonMonths ?? 0;
  const monthCents = result === undefined ? [] : footedMonths(result).cost;
  const cents = apportionColumns(
    lines.map((l) => l.monthly),
    months,
    monthCents,
  );
  // The cells in dollars, one buffer for the table; each row a view of its months.
  const dollars = new Float64Array(cents.length);
  const sums = new Float64Array(months);
  let all = 0;
  const rows = lines.map((l, i) => {
    let rowCents = 0;
    for (let m = 0, at = i * months; m < months; m++, at++) {
      dollars[at] = cents[at] / 100;
      rowCents += cents[at];
      sums[m] += cents[at];
    }
    all += rowCents;
    return {
      id: l.id,
      name: l.name || l.id,
      monthly: dollars.subarray(i * months, (i + 1) * months),
      total: rowCents / 100,
    };
  });
  for (let m = 0; m < months; m++) sums[m] /= 100;
  return {
    rows,
    total: {
      id: MONTH_TOTAL_ID,
      name: `Total · ${rows.length} ${rows.length === 1 ? 'line' : 'lines'}`,
      monthly: sums,
      total: all / 100,
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
