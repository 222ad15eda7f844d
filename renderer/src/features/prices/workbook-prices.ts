// Every price a workbook's lines use, one row per price: what it is, the value the engine uses
// (an override, else the workbook's saved snapshot, else the bundled book: the resolver's
// answer), its unit, date, source and status. Overrides are set and cleared here too.
import {
  bundledPriceBook,
  createPriceResolver,
  priceKeyOf,
  type InstanceUse,
  type PriceBook,
  type PriceResolver,
} from '../../../../shared/prices';
import type { Line, Scenario, Workbook } from '../../../../shared/model';
import type { RowStatus } from '../../../../shared/prices/price-book';

type BedrockLine = Extract<Line, { kind: 'bedrock' }>;

/** listed: a source lists it; derived: computed from another price; promotion / legacy: dated
 *  book rows; unsourced: no price known; override: the workbook's own value. */
export type PriceRowStatus = 'listed' | 'derived' | 'promotion' | 'legacy' | 'unsourced' | 'override';

export interface WorkbookPrice {
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
  /** Names of the lines that use it, and their ids (a PRICE_MISSING issue names a line). */
  usedBy: string[];
  lineIds: string[];
}

type PriceRowBase = Omit<WorkbookPrice, 'usedBy' | 'lineIds'>;

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

/** The months a line runs, as offsets from the scenario's first month (inclusive). */
interface LineSpan {
  first: number;
  last: number;
  /** The offset of a calendar month "YYYY-MM". */
  offset: (month: string) => number;
}

function monthNumber(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1;
}

function nextMonth(month: string): string {
  const n = monthNumber(month) + 1;
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
}

function spanOf(scenario: Scenario, line: Line): LineSpan {
  const end = line.endMonth === null ? scenario.horizonMonths - 1 : Math.min(line.endMonth, scenario.horizonMonths - 1);
  const base = monthNumber(scenario.startMonth);
  return { first: line.startMonth, last: end, offset: (month) => monthNumber(month) - base };
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
    const until = span.offset(p.through);
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
  resolver: PriceResolver,
  book: PriceBook,
  overrides: Workbook['priceOverrides'],
  line: BedrockLine,
  span: LineSpan,
): PriceRowBase[] {
  const key = priceKeyOf('bedrock', line.model);
  const entry = book.models.find((m) => m.id === line.model);
  const lookup = resolver.bedrock(line.model, line.endpointScope, line.region);
  // The row of the book that priced it: a region's row, else the entry itself.
  const regionRow =
    lookup.ok && lookup.region !== undefined ? entry?.regions?.find((r) => r.region === lookup.region) : undefined;
  const fallback = lookup.ok ? lookup.notes.find((n) => n.code === 'PRICE_REGION_FALLBACK') : undefined;
  const endpointRow =
    regionRow === undefined && line.endpointScope === 'regional' && (entry?.regional ?? null) !== null;
  const fields: (keyof typeof TOKEN_FIELDS)[] = ['input', 'output'];
  if (isSet(line.batchShare)) fields.push('batchInput', 'batchOutput');
  if (isSet(line.cachedInputShare)) fields.push('cacheRead');
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
      item: entry?.name ?? line.model,
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
  resolver: PriceResolver,
  book: PriceBook,
  overrides: Workbook['priceOverrides'],
  id: string,
  use: InstanceUse,
  region: string,
  span: LineSpan,
): PriceRowBase[] {
  const key = priceKeyOf('instance', id);
  const entry = book.instances.find((i) => i.id === key.slice('instance/'.length));
  const over = overrides[key]?.[use];
  const lookup = resolver.instance(id, use, region);
  const value = lookup.ok ? lookup.value : null;
  const regionRow =
    lookup.ok && lookup.region !== undefined ? entry?.regions?.find((r) => r.region === lookup.region) : undefined;
  const bookPrice = entry?.[use];
  const current: PriceRowBase = {
    id: regionRow === undefined ? `${key}#${use}` : `${key}@${regionRow.region}#${use}`,
    key,
    field: use,
    item: entry?.name ?? id,
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

function serviceRow(
  resolver: PriceResolver,
  book: PriceBook,
  overrides: Workbook['priceOverrides'],
  itemId: string,
): PriceRowBase {
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

function isSet(q: unknown): boolean {
  return q !== 0 && q !== null;
}

/** The book rows a line uses: its model's token prices, its platform's hourly price, its price item. */
function lineRows(
  resolver: PriceResolver,
  book: PriceBook,
  wb: Workbook,
  scenario: Scenario,
  line: Line,
): PriceRowBase[] {
  const span = spanOf(scenario, line);
  switch (line.kind) {
    case 'bedrock':
      return bedrockRows(resolver, book, wb.priceOverrides, line, span);
    case 'training':
      return instanceRows(
        resolver,
        book,
        wb.priceOverrides,
        line.instanceType,
        line.platform === 'ec2' ? 'ec2' : 'sagemakerTraining',
        line.region,
        span,
      );
    case 'endpoint':
      return instanceRows(
        resolver,
        book,
        wb.priceOverrides,
        line.instanceType,
        'sagemakerInference',
        line.region,
        span,
      );
    case 'service':
      return line.monthlyCost === null && line.priceItem !== null
        ? [serviceRow(resolver, book, wb.priceOverrides, line.priceItem)]
        : [];
  }
}

/** The prices the workbook's lines use, in the order lines first use them. */
export function workbookPrices(wb: Workbook, book: PriceBook = bundledPriceBook()): WorkbookPrice[] {
  const resolver = createPriceResolver(book, wb.priceOverrides, wb.priceBook?.entries ?? null);
  const rows = new Map<string, WorkbookPrice>();
  for (const scenario of wb.scenarios) {
    for (const line of scenario.lines) {
      for (const row of lineRows(resolver, book, wb, scenario, line)) {
        const have = rows.get(row.id) ?? { ...row, usedBy: [], lineIds: [] };
        if (!have.lineIds.includes(line.id)) {
          have.lineIds.push(line.id);
          if (!have.usedBy.includes(line.name)) have.usedBy.push(line.name);
        }
        rows.set(row.id, have);
      }
    }
  }
  return [...rows.values()];
}

/**
 * Sets (a number) or clears (null: back to the book) one overridden price field. Returns the
 * same workbook when nothing changes, so no empty undo step is recorded.
 */
export function setPriceOverride(wb: Workbook, key: string, field: string, value: number | null): Workbook {
  const current = wb.priceOverrides[key] ?? {};
  if (value !== null && (!Number.isFinite(value) || value < 0))
    throw new Error('a price is a number of dollars, 0 or more');
  if (value === null ? !Object.hasOwn(current, field) : current[field] === value) return wb;
  const fields = { ...current };
  if (value === null) delete fields[field];
  else fields[field] = value;
  const priceOverrides = { ...wb.priceOverrides };
  if (Object.keys(fields).length === 0) delete priceOverrides[key];
  else priceOverrides[key] = fields;
  return { ...wb, priceOverrides };
}
