// Column definitions of the lines grid, built from the field table. Common columns first,
// then one column group per line kind (only the kinds the scenario has), cost pinned right.
// A cell of a field its line's kind does not have is blank, shaded and not editable.
import type {
  CellClassRules,
  ColDef,
  ColGroupDef,
  EditableCallbackParams,
  ICellEditorParams,
  ITooltipParams,
  ValueFormatterParams,
  ValueGetterParams,
} from 'ag-grid-community';
import type { LineKind } from '../../../../shared/model';
import { formatMoney, formatMonth } from '../../../../shared/wording';
import { formatQuantity, type QuantityStyle } from '../../components/grid-format';
import { issueClassRules, type CellIssue } from '../../components/grid-issues';
import { FIXED_OPTIONS, modelPriceFor, type Option } from './line-options';
import {
  COMMON_GROUPS,
  DETAIL_GROUPS,
  fieldApplies,
  LINE_FIELDS,
  type LineFieldName,
  type LineFieldSpec,
} from './line-fields';
import type { LineGridRow, LineRow } from './line-rows';

export interface LineColumnEnv {
  startMonth: string;
  hoursPerMonth: number;
  /** Kinds present in the scenario: their column groups are shown. */
  kinds: readonly LineKind[];
  pools: readonly Option[];
  models: readonly Option[];
  instances: readonly Option[];
  serviceItems: readonly (Option & { category: string })[];
  /** The lines a service line may support, read when the editor opens. */
  supportOptions(): readonly Option[];
}

type Col = ColDef<LineGridRow>;

const NONE = '';
const NONE_LABEL = '—';

const lineOf = (data: LineGridRow | null | undefined): LineRow | null =>
  data != null && data.line !== null ? data : null;

function applies(spec: LineFieldSpec, data: LineGridRow | null | undefined): LineRow | null {
  const row = lineOf(data);
  return row !== null && fieldApplies(spec, row.line.kind) ? row : null;
}

function cellIssue(spec: LineFieldSpec, data: LineGridRow | null | undefined): CellIssue | undefined {
  return applies(spec, data)?.issues?.get(spec.field);
}

/** Month the quantity previews are read at: the line's first month. */
const previewMonth = (row: LineRow) => row.line.startMonth;

/** On a service line with a monthly cost, quantity and price item are set but not used. */
function unused(spec: LineFieldSpec, row: LineRow): boolean {
  return (
    row.line.kind === 'service' &&
    row.line.monthlyCost !== null &&
    (spec.field === 'quantity' || spec.field === 'priceItem')
  );
}

/** Whether this cell holds a change of a based-on scenario (its own line, or a field it set). */
function isChanged(data: LineGridRow | null | undefined, field: string): boolean {
  const changed = lineOf(data)?.changed;
  return changed === 'added' || (changed !== undefined && changed.has(field));
}

const changedTip = (data: LineGridRow | null | undefined) =>
  lineOf(data)?.changed === 'added'
    ? 'A line of this scenario only (its base does not have it)'
    : "Changed in this scenario: its base has another value (Revert to base brings the base's value back)";

function baseColumn(spec: LineFieldSpec, staticClass?: string, rules: CellClassRules<LineGridRow> = {}): Col {
  return {
    colId: spec.field,
    headerName: spec.header,
    headerTooltip: spec.tip,
    width: spec.width,
    valueGetter: (p: ValueGetterParams<LineGridRow>) => {
      const row = applies(spec, p.data);
      return row === null ? undefined : (row.line as Record<string, unknown>)[spec.field];
    },
    editable: (p: EditableCallbackParams<LineGridRow>) => applies(spec, p.data) !== null,
    cellClass: staticClass,
    cellClassRules: {
      'cell-na': (p) => lineOf(p.data) !== null && applies(spec, p.data) === null,
      'cell-unused': (p) => {
        const row = applies(spec, p.data);
        return row !== null && unused(spec, row);
      },
      ...issueClassRules<LineGridRow>((p) => cellIssue(spec, p.data)),
      'cell-changed': (p) => isChanged(p.data, spec.field),
      ...rules,
    },
    tooltipValueGetter: (p: ITooltipParams<LineGridRow>) => {
      const issue = cellIssue(spec, p.data);
      if (issue !== undefined) return issue.message;
      const row = applies(spec, p.data);
      if (row !== null && unused(spec, row))
        return 'Not used while the monthly cost is set (clear the monthly cost to price quantity x price item)';
      if (isChanged(p.data, spec.field)) return changedTip(p.data);
      return undefined;
    },
  };
}

