// The bundled, dated price book: its shape, and the asset typed as that shape.
import bookJson from '../../assets/price-book.json';
import type { TrainingThroughput } from './training-throughput';

/** sourced: taken from the sources; conflicting: sources disagree, the book keeps one value;
 *  derived: computed from another price by a rule; unsourced: no price found (stored as null). */
export type PriceStatus = 'sourced' | 'derived' | 'conflicting' | 'unsourced';

/** One hourly price of an instance type, with how it was obtained. */
interface Price {
  price: number | null;
  status: PriceStatus;
  note: string;
}

/** Bedrock prices in USD per 1M tokens. A null batch price means "none listed": the lookup then uses 50% of on-demand. */
export interface TokenPrices {
  input: number | null;
  output: number | null;
  batchInput: number | null;
  batchOutput: number | null;
  cacheRead: number | null;
  /** Cache-write (5-minute) price; null: none listed (Claude then pays 1.25 x input, rev 2). */
  cacheWrite: number | null;
}

/**
 * How a regional or dated row was obtained (rev 2): listed by a source, derived by a rule from
 * another price, a limited-time promotion, a legacy price no longer charged, or not found.
 */
export type RowStatus = 'listed' | 'derived' | 'promotion' | 'legacy' | 'unsourced';

/** A Bedrock model's prices in one region ("eu" is every eu-* region; an exact region wins). */
interface ModelRegionRow extends Partial<TokenPrices> {
  region: string;
  input: number;
  output: number;
  status: RowStatus;
  asOf: string;
  source: string;
  note: string;
}

/** Prices in force up to and including the calendar month `through` ("YYYY-MM"); the entry's own prices after it. */
interface ModelDatedRow extends Partial<TokenPrices> {
  through: string;
  input: number;
  output: number;
  /** The regional endpoint's prices in that period. */
  regional?: Partial<TokenPrices>;
  status: RowStatus;
  asOf: string;
  source: string;
  note: string;
}

interface InstanceRegionRow {
  region: string;
  ec2?: number;
  sagemakerTraining?: number;
  sagemakerInference?: number;
  status: RowStatus;
  asOf: string;
  source: string;
  note: string;
}

interface InstanceDatedRow extends Omit<InstanceRegionRow, 'region'> {
  through: string;
}

export interface ModelEntry extends TokenPrices {
  id: string;
  name: string;
  provider: string;
  /** Prices of regional endpoints and geo inference profiles, where they differ from the global ones. */
  regional: TokenPrices | null;
  asOf: string;
  source: string;
  status: Exclude<PriceStatus, 'derived'>;
  note: string;
  regions?: ModelRegionRow[];
  dated?: ModelDatedRow[];
}

export interface InstanceEntry {
  /** Without the "ml." prefix SageMaker puts in front of instance types. */
  id: string;
  name: string;
  gpuCount: number;
  gpuType: string | null;
  ec2: Price;
  sagemakerTraining: Price;
  sagemakerInference: Price;
  asOf: string;
  source: string;
  regions?: InstanceRegionRow[];
  dated?: InstanceDatedRow[];
}

export interface ServiceItemEntry {
  id: string;
  name: string;
  unit: string;
  category: string;
  price: number | null;
  status: Exclude<PriceStatus, 'derived'>;
  asOf: string;
  source: string;
  note: string;
}

export interface PriceBook {
  edition: string;
  asOf: string;
  currency: 'USD';
  region: string;
  models: ModelEntry[];
  instances: InstanceEntry[];
  serviceItems: ServiceItemEntry[];
  /** Relative training speed of GPU instances, with sources (training-throughput.ts). */
  trainingThroughput?: TrainingThroughput;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

// Frozen because every caller shares the one parsed asset. The asset's shape is checked by the tests.
const BUNDLED = deepFreeze(bookJson as unknown as PriceBook);

/** The price book shipped with the app. */
export function bundledPriceBook(): PriceBook {
  return BUNDLED;
}
