// Effective prices: a workbook's override, else its saved snapshot, else the bundled book.
// A missing price is an error the user can fix with an override, never a silent zero.
//
// Revision 2: prices are region-aware (a line's region picks that region's row, else the
// us-east-1 price with a note), date-aware (earlier rows - a launch promotion, a pre-cut list
// price - are in force up to their month), and an override of a model's on-demand prices (or an
// instance's EC2 price) carries to the prices derived from it at the book's ratios.
import type { PriceKeyKind, PriceTable } from '../model';
import type { InstanceEntry, ModelEntry, PriceBook, RowStatus, ServiceItemEntry, TokenPrices } from './price-book';
import { canonicalId, field, priceKeyOf, tableFields } from './price-keys';
import { findRegionRow, regionalRatios, rowKey, tokenBase, withRatios } from './price-rows';

/** Something to tell the user about a price a line uses (PRICE_REGION_FALLBACK, PRICE_DATED). */
export type PriceNote =
  /** The book has no price for `region`; the `usedRegion` price is used. */
  | { code: 'PRICE_REGION_FALLBACK'; key: string; region: string; usedRegion: string }
  /** The price is not a listed one: a promotion, a legacy price, derived by a rule or unsourced. */
  | { code: 'PRICE_DATED'; key: string; status: RowStatus; note: string | null };

/** Prices in force up to and including the calendar month `through`, before the current ones. */
export interface PricePeriod<T> {
  through: string;
  value: T;
  status: RowStatus;
  note: string;
}

export type PriceLookup<T> =
  /** `region`: the book's regional row that priced it ("eu", "eu-west-1"), when one did. */
  | {
      ok: true;
      value: T;
      key: string;
      derived: string[];
      notes: PriceNote[];
      earlier: PricePeriod<T>[];
      region?: string;
    }
  | { ok: false; key: string; message: string };

export interface BedrockPrices {
  input: number;
  output: number;
  batchInput: number;
  batchOutput: number;
  cacheRead: number | null;
  /** The cache-write price; null where the book lists none and the model is not Claude (writes then cost input). */
  cacheWrite: number | null;
}

type EndpointScope = 'global' | 'regional';
export type InstanceUse = 'ec2' | 'sagemakerTraining' | 'sagemakerInference';

export interface PriceResolver {
  /** The prices of the model for that endpoint scope in that region (default: the book's region). */
  bedrock(modelId: string, scope: EndpointScope, region?: string): PriceLookup<BedrockPrices>;
  /** Hourly price; accepts the "ml." prefix. */
  instance(instanceType: string, use: InstanceUse, region?: string): PriceLookup<number>;
  serviceItem(itemId: string): PriceLookup<{ price: number; unit: string; category: string }>;
  readonly book: PriceBook;
}

const USE_LABELS: Record<InstanceUse, string> = {
  ec2: 'EC2 on-demand',
  sagemakerTraining: 'SageMaker training',
  sagemakerInference: 'SageMaker inference',
};

const KIND_LABELS: Record<PriceKeyKind, string> = {
  bedrock: 'Bedrock model',
  instance: 'instance type',
  service: 'service item',
};

