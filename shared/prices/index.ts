export { bundledPriceBook } from './price-book';
export type {
  InstanceEntry,
  ModelEntry,
  Price,
  PriceBook,
  PriceStatus,
  ServiceItemEntry,
  TokenPrices,
} from './price-book';
export { priceKeyOf } from './price-keys';
export { BATCH_SHARE_OF_ON_DEMAND, createPriceResolver, USE_LABELS } from './price-resolver';
export type {
  BedrockPrices,
  EndpointScope,
  InstanceUse,
  PriceLookup,
  PriceNote,
  PricePeriod,
  PriceResolver,
} from './price-resolver';
export { priceSnapshot, withPriceSnapshot } from './price-snapshot';
export { describePriceBook } from './describe-price-book';
export type { PriceRow } from './describe-price-book';
export { hoursFactor, throughputOf } from './training-throughput';
export type { ThroughputEntry, TrainingThroughput } from './training-throughput';
