// The bundled, dated price book: its shape, and the asset typed as that shape.
import bookJson from '../../assets/price-book.json';
import type { TrainingThroughput } from './training-throughput';

/** sourced: taken from the sources; conflicting: sources disagree, the book keeps one value;
 *  derived: computed from another price by a rule; unsourced: no price found (stored as null). */
export type PriceStatus = 'sourced' | 'derived' | 'conflicting' | 'unsourced';

/** One hourly price of an instance type, with how it was obtained. */
export interface Price {
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