export function createPriceResolver(
  book: PriceBook,
  overrides: PriceTable,
  snapshot: PriceTable | null,
): PriceResolver {
  const { models, instances, items } = bookIndex(book);
  const fix = `in the price book (${book.edition}); add a price override`;
  const unknown = (kind: PriceKeyKind, id: string) => `unknown ${KIND_LABELS[kind]} ${id}: not ${fix}`;
  /** A row's stored fields: the snapshot's where it has them, else the book's. */
  const stored = <T extends object>(key: string, row: T): T => ({ ...row, ...tableFields(snapshot, 'bedrock', key) });

  const resolver: PriceResolver = {
    book,

    bedrock(modelId, scope, region = book.region) {
      const key = priceKeyOf('bedrock', modelId);
      const id = canonicalId('bedrock', modelId);
      const entry = models.get(id);
      const over = tableFields(overrides, 'bedrock', id);
      if (!entry) {
        // Known only from an override (or the snapshot): one price everywhere.
        const base = { ...EMPTY_TOKENS, ...tableFields(snapshot, 'bedrock', id) };
        const priced = withRatios(base, over, false);
        if (priced === null) return { ok: false, key, message: unknown('bedrock', id) };
        return { ok: true, key, value: priced.value, derived: priced.derived, notes: [], earlier: [] };
      }
      const notes: PriceNote[] = [];
      const claude = id.startsWith('claude');
      const regionRow = findRegionRow(entry.regions, region);
      // A global-endpoint model (one with regional-endpoint prices) costs the same everywhere on
      // its global endpoint; a region's row holds that region's regional-endpoint or in-region price.
      const globalEndpoint = entry.regional !== null;
      const regionalScope = scope === 'regional' && globalEndpoint;
      let base: TokenPrices;
      let derivedNote: string | null = null;
      if (globalEndpoint && scope !== 'regional') {
        base = stored(id, tokenBase(entry));
      } else if (regionRow !== null) {
        base = stored(rowKey(id, regionRow.region), {
          ...fromRatios(tokenBase(entry), regionRow),
          ...definedOnly(regionRow),
        });
        derivedNote = `${region} prices: ${regionRow.note || regionRow.source}`;
      } else {
        base = regionalScope
          ? stored(rowKey(id, 'regional'), {
              ...fromRatios(tokenBase(entry), entry.regional!),
              ...definedOnly(entry.regional!),
            })
          : stored(id, tokenBase(entry));
        if (region !== book.region) notes.push({ code: 'PRICE_REGION_FALLBACK', key, region, usedRegion: book.region });
      }
      const usesRegionRow = derivedNote !== null;
      // An override of the global prices carries to the regional endpoint at the book's premium.
      const overFields =
        regionalScope && !usesRegionRow && Object.keys(over).length > 0 ? scaled(over, regionalRatios(entry)) : over;
      const priced = withRatios(base, overFields, claude);
      if (priced === null) {
        const missing = [base.input === null ? 'input' : null, base.output === null ? 'output' : null]
          .filter((f) => f !== null)
          .join(' and ');
        return {
          ok: false,
          key,
          message: `no Bedrock ${missing} price for ${id}${regionalScope ? ' (regional endpoint)' : ''} ${fix}`,
        };
      }
      const earlier: PricePeriod<BedrockPrices>[] = [];
      for (const row of entry.dated ?? []) {
        const rowBase = stored(rowKey(id, `through-${row.through}`), {
          ...fromRatios(tokenBase(entry), row),
          ...definedOnly(row),
        });
        const periodBase =
          regionalScope && row.regional
            ? stored(rowKey(id, `through-${row.through}-regional`), {
                ...fromRatios(rowBase, row.regional),
                ...definedOnly(row.regional),
              })
            : rowBase;
        // An override sets the price for every month: earlier rows then no longer apply.
        if (over.input !== undefined || over.output !== undefined) continue;
        const period = withRatios(periodBase, {}, claude);
        if (period !== null)
          earlier.push({ through: row.through, value: period.value, status: row.status, note: row.note });
      }
      const derived = derivedNote === null ? priced.derived : [derivedNote, ...priced.derived];
      return usesRegionRow
        ? { ok: true, key, value: priced.value, derived, notes, earlier, region: regionRow!.region }
        : { ok: true, key, value: priced.value, derived, notes, earlier };
    },

    instance(instanceType, use, region = book.region) {
      const key = priceKeyOf('instance', instanceType);
      const id = canonicalId('instance', instanceType);
      const entry = instances.get(id);
      const overFields = tableFields(overrides, 'instance', id);
      const over = field(overFields, use);
      const notes: PriceNote[] = [];
      const earlier = (entry?.dated ?? []).flatMap((row) => {
        const v = row[use];
        return v === undefined || over !== undefined
          ? []
          : [{ through: row.through, value: v, status: row.status, note: row.note }];
      });
      if (over !== undefined) return { ok: true, key, value: over, derived: [], notes, earlier: [] };
      const bundled = entry?.[use];
      // An override of the EC2 price carries to a SageMaker price the book derives from EC2.
      const ec2Over = field(overFields, 'ec2');
      if (
        entry &&
        use !== 'ec2' &&
        ec2Over !== undefined &&
        bundled?.status === 'derived' &&
        bundled.price !== null &&
        entry.ec2.price
      ) {
        return {
          ok: true,
          key,
          value: (ec2Over * bundled.price) / entry.ec2.price,
          derived: [`${use}: your EC2 price x the book's ratio`],
          notes,
          earlier: [],
        };
      }
      const regionRow = findRegionRow(entry?.regions, region);
      const regional = regionRow?.[use];
      if (entry && regional !== undefined) {
        const snapRegional = field(tableFields(snapshot, 'instance', rowKey(id, regionRow!.region)), use);
        return {
          ok: true,
          key,
          value: snapRegional ?? regional,
          derived: [],
          notes,
          earlier,
          region: regionRow!.region,
        };
      }
      if (entry && region !== book.region)
        notes.push({
          code: 'PRICE_REGION_FALLBACK',
          key: `${key} (${USE_LABELS[use]})`,
          region,
          usedRegion: book.region,
        });
      // A snapshot value of a derived book price is labelled derived too: the book it came from derived it.
      const derived = bundled?.status === 'derived' ? [`${use}: ${bundled.note.replace(/^derived:\s*/, '')}`] : [];
      if (bundled?.status === 'derived')
        notes.push({
          code: 'PRICE_DATED',
          key: `${key} (${USE_LABELS[use]})`,
          status: 'derived',
          note: bundled.note.replace(/^derived:\s*/, ''),
        });
      const snap = field(tableFields(snapshot, 'instance', id), use);
      if (snap !== undefined) return { ok: true, key, value: snap, derived, notes, earlier };
      if (!entry) return { ok: false, key, message: unknown('instance', id) };
      if (bundled === undefined || bundled.price === null)
        return { ok: false, key, message: `no ${USE_LABELS[use]} price for ${id} ${fix}` };
      return { ok: true, key, value: bundled.price, derived, notes, earlier };
    },

    serviceItem(itemId) {
      const key = priceKeyOf('service', itemId);
      const id = canonicalId('service', itemId);
      const entry = items.get(id);
      const price =
        field(tableFields(overrides, 'service', id), 'price') ??
        field(tableFields(snapshot, 'service', id), 'price') ??
        entry?.price ??
        null;
      if (price === null)
        return { ok: false, key, message: entry ? `no price for service item ${id} ${fix}` : unknown('service', id) };
      // An item known only from an override has no catalog unit or category.
      const value = { price, unit: entry?.unit ?? 'USD per unit', category: entry?.category ?? 'other' };
      return { ok: true, key, value, derived: [], notes: [], earlier: [] };
    },
  };
  return memoized(resolver);
}

