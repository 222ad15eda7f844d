// Reading the book's regional rows and deriving prices at the book's ratios (rev 2).
import type { ModelEntry, TokenPrices } from './price-book';
import type { BedrockPrices } from './price-resolver';

/** AWS bills batch inference at half the on-demand price; applied where the book lists no batch price. */
export const BATCH_SHARE_OF_ON_DEMAND = 0.5;
/** Claude's 5-minute cache write costs 1.25 x input where the book lists no price (rev 2). */
const CLAUDE_CACHE_WRITE_OF_INPUT = 1.25;

/** The row for a region: its exact region, else its geography ("eu" for every eu-* region), else null. */
export function findRegionRow<R extends { region: string }>(rows: readonly R[] | undefined, region: string): R | null {
  if (rows === undefined) return null;
  const exact = rows.find((r) => r.region === region);
  if (exact !== undefined) return exact;
  return rows.find((r) => !r.region.includes('-') && region.startsWith(`${r.region}-`)) ?? null;
}

/** The snapshot/override key suffix of a row: "claude-sonnet-5@through-2026-08", "nova-pro@eu". */
export function rowKey(id: string, suffix: string): string {
  return `${id}@${suffix}`;
}

export function tokenBase(entry: ModelEntry): TokenPrices {
  return {
    input: entry.input,
    output: entry.output,
    batchInput: entry.batchInput,
    batchOutput: entry.batchOutput,
    cacheRead: entry.cacheRead,
    cacheWrite: entry.cacheWrite ?? null,
  };
}

/** The regional endpoint's premium per field (regional / global), where the book lists both. */
export function regionalRatios(entry: ModelEntry): Record<string, number> {
  const ratios: Record<string, number> = {};
  if (entry.regional === null) return ratios;
  for (const f of ['input', 'output', 'batchInput', 'batchOutput', 'cacheRead', 'cacheWrite'] as const) {
    const r = entry.regional[f];
    const g = entry[f];
    if (r !== null && r !== undefined && g) ratios[f] = r / g;
  }
  return ratios;
}

/**
 * Effective prices from the stored ones and the user's overrides. An overridden input (output)
 * carries to the batch, cache-read and cache-write prices not overridden themselves, at the
 * stored prices' ratios (batch 50% where none is listed); a field the user sets wins. Null when
 * the input or output price is unknown.
 */
export function withRatios(
  base: TokenPrices,
  over: Record<string, number>,
  claude: boolean,
): { value: BedrockPrices; derived: string[] } | null {
  const input = over.input ?? base.input;
  const output = over.output ?? base.output;
  if (input === null || output === null) return null;
  const derived: string[] = [];
  const carried = (
    f: keyof TokenPrices,
    of: 'input' | 'output',
    value: number,
    fallbackShare: number | null,
  ): number | null => {
    if (over[f] !== undefined) return over[f];
    const listed = base[f];
    const baseOf = base[of];
    if (over[of] === undefined) {
      if (listed !== null) return listed;
    } else if (listed !== null && baseOf) {
      derived.push(`${f}: your ${of} price x the book's ratio (${listed} / ${baseOf})`);
      return (value * listed) / baseOf;
    }
    if (fallbackShare === null) return null;
    derived.push(`${f}: ${fallbackShare * 100}% of the ${of} price (none listed)`);
    return value * fallbackShare;
  };
  return {
    value: {
      input,
      output,
      batchInput: carried('batchInput', 'input', input, BATCH_SHARE_OF_ON_DEMAND)!,
      batchOutput: carried('batchOutput', 'output', output, BATCH_SHARE_OF_ON_DEMAND)!,
      cacheRead: carried('cacheRead', 'input', input, null),
      cacheWrite: carried('cacheWrite', 'input', input, claude ? CLAUDE_CACHE_WRITE_OF_INPUT : null),
    },
    derived,
  };
}
