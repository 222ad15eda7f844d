// How a scenario diff reads: field names as the grids call them, values as a finance lead would
// write them (model names, calendar months, dollars), and each row's effect on the total cost.
import type { FieldChange, RowDiff } from '../../../../shared/engine';
import { fieldLabel as labelOf, PROGRAMS, type ProgramId, type Scenario } from '../../../../shared/model';
import { bundledPriceBook } from '../../../../shared/prices';
import { formatMoneyCents, formatMonth, monthName } from '../../../../shared/wording';
import { formatNumber } from '../../components/grid-format';

const book = bundledPriceBook();

/** A changed field's label (shared/model/field-labels.ts); a setting may be the company's or a price override. */
export function fieldLabel(kind: RowDiff['kind'] | 'setting', field: string): string {
  if (kind !== 'setting') return labelOf(kind, field);
  if (field.startsWith('company.')) return labelOf('company', field.slice(8));
  const override = /^priceOverrides\.(.+)\.([^.]+)$/.exec(field);
  if (override !== null) return `Price override ${override[1]} (${override[2]})`;
  return labelOf('scenario', field);
}

const MONEY_FIELDS = new Set(['amount', 'company.cashOnHand', 'company.otherMonthlyBurn']);
const OFFSET_MONTH_FIELDS = new Set(['startMonth', 'endMonth']);

/** One side of a change as text, read in that side's scenario (month offsets, pool names). */
export function diffValue(
  kind: RowDiff['kind'] | 'setting',
  field: string,
  value: unknown,
  side: Pick<Scenario, 'startMonth' | 'pools'>,
): string {
  const startMonth = side.startMonth;
  if (value === undefined) return '(not set)';
  if (value === null) return field === 'endMonth' ? 'end of horizon' : '(none)';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (kind === 'setting' && field === 'startMonth' && typeof value === 'string' && /^\d{4}-\d{2}$/.test(value))
    return monthName(value);
  if (typeof value === 'number') {
    if (kind !== 'setting' && OFFSET_MONTH_FIELDS.has(field))
      return `${formatMonth(startMonth, value)} (month ${value})`;
    if (MONEY_FIELDS.has(field) || field.startsWith('priceOverrides.')) return formatMoneyCents(value);
    return formatNumber(value);
  }
  if (typeof value === 'string') {
    if (field === 'model') return book.models.find((m) => m.id === value)?.name ?? value;
    if (field === 'program') return PROGRAMS[value as ProgramId]?.name ?? value;
    if (field === 'fundedBy') return side.pools.find((p) => p.id === value)?.name || value;
    return value;
  }
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map(String).join(', ');
  return JSON.stringify(value);
}

export interface ChangeView {
  label: string;
  before: string;
  after: string;
  /** "same value, written differently" for 1000000 -> "1e6". */
  note: string | null;
}

type Side = Pick<Scenario, 'startMonth' | 'pools'>;

export function changeView(
  kind: RowDiff['kind'] | 'setting',
  change: FieldChange,
  before: Side,
  after: Side,
): ChangeView {
  return {
    label: fieldLabel(kind, change.field),
    before: diffValue(kind, change.field, change.before, before),
    after: diffValue(kind, change.field, change.after, after),
    note: change.sameValue ? 'same value, written differently' : null,
  };
}

export const STATUS_LABELS: Record<RowDiff['status'], string> = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
};
/** A symbol beside each status so the table reads without colour. */
export const STATUS_MARKS: Record<RowDiff['status'], string> = { added: '+', removed: '−', changed: '~' };

/** What a row's before/after figure is. */
export const FIGURE_LABELS: Record<RowDiff['kind'], string> = {
  line: 'Cost over the horizon',
  pool: 'Credits used',
  assumption: '',
};

/** Counts for the diff's summary line: "3 lines changed, 1 added; 1 pool changed". */
export function diffSummary(groups: readonly { noun: string; rows: readonly RowDiff[] }[], settings: number): string {
  const parts: string[] = [];
  for (const { noun, rows } of groups) {
    if (rows.length === 0) continue;
    const by = (s: RowDiff['status']) => rows.filter((r) => r.status === s).length;
    const counts = (['changed', 'added', 'removed'] as const).filter((s) => by(s) > 0).map((s) => `${by(s)} ${s}`);
    const title = `${noun[0].toUpperCase()}${noun.slice(1)}${rows.length === 1 ? '' : 's'}`;
    parts.push(`${title}: ${counts.join(', ')}`);
  }
  if (settings > 0) parts.push(`${settings} ${settings === 1 ? 'setting' : 'settings'} changed`);
  return parts.length === 0
    ? 'The two scenarios have the same lines, pools, assumptions and settings.'
    : parts.join('; ');
}
