// Flat rows of the price book for printing (the CLI's `prices` command): the book's own prices,
// then its regional rows and its dated rows (a promotion, a pre-cut price) with when they apply.
import type { PriceKeyKind } from '../model';
import type { ModelEntry, PriceBook, PriceStatus, RowStatus, TokenPrices } from './price-book';
import { createPriceResolver, type BedrockPrices, type PriceResolver } from './price-resolver';
import { BATCH_SHARE_OF_ON_DEMAND } from './price-rows';

export interface PriceRow {
  kind: PriceKeyKind;
  id: string;
  name: string;
  /** The price field; regional Bedrock prices are "regional.<field>". */
  field: string;
  price: number | null;
  unit: string;
  /** The book's own status words for its entries; a regional or dated row's status (promotion, legacy...). */
  status: PriceStatus | RowStatus;
  /** The region the row prices ("eu" is every eu-* region); the book's region for its own prices. */
  region: string;
  /** When the price applies: "" (always), "through 2026-08" (a dated row), "from 2026-09" (after one). */
  effective: string;
  asOf: string;
}

const TOKEN_UNIT = 'USD per 1M tokens';
const HOUR_UNIT = 'USD per instance-hour';

function tokenRows(
  prices: TokenPrices,
  status: PriceStatus,
  prefix: string,
): { field: string; price: number | null; status: PriceStatus }[] {
  const onDemand = (f: 'input' | 'output') => ({
    field: prefix + f,
    price: prices[f],
    status: prices[f] === null ? 'unsourced' : status,
  });
  // A batch price the book does not list is what the lookup derives: half the on-demand price.
  const batch = (f: 'batchInput' | 'batchOutput', from: 'input' | 'output') => {
    const listed = prices[f];
    if (listed !== null) return { field: prefix + f, price: listed, status };
    const base = prices[from];
    return base === null
      ? { field: prefix + f, price: null, status: 'unsourced' as const }
      : { field: prefix + f, price: base * BATCH_SHARE_OF_ON_DEMAND, status: 'derived' as const };
  };
  const rows = [onDemand('input'), onDemand('output'), batch('batchInput', 'input'), batch('batchOutput', 'output')];
  // Models without prompt caching simply have no cache-read row.
  if (prices.cacheRead !== null) rows.push({ field: prefix + 'cacheRead', price: prices.cacheRead, status });
  return rows;
}

const TOKEN_FIELDS = ['input', 'output', 'batchInput', 'batchOutput', 'cacheRead'] as const;

function nextMonth(month: string): string {
  const n = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7));
  return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
}

/** When the entry's own prices apply: after its last dated row, if it has any. */
function currentFrom(dated: readonly { through: string }[] | undefined): string {
  const last = dated?.at(-1);
  return last === undefined ? '' : `from ${nextMonth(last.through)}`;
}

/** Token rows of a regional or dated row, priced by the resolver (batch and cache at the book ratios). */
function rowPrices(
  value: BedrockPrices,
  listed: Partial<TokenPrices>,
  status: RowStatus,
  prefix: string,
): { field: string; price: number | null; status: RowStatus }[] {
  return TOKEN_FIELDS.filter((f) => value[f] !== null).map((f) => ({
    field: prefix + f,
    price: value[f],
    status: listed[f] === undefined && status === 'listed' ? 'derived' : status,
  }));
}

function modelRows(resolver: PriceResolver, m: ModelEntry, bookRegion: string): PriceRow[] {
  const rows: PriceRow[] = [];
  const head = { kind: 'bedrock' as const, id: m.id, name: m.name, unit: TOKEN_UNIT };
  const current = { ...head, region: bookRegion, effective: currentFrom(m.dated), asOf: m.asOf };
  for (const r of tokenRows(m, m.status, '')) rows.push({ ...current, ...r });
  if (m.regional) for (const r of tokenRows(m.regional, m.status, 'regional.')) rows.push({ ...current, ...r });
  for (const row of m.regions ?? []) {
    // The regional scope picks the region's row for every model, global-endpoint ones included.
    const lookup = resolver.bedrock(m.id, 'regional', row.region);
    if (!lookup.ok) continue;
    for (const r of rowPrices(lookup.value, row, row.status, ''))
      rows.push({ ...head, ...r, region: row.region, effective: '', asOf: row.asOf });
  }
  const periods = (scope: 'global' | 'regional') => {
    const lookup = resolver.bedrock(m.id, scope);
    return lookup.ok ? lookup.earlier : [];
  };
  const global = periods('global');
  const regional = m.regional ? periods('regional') : [];
  for (const row of m.dated ?? []) {
    const dated = { ...head, region: bookRegion, effective: `through ${row.through}`, asOf: row.asOf };
    const g = global.find((p) => p.through === row.through);
    if (g) for (const r of rowPrices(g.value, row, row.status, '')) rows.push({ ...dated, ...r });
    const rg = regional.find((p) => p.through === row.through);
    if (rg && row.regional)
      for (const r of rowPrices(rg.value, row.regional, row.status, 'regional.')) rows.push({ ...dated, ...r });
  }
  return rows;
}

export function describePriceBook(book: PriceBook): PriceRow[] {
  const resolver = createPriceResolver(book, {}, null);
  const rows: PriceRow[] = [];
  for (const m of book.models) rows.push(...modelRows(resolver, m, book.region));
  const uses = ['ec2', 'sagemakerTraining', 'sagemakerInference'] as const;
  for (const i of book.instances) {
    const head = { kind: 'instance' as const, id: i.id, name: i.name, unit: HOUR_UNIT };
    // One row per use the source lists: the book's own, then each region's, then each earlier period's.
    const push = (
      prices: Partial<Record<(typeof uses)[number], number>>,
      at: { status: RowStatus; region: string; effective: string; asOf: string },
    ) => {
      for (const f of uses) {
        const price = prices[f];
        if (price !== undefined) rows.push({ ...head, field: f, price, ...at });
      }
    };
    for (const f of uses)
      rows.push({
        ...head,
        field: f,
        price: i[f].price,
        status: i[f].status,
        region: book.region,
        effective: currentFrom(i.dated),
        asOf: i.asOf,
      });
    for (const r of i.regions ?? []) push(r, { status: r.status, region: r.region, effective: '', asOf: r.asOf });
    for (const r of i.dated ?? [])
      push(r, { status: r.status, region: book.region, effective: `through ${r.through}`, asOf: r.asOf });
  }
  for (const s of book.serviceItems)
    rows.push({
      kind: 'service',
      id: s.id,
      name: s.name,
      field: 'price',
      price: s.price,
      unit: s.unit,
      status: s.status,
      region: book.region,
      effective: '',
      asOf: s.asOf,
    });
  return rows;
}