const EMPTY_TOKENS: TokenPrices = {
  input: null,
  output: null,
  batchInput: null,
  batchOutput: null,
  cacheRead: null,
  cacheWrite: null,
};

/** The fields a partial row sets (undefined ones dropped, so they do not hide the base's). */
function definedOnly(row: Partial<TokenPrices>): Partial<TokenPrices> {
  const out: Partial<TokenPrices> = {};
  for (const f of Object.keys(EMPTY_TOKENS) as (keyof TokenPrices)[]) if (row[f] !== undefined) out[f] = row[f];
  return out;
}

/** A row that lists only some prices gets the others at the base's ratios (batch to on-demand, cache to input). */
function fromRatios(base: TokenPrices, row: Partial<TokenPrices>): TokenPrices {
  const input = row.input ?? base.input;
  const output = row.output ?? base.output;
  const ratio = (f: keyof TokenPrices, of: 'input' | 'output', value: number | null): number | null =>
    base[f] !== null && base[of] ? (value === null ? null : (value * base[f]!) / base[of]!) : null;
  return {
    input,
    output,
    batchInput: ratio('batchInput', 'input', input),
    batchOutput: ratio('batchOutput', 'output', output),
    cacheRead: ratio('cacheRead', 'input', input),
    cacheWrite: ratio('cacheWrite', 'input', input),
  };
}

function scaled(fields: Record<string, number>, ratios: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [f, v] of Object.entries(fields)) out[f] = v * (ratios[f] ?? 1);
  return out;
}

interface BookIndex {
  models: Map<string, ModelEntry>;
  instances: Map<string, InstanceEntry>;
  items: Map<string, ServiceItemEntry>;
}

// A frozen book (the bundled one) cannot change, so its lookup maps are built once, not per resolver.
const frozenBookIndexes = new WeakMap<PriceBook, BookIndex>();

function bookIndex(book: PriceBook): BookIndex {
  const cached = frozenBookIndexes.get(book);
  if (cached !== undefined) return cached;
  const index: BookIndex = {
    models: new Map(book.models.map((m) => [m.id, m])),
    instances: new Map(book.instances.map((i) => [i.id, i])),
    items: new Map(book.serviceItems.map((s) => [s.id, s])),
  };
  if (
    Object.isFrozen(book) &&
    Object.isFrozen(book.models) &&
    Object.isFrozen(book.instances) &&
    Object.isFrozen(book.serviceItems)
  )
    frozenBookIndexes.set(book, index);
  return index;
}

/**
 * The same resolver, remembering each answer: a workbook asks for the same few prices once per
 * line, and building an answer (keys, derived notes) costs more than the arithmetic it feeds.
 * Answers are shared between callers, so they must be treated as read-only.
 */
function memoized(resolver: PriceResolver): PriceResolver {
  const answers = new Map<string, PriceLookup<never>>();
  const remember = <T>(key: string, make: () => PriceLookup<T>): PriceLookup<T> => {
    let answer = answers.get(key) as PriceLookup<T> | undefined;
    if (answer === undefined) answers.set(key, (answer = make()) as PriceLookup<never>);
    return answer;
  };
  return {
    book: resolver.book,
    bedrock: (modelId, scope, region = resolver.book.region) =>
      remember(`b\u0000${modelId}\u0000${scope === 'regional' ? 'regional' : 'global'}\u0000${region}`, () =>
        resolver.bedrock(modelId, scope, region),
      ),
    instance: (instanceType, use, region = resolver.book.region) =>
      remember(`i\u0000${instanceType}\u0000${use}\u0000${region}`, () => resolver.instance(instanceType, use, region)),
    serviceItem: (itemId) => remember(`s\u0000${itemId}`, () => resolver.serviceItem(itemId)),
  };
}
