// A Bedrock line: tokens a day through one model, part of the input read from the prompt cache
// and part of the traffic sent as batch inference.
import type { FieldKit, LineOf } from '../model/schema';
import { PRICE_FIELDS } from '../model/vocabulary';
import {
  costFormula,
  datedFormula,
  NON_NEGATIVE,
  SHARE,
  type CostFormula,
  type FieldLabels,
  type LineKindModule,
} from './kind';

const fields = (f: FieldKit) => ({
  model: f.priceId,
  endpointScope: f.choice(['global', 'regional'], 'global'),
  region: f.region,
  inputTokensPerDay: f.quantity(0),
  outputTokensPerDay: f.quantity(0),
  cachedInputShare: f.quantity(0),
  /** Share of input tokens written to the prompt cache (rev 2). */
  cacheWriteShare: f.addedQuantity,
  batchShare: f.quantity(0),
});

export type BedrockLine = LineOf<'bedrock', typeof fields>;

const fieldLabels: FieldLabels<typeof fields> = {
  model: 'Model',
  endpointScope: 'Endpoint scope',
  inputTokensPerDay: 'Input tokens/day',
  outputTokensPerDay: 'Output tokens/day',
  cachedInputShare: 'Cached input share',
  cacheWriteShare: 'Cache write share',
  batchShare: 'Batch share',
};

/**
 * Per day: the on-demand share at on-demand, cache-read and cache-write prices, the batch share
 * at batch prices. a, b: input and output tokens a day; c: cached (read) share; d: batch share;
 * e: cache-written share. k0 input, k1 cache read, k2 batch input, k3 output, k4 batch output,
 * k6 cache write (USD per million tokens), k5 days a month.
 */
function bedrockCost(f: CostFormula, a: number, b: number, c: number, d: number, e: number): number {
  // Read and written shares together cannot exceed the input: NaN flags the month as unusable.
  if (c + e > 1) return Number.NaN;
  const inputRate = (1 - d) * ((1 - c - e) * f.k0 + c * f.k1 + e * f.k6) + d * f.k2;
  const outputRate = (1 - d) * f.k3 + d * f.k4;
  return (f.k5 * (a * inputRate + b * outputRate)) / 1e6;
}

/** A share the line sets (a number other than 0, or a formula): its prices are read. */
const isSet = (share: unknown) => share !== 0 && share !== null;

export const bedrockKind: LineKindModule<BedrockLine> = {
  kind: 'bedrock',
  label: 'Bedrock',
  description: 'Bedrock model: tokens a day',
  fields,
  fieldLabels,
  quantityFields: ['inputTokensPerDay', 'outputTokensPerDay', 'cachedInputShare', 'cacheWriteShare', 'batchShare'],
  newLine: {
    name: 'New Bedrock line',
    // The current Sonnet (one of CLAUDE_COMPARISON_MODELS): a new line starts at today's prices.
    model: 'claude-sonnet-5',
    inputTokensPerDay: 1_000_000,
    outputTokensPerDay: 200_000,
  },
  service: () => 'bedrock',
  pricesUsed: (line) => [{ kind: 'bedrock', id: line.model, fields: PRICE_FIELDS.bedrock }],
  priceAsk: (line) => ({
    kind: 'bedrock',
    model: line.model,
    scope: line.endpointScope,
    region: line.region,
    batch: isSet(line.batchShare),
    cached: isSet(line.cachedInputShare),
  }),
  setUpCost(line, setup) {
    setup.quantity('inputTokensPerDay', line.inputTokensPerDay, NON_NEGATIVE);
    setup.quantity('outputTokensPerDay', line.outputTokensPerDay, NON_NEGATIVE);
    const cachedShare = setup.quantity('cachedInputShare', line.cachedInputShare, SHARE);
    setup.quantity('batchShare', line.batchShare, SHARE);
    setup.quantity('cacheWriteShare', line.cacheWriteShare ?? 0, SHARE);
    const price = setup.prices.bedrock(line.model, line.endpointScope, line.region);
    if (!price.ok) {
      setup.priceMissing('model', { reason: 'lookup', detail: price.message });
      return null;
    }
    const usesCache = cachedShare !== null && (cachedShare.at !== null || cachedShare.constant > 0);
    if (price.value.cacheRead === null && usesCache)
      setup.priceMissing('cachedInputShare', { reason: 'no-cache-read', model: line.model });
    return datedFormula(setup, 'model', price, line.startMonth, (p) =>
      // Without a cache-read price, cached tokens are billed at the full input price; without a
      // cache-write price (a model other than Claude), written tokens too.
      costFormula(
        bedrockCost,
        p.input,
        p.cacheRead ?? p.input,
        p.batchInput,
        p.output,
        p.batchOutput,
        setup.daysPerMonth,
        p.cacheWrite ?? p.input,
      ),
    );
  },
};
