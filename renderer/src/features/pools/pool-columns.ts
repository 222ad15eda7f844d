// The pools grid: rows (each pool with its billing-simulation result) and column definitions.
import type { ColDef, ITooltipParams, ValueFormatterParams } from 'ag-grid-community';
import type { PoolResult, ScenarioResult } from '../../../../shared/engine';
import { fieldLabel, PROGRAM_IDS, PROGRAMS, type Pool } from '../../../../shared/model';
import { formatMoney, formatMonth, formatMonthDetail, usedUpMonth } from '../../../../shared/wording';
import { issueClassRules, type CellIssue, type IssueIndex } from '../../components/grid-issues';
import { serviceLabel } from './pool-cell-edit';

export interface PoolRow {
  id: string;
  pool: Pool;
  result: PoolResult | null;
  issues: ReadonlyMap<string, CellIssue> | undefined;
  /** In a scenario based on another: the fields this scenario changed, or 'added' for its own pool. */
  changed?: ReadonlySet<string> | 'added';
}

export interface PoolTotalRow {
  id: '__total';
  pool: null;
  amount: number;
  used: number;
  forfeited: number;
  count: number;
}

export type PoolGridRow = PoolRow | PoolTotalRow;

export function buildPoolRows(
  pools: readonly Pool[],
  result: ScenarioResult | undefined,
  issues: IssueIndex,
  changed?: ReadonlyMap<string, ReadonlySet<string> | 'added'>,
): { rows: PoolRow[]; total: PoolTotalRow } {
  // Results may lag the document by a compute: match by id.
  const results = new Map((result?.pools ?? []).map((r) => [r.id, r]));
  const total: PoolTotalRow = { id: '__total', pool: null, amount: 0, used: 0, forfeited: 0, count: pools.length };
  const rows = pools.map((pool) => {
    const r = results.get(pool.id) ?? null;
    total.amount += pool.amount;
    total.used += r?.used ?? 0;
    total.forfeited += r?.forfeited ?? 0;
    return { id: pool.id, pool, result: r, issues: issues.get(pool.id), changed: changed?.get(pool.id) };
  });
  return { rows, total };
}

type Col = ColDef<PoolGridRow>;
const poolOf = (d: PoolGridRow | null | undefined): PoolRow | null => (d != null && d.pool !== null ? d : null);

/** The services a pool pays for, in words. */
export function poolServicesText(pool: Pool): string {
  if (pool.program === 'custom') return (pool.services ?? []).map(serviceLabel).join(', ');
  const services = PROGRAMS[pool.program].services;
  return services === null ? 'General AWS usage' : services.map(serviceLabel).join(', ');
}

function editable(
  field: string,
  staticClass?: string,
): Pick<
  Col,
  'colId' | 'headerName' | 'editable' | 'cellClass' | 'cellClassRules' | 'tooltipValueGetter' | 'valueGetter'
> {
  return {
    colId: field,
    headerName: fieldLabel('pool', field),
    valueGetter: (p) => (poolOf(p.data)?.pool as Record<string, unknown> | undefined)?.[field],
    editable: (p) => poolOf(p.data) !== null,
    cellClass: staticClass,
    cellClassRules: {
      ...issueClassRules<PoolGridRow>((p) => poolOf(p.data)?.issues?.get(field)),
      // A based-on scenario's own change (its own pool, or a field it set).
      'cell-changed': (p) => {
        const changed = poolOf(p.data)?.changed;
        return changed === 'added' || (changed !== undefined && changed.has(field));
      },
    },
    tooltipValueGetter: (p: ITooltipParams<PoolGridRow>) => poolOf(p.data)?.issues?.get(field)?.message,
  };
}

const money = (p: ValueFormatterParams<PoolGridRow>) =>
  p.value === undefined ? '' : p.value === null ? '…' : formatMoney(p.value as number);

