// What changed between two scenarios (of one workbook or of two saved files): lines, pools and
// assumptions matched by id first and then, for what is left, by name (a row copied between files
// often keeps its name but gets a new id). Only real changes are listed. Quantities are compared
// as typed, because the file stores the text verbatim; a change of writing that keeps the value
// (1000000 -> "1e6") is still listed, flagged `sameValue`, so a reader knows it costs nothing.
import { compileExpression, parseExpression } from '../../expr';
import {
  QUANTITY_FIELDS,
  SCENARIO_SETTING_FIELDS,
  type Assumption,
  type Company,
  type Line,
  type Pool,
  type PriceTable,
  type Scenario,
} from '../../model';
import type { ScenarioResult } from '../compute/results';

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
  /** Set (true) when both sides are constant quantities of the same value written differently. */
  sameValue?: true;
}

type DiffStatus = 'added' | 'removed' | 'changed';

export interface RowDiff {
  status: DiffStatus;
  kind: 'line' | 'pool' | 'assumption';
  /** The after side's id (the before side's for a removed row); an assumption's name. */
  id: string;
  name: string;
  /** How the two sides were paired; null for an added or removed row. */
  matchedBy: 'id' | 'name' | null;
  changes: FieldChange[];
  /** line: horizon total cost; pool: credits used; assumption: null */
  before: number | null;
  after: number | null;
  /** after - before (a missing side counts 0); null for assumptions. */
  effect: number | null;
}

export interface ScenarioDiff {
  lines: RowDiff[];
  pools: RowDiff[];
  assumptions: RowDiff[];
  /** Scenario settings, and company/priceOverrides changes when both sides carry them. */
  settings: FieldChange[];
  totalCostEffect: number;
  totalCostBefore: number;
  totalCostAfter: number;
}

export interface DiffSide {
  scenario: Scenario;
  result: ScenarioResult;
  company?: Company;
  priceOverrides?: PriceTable;
}

/** The value of a quantity that names nothing (a number, "1e6", "2 * 1e6"), else undefined. */
function constantValue(q: unknown): number | undefined {
  if (typeof q === 'number') return q;
  if (typeof q !== 'string') return undefined;
  const parsed = parseExpression(q);
  if (!parsed.ok || parsed.value.symbols.length > 0) return undefined;
  const compiled = compileExpression(parsed.value, () => undefined);
  return compiled.ok && !compiled.value.monthDependent ? compiled.value.value : undefined;
}

function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  if (
    a !== null &&
    b !== null &&
    typeof a === 'object' &&
    typeof b === 'object' &&
    !Array.isArray(a) &&
    !Array.isArray(b)
  ) {
    const ka = Object.keys(a);
    const kb = Object.keys(b);
    return (
      ka.length === kb.length &&
      ka.every(
        (k) => Object.hasOwn(b, k) && sameData((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]),
      )
    );
  }
  return false;
}

/** Fields holding a number or expression text (an assumption's is `expr`). */
const QUANTITY_FIELD_NAMES: ReadonlySet<string> = new Set<string>([...Object.values(QUANTITY_FIELDS).flat(), 'expr']);

function change(field: string, before: unknown, after: unknown): FieldChange {
  const c: FieldChange = { field, before, after };
  if (QUANTITY_FIELD_NAMES.has(field)) {
    const value = constantValue(before);
    if (value !== undefined && value === constantValue(after)) c.sameValue = true;
  }
  return c;
}

/** Field-by-field changes of two records, in the after side's key order; `skip` is never listed. */
function fieldChanges(before: object, after: object, skip: readonly string[]): FieldChange[] {
  const b = before as Record<string, unknown>;
  const a = after as Record<string, unknown>;
  const keys = [...Object.keys(a), ...Object.keys(b).filter((k) => !Object.hasOwn(a, k))];
  const out: FieldChange[] = [];
  for (const key of keys) {
    if (skip.includes(key)) continue;
    const x = Object.hasOwn(b, key) ? b[key] : undefined;
    const y = Object.hasOwn(a, key) ? a[key] : undefined;
    if (!sameData(x, y)) out.push(change(key, x, y));
  }
  return out;
}

interface Pairing<T> {
  pairs: { before: T; after: T; matchedBy: 'id' | 'name' }[];
  added: T[];
  removed: T[];
}

const nameKey = (name: string) => name.trim().normalize('NFC');

/** Pairs rows by key first, then the leftovers by (non-empty) name, first with first. */
function pairRows<T>(
  before: readonly T[],
  after: readonly T[],
  key: (row: T) => string,
  name: (row: T) => string,
): Pairing<T> {
  const beforeByKey = new Map<string, T>();
  for (const row of before) if (!beforeByKey.has(key(row))) beforeByKey.set(key(row), row);
  const used = new Set<T>();
  const matched = new Map<T, { before: T; matchedBy: 'id' | 'name' }>();
  for (const row of after) {
    const twin = beforeByKey.get(key(row));
    if (twin !== undefined && !used.has(twin)) {
      used.add(twin);
      matched.set(row, { before: twin, matchedBy: 'id' });
    }
  }
  const leftByName = new Map<string, T[]>();
  for (const row of before) {
    if (used.has(row) || nameKey(name(row)) === '') continue;
    const list = leftByName.get(nameKey(name(row))) ?? [];
    list.push(row);
    leftByName.set(nameKey(name(row)), list);
  }
  for (const row of after) {
    if (matched.has(row)) continue;
    const twin = leftByName.get(nameKey(name(row)))?.shift();
    if (twin !== undefined) {
      used.add(twin);
      matched.set(row, { before: twin, matchedBy: 'name' });
    }
  }
  const pairs: Pairing<T>['pairs'] = [];
  const added: T[] = [];
  for (const row of after) {
    const m = matched.get(row);
    if (m === undefined) added.push(row);
    else pairs.push({ before: m.before, after: row, matchedBy: m.matchedBy });
  }
  return { pairs, added, removed: before.filter((row) => !used.has(row)) };
}

