// "What if" scenarios made in one step: scenarios based on the current one with one line's model
// swapped (Opus, Sonnet or Haiku?) or with a training run moved to the GPU people fall back to
// when the first choice is unavailable. Each holds only that change, so it follows every later
// edit of its base. Pure workbook edits: the input is never modified and untouched scenarios stay
// the same objects (so an undo stack can keep both).
import {
  LIMITS,
  applyChanges,
  type BedrockLine,
  type Line,
  type Scenario,
  type ScenarioChange,
  type Workbook,
} from '../../model';
import { bundledPriceBook, hoursFactor, priceKeyOf, type PriceBook } from '../../prices';

/**
 * Opus, Sonnet and Haiku: the comparison a Claude line is usually put through. The newest of each
 * in the price book (test/shared/engine/compare/variants.test.ts fails when the book gains a newer
 * one), priced at today's rates: an older generation here would put the comparison 3-5x off.
 */
export const CLAUDE_COMPARISON_MODELS: readonly string[] = Object.freeze([
  'claude-opus-5',
  'claude-sonnet-5',
  'claude-haiku-4-5',
]);

/**
 * Models of one provider that are the same product in different sizes, largest first. Only
 * families where the swap is an obvious question; embeddings and one-off models have none.
 */
const MODEL_FAMILIES: readonly (readonly string[])[] = [
  ['nova-premier', 'nova-pro', 'nova-lite', 'nova-micro'],
  ['titan-text-express', 'titan-text-lite'],
  ['llama3-70b', 'llama3-8b'],
  ['llama3-1-405b', 'llama3-1-70b', 'llama3-1-8b'],
  ['llama3-2-90b', 'llama3-2-11b', 'llama3-2-3b', 'llama3-2-1b'],
  ['llama4-maverick', 'llama4-scout'],
  ['mistral-large-2407', 'mistral-small-2402', 'mistral-7b'],
  ['cohere-command-r-plus', 'cohere-command-r'],
  ['jamba-1-5-large', 'jamba-1-5-mini'],
];

/**
 * Usual fallbacks of a GPU instance type (ids without "ml."), first choice first. When
 * ml.p5.48xlarge (H100) capacity is short, teams move to p4d.24xlarge (A100) or g5.48xlarge (A10G);
 * the H200 types fall back to H100 then A100; p4de (A100 80GB) to p4d (A100 40GB).
 */
export const GPU_FALLBACKS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  'p5en.48xlarge': Object.freeze(['p5.48xlarge', 'p4d.24xlarge']),
  'p5e.48xlarge': Object.freeze(['p5.48xlarge', 'p4d.24xlarge']),
  'p5.48xlarge': Object.freeze(['p4d.24xlarge', 'g5.48xlarge']),
  'p4de.24xlarge': Object.freeze(['p4d.24xlarge', 'g5.48xlarge']),
  'p4d.24xlarge': Object.freeze(['g5.48xlarge']),
});

const ML_PREFIX = 'ml.';
const canonicalInstance = (id: string) => (id.startsWith(ML_PREFIX) ? id.slice(ML_PREFIX.length) : id);

function isClaude(model: string, book: PriceBook): boolean {
  const entry = book.models.find((m) => m.id === model);
  return entry !== undefined ? entry.provider === 'Anthropic' : model.startsWith('claude-');
}

/** Models to compare a Bedrock line against: Opus/Sonnet/Haiku for Claude, else its family, else none. */
export function suggestedModels(line: BedrockLine): string[] {
  const book = bundledPriceBook();
  if (isClaude(line.model, book)) return [...CLAUDE_COMPARISON_MODELS];
  const family = MODEL_FAMILIES.find((f) => f.includes(line.model));
  return family === undefined ? [] : family.filter((id) => book.models.some((m) => m.id === id));
}

function modelName(model: string): string {
  return bundledPriceBook().models.find((m) => m.id === model)?.name ?? model;
}

/** An id like `base`, shortened to fit and made unique with -2, -3, ... */
function uniqueId(base: string, taken: Set<string>): string {
  const room = LIMITS.idLength - 4;
  const stem = base.replace(/[^A-Za-z0-9_.-]/g, '-').slice(0, room);
  let id = stem;
  for (let n = 2; taken.has(id); n++) id = `${stem}-${n}`;
  taken.add(id);
  return id;
}

