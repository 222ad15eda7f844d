// The Prices panel's rows for one use of a price: a model's token prices, an instance type's
// hourly price for one platform, a service item's unit price, each with the book's earlier
// periods (a promotion, a pre-cut price) that fall in the months of the lines using it. A use
// holds every line field the rows depend on, so lines with the same use share their rows.
import { priceKeyOf, type InstanceUse, type PriceBook, type PriceResolver } from '../../../../shared/prices';
import type { Workbook } from '../../../../shared/model';
import type { RowStatus } from '../../../../shared/prices/price-book';
import type { PriceAsk } from '../../../../shared/kinds/kind';

/** listed: a source lists it; derived: computed from another price; promotion / legacy: dated
 *  book rows; unsourced: no price known; override: the workbook's own value. */
export type PriceRowStatus = 'listed' | 'derived' | 'promotion' | 'legacy' | 'unsourced' | 'override';

export interface PriceRowBase {
  /** "<price key>[@<book row>]#<field>", e.g. "bedrock/claude-sonnet-4#input", "bedrock/nova-pro@eu#input". */
  id: string;
  key: string;
  field: string;
  item: string;
  what: string;
  value: number | null;
  unit: string;
  /** The book row's region ("eu", "eu-west-1"), else the book's own region. */
  region: string;
  /** When the row is in force for the lines: "" (always), "through 2026-08", "from 2026-09". */
  effective: string;
  asOf: string;
  source: string;
  status: PriceRowStatus;
  note: string;
}

/** The months a line runs, as offsets from the scenario's first month (inclusive). */
export interface LineSpan {
  first: number;
  last: number;
  /** The scenario's first month as a month number (year * 12 + month - 1). */
  base: number;
}

/** Where the rows are read from: the book, the workbook's overrides and the resolver over both. */
export interface PriceSources {
  resolver: PriceResolver;
  book: PriceBook;
  overrides: Workbook['priceOverrides'];
}

const TOKENS = 'USD per 1M tokens';
const HOUR = 'USD per hour';
const TOKEN_FIELDS = {
  input: 'Input tokens',
  output: 'Output tokens',
  batchInput: 'Batch input tokens',
  batchOutput: 'Batch output tokens',
  cacheRead: 'Cached input read',
} as const;
const USE_WHAT: Record<InstanceUse, string> = {
  ec2: 'EC2 on-demand, per instance-hour',
  sagemakerTraining: 'SageMaker training, per instance-hour',
  sagemakerInference: 'SageMaker inference, per instance-hour',
};

function statusOf(bookStatus: string | undefined, value: number | null): PriceRowStatus {
  if (value === null || bookStatus === undefined || bookStatus === 'unsourced') return 'unsourced';
  if (bookStatus === 'derived' || bookStatus === 'promotion' || bookStatus === 'legacy') return bookStatus;
  // "sourced" and "conflicting" (sources disagree, the book keeps one) are both listed prices.
  return 'listed';
}