interface RowKind<T> {
  kind: RowDiff['kind'];
  id(row: T): string;
  name(row: T): string;
  /** The figure shown beside each row (line cost, pool credits used), by id. */
  figures(result: ScenarioResult): ReadonlyMap<string, number>;
}

function effectOf(before: number | null, after: number | null): number | null {
  return before === null && after === null ? null : (after ?? 0) - (before ?? 0);
}

function diffRows<T extends object>(
  spec: RowKind<T>,
  before: readonly T[],
  after: readonly T[],
  b: DiffSide,
  a: DiffSide,
): RowDiff[] {
  const { pairs, added, removed } = pairRows(before, after, spec.id, spec.name);
  const figuresBefore = spec.figures(b.result);
  const figuresAfter = spec.figures(a.result);
  const figureBefore = (row: T) => figuresBefore.get(spec.id(row)) ?? null;
  const figureAfter = (row: T) => figuresAfter.get(spec.id(row)) ?? null;
  const rows: RowDiff[] = [];
  const order = new Map<T, number>(after.map((row, i) => [row, i]));
  const changed = pairs.flatMap(({ before: x, after: y, matchedBy }) => {
    // A row paired by name shows its id change; one paired by id shows its name change.
    const changes = fieldChanges(x, y, matchedBy === 'id' ? ['id'] : ['name']);
    if (changes.length === 0) return [];
    const vb = figureBefore(x);
    const va = figureAfter(y);
    return [
      {
        at: order.get(y)!,
        row: {
          status: 'changed',
          kind: spec.kind,
          id: spec.id(y),
          name: spec.name(y),
          matchedBy,
          changes,
          before: vb,
          after: va,
          effect: effectOf(vb, va),
        } satisfies RowDiff,
      },
    ];
  });
  const adds = added.map((y) => {
    const va = figureAfter(y);
    return {
      at: order.get(y)!,
      row: {
        status: 'added',
        kind: spec.kind,
        id: spec.id(y),
        name: spec.name(y),
        matchedBy: null,
        changes: [],
        before: null,
        after: va,
        effect: effectOf(null, va),
      } satisfies RowDiff,
    };
  });
  // Changed and added rows in the after side's order, then what was removed, in its old order.
  for (const { row } of [...changed, ...adds].sort((p, q) => p.at - q.at)) rows.push(row);
  for (const x of removed) {
    const vb = figureBefore(x);
    rows.push({
      status: 'removed',
      kind: spec.kind,
      id: spec.id(x),
      name: spec.name(x),
      matchedBy: null,
      changes: [],
      before: vb,
      after: null,
      effect: effectOf(vb, null),
    });
  }
  return rows;
}

const LINES: RowKind<Line> = {
  kind: 'line',
  id: (l) => l.id,
  name: (l) => l.name,
  figures: (r) => new Map(r.lines.map((x) => [x.id, x.total])),
};

const POOLS: RowKind<Pool> = {
  kind: 'pool',
  id: (p) => p.id,
  name: (p) => p.name,
  figures: (r) => new Map(r.pools.map((x) => [x.id, x.used])),
};

// An assumption's name is its identity (lines refer to it by name), so the name is its id.
const ASSUMPTIONS: RowKind<Assumption> = {
  kind: 'assumption',
  id: (x) => x.name,
  name: (x) => x.name,
  figures: () => new Map(),
};

function settingChanges(b: DiffSide, a: DiffSide): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of SCENARIO_SETTING_FIELDS)
    if (!sameData(b.scenario[field], a.scenario[field])) out.push(change(field, b.scenario[field], a.scenario[field]));
  if (b.company !== undefined && a.company !== undefined)
    for (const c of fieldChanges(b.company, a.company, [])) out.push({ ...c, field: `company.${c.field}` });
  if (b.priceOverrides !== undefined && a.priceOverrides !== undefined) {
    const bo = b.priceOverrides;
    const ao = a.priceOverrides;
    const keys = [...Object.keys(ao), ...Object.keys(bo).filter((k) => !Object.hasOwn(ao, k))];
    for (const key of keys) {
      const before = Object.hasOwn(bo, key) ? bo[key] : {};
      const after = Object.hasOwn(ao, key) ? ao[key] : {};
      for (const c of fieldChanges(before, after, []))
        out.push({ field: `priceOverrides.${key}.${c.field}`, before: c.before, after: c.after });
    }
  }
  return out;
}

/** What changed from `before` to `after`; figures come from each side's own result. */
export function diffScenarios(before: DiffSide, after: DiffSide): ScenarioDiff {
  const totalCostBefore = before.result.kpis.totalCost;
  const totalCostAfter = after.result.kpis.totalCost;
  return {
    lines: diffRows(LINES, before.scenario.lines, after.scenario.lines, before, after),
    pools: diffRows(POOLS, before.scenario.pools, after.scenario.pools, before, after),
    assumptions: diffRows(ASSUMPTIONS, before.scenario.assumptions, after.scenario.assumptions, before, after),
    settings: settingChanges(before, after),
    totalCostEffect: totalCostAfter - totalCostBefore,
    totalCostBefore,
    totalCostAfter,
  };
}
