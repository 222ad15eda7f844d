// Flat rows of the price book for printing (the CLI's `prices` command).
import type { PriceKeyKind } from '../model';
import type { PriceBook, PriceStatus, TokenPrices } from './price-book';
import { BATCH_SHARE_OF_ON_DEMAND } from './price-resolver';

export interface PriceRow {
  kind: PriceKeyKind;
  id: string;
  name: string;
  /** The price field; regional Bedrock prices are "regional.<field>". */
  field: string;
  price: number | null;
  unit: string;
  status: PriceStatus;
  asOf: string;
}

const TOKEN_UNIT = 'USD per 1M tokens';
const HOUR_UNIT = 'USD per instance-hour';

function tokenRows(prices: TokenPrices, status: PriceStatus, prefix: string): { field: string; price: number | null; status: PriceStatus }[] {
  const onDemand = (f: 'input' | 'output') => ({ field: prefix + f, price: prices[f], status: prices[f] === null ? 'unsourced' : status });
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

export function describePriceBook(book: PriceBook): PriceRow[] {
  const rows: PriceRow[] = [];
  for (const m of book.models) {
    const head = { kind: 'bedrock' as const, id: m.id, name: m.name, unit: TOKEN_UNIT, asOf: m.asOf };
    for (const r of tokenRows(m, m.status, '')) rows.push({ ...head, ...r });
    if (m.regional) for (const r of tokenRows(m.regional, m.status, 'regional.')) rows.push({ ...head, ...r });
  }
  for (const i of book.instances) {
    for (const f of ['ec2', 'sagemakerTraining', 'sagemakerInference'] as const)
      rows.push({ kind: 'instance', id: i.id, name: i.name, field: f, price: i[f].price, unit: HOUR_UNIT, status: i[f].status, asOf: i.asOf });
  }
  for (const s of book.serviceItems)
    rows.push({ kind: 'service', id: s.id, name: s.name, field: 'price', price: s.price, unit: s.unit, status: s.status, asOf: s.asOf });
  return rows;
}
