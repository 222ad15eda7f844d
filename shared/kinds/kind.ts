// What a line kind is, in one place: the fields a line of that kind has in the file, which of
// them are quantities, what a new line starts with, which prices it reads and how it costs a
// month. The engine, the schema, price snapshots and the edits all work from this, so adding a
// kind is one module here plus its entry in registry.ts.
import type { FieldKit, KindFields } from '../model/schema';
import type { BillingService, PriceKeyKind } from '../model/vocabulary';
import { type InstanceUse, type PriceNote, type PricePeriod, type PriceResolver } from '../prices/price-resolver';

/** The bounds a quantity's every month value must keep. */
export interface Bounds {
  readonly min: number;
  readonly max: number;
}
export const NON_NEGATIVE: Bounds = { min: 0, max: Number.MAX_VALUE };
export const SHARE: Bounds = { min: 0, max: 1 };

/** A compiled quantity: a constant, or a function of the month. */
export interface QuantityValue {
  readonly constant: number;
  readonly at: ((m: number) => number) | null;
}

/**
 * A price the line needs and the book does not give: the lookup failed (detail: the price book's
 * explanation), or a model has no cache-read price and cached tokens are priced as input.
 */
export type PriceProblem = { reason: 'lookup'; detail: string } | { reason: 'no-cache-read'; model: string };

/** What a kind's module is given to set up a line's cost (the engine implements it). */
export interface CostSetup {
  readonly prices: PriceResolver;
  readonly daysPerMonth: number;
  readonly hoursPerMonth: number;
  /**
   * Adds a quantity field, in the order the cost function reads its values (a, b, c, d); returns
   * it, or null when it cannot be computed (the engine has recorded why; the line then costs 0).
   */
  quantity(field: string, value: number | string, bounds: Bounds): QuantityValue | null;
  /** Records that a price the line needs is missing (or only partly known). */
  priceMissing(field: string, problem: PriceProblem): void;
  /** Records that the line's fields do not say how to cost it. */
  incomplete(field: string): void;
  /** Records a warning about a price the line uses (PRICE_REGION_FALLBACK, PRICE_DATED), from its first month `month`. */
  priceNote(field: string, note: PriceNote, month: number): void;
  /** The month offset of a calendar month ("YYYY-MM") from the scenario's start. */
  monthOffset(calendarMonth: string): number;
}

/**
 * A line's cost in one month from its quantity values a, b, c, d, e (in the order they were
 * added; unused ones 0) and the prices k0..k6 fixed when the line was set up.
 */
export type CostFunction = (f: CostFormula, a: number, b: number, c: number, d: number, e: number) => number;

/** Data rather than a closure per line: the month loop calls one function per kind. */
export interface CostFormula {
  readonly cost: CostFunction;
  readonly k0: number;
  readonly k1: number;
  readonly k2: number;
  readonly k3: number;
  readonly k4: number;
  readonly k5: number;
  readonly k6: number;
  /**
   * Dated prices (rev 2): this formula prices the months up to and including `until` (a month
   * offset); `then` prices the months after it. A single price: until Infinity, then null.
   */
  readonly until: number;
  readonly then: CostFormula | null;
}

export function costFormula(cost: CostFunction, k0 = 0, k1 = 0, k2 = 0, k3 = 0, k4 = 0, k5 = 0, k6 = 0): CostFormula {
  return { cost, k0, k1, k2, k3, k4, k5, k6, until: Number.POSITIVE_INFINITY, then: null };
}

/**
 * The formula for a price lookup with earlier periods (a launch promotion, a pre-cut list price):
 * each earlier period's formula up to its last month, then the current one. Reports the price
 * notes (region fallback) and a PRICE_DATED warning for each earlier period a month of the line uses.
 */
export function datedFormula<T>(
  setup: CostSetup,
  field: string,
  lookup: { value: T; key: string; notes: readonly PriceNote[]; earlier: readonly PricePeriod<T>[] },
  firstMonth: number,
  make: (value: T) => CostFormula,
): CostFormula {
  for (const note of lookup.notes) setup.priceNote(field, note, Math.max(0, firstMonth));
  let formula = make(lookup.value);
  for (let i = lookup.earlier.length - 1; i >= 0; i--) {
    const period = lookup.earlier[i];
    const until = setup.monthOffset(period.through);
    if (until < firstMonth) continue;
    setup.priceNote(
      field,
      {
        code: 'PRICE_DATED',
        key: lookup.key,
        status: period.status,
        note: `${period.note}; in force through ${period.through}`,
      },
      Math.max(0, firstMonth),
    );
    formula = { ...make(period.value), until, then: formula };
  }
  return formula;
}

/** A price entry a line reads: kept in the workbook's price snapshot. */
interface PriceUse {
  kind: PriceKeyKind;
  id: string;
  fields: readonly string[];
}

/**
 * The prices a line's cost reads as it stands, with every line field their rows depend on: the
 * app's Prices panel lists one set of rows per distinct value, shared by the lines asking the same.
 * (pricesUsed is wider: it keeps what a saved file needs, fallbacks and all fields included.)
 */
export type PriceAsk =
  | {
      kind: 'bedrock';
      model: string;
      scope: Parameters<PriceResolver['bedrock']>[1];
      region: string;
      /** The line has a batch share / a cached-input share: those prices are read too. */
      batch: boolean;
      cached: boolean;
    }
  | { kind: 'instance'; instanceType: string; use: InstanceUse; region: string }
  | { kind: 'service'; item: string };

/**
 * What the app and the CLI call a kind's own fields (the region, which every kind has, is labelled
 * with the fields all lines share in shared/model/field-labels.ts). The type asks for every field.
 */
export type FieldLabels<F extends (kit: FieldKit) => object> = Readonly<
  Record<Exclude<keyof ReturnType<F>, 'region'>, string>
>;

export interface LineKindModule<L extends { kind: string }, K extends string = L['kind']> {
  readonly kind: K;
  /** What the app and the CLI call the kind ("Bedrock"), and what its lines are, in a line ("Bedrock model: tokens a day"). */
  readonly label: string;
  readonly description: string;
  /** Its own fields, in file order (between the workstream and the timing fields). */
  readonly fields: KindFields;
  /** Their labels, by field name (see FieldLabels). */
  readonly fieldLabels: Readonly<Record<string, string>>;
  /** The quantity fields (number or expression), in display order. */
  readonly quantityFields: readonly string[];
  /** What a new line of this kind starts with (the schema's defaults fill the rest). */
  readonly newLine: Readonly<Record<string, unknown>>;
  /** The AWS service the line bills under, which decides which pools may pay for it. */
  readonly service: (line: L) => BillingService;
  /** The price entries the line reads. */
  readonly pricesUsed: (line: L) => PriceUse[];
  /** The prices its cost reads now (null: none, e.g. a service line with a monthly cost). */
  readonly priceAsk: (line: L) => PriceAsk | null;
  /** Whether credits apply when the file does not say; absent: they do. */
  readonly creditEligibleByDefault?: (line: L) => boolean;
  /** Adds the line's quantities and reads its prices; returns its formula, or null when it cannot be priced. */
  readonly setUpCost: (line: L, setup: CostSetup) => CostFormula | null;
}