export function buildPoolColumns(startMonth: string): Col[] {
  const withTip = (col: Col, tip: (row: PoolRow) => string | undefined): Col => ({
    ...col,
    tooltipValueGetter: (p) => {
      const row = poolOf(p.data);
      return row === null ? undefined : (row.issues?.get(col.colId!)?.message ?? tip(row));
    },
  });
  return [
    {
      ...editable('name'),
      pinned: 'left',
      width: 190,
      valueGetter: (p) =>
        p.data == null
          ? undefined
          : p.data.pool === null
            ? `Total · ${p.data.count} ${p.data.count === 1 ? 'pool' : 'pools'}`
            : p.data.pool.name,
      tooltipValueGetter: (p) =>
        poolOf(p.data)?.issues?.get('name')?.message ?? (poolOf(p.data)?.pool.notes || undefined),
    },
    {
      ...editable('program'),
      width: 180,
      cellEditor: 'agSelectCellEditor',
      cellEditorParams: { values: [...PROGRAM_IDS] },
      context: { copy: 'formatted' },
      valueFormatter: (p) =>
        typeof p.value === 'string' ? (PROGRAMS[p.value as keyof typeof PROGRAMS]?.name ?? p.value) : '',
      headerTooltip: 'Changing the program brings its name, typical amount and validity along, unless you changed them',
    },
    {
      ...editable('amount', 'num'),
      width: 120,
      valueGetter: (p) => (p.data == null ? undefined : p.data.pool === null ? p.data.amount : p.data.pool.amount),
      valueFormatter: money,
      headerTooltip: 'The credit awarded, USD (type 100k or 100,000)',
    },
    withTip(
      {
        ...editable('startMonth', 'num'),
        width: 115,
        valueFormatter: (p) => (p.value === undefined ? '' : formatMonth(startMonth, p.value as number)),
        cellEditor: 'agTextCellEditor',
        cellEditorParams: { useFormatter: true },
        context: { copy: 'formatted' },
        headerTooltip: 'First month the credit can be used (type 2027-04, Apr 2027 or a month offset)',
      },
      (row) => `Month ${row.pool.startMonth} of the scenario`,
    ),
    withTip(
      {
        ...editable('validityMonths', 'num'),
        width: 95,
        valueFormatter: (p) => (p.value === undefined ? '' : `${p.value as number} mo`),
        cellEditor: 'agTextCellEditor',
        headerTooltip: 'Months the credit stays valid; what is left at the end is forfeited',
      },
      (row) => {
        const last = row.pool.startMonth + row.pool.validityMonths - 1;
        return `Usable ${formatMonth(startMonth, row.pool.startMonth)} – ${formatMonth(startMonth, last)}; what is left is forfeited at the end of ${formatMonth(startMonth, last)}`;
      },
    ),
    {
      ...editable('included'),
      width: 90,
      cellDataType: false,
      cellRendererSelector: (p) => (poolOf(p.data) === null ? undefined : { component: 'agCheckboxCellRenderer' }),
      cellEditor: 'agCheckboxCellEditor',
      headerTooltip: 'Off: the scenario ignores this pool (e.g. one you have not applied for yet)',
    },
    {
      ...editable('paused'),
      width: 85,
      cellDataType: false,
      cellRendererSelector: (p) => (poolOf(p.data) === null ? undefined : { component: 'agCheckboxCellRenderer' }),
      cellEditor: 'agCheckboxCellEditor',
      headerTooltip:
        'Paused pools pay nothing but still expire (AWS lets you turn a credit off in Billing preferences)',
    },
    {
      ...editable('services'),
      cellClassRules: {
        ...issueClassRules<PoolGridRow>((p) => poolOf(p.data)?.issues?.get('services')),
        'cell-default': (p) => poolOf(p.data) !== null && poolOf(p.data)!.pool.program !== 'custom',
      },
      width: 200,
      editable: (p) => poolOf(p.data)?.pool.program === 'custom',
      valueGetter: (p) => {
        const row = poolOf(p.data);
        return row === null ? undefined : poolServicesText(row.pool);
      },
      headerTooltip:
        'What the pool pays for. Custom pools: type the services, comma-separated (Bedrock, SageMaker, S3…)',
      tooltipValueGetter: (p) => {
        const row = poolOf(p.data);
        if (row === null) return undefined;
        return (
          row.issues?.get('services')?.message ??
          (row.pool.program === 'custom'
            ? 'Type services separated by commas: bedrock, sagemaker, ec2, s3, opensearch-serverless, lambda, …'
            : 'Set by the program')
        );
      },
    },
    {
      colId: 'used',
      headerName: 'Used',
      width: 115,
      valueGetter: (p) =>
        p.data == null ? undefined : p.data.pool === null ? p.data.used : (p.data.result?.used ?? null),
      valueFormatter: money,
      context: { copy: 'cents' },
      cellClass: 'num cell-computed',
      headerTooltip: 'Credits this pool pays over the horizon (billing simulation)',
    },
    {
      colId: 'forfeited',
      headerName: 'Forfeited',
      width: 115,
      valueGetter: (p) =>
        p.data == null ? undefined : p.data.pool === null ? p.data.forfeited : (p.data.result?.forfeited ?? null),
      valueFormatter: money,
      context: { copy: 'cents' },
      cellClass: 'num cell-computed',
      cellClassRules: { bad: (p) => typeof p.value === 'number' && p.value > 0.005 },
      headerTooltip: 'Balance lost at expiry inside the horizon',
    },
    {
      colId: 'depletionMonth',
      headerName: 'Used up in',
      width: 170,
      // (rev 2) The month the last dollar goes in: a depletion of 3.0 is month 2.
      valueGetter: (p) => {
        const row = poolOf(p.data);
        return row === null ? undefined : row.result === null ? null : usedUpMonth(row.result);
      },
      valueFormatter: (p) =>
        p.value === undefined ? '' : p.value === null ? '—' : formatMonthDetail(startMonth, p.value as number),
      context: { copy: 'formatted' },
      cellClass: 'num cell-computed',
      headerTooltip:
        'The month in which the last dollar is spent (its month offset in brackets); — when it lasts past its expiry or the horizon',
      tooltipValueGetter: (p) => {
        const row = poolOf(p.data);
        if (row === null || row.result === null) return undefined;
        const r = row.result;
        return r.depletionMonth === null
          ? `Not used up: ${formatMoney(r.remaining)} left at the horizon, ${formatMoney(r.forfeited)} forfeited`
          : `Used up ${(r.monthsFunded ?? 0).toFixed(1)} months after it starts`;
      },
    },
  ];
}
