// The snapshot a saved workbook carries, so that it computes the same numbers after a price-book update.
import { kindOf } from '../kinds/registry';
import { PRICE_FIELDS, type PriceKeyKind } from '../model/vocabulary';
import type { PriceTable, Workbook } from '../model';
import type { PriceBook } from './price-book';
import { canonicalId, field, priceKeyOf, tableFields } from './price-keys';
import { rowKey } from './price-rows';

type Used = Map<string, { kind: PriceKeyKind; id: string; fields: Set<string> }>;

function addUse(used: Used, kind: PriceKeyKind, rawId: string, fields: readonly string[]): void {
  const id = canonicalId(kind, rawId);
  const key = priceKeyOf(kind, id);
  const entry = used.get(key) ?? { kind, id, fields: new Set<string>() };
  for (const f of fields) entry.fields.add(f);
  used.set(key, entry);
}

/** The price entries and fields the workbook's lines read (each kind's module says which). */
function usedPrices(workbook: Workbook): Used {
  const used: Used = new Map();
  for (const scenario of workbook.scenarios) {
    for (const line of scenario.lines)
      for (const use of kindOf(line).pricesUsed(line)) addUse(used, use.kind, use.id, use.fields);
  }
  return used;
}

/** The price the bundled book stores for one field (a Bedrock model's global row; nothing derived at lookup). */
function bundledValue(book: PriceBook, kind: PriceKeyKind, id: string, f: string): number | null {
  switch (kind) {
    case 'bedrock': {
      const m = book.models.find((x) => x.id === id);
      return m ? (m[f as (typeof PRICE_FIELDS.bedrock)[number]] ?? null) : null;
    }
    case 'instance': {
      const i = book.instances.find((x) => x.id === id);
      return i ? i[f as (typeof PRICE_FIELDS.instance)[number]].price : null;
    }
    case 'service':
      return book.serviceItems.find((x) => x.id === id)?.price ?? null;
  }
}

/**
 * The regional and dated rows of a used model or instance (rev 2), keyed "<key>@<region>",
 * "<key>@regional" and "<key>@through-YYYY-MM", with the fields the lines read. Every row of a
 * used entry is kept: a line's region or endpoint may change, and the file must still compute
 * the same figures after a book update.
 */
function rowEntries(
  book: PriceBook,
  kind: PriceKeyKind,
  id: string,
  fields: ReadonlySet<string>,
): [string, Record<string, number>][] {
  const rows: [string, object][] = [];
  if (kind === 'bedrock') {
    const m = book.models.find((x) => x.id === id);
    if (m?.regional) rows.push([rowKey(id, 'regional'), m.regional]);
    for (const r of m?.regions ?? []) rows.push([rowKey(id, r.region), r]);
    for (const r of m?.dated ?? []) {
      rows.push([rowKey(id, `through-${r.through}`), r]);
      if (r.regional) rows.push([rowKey(id, `through-${r.through}-regional`), r.regional]);
    }
  } else if (kind === 'instance') {
    const i = book.instances.find((x) => x.id === id);
    for (const r of i?.regions ?? []) rows.push([rowKey(id, r.region), r]);
    for (const r of i?.dated ?? []) rows.push([rowKey(id, `through-${r.through}`), r]);
  }
  return rows.map(([key, row]) => {
    const values: Record<string, number> = {};
    for (const f of PRICE_FIELDS[kind]) {
      const v = (row as Record<string, unknown>)[f];
      if (fields.has(f) && typeof v === 'number') values[f] = v;
    }
    return [priceKeyOf(kind, key), values];
  });
}

/**
 * The price entries a workbook's lines use (every model, instance type incl. fallbackInstanceType
 * with the platform's use, service priceItem), keyed "bedrock/<id>", "instance/<id>", "service/<id>"
 * with the fields of PRICE_FIELDS. Values are the effective prices without the overrides (which the
 * file already carries): the saved snapshot's field if present, else the bundled book's. Prices the
 * lookup derives (batch at 50%) are left out so they follow the stored prices. Missing prices are
 * simply absent. Keys are sorted, fields in PRICE_FIELDS order, so a save is deterministic.
 */
export function priceSnapshot(workbook: Workbook, book: PriceBook): PriceTable {
  const saved = workbook.priceBook?.entries ?? null;
  const used = usedPrices(workbook);
  const table: PriceTable = {};
  for (const key of [...used.keys()].sort()) {
    const { kind, id, fields } = used.get(key)!;
    const savedFields = tableFields(saved, kind, id);
    const row: Record<string, number> = {};
    for (const f of PRICE_FIELDS[kind]) {
      if (!fields.has(f)) continue;
      const value = field(savedFields, f) ?? bundledValue(book, kind, id, f);
      if (value !== null) row[f] = value;
    }
    if (Object.keys(row).length > 0) table[key] = row;
    for (const [rowKeyText, values] of rowEntries(book, kind, id, fields)) {
      // A row already in the saved snapshot keeps its saved values.
      const savedRow = saved !== null && Object.hasOwn(saved, rowKeyText) ? saved[rowKeyText] : null;
      const merged = { ...values, ...(savedRow ?? {}) };
      if (Object.keys(merged).length > 0) table[rowKeyText] = merged;
    }
  }
  const sorted: PriceTable = {};
  for (const key of Object.keys(table).sort()) sorted[key] = table[key];
  return sorted;
}

/**
 * A copy of the workbook with its price snapshot refreshed for the lines it has now. The edition
 * date stays that of an existing snapshot (its prices are kept); a workbook without one gets the
 * book's. To move a workbook to the current book, clear its priceBook first.
 */
export function withPriceSnapshot(workbook: Workbook, book: PriceBook): Workbook {
  return {
    ...workbook,
    priceBook: { asOf: workbook.priceBook?.asOf ?? book.asOf, entries: priceSnapshot(workbook, book) },
  };
}
