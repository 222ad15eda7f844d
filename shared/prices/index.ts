export { bundledPriceBook } from './price-book';
export type { PriceBook } from './price-book';
export { priceKeyOf } from './price-keys';
export { createPriceResolver } from './price-resolver';
export type { InstanceUse, PriceLookup, PriceNote, PriceResolver } from './price-resolver';
export { priceSnapshot, withPriceSnapshot } from './price-snapshot';
export { describePriceBook } from './describe-price-book';
export { hoursFactor, throughputOf } from './training-throughput';