export function monthNumber(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function nextMonth(month: string): string {
  const n = monthNumber(month) + 1;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
}

interface Period {
  through: string;
  value: number | null;
  status: RowStatus;
  note: string;
}

/**
 * The current row plus the book's earlier periods (a promotion, a pre-cut price) that fall in the
 * line's months, each with when it is in force. The current row is left out when an earlier
 * period covers every month of the line.
 */
function withPeriods(
  current: PriceRowBase,
  periods: readonly Period[],
  dated: readonly { through: string; asOf: string; source: string }[] | undefined,
  span: LineSpan,
): PriceRowBase[] {
  const rows: PriceRowBase[] = [];
  let after = -Infinity;
  for (const p of periods) {
    const until = monthNumber(p.through) - span.base;
    if (span.first <= until && span.last > after) {
      const row = dated?.find((d) => d.through === p.through);
      const suffix = current.region === '' ? '' : `@${current.region}`;
      rows.push({
        ...current,
        id: `${current.key}@through-${p.through}${suffix}#${current.field}`,
        value: p.value,
        status: statusOf(p.status, p.value),
        effective: `through ${p.through}`,
        asOf: row?.asOf ?? current.asOf,
        source: row?.source ?? current.source,
        note: p.note,
      });
    }
    after = until;
  }
  const last = periods.at(-1);
  if (last === undefined) return [current];
  if (span.last > after) rows.push({ ...current, effective: `from ${nextMonth(last.through)}` });
  return rows;
}

function bedrockRows(
  { resolver, book, overrides }: PriceSources,
  use: Extract<PriceAsk, { kind: 'bedrock' }>,
  span: LineSpan,
): PriceRowBase[] {
  const key = priceKeyOf('bedrock', use.model);
  const entry = book.models.find((m) => m.id === use.model);
  const lookup = resolver.bedrock(use.model, use.scope, use.region);
  // The row of the book that priced it: a region's row, else the entry itself.
  const regionRow =
    lookup.ok && lookup.region !== undefined ? entry?.regions?.find((r) => r.region === lookup.region) : undefined;
  const fallback = lookup.ok ? lookup.notes.find((n) => n.code === 'PRICE_REGION_FALLBACK') : undefined;
  const endpointRow = regionRow === undefined && use.scope === 'regional' && (entry?.regional ?? null) !== null;
  const fields: (keyof typeof TOKEN_FIELDS)[] = ['input', 'output'];
  if (use.batch) fields.push('batchInput', 'batchOutput');
  if (use.cached) fields.push('cacheRead');
  return fields.flatMap((f) => {
    const over = overrides[key]?.[f];
    const value = over ?? (lookup.ok ? lookup.value[f] : null);
    const listed = regionRow !== undefined ? (regionRow[f] ?? null) : (entry?.[f] ?? null);
    const derived = lookup.ok && listed === null && value !== null && over === undefined;
    const note = derived
      ? lookup.ok
        ? (lookup.derived.find((d) => d.startsWith(f)) ?? 'at the book ratio to the on-demand price')
        : ''
      : fallback?.code === 'PRICE_REGION_FALLBACK'
        ? `no ${fallback.region} price in the book: the ${fallback.usedRegion} price is used`
        : (regionRow?.note ?? entry?.note ?? (entry ? '' : 'not in the price book'));
    const current: PriceRowBase = {
      // A regional-endpoint price (no region row) is a row of its own: the global price differs.
      id:
        regionRow !== undefined
          ? `${key}@${regionRow.region}#${f}`
          : endpointRow
            ? `${key}@regional#${f}`
            : `${key}#${f}`,
      key,
      field: f,
      item: entry?.name ?? use.model,
      what: endpointRow ? `${TOKEN_FIELDS[f]} (regional endpoint)` : TOKEN_FIELDS[f],
      value,
      unit: TOKENS,
      region: regionRow?.region ?? '',
      effective: '',
      asOf: regionRow?.asOf ?? entry?.asOf ?? '',
      source: regionRow?.source ?? entry?.source ?? '',
      status:
        over !== undefined ? 'override' : derived ? 'derived' : statusOf(regionRow?.status ?? entry?.status, value),
      note,
    };
    const periods = lookup.ok ? lookup.earlier.map((p) => ({ ...p, value: p.value[f] })) : [];
    return withPeriods(current, periods, entry?.dated, span);
  });
}

function instanceRows(
  { resolver, book, overrides }: PriceSources,
  { instanceType, use, region }: Extract<PriceAsk, { kind: 'instance' }>,
  span: LineSpan,
): PriceRowBase[] {
  const key = priceKeyOf('instance', instanceType);
  const entry = book.instances.find((i) => i.id === key.slice('instance/'.length));
  const over = overrides[key]?.[use];
  const lookup = resolver.instance(instanceType, use, region);
  const value = lookup.ok ? lookup.value : null;
  const regionRow =
    lookup.ok && lookup.region !== undefined ? entry?.regions?.find((r) => r.region === lookup.region) : undefined;
  const bookPrice = entry?.[use];
  const current: PriceRowBase = {
    id: regionRow === undefined ? `${key}#${use}` : `${key}@${regionRow.region}#${use}`,
    key,
    field: use,
    item: entry?.name ?? instanceType,
    what: USE_WHAT[use],
    value,
    unit: HOUR,
    region: regionRow?.region ?? '',
    effective: '',
    asOf: regionRow?.asOf ?? entry?.asOf ?? '',
    source: regionRow?.source ?? entry?.source ?? '',
    status: over !== undefined ? 'override' : statusOf(regionRow?.status ?? bookPrice?.status, value),
    note: regionRow?.note ?? bookPrice?.note ?? (entry ? '' : 'not in the price book'),
  };
  return withPeriods(current, lookup.ok ? lookup.earlier : [], entry?.dated, span);
}

function serviceRow({ resolver, book, overrides }: PriceSources, itemId: string): PriceRowBase {
  const key = priceKeyOf('service', itemId);
  const entry = book.serviceItems.find((s) => s.id === itemId);
  const over = overrides[key]?.price;
  const lookup = resolver.serviceItem(itemId);
  const value = lookup.ok ? lookup.value.price : null;
  return {
    id: `${key}#price`,
    key,
    field: 'price',
    item: entry?.name ?? itemId,
    what: 'Price per unit',
    value,
    unit: entry?.unit ?? 'USD per unit',
    region: '',
    effective: '',
    asOf: entry?.asOf ?? '',
    source: entry?.source ?? '',
    status: over !== undefined ? 'override' : statusOf(entry?.status, value),
    note: entry?.note ?? (entry ? '' : 'not in the price book'),
  };
}

/** The book rows one use of prices takes over the span of months of a line. */
export function priceRows(sources: PriceSources, use: PriceAsk, span: LineSpan): PriceRowBase[] {
  switch (use.kind) {
    case 'bedrock':
      return bedrockRows(sources, use, span);
    case 'instance':
      return instanceRows(sources, use, span);
    case 'service':
      return [serviceRow(sources, use.item)];
  }
}
