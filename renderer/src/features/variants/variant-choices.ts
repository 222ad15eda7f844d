// What the "Compare models" and "GPU fallback" dialogs offer: models from the price book grouped
// by provider (the usual comparison preselected), and instance types with the usual fallbacks
// first. Pure, so the choices and what is preselected are unit-tested.
import { GPU_FALLBACKS, suggestedModels } from '../../../../shared/engine';
import type { BedrockLine, EndpointLine, TrainingLine } from '../../../../shared/model';
import type { PriceBook } from '../../../../shared/prices';

interface ModelChoice {
  id: string;
  name: string;
  /** "$3 / $15 per 1M tokens", or "no price" when the book lacks one. */
  price: string;
  current: boolean;
}

export interface ModelGroup {
  label: string;
  models: ModelChoice[];
}

const usd = (n: number) => `$${Number(n.toFixed(4))}`;

function choice(book: PriceBook, id: string, current: string): ModelChoice {
  const entry = book.models.find((m) => m.id === id);
  const price =
    entry === undefined || entry.input === null || entry.output === null
      ? 'no price'
      : `${usd(entry.input)} / ${usd(entry.output)} per 1M tokens`;
  return { id, name: entry?.name ?? id, price, current: id === current };
}

/** The suggested models first, then every other model of the book by provider. */
export function modelGroups(line: BedrockLine, book: PriceBook): { groups: ModelGroup[]; preselected: string[] } {
  const suggested = suggestedModels(line);
  const groups: ModelGroup[] = [];
  if (suggested.length > 0)
    groups.push({ label: 'Usual comparison', models: suggested.map((id) => choice(book, id, line.model)) });
  const providers = new Map<string, ModelChoice[]>();
  for (const m of book.models) {
    if (suggested.includes(m.id)) continue;
    const list = providers.get(m.provider) ?? [];
    list.push(choice(book, m.id, line.model));
    providers.set(m.provider, list);
  }
  for (const [provider, models] of providers) groups.push({ label: provider, models });
  // The line's own model is never preselected: a copy of the scenario would compare it with itself.
  return { groups, preselected: suggested.filter((id) => id !== line.model) };
}

export interface InstanceChoice {
  id: string;
  label: string;
  /** Why it is offered: the line's own fallback, AWS teams' usual fallback, or any other GPU. */
  reason: 'line' | 'usual' | 'other';
}

const bare = (id: string) => (id.startsWith('ml.') ? id.slice(3) : id);

/** Instance types to move the line to: its own fallback, the usual ones, then other GPU types. */
export function fallbackChoices(
  line: TrainingLine | EndpointLine,
  book: PriceBook,
): { choices: InstanceChoice[]; preselected: string | null } {
  const current = bare(line.instanceType);
  const label = (id: string) => {
    const entry = book.instances.find((i) => i.id === id);
    return entry !== undefined && entry.gpuCount > 0 && entry.gpuType
      ? `${id} · ${entry.gpuCount}× ${entry.gpuType}`
      : id;
  };
  const seen = new Set<string>([current]);
  const choices: InstanceChoice[] = [];
  const add = (id: string, reason: InstanceChoice['reason']) => {
    if (seen.has(id)) return;
    seen.add(id);
    choices.push({ id, label: label(id), reason });
  };
  if (line.kind === 'training' && line.fallbackInstanceType !== null) add(bare(line.fallbackInstanceType), 'line');
  for (const id of GPU_FALLBACKS[current] ?? []) add(id, 'usual');
  for (const i of book.instances) if (i.gpuCount > 0) add(i.id, 'other');
  return { choices, preselected: choices.find((c) => c.reason !== 'other')?.id ?? null };
}