function selectColumn(
  spec: LineFieldSpec,
  options: (row: LineRow | null) => readonly Option[],
  labelOf: (id: string, row: LineRow | null) => string,
  detailOf?: (id: string, row: LineRow | null) => string | undefined,
): Col {
  const base = baseColumn(spec);
  // The select editor formats its list without a row; the row being edited is kept here when its
  // editor is chosen (just before the list is drawn), so a choice's detail can depend on the line.
  let editing: LineRow | null = null;
  return {
    ...base,
    // Choices copy by name ("Training", a pool's name), which a paste reads back.
    context: { copy: 'formatted' },
    // Optional selects hold null; their "—" option is the empty string.
    valueGetter: (p) => {
      const value = (base.valueGetter as (p: ValueGetterParams<LineGridRow>) => unknown)(p);
      return value === null ? NONE : value;
    },
    valueFormatter: (p: ValueFormatterParams<LineGridRow>) => {
      if (p.value === undefined) return '';
      if (p.value === NONE || p.value === null) return NONE_LABEL;
      // The select editor formats its list without a row: there the choices carry their prices.
      if (p.node === null && detailOf !== undefined) {
        const detail = detailOf(String(p.value), editing);
        return detail === undefined ? labelOf(String(p.value), null) : `${labelOf(String(p.value), null)} — ${detail}`;
      }
      return labelOf(String(p.value), lineOf(p.data));
    },
    cellEditorSelector: (p: ICellEditorParams<LineGridRow>) => {
      const row = lineOf(p.data);
      editing = row;
      const ids = options(row).map((o) => o.id);
      // Keep a value that is not in the list (an unknown model) selectable, so opening the editor never changes it.
      const current = typeof p.value === 'string' && p.value !== NONE && !ids.includes(p.value) ? [p.value] : [];
      return {
        component: 'agSelectCellEditor',
        params: {
          values: [...(spec.nullable ? [NONE] : []), ...current, ...ids],
          valueListMaxHeight: 320,
          ...(detailOf ? { valueListMaxWidth: 520 } : {}),
        },
      };
    },
  };
}

function quantityColumn(spec: LineFieldSpec, env: LineColumnEnv): Col {
  const style: QuantityStyle = spec.style ?? 'count';
  return {
    ...baseColumn(spec, 'num', {
      // A formula without an issue gets the small f; one with an issue is marked red instead.
      'cell-formula': (p) => typeof p.value === 'string' && cellIssue(spec, p.data) === undefined,
      'cell-default': (p) => p.value === null && spec.field === 'hoursPerMonth',
    }),
    valueFormatter: (p: ValueFormatterParams<LineGridRow>) => {
      const row = applies(spec, p.data);
      if (row === null) return '';
      // A quantity a file may leave out (cacheWriteShare) is 0 when absent.
      if (p.value === undefined) return formatQuantity(0, style);
      if (p.value === null) return spec.field === 'hoursPerMonth' ? `always on` : '';
      const v = row.preview.evaluate(p.value as number | string, previewMonth(row));
      // A formula that fails shows its text, so the user sees what to fix.
      return v.ok ? formatQuantity(v.value, style) : String(p.value);
    },
    tooltipValueGetter: (p: ITooltipParams<LineGridRow>) => {
      const row = applies(spec, p.data);
      if (row === null) return undefined;
      const value = (row.line as Record<string, unknown>)[spec.field] as number | string | null;
      const issue = row.issues?.get(spec.field);
      if (issue !== undefined) return typeof value === 'string' ? `ƒ ${value}\n${issue.message}` : issue.message;
      if (unused(spec, row))
        return 'Not used while the monthly cost is set (clear the monthly cost to price quantity x price item)';
      if (value === null && spec.field === 'hoursPerMonth')
        return `Always on: ${env.hoursPerMonth} hours a month (the scenario's setting). Type a number to override.`;
      if (typeof value !== 'string') return undefined;
      const v = row.preview.evaluate(value, previewMonth(row));
      const at = `${formatMonth(env.startMonth, previewMonth(row))} (month ${previewMonth(row)})`;
      return v.ok
        ? `ƒ ${value}\n= ${formatQuantity(v.value, style)} in ${at}${v.varies ? '; changes month to month' : ''}`
        : `ƒ ${value}\n${v.message}`;
    },
    cellEditor: 'agTextCellEditor',
  };
}

