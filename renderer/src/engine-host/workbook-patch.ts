// What an edit changed, as a small message for the engine worker instead of the whole workbook.
// Store edits share every untouched object with the workbook before them, so the difference is
// found by identity: a scenario, a field or a line that is the same object did not change. A
// scenario's lines travel as runs ("keep lines 0-4,999 of the old list") and the new line
// objects, so a one-cell edit in a 50,000-line workbook sends one line, not 50,000.
import type { Line, Scenario, Workbook } from '../../../shared/model';

/** A list rebuilt from the old one: runs kept from it (start, count) and new items, in order. */
export type ListOps<T> = ({ keep: [start: number, count: number] } | { put: T[] })[];

interface ScenarioPatch {
  id: string;
  /** Fields other than the lines that are new objects (or values) since the last patch. */
  fields: Partial<Omit<Scenario, 'lines'>>;
  lines?: ListOps<Line>;
}

export interface WorkbookPatch {
  /** Top-level fields other than the scenarios that changed; undefined means removed. */
  fields: Partial<Omit<Workbook, 'scenarios'>>;
  /** The scenario ids in order (the scenarios of the new workbook). */
  order: string[];
  scenarios: ScenarioPatch[];
}

/** Fields whose change affects every scenario's figures (the title affects none). */
const NOT_AN_INPUT = new Set(['title']);

function changedFields<T extends object>(prev: T | undefined, next: T, skip: string): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  const before = (prev ?? {}) as Record<string, unknown>;
  const after = next as Record<string, unknown>;
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (key !== skip && before[key] !== after[key]) fields[key] = after[key];
  }
  return fields;
}

/** The runs that turn `prev` into `next`, matching items by identity. */
export function listOps<T extends object>(prev: readonly T[], next: readonly T[]): ListOps<T> {
  const ops: ListOps<T> = [];
  let index: Map<T, number> | null = null;
  const put = (item: T) => {
    const last = ops.at(-1);
    if (last !== undefined && 'put' in last) last.put.push(item);
    else ops.push({ put: [item] });
  };
  const keep = (at: number) => {
    const last = ops.at(-1);
    if (last !== undefined && 'keep' in last && last.keep[0] + last.keep[1] === at) last.keep[1] += 1;
    else ops.push({ keep: [at, 1] });
  };
  let p = 0;
  for (let i = 0; i < next.length; i++) {
    const item = next[i];
    if (p < prev.length && item === prev[p]) {
      keep(p++);
      continue;
    }
    // The common shapes (one item removed, inserted or replaced) need no index of the old list.
    if (p + 1 < prev.length && item === prev[p + 1]) {
      keep(p + 1);
      p += 2;
      continue;
    }
    if (next[i + 1] === prev[p] || next[i + 1] === prev[p + 1]) {
      put(item);
      if (next[i + 1] !== prev[p]) p += 1;
      continue;
    }
    index ??= new Map(prev.map((x, k) => [x, k]));
    const at = index.get(item);
    if (at === undefined) put(item);
    else {
      keep(at);
      p = at + 1;
    }
  }
  return ops;
}

export function applyListOps<T>(prev: readonly T[], ops: ListOps<T>): T[] {
  const out: T[] = [];
  for (const op of ops) {
    if ('put' in op) for (const item of op.put) out.push(item);
    else for (let k = op.keep[0], end = op.keep[0] + op.keep[1]; k < end; k++) out.push(prev[k]);
  }
  return out;
}

/** The patch that turns `prev` into `next` (null prev: `next` is all new). */
export function diffWorkbook(prev: Workbook | null, next: Workbook): WorkbookPatch {
  const old = new Map((prev?.scenarios ?? []).map((s) => [s.id, s]));
  const scenarios: ScenarioPatch[] = [];
  for (const scenario of next.scenarios) {
    const before = old.get(scenario.id);
    if (before === scenario) continue;
    const patch: ScenarioPatch = { id: scenario.id, fields: changedFields(before, scenario, 'lines') };
    if (before?.lines !== scenario.lines) patch.lines = listOps(before?.lines ?? [], scenario.lines);
    scenarios.push(patch);
  }
  return {
    fields: prev === null ? changedFields(undefined, next, 'scenarios') : changedFields(prev, next, 'scenarios'),
    order: next.scenarios.map((s) => s.id),
    scenarios,
  };
}

function withFields<T extends object>(base: T, fields: Record<string, unknown>): T {
  const out = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) delete out[key];
    else out[key] = value;
  }
  return out as T;
}

/** Applies a patch; untouched scenarios and lines stay the same objects (the engine's caches hold). */
export function applyWorkbookPatch(prev: Workbook | null, patch: WorkbookPatch): Workbook {
  const old = new Map((prev?.scenarios ?? []).map((s) => [s.id, s]));
  const patched = new Map(patch.scenarios.map((s) => [s.id, s]));
  const scenarios = patch.order.map((id): Scenario => {
    const before = old.get(id);
    const p = patched.get(id);
    if (p === undefined) {
      if (before === undefined) throw new Error(`patch names scenario "${id}" without its contents`);
      return before;
    }
    const base = withFields((before ?? {}) as Scenario, p.fields);
    return {
      ...base,
      lines: p.lines === undefined ? (before?.lines ?? []) : applyListOps(before?.lines ?? [], p.lines),
    };
  });
  return { ...withFields((prev ?? {}) as Workbook, patch.fields), scenarios };
}

/** The scenarios whose figures a patch can change: all of them when a workbook-wide input changed. */
export function scenariosToCompute(patch: WorkbookPatch): string[] {
  const everything = Object.keys(patch.fields).some((key) => !NOT_AN_INPUT.has(key));
  return everything ? patch.order : patch.scenarios.map((s) => s.id);
}
