// The changes that turn a base scenario into an edited copy of it: how an edit of a based-on
// scenario is recorded. The app edits the resolved scenario like any other (a cell, a new row, a
// deleted pool) and this module writes down only what differs from the base, so setting a cell
// back to the base's value drops its change and the scenario follows the base there again.
// Changes the base can no longer take (their row is gone from it) are the user's and are kept.
import { scaledQuantity } from './linked-scenarios';
import { SCENARIO_SETTING_FIELDS } from './vocabulary';
import type { Assumption, Line, Pool, Scenario, ScenarioChange } from './schema';

type Row = Record<string, unknown>;

function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  if (
    a === null ||
    b === null ||
    typeof a !== 'object' ||
    typeof b !== 'object' ||
    Array.isArray(a) ||
    Array.isArray(b)
  )
    return false;
  const ka = Object.keys(a);
  return (
    ka.length === Object.keys(b).length &&
    ka.every((k) => Object.hasOwn(b, k) && sameData((a as Row)[k], (b as Row)[k]))
  );
}

/** A value a set change can carry (the file keeps objects out of set changes, for readable diffs). */
const settable = (v: unknown) =>
  v === null || typeof v !== 'object' || (Array.isArray(v) && v.every((x) => typeof x === 'string'));

/** The fields of `after` that differ from `before`, or null when some cannot be written as a set change. */
function changedFields(before: Row, after: Row, fixed: readonly string[]): string[] | null {
  const fields: string[] = [];
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (fixed.includes(key) || sameData(before[key], after[key])) continue;
    if (!Object.hasOwn(after, key) || !settable(after[key])) return null;
    fields.push(key);
  }
  return fields;
}

interface RowKind<T> {
  key: (row: T) => string;
  /** Fields a set change may not change (changing them is a removal and an addition). */
  fixed: readonly string[];
  set: (key: string, field: string, value: unknown) => ScenarioChange;
  add: (row: T, after: string | null) => ScenarioChange;
  remove: (key: string) => ScenarioChange;
  /** An earlier change that still gives the edited value (kept rather than written as a plain set). */
  keep?: (key: string, field: string, before: T, after: T) => ScenarioChange | undefined;
}

function diffRows<T extends object>(base: readonly T[], edited: readonly T[], kind: RowKind<T>): ScenarioChange[] {
  if (base === edited) return [];
  const removes: ScenarioChange[] = [];
  const sets: ScenarioChange[] = [];
  const adds: ScenarioChange[] = [];
  const baseByKey = new Map(base.map((row) => [kind.key(row), row]));
  const editedKeys = new Set(edited.map(kind.key));
  for (const row of base) if (!editedKeys.has(kind.key(row))) removes.push(kind.remove(kind.key(row)));
  edited.forEach((row, i) => {
    const key = kind.key(row);
    const before = baseByKey.get(key);
    const after = i === 0 ? null : kind.key(edited[i - 1]);
    if (before === undefined) return adds.push(kind.add(row, after));
    if (before === row) return;
    const fields = changedFields(before as Row, row as Row, kind.fixed);
    if (fields === null) {
      // A new kind of line (or a field no set change can hold): the row is replaced whole.
      removes.push(kind.remove(key));
      adds.push(kind.add(row, after));
      return;
    }
    for (const field of fields)
      sets.push(kind.keep?.(key, field, before, row) ?? kind.set(key, field, (row as Row)[field]));
  });
  return [...removes, ...sets, ...adds];
}

/** Line changes, keeping a scaling (a GPU fallback's hours) while it still gives the value shown. */
const lineKind = (previous: readonly ScenarioChange[]): RowKind<Line> => ({
  ...LINES,
  keep: (id, field, before, after) =>
    previous.find(
      (c) =>
        c.op === 'scale-line' &&
        c.id === id &&
        c.field === field &&
        sameData(scaledQuantity((before as Row)[field], c.factor), (after as Row)[field]),
    ),
});

const LINES: RowKind<Line> = {
  key: (l) => l.id,
  fixed: ['id'],
  set: (id, field, value) => ({ op: 'set-line', id, field, value }) as ScenarioChange,
  add: (line, after) => ({ op: 'add-line', after, line }),
  remove: (id) => ({ op: 'remove-line', id }),
};

const POOLS: RowKind<Pool> = {
  key: (p) => p.id,
  fixed: ['id'],
  set: (id, field, value) => ({ op: 'set-pool', id, field, value }) as ScenarioChange,
  add: (pool) => ({ op: 'add-pool', pool }),
  remove: (id) => ({ op: 'remove-pool', id }),
};

const ASSUMPTIONS: RowKind<Assumption> = {
  key: (a) => a.name,
  fixed: ['name'],
  set: (name, field, value) => ({ op: 'set-assumption', name, field, value }) as ScenarioChange,
  add: (assumption) => ({ op: 'add-assumption', assumption }),
  remove: (name) => ({ op: 'remove-assumption', name }),
};

/** Only an assumption's expression and note have set changes; any other difference replaces it. */
function assumptionChanges(base: readonly Assumption[], edited: readonly Assumption[]): ScenarioChange[] {
  const changes = diffRows(base, edited, ASSUMPTIONS);
  const odd = new Set(
    changes.flatMap((c) => (c.op === 'set-assumption' && c.field !== 'expr' && c.field !== 'note' ? [c.name] : [])),
  );
  if (odd.size === 0) return changes;
  const kept = changes.filter((c) => !(c.op === 'set-assumption' && odd.has(c.name)));
  const replaced = edited.filter((a) => odd.has(a.name));
  return [
    ...replaced.map((a) => ASSUMPTIONS.remove(a.name)),
    ...kept,
    ...replaced.map((a) => ASSUMPTIONS.add(a, null)),
  ];
}

/** Whether a change still finds its row in the base (a change that does not is kept as written). */
function findsTarget(base: Scenario, change: ScenarioChange): boolean {
  switch (change.op) {
    case 'set-line':
    case 'scale-line':
    case 'remove-line':
      return base.lines.some((l) => l.id === change.id);
    case 'set-pool':
    case 'remove-pool':
      return base.pools.some((p) => p.id === change.id);
    case 'set-assumption':
    case 'remove-assumption':
      return base.assumptions.some((a) => a.name === change.name);
    default:
      return true;
  }
}

/**
 * The changes that make `edited` out of `base`: settings, then assumptions, pools and lines (each
 * removals, field changes, additions), then the earlier changes whose row the base no longer has.
 */
export function deriveChanges(base: Scenario, edited: Scenario, previous: readonly ScenarioChange[]): ScenarioChange[] {
  const changes: ScenarioChange[] = [];
  for (const field of SCENARIO_SETTING_FIELDS)
    if (edited[field] !== base[field]) changes.push({ op: 'set-scenario', field, value: edited[field] });
  changes.push(...assumptionChanges(base.assumptions, edited.assumptions));
  changes.push(...diffRows(base.pools, edited.pools, POOLS));
  changes.push(...diffRows(base.lines, edited.lines, lineKind(previous)));
  for (const change of previous) if (!findsTarget(base, change)) changes.push(change);
  return changes;
}
