// The assumptions grid's range columns: the distribution, then low / likely / high (and sd for a
// bell). A column that the row's distribution does not use is greyed and not editable.
import type { ColDef } from 'ag-grid-community';
import { RANGE_DISTRIBUTIONS } from '../../../../shared/model';
import { rangeFieldApplies, rangeParts, type RangeField } from '../../../../shared/ranges/range-edit';
import type { AssumptionRow } from '../assumptions/assumption-columns';
import { formatDriver } from '../assumptions/assumption-columns';

type Col = ColDef<AssumptionRow>;

const PART: Record<Exclude<RangeField, 'rangeKind'>, 'low' | 'likely' | 'high' | 'sd'> = {
  rangeLow: 'low',
  rangeLikely: 'likely',
  rangeHigh: 'high',
  rangeSd: 'sd',
};

const TIPS: Record<Exclude<RangeField, 'rangeKind'>, string> = {
  rangeLow: 'Lowest value a run may draw (a bell: optional cut-off; empty for none)',
  rangeLikely: 'Most likely value (triangular) or the mean (normal, lognormal)',
  rangeHigh: 'Highest value a run may draw (a bell: optional cut-off; empty for none)',
  rangeSd: 'Standard deviation of a normal or lognormal range',
};

function partColumn(field: Exclude<RangeField, 'rangeKind'>, headerName: string): Col {
  const applies = (row: AssumptionRow | undefined) => rangeFieldApplies(row?.assumption.range?.distribution, field);
  return {
    colId: field,
    headerName,
    width: 92,
    valueGetter: (p) => rangeParts(p.data?.assumption.range)[PART[field]],
    valueFormatter: (p) => (typeof p.value === 'number' ? formatDriver(p.value) : ''),
    editable: (p) => applies(p.data),
    cellClassRules: { num: () => true, 'cell-na': (p) => !applies(p.data) },
    headerTooltip: TIPS[field],
  };
}

export function rangeColumns(): Col[] {
  return [
    {
      colId: 'rangeKind',
      headerName: 'Range',
      width: 112,
      valueGetter: (p) => p.data?.assumption.range?.distribution ?? 'none',
      editable: true,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: ['none', ...RANGE_DISTRIBUTIONS] },
      headerTooltip:
        'How Monte Carlo runs draw this driver: none (always its value), uniform, triangular, normal or lognormal',
    },
    partColumn('rangeLow', 'Low'),
    partColumn('rangeLikely', 'Likely'),
    partColumn('rangeHigh', 'High'),
    partColumn('rangeSd', 'SD'),
  ];
}
