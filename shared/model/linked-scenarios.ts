// Based-on scenarios: a scenario that holds only its changes against another is resolved here
// into a complete scenario (the base with the changes applied, in the order written). Everything
// the changes leave alone is the base's own object, so the engine, which reuses work per
// unchanged object, recomputes only the changed lines; and an edit of the base flows into every
// scenario based on it the next time the workbook is resolved. A change that cannot be applied
// (its target is gone, its value is not valid there) or a base that cannot be found (missing, or
// a cycle of scenarios based on each other) is recorded as a problem of that scenario, never thrown.
import {
  assumptionSchema,
  lineSchema,
  poolSchema,
  scenarioSchema,
  type Assumption,
  type Line,
  type LinkedScenarioStored,
  type LinkProblem,
  type Pool,
  type Scenario,
  type ScenarioChange,
  type StoredWorkbook,
  type Workbook,
} from './schema';

/** What a based-on scenario is made of: the stored form, whether read from a file or kept in memory. */
export type LinkStub = Pick<LinkedScenarioStored, 'id' | 'name' | 'basedOn'> & { changes: readonly ScenarioChange[] };

type StoredScenario = StoredWorkbook['scenarios'][number];
type Settings = Pick<Scenario, 'startMonth' | 'horizonMonths' | 'daysPerMonth' | 'hoursPerMonth' | 'allocation'>;

function isLinkStub(s: StoredScenario): s is LinkedScenarioStored {
  return Object.hasOwn(s, 'basedOn');
}

/** The stored form of a resolved based-on scenario (null for a complete one). */
export function linkStubOf(s: Scenario): LinkStub | null {
  return s.link === undefined ? null : { id: s.id, name: s.name, basedOn: s.link.basedOn, changes: s.link.changes };
}

function describeZodFailure(error: { issues: readonly { message: string; path: readonly PropertyKey[] }[] }): string {
  const first = error.issues[0];
  if (first === undefined) return 'is not valid';
  const where = first.path.length > 0 ? `${first.path.map(String).join('.')} ` : '';
  return `${where}${first.message}`;
}

/**
 * Rows of one kind (lines, pools or assumptions) being changed: the base's list, copied only
 * when a change touches it, with rows added after an anchor row placed at the end.
 */
class RowEdits<T> {
  private rows: (T | null)[] | null = null;
  private index: Map<string, number> | null = null;
  // `after` null: first; undefined: last.
  private readonly added: { after: string | null | undefined; row: T }[] = [];

  constructor(
    private readonly base: readonly T[],
    private readonly key: (row: T) => string,
  ) {}

  private positions(): Map<string, number> {
    if (this.index === null) this.index = new Map(this.base.map((row, i) => [this.key(row), i]));
    return this.index;
  }

  private editable(): (T | null)[] {
    if (this.rows === null) this.rows = this.base.slice();
    return this.rows;
  }

