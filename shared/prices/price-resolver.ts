// Effective prices: a workbook's override, else its saved snapshot, else the bundled book.
// A missing price is an error the user can fix with an override, never a silent zero.
import type { PriceKeyKind, PriceTable } from '../model';
import type { InstanceEntry, ModelEntry, PriceBook, ServiceItemEntry, TokenPrices } from './price-book';
import { canonicalId, field, priceKeyOf, tableFields } from './price-keys';

export type PriceLookup<T> = { ok: true; value: T; key: string; derived: string[] } | { ok: false; key: string; message: string };

export interface BedrockPrices {
  input: number;
  output: number;
  batchInput: number;
  batchOutput: number;
  cacheRead: number | null;
}

export type EndpointScope = 'global' | 'regional';
export type InstanceUse = 'ec2' | 'sagemakerTraining' | 'sagemakerInference';

export interface PriceResolver {
  /** Regional prices when the scope is regional and the model has them; otherwise the global ones. */
  bedrock(modelId: string, scope: EndpointScope): PriceLookup<BedrockPrices>;
  /** Hourly price; accepts the "ml." prefix. */
  instance(instanceType: string, use: InstanceUse): PriceLookup<number>;
  serviceItem(itemId: string): PriceLookup<{ price: number; unit: string; category: string }>;
  readonly book: PriceBook;
}

/** AWS bills batch inference at half the on-demand price; applied where the book lists no batch price. */
export const BATCH_SHARE_OF_ON_DEMAND = 0.5;

export const USE_LABELS: Record<InstanceUse, string> = {
  ec2: 'EC2 on-demand',
  sagemakerTraining: 'SageMaker training',
  sagemakerInference: 'SageMaker inference',
};

const KIND_LABELS: Record<PriceKeyKind, string> = { bedrock: 'Bedrock model', instance: 'instance type', service: 'service item' };

/**
 * Effective price = workbook override field > saved snapshot field > bundled book, field by field.
 *
 * The snapshot records a model's global (base) prices, because a "bedrock/<id>" entry has no room
 * for a scope. So for a model with separate regional prices, a regional lookup uses the book's
 * regional prices (overrides still apply); everything else reads the snapshot first.
 */
