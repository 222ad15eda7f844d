// Every price a workbook's lines use, one row per price: what it is, the value the engine uses
// (an override, else the workbook's saved snapshot, else the bundled book: the resolver's
// answer), its unit, date, source and status. Overrides are set and cleared here too.
// The panel is on screen beside every edit, so the rows are kept between calls: lines that ask
// the same of the book share their rows, and a scenario whose lines did not change keeps its
// list (an edit in a 50,000-line workbook rebuilds one scenario's, not every line's).
import { bundledPriceBook, createPriceResolver, type PriceBook } from '../../../../shared/prices';
import { kindOf } from '../../../../shared/kinds/registry';
import type { Line, Scenario, Workbook } from '../../../../shared/model';
import { monthNumber, priceRows, type LineSpan, type PriceRowBase, type PriceSources } from './price-rows';
import type { PriceAsk } from '../../../../shared/kinds/kind';

export type { PriceRowStatus } from './price-rows';

export interface WorkbookPrice extends PriceRowBase {
  /** Names of the lines that use it, and their ids (a PRICE_MISSING issue names a line). */
  usedBy: string[];
  lineIds: string[];
}

/** Equal for two (use, span) pairs exactly when their rows are equal (a service price has no periods). */
function useKey(use: PriceAsk, span: LineSpan): string {
  switch (use.kind) {
    case 'bedrock':
      return `b|${use.model}|${use.scope}|${use.region}|${+use.batch}${+use.cached}|${span.first}|${span.last}`;
    case 'instance':
      return `i|${use.instanceType}|${use.use}|${use.region}|${span.first}|${span.last}`;
    case 'service':
      return `s|${use.item}`;
  }
}

interface Used {
  row: PriceRowBase;
  /** The lines using it, and each one's name (the same index). */
  lineIds: string[];
  lineNames: string[];
}

interface ScenarioPrices {
  startMonth: string;
  horizonMonths: number;
  /** Row id -> the row and the lines of the scenario using it, in the order lines first use them. */
  rows: Map<string, Used>;
}

/** Rows kept while the book, the overrides and the saved snapshot stay the same objects. */
interface Kept {
  book: PriceBook;
  overrides: Workbook['priceOverrides'];
  snapshot: NonNullable<Workbook['priceBook']>['entries'] | null;
  sources: PriceSources;
  rowsByUse: Map<string, PriceRowBase[]>;
  byLines: WeakMap<readonly Line[], ScenarioPrices>;
}
let kept: Kept | null = null;

function keptFor(wb: Workbook, book: PriceBook): Kept {
  const snapshot = wb.priceBook?.entries ?? null;
  if (kept?.book !== book || kept.overrides !== wb.priceOverrides || kept.snapshot !== snapshot) {
    const resolver = createPriceResolver(book, wb.priceOverrides, snapshot);
    kept = {
      book,
      overrides: wb.priceOverrides,
      snapshot,
      sources: { resolver, book, overrides: wb.priceOverrides },
      rowsByUse: new Map(),
      byLines: new WeakMap(),
    };
  }
  return kept;
}

function scenarioPrices(k: Kept, scenario: Scenario): Map<string, Used> {
  const { lines, startMonth, horizonMonths } = scenario;
  const have = k.byLines.get(lines);
  if (have !== undefined && have.startMonth === startMonth && have.horizonMonths === horizonMonths) return have.rows;
  const base = monthNumber(startMonth);
  const rows = new Map<string, Used>();
  for (const line of lines) {
    const use = kindOf(line).priceAsk(line);
    if (use === null) continue;
    const span = {
      first: line.startMonth,
      last: line.endMonth === null ? horizonMonths - 1 : Math.min(line.endMonth, horizonMonths - 1),
      base,
    };
    const key = useKey(use, span);
    let useRows = k.rowsByUse.get(`${base}|${key}`);
    if (useRows === undefined) k.rowsByUse.set(`${base}|${key}`, (useRows = priceRows(k.sources, use, span)));
    for (const row of useRows) {
      let used = rows.get(row.id);
      if (used === undefined) rows.set(row.id, (used = { row, lineIds: [], lineNames: [] }));
      used.lineIds.push(line.id);
      used.lineNames.push(line.name);
    }
  }
  k.byLines.set(lines, { startMonth, horizonMonths, rows });
  return rows;
}

/** The prices the workbook's lines use, in the order lines first use them. */
export function workbookPrices(wb: Workbook, book: PriceBook = bundledPriceBook()): WorkbookPrice[] {
  const k = keptFor(wb, book);
  // Line ids are unique within a scenario; one found in an earlier scenario (a variant's copy
  // of a line) is listed once, and each name once.
  const merged = new Map<string, { row: PriceRowBase; ids: Set<string>; names: Set<string> }>();
  for (const scenario of wb.scenarios) {
    for (const [id, used] of scenarioPrices(k, scenario)) {
      const have = merged.get(id);
      if (have === undefined) {
        merged.set(id, { row: used.row, ids: new Set(used.lineIds), names: new Set(used.lineNames) });
        continue;
      }
      used.lineIds.forEach((lineId, i) => {
        if (have.ids.has(lineId)) return;
        have.ids.add(lineId);
        have.names.add(used.lineNames[i]);
      });
    }
  }
  return [...merged.values()].map(({ row, ids, names }) => ({ ...row, usedBy: [...names], lineIds: [...ids] }));
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

/** Whether two lists of rows show the same (an edit of a quantity leaves the prices as they were). */
export function samePrices(a: readonly WorkbookPrice[], b: readonly WorkbookPrice[]): boolean {
  return (
    a.length === b.length &&
    a.every((row, i) => {
      const other = b[i] as unknown as Record<string, unknown>;
      return Object.entries(row).every(([key, value]) =>
        Array.isArray(value) ? sameList(value, other[key] as string[]) : value === other[key],
      );
    })
  );
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
