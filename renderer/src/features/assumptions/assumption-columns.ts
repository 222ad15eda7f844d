// The assumptions grid: rows (each named driver with its computed value) and columns.
import type { ColDef, ITooltipParams } from 'ag-grid-community';
import { ASSUMPTION_FIELD_LABELS, type Assumption } from '../../../../shared/model';
import { formatMonth } from '../../../../shared/wording';
import { formatNumber } from '../../components/grid-format';
import { formatQuantity } from '../../components/grid-format';
import { issueClassRules, type CellIssue, type IssueIndex } from '../../components/grid-issues';
import type { AssumptionValue, QuantityPreview } from '../lines/quantity-preview';
import { rangeColumns } from '../ranges/range-columns';

export interface AssumptionRow {
  /** The name: assumptions are named uniquely within a scenario. */
  id: string;
  assumption: Assumption;
  value: AssumptionValue;
  issues: ReadonlyMap<string, CellIssue> | undefined;
  /** In a scenario based on another: the fields this scenario changed, or 'added' for its own assumption. */
  changed?: ReadonlySet<string> | 'added';
}

export function buildAssumptionRows(
  assumptions: readonly Assumption[],
  preview: QuantityPreview,
  issues: IssueIndex,
  changed?: ReadonlyMap<string, ReadonlySet<string> | 'added'>,
): AssumptionRow[] {
  return assumptions.map((a) => ({
    id: a.name,
    assumption: a,
    value: preview.assumption(a.name),
    issues: issues.get(a.name),
    changed: changed?.get(a.name),
  }));
}

/** Whether a cell holds a change of a based-on scenario (its own assumption, or a field it set). */
const changedCell = (field: string) => (p: { data?: AssumptionRow }) =>
  p.data?.changed === 'added' || (p.data?.changed !== undefined && p.data.changed.has(field));

/** A driver's value as it reads: 6,000,000; 0.03; 12 */
export function formatDriver(value: number): string {
  return Math.abs(value) >= 1000 ? formatQuantity(value, 'count') : formatNumber(value);
}

/** The computed-value cell: the value, "varies a → b", or the error. */
export function assumptionValueText(value: AssumptionValue): string {
  if (!value.ok) return `Error: ${value.message}`;
  if (!value.varies) return formatDriver(value.value);
  return `varies: ${formatDriver(value.first)} → ${formatDriver(value.last)}`;
}

export function assumptionValueTip(value: AssumptionValue, startMonth: string, horizon: number): string | undefined {
  if (!value.ok) return value.message;
  if (!value.varies) return undefined;
  return [
    'Changes month to month:',
    `${formatMonth(startMonth, 0)}: ${formatDriver(value.first)}`,
    `${formatMonth(startMonth, horizon - 1)}: ${formatDriver(value.last)}`,
    `lowest ${formatDriver(value.min)}, highest ${formatDriver(value.max)}`,
  ].join('\n');
}

type Col = ColDef<AssumptionRow>;

export function buildAssumptionColumns(startMonth: string, horizon: number): Col[] {
  const issueTip = (field: string) => (p: ITooltipParams<AssumptionRow>) => p.data?.issues?.get(field)?.message;
  return [
    {
      colId: 'name',
      headerName: ASSUMPTION_FIELD_LABELS.name,
      width: 150,
      pinned: 'left',
      valueGetter: (p) => p.data?.assumption.name,
      editable: true,
      cellClass: 'cell-mono',
      cellClassRules: {
        ...issueClassRules<AssumptionRow>((p) => p.data?.issues?.get('name')),
        'cell-changed': changedCell('name'),
      },
      headerTooltip: 'The name formulas use. Renaming it updates every formula of this scenario that uses it.',
      tooltipValueGetter: issueTip('name'),
    },
    {
      colId: 'expr',
      headerName: ASSUMPTION_FIELD_LABELS.expr,
      minWidth: 140,
      flex: 1,
      valueGetter: (p) => p.data?.assumption.expr,
      valueFormatter: (p) => (typeof p.value === 'number' ? formatDriver(p.value) : String(p.value ?? '')),
      editable: true,
      cellEditor: 'agTextCellEditor',
      cellEditorParams: { maxLength: 1000 },
      cellClassRules: {
        ...issueClassRules<AssumptionRow>((p) => p.data?.issues?.get('expr')),
        'cell-formula': (p) => typeof p.value === 'string' && p.data?.issues?.get('expr') === undefined,
        'cell-mono': (p) => typeof p.value === 'string',
        num: (p) => typeof p.value === 'number',
        'cell-changed': changedCell('expr'),
      },
      headerTooltip: 'A number (10M, 2.5k, 0.03) or a formula of m (month 0, 1, …), month, year and other assumptions',
      tooltipValueGetter: (p) =>
        p.data?.issues?.get('expr')?.message ??
        (typeof p.data?.assumption.expr === 'string' ? `ƒ ${p.data.assumption.expr}` : undefined),
    },
    {
      colId: 'value',
      headerName: 'Computed',
      width: 150,
      valueGetter: (p) => (p.data == null ? undefined : assumptionValueText(p.data.value)),
      cellClass: 'cell-computed',
      cellClassRules: { bad: (p) => p.data?.value.ok === false, num: (p) => p.data?.value.ok === true },
      headerTooltip: `Value in ${formatMonth(startMonth, 0)}; a formula of the month shows its first and last value`,
      tooltipValueGetter: (p) => (p.data == null ? undefined : assumptionValueTip(p.data.value, startMonth, horizon)),
    },
    ...rangeColumns(),
    {
      colId: 'note',
      headerName: ASSUMPTION_FIELD_LABELS.note,
      minWidth: 120,
      flex: 1,
      valueGetter: (p) => p.data?.assumption.note,
      editable: true,
      cellEditor: 'agLargeTextCellEditor',
      cellEditorPopup: true,
      cellEditorParams: { maxLength: 10_000, rows: 5, cols: 50 },
      tooltipValueGetter: (p) => p.data?.assumption.note || undefined,
    },
  ];
}