function monthColumn(spec: LineFieldSpec, env: LineColumnEnv): Col {
  return {
    ...baseColumn(spec, 'num'),
    context: { copy: 'formatted' },
    valueFormatter: (p: ValueFormatterParams<LineGridRow>) => {
      if (p.value === undefined) return '';
      return p.value === null ? NONE_LABEL : formatMonth(env.startMonth, p.value as number);
    },
    tooltipValueGetter: (p: ITooltipParams<LineGridRow>) => {
      const row = applies(spec, p.data);
      if (row === null) return undefined;
      const issue = row.issues?.get(spec.field);
      if (issue !== undefined) return issue.message;
      const value = (row.line as Record<string, unknown>)[spec.field] as number | null;
      return value === null ? 'Runs to the end of the horizon' : `Month ${value} of the scenario`;
    },
    // The editor starts from the calendar month ("Apr 2027"), which the parser reads back.
    cellEditor: 'agTextCellEditor',
    cellEditorParams: { useFormatter: true },
  };
}

function textColumn(spec: LineFieldSpec): Col {
  return {
    ...baseColumn(spec),
    cellEditor: 'agTextCellEditor',
    cellEditorParams: { maxLength: spec.field === 'region' ? 32 : 200 },
  };
}

function noteColumn(spec: LineFieldSpec): Col {
  return {
    ...baseColumn(spec),
    cellEditor: 'agLargeTextCellEditor',
    cellEditorPopup: true,
    cellEditorParams: { maxLength: 10_000, rows: 6, cols: 50 },
    tooltipValueGetter: (p: ITooltipParams<LineGridRow>) => applies(spec, p.data)?.line.notes || undefined,
  };
}

function checkboxColumn(spec: LineFieldSpec): Col {
  return {
    ...baseColumn(spec),
    cellDataType: false,
    cellRendererSelector: (p) => (lineOf(p.data) === null ? undefined : { component: 'agCheckboxCellRenderer' }),
    cellEditor: 'agCheckboxCellEditor',
  };
}

function detailFrom(options: readonly Option[]): (id: string) => string | undefined {
  const map = new Map(options.map((o) => [o.id, o.detail]));
  return (id) => map.get(id);
}

function labelFrom(options: readonly Option[]): (id: string) => string {
  const map = new Map(options.map((o) => [o.id, o.label]));
  return (id) => map.get(id) ?? id;
}

function fieldColumn(name: LineFieldName, env: LineColumnEnv): Col {
  const spec: LineFieldSpec = LINE_FIELDS[name];
  switch (spec.input) {
    case 'quantity':
      return quantityColumn(spec, env);
    case 'month':
      return monthColumn(spec, env);
    case 'text':
      return textColumn(spec);
    case 'note':
      return noteColumn(spec);
    case 'checkbox':
      return checkboxColumn(spec);
    case 'select':
      return selectForField(name, spec, env);
  }
}