export function createPriceResolver(book: PriceBook, overrides: PriceTable, snapshot: PriceTable | null): PriceResolver {
  const { models, instances, items } = bookIndex(book);
  const fix = `in the price book (${book.edition}); add a price override`;
  const unknown = (kind: PriceKeyKind, id: string) => `unknown ${KIND_LABELS[kind]} ${id}: not ${fix}`;

  const resolver: PriceResolver = {
    book,

    bedrock(modelId, scope) {
      const key = priceKeyOf('bedrock', modelId);
      const id = canonicalId('bedrock', modelId);
      const entry = models.get(id);
      const over = tableFields(overrides, 'bedrock', id);
      const regional = scope === 'regional' && entry?.regional ? entry.regional : null;
      const snap = regional ? {} : tableFields(snapshot, 'bedrock', id);
      const base: TokenPrices | undefined = regional ?? entry;
      const pick = (f: keyof TokenPrices): number | null => field(over, f) ?? field(snap, f) ?? base?.[f] ?? null;

      const input = pick('input');
      const output = pick('output');
      if (input === null || output === null) {
        if (!entry) return { ok: false, key, message: unknown('bedrock', id) };
        const missing = [input === null ? 'input' : null, output === null ? 'output' : null].filter((f) => f !== null).join(' and ');
        const where = regional ? ' (regional endpoint)' : '';
        return { ok: false, key, message: `no Bedrock ${missing} price for ${id}${where} ${fix}` };
      }
      const derived: string[] = [];
      const batch = (f: 'batchInput' | 'batchOutput', onDemand: number, name: string): number => {
        const listed = pick(f);
        if (listed !== null) return listed;
        derived.push(`${f}: ${BATCH_SHARE_OF_ON_DEMAND * 100}% of the on-demand ${name} price (no batch price listed)`);
        return onDemand * BATCH_SHARE_OF_ON_DEMAND;
      };
      const value: BedrockPrices = {
        input,
        output,
        batchInput: batch('batchInput', input, 'input'),
        batchOutput: batch('batchOutput', output, 'output'),
        cacheRead: pick('cacheRead'),
      };
      return { ok: true, key, value, derived };
    },

    instance(instanceType, use) {
      const key = priceKeyOf('instance', instanceType);
      const id = canonicalId('instance', instanceType);
      const entry = instances.get(id);
      const over = field(tableFields(overrides, 'instance', id), use);
      if (over !== undefined) return { ok: true, key, value: over, derived: [] };
      const bundled = entry?.[use];
      // A snapshot value of a derived book price is labelled derived too: the book it came from derived it.
      const derived = bundled?.status === 'derived' ? [`${use}: ${bundled.note.replace(/^derived:\s*/, '')}`] : [];
      const snap = field(tableFields(snapshot, 'instance', id), use);
      if (snap !== undefined) return { ok: true, key, value: snap, derived };
      if (!entry) return { ok: false, key, message: unknown('instance', id) };
      if (bundled === undefined || bundled.price === null)
        return { ok: false, key, message: `no ${USE_LABELS[use]} price for ${id} ${fix}` };
      return { ok: true, key, value: bundled.price, derived };
    },

    serviceItem(itemId) {
      const key = priceKeyOf('service', itemId);
      const id = canonicalId('service', itemId);
      const entry = items.get(id);
      const price = field(tableFields(overrides, 'service', id), 'price') ?? field(tableFields(snapshot, 'service', id), 'price') ?? entry?.price ?? null;
      if (price === null) return { ok: false, key, message: entry ? `no price for service item ${id} ${fix}` : unknown('service', id) };
      // An item known only from an override has no catalog unit or category.
      const value = { price, unit: entry?.unit ?? 'USD per unit', category: entry?.category ?? 'other' };
      return { ok: true, key, value, derived: [] };
    },
  };
  return memoized(resolver);
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
  if (Object.isFrozen(book) && Object.isFrozen(book.models) && Object.isFrozen(book.instances) && Object.isFrozen(book.serviceItems))
    frozenBookIndexes.set(book, index);
  return index;
}

/**
 * The same resolver, remembering each answer: a workbook asks for the same few prices once per
 * line, and building an answer (keys, derived notes) costs more than the arithmetic it feeds.
 * Answers are shared between callers, so they must be treated as read-only.
 */
function memoized(resolver: PriceResolver): PriceResolver {
  // Keyed by the caller's strings as given (nested maps: no key strings built per look-up).
  const bedrock = { global: new Map<string, PriceLookup<BedrockPrices>>(), regional: new Map<string, PriceLookup<BedrockPrices>>() };
  const instance = {
    ec2: new Map<string, PriceLookup<number>>(),
    sagemakerTraining: new Map<string, PriceLookup<number>>(),
    sagemakerInference: new Map<string, PriceLookup<number>>(),
  };
  const serviceItem = new Map<string, PriceLookup<{ price: number; unit: string; category: string }>>();
  return {
    book: resolver.book,
    bedrock(modelId, scope) {
      const answers = scope === 'regional' ? bedrock.regional : bedrock.global; // any other scope reads as global
      let answer = answers.get(modelId);
      if (answer === undefined) answers.set(modelId, (answer = resolver.bedrock(modelId, scope)));
      return answer;
    },
    instance(instanceType, use) {
      const answers = Object.hasOwn(instance, use) ? instance[use] : null;
      if (answers === null) return resolver.instance(instanceType, use);
      let answer = answers.get(instanceType);
      if (answer === undefined) answers.set(instanceType, (answer = resolver.instance(instanceType, use)));
      return answer;
    },
    serviceItem(itemId) {
      let answer = serviceItem.get(itemId);
      if (answer === undefined) serviceItem.set(itemId, (answer = resolver.serviceItem(itemId)));
      return answer;
    },
  };
}