/** "<source> · <suffix>", the source name shortened if the whole would pass the name limit. */
function scenarioName(source: string, suffix: string): string {
  const room = LIMITS.nameLength - [...suffix].length - 4;
  const head = [...source].length <= room ? source : `${[...source].slice(0, room).join('')}…`;
  return `${head} · ${suffix}`;
}

function findSource(
  wb: Workbook,
  scenarioId: string,
  lineId: string,
): { index: number; scenario: Scenario; line: Line } {
  const index = wb.scenarios.findIndex((s) => s.id === scenarioId);
  if (index < 0) throw new Error(`No scenario "${scenarioId}" in this workbook.`);
  const scenario = wb.scenarios[index];
  const line = scenario.lines.find((l) => l.id === lineId);
  if (line === undefined) throw new Error(`Scenario "${scenario.name || scenario.id}" has no line "${lineId}".`);
  return { index, scenario, line };
}

/**
 * A new scenario based on the source, holding only `changes`: it follows every later edit of the
 * source (growth, pools, other lines), so the comparison never mixes a what-if with stale inputs.
 */
function basedOn(source: Scenario, id: string, name: string, changes: ScenarioChange[]): Scenario {
  const resolved = applyChanges(source, { id, name, basedOn: source.id, changes });
  const problem = resolved.link?.problems[0];
  if (problem !== undefined)
    throw new Error(
      `The new scenario "${name}" could not be made: its change does not apply to "${source.name || source.id}" (${problem.code}).`,
    );
  return resolved;
}

function insertAfter(wb: Workbook, index: number, added: readonly Scenario[]): Workbook {
  if (wb.scenarios.length + added.length > LIMITS.scenarios)
    throw new Error(
      `A workbook holds at most ${LIMITS.scenarios} scenarios; this would make ${wb.scenarios.length + added.length}.`,
    );
  const scenarios = [...wb.scenarios];
  scenarios.splice(index + 1, 0, ...added);
  return { ...wb, scenarios };
}

function hasModelPrice(wb: Workbook, model: string): boolean {
  const key = priceKeyOf('bedrock', model);
  return (
    bundledPriceBook().models.some((m) => m.id === model) ||
    Object.hasOwn(wb.priceOverrides, key) ||
    (wb.priceBook !== null && Object.hasOwn(wb.priceBook.entries, key))
  );
}

function hasInstancePrice(wb: Workbook, instance: string): boolean {
  const key = priceKeyOf('instance', instance);
  return (
    bundledPriceBook().instances.some((i) => i.id === instance) ||
    Object.hasOwn(wb.priceOverrides, key) ||
    (wb.priceBook !== null && Object.hasOwn(wb.priceBook.entries, key))
  );
}

/**
 * One new scenario per model, based on the source with only that line's model changed, named
 * "<scenario> · <model name>" and inserted after the source in the order given. The line's own
 * model is left out (a copy of the source would compare it with itself), and reported in `skipped`.
 */
export function modelVariants(
  wb: Workbook,
  scenarioId: string,
  lineId: string,
  models: readonly string[],
): { workbook: Workbook; scenarioIds: string[]; skipped: string[] } {
  const { index, scenario, line } = findSource(wb, scenarioId, lineId);
  if (line.kind !== 'bedrock')
    throw new Error(`Line "${line.name || line.id}" is not a Bedrock line; only a Bedrock line has a model to swap.`);
  const unique = [...new Set(models)];
  for (const model of unique)
    if (!hasModelPrice(wb, model))
      throw new Error(`Unknown model "${model}": it is not in the price book and the workbook has no price for it.`);
  const skipped = unique.filter((m) => m === line.model);
  const wanted = unique.filter((m) => m !== line.model);
  if (wanted.length === 0)
    throw new Error(
      unique.length === 0
        ? 'Choose at least one model to compare.'
        : `Line "${line.name || line.id}" already uses ${modelName(line.model)}; choose another model.`,
    );
  const taken = new Set(wb.scenarios.map((s) => s.id));
  // A line named after its model ("Claude Sonnet 5 inference") is renamed with it, so the Opus
  // variant does not show an Opus line called Sonnet; any other name is left as the user wrote it.
  const current = modelName(line.model);
  const renamed = (model: string) =>
    line.name.includes(current)
      ? [{ op: 'set-line' as const, id: line.id, field: 'name', value: line.name.replace(current, modelName(model)) }]
      : [];
  const added = wanted.map((model) =>
    basedOn(
      scenario,
      uniqueId(`${scenario.id}-${model}`, taken),
      scenarioName(scenario.name || scenario.id, modelName(model)),
      [{ op: 'set-line', id: line.id, field: 'model', value: model }, ...renamed(model)],
    ),
  );
  return { workbook: insertAfter(wb, index, added), scenarioIds: added.map((s) => s.id), skipped };
}

