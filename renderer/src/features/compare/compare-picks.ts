// What the Compare view compares: an ordered list of (source, scenario) picks, the first being the
// baseline. Sources are the open workbook and other files opened read-only. Pure functions, so the
// ordering rules are unit-tested.
import type { ScenarioResult } from '../../../../shared/engine';
import type { Company, Scenario, Workbook } from '../../../../shared/model';

/** The open document's source key; other files get "file:1", "file:2"... */
export const OPEN_SOURCE = 'open';

export interface PickRef {
  source: string;
  scenarioId: string;
}

export interface CompareSource {
  key: string;
  /** File name as the user knows it ("plan.creditstack"); unique among the sources. */
  name: string;
  workbook: Workbook;
  /** Results by scenario id; null while computing. */
  results: ReadonlyMap<string, ScenarioResult> | null;
  error: string | null;
}

export interface ResolvedPick {
  key: string;
  pick: PickRef;
  /** "plan.creditstack#sonnet", the name the CLI's compare uses too. */
  ref: string;
  /** Column heading: the scenario's name, with its file where two columns would read the same. */
  label: string;
  fileName: string;
  scenario: Scenario;
  company: Company;
  priceOverrides: Workbook['priceOverrides'];
  /** Undefined while it computes. */
  result: ScenarioResult | undefined;
}

export function pickKey(p: PickRef): string {
  return `${p.source}#${p.scenarioId}`;
}

function isPicked(picks: readonly PickRef[], p: PickRef): boolean {
  const key = pickKey(p);
  return picks.some((x) => pickKey(x) === key);
}

/** Adds at the end, or removes when already there. */
export function togglePick(picks: readonly PickRef[], p: PickRef): PickRef[] {
  const key = pickKey(p);
  return isPicked(picks, p) ? picks.filter((x) => pickKey(x) !== key) : [...picks, p];
}

/** Moves a pick to the front: it becomes the baseline; the others keep their order. */
export function makeBaseline(picks: readonly PickRef[], key: string): PickRef[] {
  const found = picks.find((x) => pickKey(x) === key);
  return found === undefined ? [...picks] : [found, ...picks.filter((x) => x !== found)];
}

/** Moves a pick one place left (-1) or right (+1); at either end nothing moves. */
export function movePick(picks: readonly PickRef[], key: string, delta: -1 | 1): PickRef[] {
  const i = picks.findIndex((x) => pickKey(x) === key);
  const j = i + delta;
  if (i < 0 || j < 0 || j >= picks.length) return [...picks];
  const next = [...picks];
  [next[i], next[j]] = [next[j], next[i]];
  return next;
}

/** A display name not yet taken: "plan.creditstack", then "plan.creditstack (2)"... */
export function uniqueName(name: string, taken: readonly string[]): string {
  if (!taken.includes(name)) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name} (${n})`;
    if (!taken.includes(candidate)) return candidate;
  }
}

/**
 * The picks that still exist (an undo may remove a variant scenario, a removed file takes its
 * scenarios along), each with what the view needs. Scenario names that two columns share get
 * their file name added, so no two columns read the same.
 */
export function resolvePicks(picks: readonly PickRef[], sources: readonly CompareSource[]): ResolvedPick[] {
  const resolved: Omit<ResolvedPick, 'label'>[] = [];
  for (const pick of picks) {
    const source = sources.find((s) => s.key === pick.source);
    const scenario = source?.workbook.scenarios.find((s) => s.id === pick.scenarioId);
    if (source === undefined || scenario === undefined) continue;
    resolved.push({
      key: pickKey(pick),
      pick,
      ref: `${source.name}#${scenario.id}`,
      fileName: source.name,
      scenario,
      company: source.workbook.company,
      priceOverrides: source.workbook.priceOverrides,
      result: source.results?.get(scenario.id),
    });
  }
  const nameOf = (r: Omit<ResolvedPick, 'label'>) => r.scenario.name || r.scenario.id;
  const counts = new Map<string, number>();
  for (const r of resolved) counts.set(nameOf(r), (counts.get(nameOf(r)) ?? 0) + 1);
  return resolved.map((r) => ({
    ...r,
    label: (counts.get(nameOf(r)) ?? 0) > 1 ? `${nameOf(r)} (${r.fileName})` : nameOf(r),
  }));
}

/** The diff's "from" and "to": the chosen keys when they are still compared, else baseline and the next. */
export function diffPair(
  resolved: readonly ResolvedPick[],
  from: string | null,
  to: string | null,
): { from: ResolvedPick; to: ResolvedPick } | null {
  if (resolved.length < 2) return null;
  const find = (key: string | null) => (key === null ? undefined : resolved.find((r) => r.key === key));
  const a = find(from) ?? resolved[0];
  const b = find(to) ?? resolved.find((r) => r !== a) ?? resolved[1];
  return { from: a, to: b };
}