  get(id: string): T | undefined {
    const at = this.positions().get(id);
    if (at !== undefined) return (this.rows ?? this.base)[at] ?? undefined;
    return this.added.find((a) => this.key(a.row) === id)?.row;
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  replace(id: string, row: T): void {
    const at = this.positions().get(id);
    if (at !== undefined) {
      this.editable()[at] = row;
      return;
    }
    const entry = this.added.find((a) => this.key(a.row) === id);
    if (entry !== undefined) entry.row = row;
  }

  remove(id: string): void {
    const at = this.positions().get(id);
    if (at !== undefined) {
      this.editable()[at] = null;
      this.positions().delete(id);
      return;
    }
    const i = this.added.findIndex((a) => this.key(a.row) === id);
    if (i >= 0) this.added.splice(i, 1);
  }

  add(row: T, after: string | null | undefined): void {
    this.added.push({ after, row });
  }

  /** The resulting list: the base's own array when nothing changed. */
  result(): readonly T[] {
    if (this.rows === null && this.added.length === 0) return this.base;
    const out: T[] = [];
    const placed = new Set<number>();
    const placeAfter = (anchor: string | null | undefined) => {
      this.added.forEach((a, i) => {
        if (a.after !== anchor || placed.has(i)) return;
        placed.add(i);
        out.push(a.row);
        placeAfter(this.key(a.row));
      });
    };
    placeAfter(null);
    for (const row of this.rows ?? this.base) {
      if (row === null) continue;
      out.push(row);
      placeAfter(this.key(row));
    }
    // Rows added at the end, or whose anchor is gone, go last in the order they were added.
    placeAfter(undefined);
    this.added.forEach((a, i) => {
      if (!placed.has(i)) out.push(a.row);
    });
    return out;
  }
}

/**
 * A quantity times a factor: a number stays a number (to 12 significant digits, so the file does
 * not show binary noise), an expression is wrapped ("(10 * m) * 3.1712"), nothing stays nothing.
 */
export function scaledQuantity(value: unknown, factor: number): unknown {
  if (typeof value === 'number') return Number((value * factor).toPrecision(12));
  if (typeof value === 'string') return `(${value}) * ${factor}`;
  return value;
}

const lineKey = (l: Line) => l.id;
const poolKey = (p: Pool) => p.id;
const assumptionKey = (a: Assumption) => a.name;

/**
 * The base with the changes applied. Pure: the base is never modified, and rows the changes do
 * not touch are the base's own objects.
 */
export function applyChanges(base: Scenario, stub: LinkStub): Scenario {
  const problems: LinkProblem[] = [];
  const settings = settingsOf(base);
  const lines = new RowEdits(base.lines, lineKey);
  const pools = new RowEdits(base.pools, poolKey);
  const assumptions = new RowEdits(base.assumptions, assumptionKey);
  type Target = 'line' | 'pool' | 'assumption';
  const at = (target: Target | 'scenario', id: string) =>
    target === 'line' ? { lineId: id } : target === 'pool' ? { poolId: id } : {};
  const missing = (i: number, target: Target, id: string) =>
    problems.push({ code: 'LINK_TARGET_MISSING', change: i, target, id, via: null, ref: null, ...at(target, id) });
  const invalid = (i: number, target: Target | 'scenario', id: string, detail: string) =>
    problems.push({
      code: 'LINK_CHANGE_INVALID',
      change: i,
      target,
      id,
      reason: 'invalid-value',
      detail,
      ...at(target, id),
    });
  const taken = (i: number, target: Target, id: string) =>
    problems.push({
      code: 'LINK_CHANGE_INVALID',
      change: i,
      target,
      id,
      reason: 'already-in-base',
      detail: null,
      ...at(target, id),
    });

  stub.changes.forEach((change: ScenarioChange, i) => {
    switch (change.op) {
      case 'set-scenario': {
        const checked = scenarioSchema.shape[change.field].safeParse(change.value);
        if (checked.success) (settings as Record<string, unknown>)[change.field] = checked.data;
        else invalid(i, 'scenario', change.field, describeZodFailure(checked.error));
        return;
      }
      case 'set-line': {
        const line = lines.get(change.id);
        if (line === undefined) return missing(i, 'line', change.id);
        const checked = lineSchema.safeParse({ ...line, [change.field]: change.value });
        if (checked.success) lines.replace(change.id, checked.data);
        else invalid(i, 'line', change.id, describeZodFailure(checked.error));
        return;
      }
      case 'scale-line': {
        const line = lines.get(change.id);
        if (line === undefined) return missing(i, 'line', change.id);
        const checked = lineSchema.safeParse({
          ...line,
          [change.field]: scaledQuantity((line as Record<string, unknown>)[change.field], change.factor),
        });
        if (checked.success) lines.replace(change.id, checked.data);
        else invalid(i, 'line', change.id, describeZodFailure(checked.error));
        return;
      }
      case 'set-pool': {
        const pool = pools.get(change.id);
        if (pool === undefined) return missing(i, 'pool', change.id);
        const checked = poolSchema.safeParse({ ...pool, [change.field]: change.value });
        if (checked.success) pools.replace(change.id, checked.data);
        else invalid(i, 'pool', change.id, describeZodFailure(checked.error));
        return;
      }
      case 'set-assumption': {
        const assumption = assumptions.get(change.name);
        if (assumption === undefined) return missing(i, 'assumption', change.name);
        const checked = assumptionSchema.safeParse({ ...assumption, [change.field]: change.value });
        if (checked.success) assumptions.replace(change.name, checked.data);
        else invalid(i, 'assumption', change.name, describeZodFailure(checked.error));
        return;
      }
      case 'add-line':
        if (lines.has(change.line.id)) return taken(i, 'line', change.line.id);
        return lines.add(change.line, change.after);
      case 'add-pool':
        if (pools.has(change.pool.id)) return taken(i, 'pool', change.pool.id);
        return pools.add(change.pool, undefined);
      case 'add-assumption':
        if (assumptions.has(change.assumption.name)) return taken(i, 'assumption', change.assumption.name);
        return assumptions.add(change.assumption, undefined);
      case 'remove-line':
        if (!lines.has(change.id)) return missing(i, 'line', change.id);
        return lines.remove(change.id);
      case 'remove-pool':
        if (!pools.has(change.id)) return missing(i, 'pool', change.id);
        return pools.remove(change.id);
      case 'remove-assumption':
        if (!assumptions.has(change.name)) return missing(i, 'assumption', change.name);
        return assumptions.remove(change.name);
    }
  });

  const poolList = pools.result();
  const lineList = danglingReferencesCleared(lines.result(), poolList, problems);
  const resolved: Scenario = {
    id: stub.id,
    name: stub.name,
    ...settings,
    assumptions: assumptions.result() as Assumption[],
    pools: poolList as Pool[],
    lines: lineList as Line[],
    link: { basedOn: stub.basedOn, changes: stub.changes, problems },
  };
  resolvedFrom.set(resolved, base);
  return resolved;
}

// The base object each resolved scenario was made from: resolving it again with the same base
// (and the same changes, which it carries) gives the same object, so nothing downstream redoes work.
const resolvedFrom = new WeakMap<Scenario, Scenario>();

/**
 * A line funded by a pool this scenario removed is computed as funded by none, and a supporting
 * line whose line is gone supports none; both are reported, since the rest of the model still holds.
 */
function danglingReferencesCleared(
  lines: readonly Line[],
  pools: readonly Pool[],
  problems: LinkProblem[],
): readonly Line[] {
  const poolIds = new Set(pools.map((p) => p.id));
  const lineIds = new Set(lines.map((l) => l.id));
  let out: Line[] | null = null;
  lines.forEach((line, i) => {
    let fixed = line;
    if (line.fundedBy !== null && !poolIds.has(line.fundedBy)) {
      problems.push({
        code: 'LINK_TARGET_MISSING',
        change: null,
        target: 'pool',
        id: line.fundedBy,
        via: 'fundedBy',
        ref: line.id,
        lineId: line.id,
      });
      fixed = { ...fixed, fundedBy: null };
    }
    if (fixed.kind === 'service' && fixed.supports !== null && !lineIds.has(fixed.supports)) {
      problems.push({
        code: 'LINK_TARGET_MISSING',
        change: null,
        target: 'line',
        id: fixed.supports,
        via: 'supports',
        ref: line.id,
        lineId: line.id,
      });
      fixed = { ...fixed, supports: null };
    }
    if (fixed !== line) (out ??= lines.slice())[i] = fixed;
  });
  return out ?? lines;
}

/** What a scenario with no usable base is computed as: no rows, the workbook's first complete scenario's time axis. */
function unresolvable(stub: LinkStub, settings: Settings, problem: LinkProblem): Scenario {
  return {
    id: stub.id,
    name: stub.name,
    ...settings,
    assumptions: [],
    pools: [],
    lines: [],
    link: { basedOn: stub.basedOn, changes: stub.changes, problems: [problem] },
  };
}

const settingsOf = (s: Settings): Settings => ({
  startMonth: s.startMonth,
  horizonMonths: s.horizonMonths,
  daysPerMonth: s.daysPerMonth,
  hoursPerMonth: s.hoursPerMonth,
  allocation: s.allocation,
});

const FALLBACK_SETTINGS: Settings = {
  startMonth: '2027-01',
  horizonMonths: 24,
  daysPerMonth: 30,
  hoursPerMonth: 730,
  allocation: 'aws-billing',
};

// The last resolution of each based-on scenario and the base object it came from: resolving
// again with the same base and the same changes gives the same object (so nothing downstream redoes work).
const lastResolved = new WeakMap<readonly ScenarioChange[], { base: Scenario; stub: LinkStub; scenario: Scenario }>();

function resolveAll<T extends StoredScenario | Scenario>(
  list: readonly T[],
  stubOf: (s: T) => LinkStub | null,
): Scenario[] {
  const byId = new Map(list.map((s, i) => [s.id, i]));
  const done: (Scenario | undefined)[] = new Array(list.length);
  const firstComplete = list.find((s) => stubOf(s) === null) as Scenario | undefined;
  const fallback = settingsOf(firstComplete ?? FALLBACK_SETTINGS);

  /** Whether following "based on" from scenario i comes back to i. */
  const inCycle = (i: number): boolean => {
    const seen = new Set<number>();
    for (let at: number | undefined = i; at !== undefined && !seen.has(at);) {
      seen.add(at);
      const stub = stubOf(list[at]);
      if (stub === null) return false;
      at = byId.get(stub.basedOn);
      if (at === i) return true;
    }
    return false;
  };

  const resolve = (i: number): Scenario => {
    const cached = done[i];
    if (cached !== undefined) return cached;
    const stub = stubOf(list[i]);
    if (stub === null) return (done[i] = list[i] as Scenario);
    const baseIndex = byId.get(stub.basedOn);
    if (baseIndex === undefined)
      return (done[i] = unresolvable(stub, fallback, {
        code: 'LINK_BASE_MISSING',
        change: null,
        basedOn: stub.basedOn,
        baseUnresolved: false,
      }));
    if (inCycle(i))
      return (done[i] = unresolvable(stub, fallback, { code: 'LINK_CYCLE', change: null, basedOn: stub.basedOn }));
    const base = resolve(baseIndex);
    if (base.link?.problems.some((p) => p.code === 'LINK_BASE_MISSING' || p.code === 'LINK_CYCLE'))
      return (done[i] = unresolvable(stub, fallback, {
        code: 'LINK_BASE_MISSING',
        change: null,
        basedOn: stub.basedOn,
        baseUnresolved: true,
      }));
    const current = list[i] as Scenario;
    if (resolvedFrom.get(current) === base && current.link?.changes === stub.changes) return (done[i] = current);
    const last = lastResolved.get(stub.changes);
    if (
      last !== undefined &&
      last.base === base &&
      last.stub.id === stub.id &&
      last.stub.name === stub.name &&
      last.stub.basedOn === stub.basedOn
    )
      return (done[i] = last.scenario);
    const result = applyChanges(base, stub);
    lastResolved.set(stub.changes, { base, stub, scenario: result });
    return (done[i] = result);
  };

  return list.map((_s, i) => resolve(i));
}

/** A file's workbook with every based-on scenario resolved into a complete one. */
export function resolveLinkedScenarios(stored: StoredWorkbook): Workbook {
  if (!stored.scenarios.some(isLinkStub)) return stored as Workbook;
  return { ...stored, scenarios: resolveAll(stored.scenarios, (s) => (isLinkStub(s) ? s : null)) };
}

/**
 * Resolves every based-on scenario of an in-memory workbook again from its base's current
 * state: call it after each edit. Scenarios whose base and changes are unchanged keep their
 * object, and the workbook itself is returned when nothing moved.
 */
export function relinkWorkbook(workbook: Workbook): Workbook {
  if (!workbook.scenarios.some((s) => s.link !== undefined)) return workbook;
  const scenarios = resolveAll(workbook.scenarios, linkStubOf);
  return scenarios.every((s, i) => s === workbook.scenarios[i]) ? workbook : { ...workbook, scenarios };
}