function selectForField(name: LineFieldName, spec: LineFieldSpec, env: LineColumnEnv): Col {
  const fixed = FIXED_OPTIONS[name];
  if (fixed !== undefined) return selectColumn(spec, () => fixed, labelFrom(fixed));
  switch (name) {
    case 'model': {
      const listed = detailFrom(env.models);
      // A line outside the book's region or on a regional endpoint sees the prices it would pay.
      return selectColumn(
        spec,
        () => env.models,
        labelFrom(env.models),
        (id, row) =>
          row?.line.kind === 'bedrock'
            ? (modelPriceFor(id, row.line.endpointScope, row.line.region) ?? listed(id))
            : listed(id),
      );
    }
    case 'instanceType':
    case 'fallbackInstanceType':
      // The id is the name people use ("p4d.24xlarge"); the list adds GPU details and hourly prices.
      return {
        ...selectColumn(
          spec,
          () => env.instances,
          (id, row) => (row === null ? labelFrom(env.instances)(id) : id),
          detailFrom(env.instances),
        ),
      };
    case 'fundedBy':
      return selectColumn(spec, () => env.pools, labelFrom(env.pools));
    case 'priceItem': {
      const label = labelFrom(env.serviceItems);
      return selectColumn(
        spec,
        (row) => {
          const category = row?.line.kind === 'service' ? row.line.service : null;
          const same = env.serviceItems.filter((i) => i.category === category);
          return same.length > 0 ? same : env.serviceItems;
        },
        label,
      );
    }
    case 'supports':
      return selectColumn(
        spec,
        (row) => env.supportOptions().filter((o) => o.id !== row?.id),
        (id, row) =>
          row !== null && row.supportsName !== null ? row.supportsName : labelFrom(env.supportOptions())(id),
      );
    default:
      return selectColumn(
        spec,
        () => [],
        (id) => id,
      );
  }
}

const moneyCell = (p: ValueFormatterParams<LineGridRow>) =>
  p.value === null || p.value === undefined ? '…' : formatMoney(p.value as number);

export function buildLineColumns(env: LineColumnEnv): (Col | ColGroupDef<LineGridRow>)[] {
  const name: Col = {
    ...fieldColumn('name', env),
    pinned: 'left',
    lockPinned: true,
    valueGetter: (p) =>
      p.data == null
        ? undefined
        : p.data.line === null
          ? `Total · ${p.data.count} ${p.data.count === 1 ? 'line' : 'lines'}`
          : p.data.line.name,
    tooltipValueGetter: (p) => {
      const row = lineOf(p.data);
      return row?.issues?.get('name')?.message ?? (row !== null ? `${row.line.name} (id ${row.id})` : undefined);
    },
  };
  // The kind stays in view beside the name: it says which detail columns the row fills.
  const kind: Col = { ...fieldColumn('kind', env), pinned: 'left', lockPinned: true };
  // The kinds' inputs first, next to the name; each group's details and the common fields
  // behind a chevron (openByDefault false), so the columns that decide the cost are in view.
  const groups: ColGroupDef<LineGridRow>[] = [];
  const detail = (f: LineFieldName): Col => ({ ...fieldColumn(f, env), columnGroupShow: 'open' });
  // Groups in the order of env.kinds (commonest kind first); a group shared by kinds goes with the first of them.
  const rank = (kinds: readonly LineKind[]) =>
    Math.min(...kinds.map((k) => (env.kinds.includes(k) ? env.kinds.indexOf(k) : Infinity)));
  const ordered = DETAIL_GROUPS.filter((g) => rank(g.kinds) !== Infinity).sort((a, b) => rank(a.kinds) - rank(b.kinds));
  for (const group of ordered) {
    groups.push({
      groupId: group.id,
      headerName: group.header,
      children: [...group.inputs.map((f) => fieldColumn(f, env)), ...group.details.map(detail)],
    });
  }
  for (const group of COMMON_GROUPS)
    groups.push({
      groupId: group.id,
      headerName: group.header,
      children: [fieldColumn(group.shown, env), ...group.details.map(detail)],
    });
  groups.push({
    groupId: 'group-cost',
    headerName: 'Cost',
    children: [
      {
        colId: 'monthCost',
        headerName: formatMonth(env.startMonth, 0),
        headerTooltip: `Cost in the scenario's first month, ${formatMonth(env.startMonth, 0)}`,
        width: 115,
        pinned: 'right',
        valueGetter: (p) => p.data?.monthCost,
        valueFormatter: moneyCell,
        context: { copy: 'cents' },
        cellClass: 'num cell-computed',
        editable: false,
      },
      {
        colId: 'total',
        headerName: 'Horizon total',
        headerTooltip: 'Cost over the whole horizon',
        width: 125,
        pinned: 'right',
        valueGetter: (p) => p.data?.total,
        valueFormatter: moneyCell,
        context: { copy: 'cents' },
        cellClass: 'num cell-computed',
        editable: false,
      },
    ],
  });
  return [name, kind, ...groups];
}
