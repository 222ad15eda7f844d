// How fast each GPU instance trains, relative to p4d.24xlarge, as the price book lists it with
// its source (assets/price-book.json, "trainingThroughput"). Used to estimate a GPU fallback's
// hours: the same training job on an instance half as fast runs twice as long.
import { bundledPriceBook, type PriceBook } from './price-book';

export interface ThroughputEntry {
  id: string;
  gpu: string;
  gpuCount: number;
  denseBf16TflopsPerGpu: number | null;
  /** GPUs x dense TFLOPS per GPU, over p4d.24xlarge's; null when no figure is sourced. */
  relative: number | null;
  status: 'sourced' | 'unsourced';
  source: string;
}

export interface TrainingThroughput {
  basis: string;
  measure: string;
  entries: ThroughputEntry[];
}

const canonical = (id: string) => (id.startsWith('ml.') ? id.slice(3) : id);

/** The book's throughput entry of an instance type ("ml." accepted), if it lists one. */
export function throughputOf(instanceType: string, book: PriceBook = bundledPriceBook()): ThroughputEntry | undefined {
  return book.trainingThroughput?.entries.find((e) => e.id === canonical(instanceType));
}

/**
 * How many hours on `to` one hour on `from` becomes (from's throughput over to's), or null when
 * either has no sourced figure. Rounded to 6 significant digits, as written into a file.
 */
export function hoursFactor(from: string, to: string, book: PriceBook = bundledPriceBook()): number | null {
  const a = throughputOf(from, book)?.relative ?? null;
  const b = throughputOf(to, book)?.relative ?? null;
  if (a === null || b === null || b <= 0) return null;
  return Number((a / b).toPrecision(6));
}