/** What a GPU fallback did with the line's hours. */
export interface FallbackHours {
  /** Hours on the new type per hour on the old (old throughput / new), or null when they were kept. */
  factor: number | null;
  /** Why the hours were kept: asked to, an endpoint (always on), or no sourced throughput. */
  keptBecause: 'asked' | 'endpoint' | 'no-throughput' | null;
}

/**
 * A scenario based on the source with a training run or endpoint moved to another instance type:
 * the one given, else the line's own fallbackInstanceType, else the usual fallback (GPU_FALLBACKS).
 * A training run's hours per run are scaled by the relative training throughput the price book
 * lists (a slower GPU runs longer), unless `keepHours`; an endpoint is always on, so its hours stay.
 * Named "<scenario> · fallback <type>" and inserted after the source.
 */
export function gpuFallbackVariant(
  wb: Workbook,
  scenarioId: string,
  lineId: string,
  instanceType?: string,
  options: { keepHours?: boolean } = {},
): { workbook: Workbook; scenarioId: string; hours: FallbackHours } {
  const { index, scenario, line } = findSource(wb, scenarioId, lineId);
  if (line.kind !== 'training' && line.kind !== 'endpoint')
    throw new Error(
      `Line "${line.name || line.id}" runs on no instance; only training and endpoint lines have a GPU to swap.`,
    );
  const current = canonicalInstance(line.instanceType);
  const own = line.kind === 'training' ? line.fallbackInstanceType : null;
  const chosen = instanceType ?? own ?? GPU_FALLBACKS[current]?.[0];
  if (chosen === undefined)
    throw new Error(
      `No usual fallback is known for ${line.instanceType}; set the line's fallback instance type, or choose the instance to compare against.`,
    );
  const target = canonicalInstance(chosen);
  if (!hasInstancePrice(wb, target))
    throw new Error(
      `Unknown instance type "${chosen}": it is not in the price book and the workbook has no price for it.`,
    );
  if (target === current) throw new Error(`Line "${line.name || line.id}" already runs on ${target}.`);
  // Keep the line's own way of writing the type ("ml." or not).
  const written = line.instanceType.startsWith(ML_PREFIX) ? `${ML_PREFIX}${target}` : target;
  const changes: ScenarioChange[] = [{ op: 'set-line', id: line.id, field: 'instanceType', value: written }];
  const factor = line.kind === 'training' && options.keepHours !== true ? hoursFactor(current, target) : null;
  if (factor !== null && factor !== 1) changes.push({ op: 'scale-line', id: line.id, field: 'hoursPerRun', factor });
  const keptBecause: FallbackHours['keptBecause'] =
    factor !== null
      ? null
      : options.keepHours === true
        ? 'asked'
        : line.kind === 'endpoint'
          ? 'endpoint'
          : 'no-throughput';
  const taken = new Set(wb.scenarios.map((s) => s.id));
  const id = uniqueId(`${scenario.id}-fallback-${target}`, taken);
  const suffix =
    keptBecause === 'asked' || keptBecause === 'no-throughput'
      ? `fallback ${target}, hours kept`
      : `fallback ${target}`;
  const variant = basedOn(scenario, id, scenarioName(scenario.name || scenario.id, suffix), changes);
  return { workbook: insertAfter(wb, index, [variant]), scenarioId: id, hours: { factor, keptBecause } };
}
