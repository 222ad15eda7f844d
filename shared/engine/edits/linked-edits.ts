// Edits of scenarios based on another: making one, recording what the user changed in one,
// reverting a cell to its base, and detaching (turning a based-on scenario into a complete one).
// Like every edit these are pure: a new workbook sharing untouched objects with the old one.
import { deriveChanges, relinkWorkbook, type Scenario, type ScenarioChange, type Workbook } from '../../model';
import { freshId } from './new-ids';
import { renameScenario } from './workbook-edits';

const MAX_SCENARIOS = 50;

/** The scenario with its link removed: a complete scenario holding what it computed as. */
function detached(s: Scenario): Scenario {
  if (s.link === undefined) return s;
  const { link: _link, ...complete } = s;
  return complete;
}

/** Scenarios whose base is `id`. */
export function dependantsOf(wb: Workbook, id: string): Scenario[] {
  return wb.scenarios.filter((s) => s.link?.basedOn === id);
}

/** A new scenario based on `baseId`, with no changes yet: it computes exactly as its base until edited. */
export function newBasedOnScenario(
  wb: Workbook,
  baseId: string,
  name?: string,
): { workbook: Workbook; scenarioId: string } {
  const index = wb.scenarios.findIndex((s) => s.id === baseId);
  if (index < 0) throw new Error(`no scenario "${baseId}" in this workbook`);
  if (wb.scenarios.length >= MAX_SCENARIOS) throw new Error(`a workbook holds at most ${MAX_SCENARIOS} scenarios`);
  const base = wb.scenarios[index];
  const scenarioId = freshId(
    `${baseId.replace(/-\d+$/, '')}-variant`,
    wb.scenarios.map((s) => s.id),
  );
  const stub: Scenario = {
    ...detached(base),
    id: scenarioId,
    name: name ?? `${base.name || base.id} (variant)`,
    link: { basedOn: baseId, changes: [], problems: [] },
  };
  const scenarios = [...wb.scenarios];
  scenarios.splice(index + 1, 0, stub);
  return { workbook: relinkWorkbook({ ...wb, scenarios }), scenarioId };
}

/**
 * After any edit: a based-on scenario whose rows were edited directly (its object changed but its
 * changes did not) gets its changes written again from the difference to its base; then every
 * based-on scenario is resolved from its base's current state, so base edits flow in.
 */
export function recordVariantEdits(before: Workbook, after: Workbook): Workbook {
  if (before === after) return after;
  const previous = new Map(before.scenarios.map((s) => [s.id, s]));
  let scenarios: Scenario[] | null = null;
  after.scenarios.forEach((s, i) => {
    const was = previous.get(s.id);
    if (s.link === undefined || was === undefined || was === s || was.link?.changes !== s.link.changes) return;
    const base = after.scenarios.find((b) => b.id === s.link?.basedOn);
    if (base === undefined) return;
    const changes = deriveChanges(base, s, s.link.changes);
    (scenarios ??= [...after.scenarios])[i] = { ...s, link: { ...s.link, changes } };
  });
  return relinkWorkbook(scenarios === null ? after : { ...after, scenarios });
}

/** Which cell or row a revert is for; without a field, every change of that row. */
export type ChangeTarget =
  | { kind: 'line' | 'pool'; id: string; field?: string }
  | { kind: 'assumption'; id: string; field?: string }
  | { kind: 'scenario'; field: string };

function changeTouches(change: ScenarioChange, target: ChangeTarget): boolean {
  const field = target.field;
  const fieldMatches = (f: string) => field === undefined || field === f;
  switch (target.kind) {
    case 'scenario':
      return change.op === 'set-scenario' && change.field === field;
    case 'line':
      return (
        ((((change.op === 'set-line' || change.op === 'scale-line') && fieldMatches(change.field)) ||
          change.op === 'remove-line') &&
          change.id === target.id) ||
        (field === undefined && change.op === 'add-line' && change.line.id === target.id)
      );
    case 'pool':
      return (
        (((change.op === 'set-pool' && fieldMatches(change.field)) || change.op === 'remove-pool') &&
          change.id === target.id) ||
        (field === undefined && change.op === 'add-pool' && change.pool.id === target.id)
      );
    case 'assumption':
      return (
        (((change.op === 'set-assumption' && fieldMatches(change.field)) || change.op === 'remove-assumption') &&
          change.name === target.id) ||
        (field === undefined && change.op === 'add-assumption' && change.assumption.name === target.id)
      );
  }
}

/** The scenario's cell (or row) back to its base's value: its changes there are dropped. */
export function revertToBase(wb: Workbook, scenarioId: string, target: ChangeTarget): Workbook {
  const s = wb.scenarios.find((x) => x.id === scenarioId);
  if (s?.link === undefined) throw new Error('only a scenario based on another can be reverted to its base');
  const changes = s.link.changes.filter((c) => !changeTouches(c, target));
  if (changes.length === s.link.changes.length) return wb;
  const scenarios = wb.scenarios.map((x) => (x === s ? { ...s, link: { ...s.link!, changes } } : x));
  return relinkWorkbook({ ...wb, scenarios });
}

/** Turns based-on scenarios into complete ones holding what they computed as; their base's later edits no longer reach them. */
export function detachScenarios(wb: Workbook, ids: readonly string[]): Workbook {
  if (!wb.scenarios.some((s) => ids.includes(s.id) && s.link !== undefined)) return wb;
  return relinkWorkbook({ ...wb, scenarios: wb.scenarios.map((s) => (ids.includes(s.id) ? detached(s) : s)) });
}

/** Deletes a scenario; the scenarios based on it are detached first, so none is left without a base. */
export function deleteScenarioDetaching(wb: Workbook, scenarioId: string): Workbook {
  if (wb.scenarios.length <= 1) throw new Error('a workbook keeps at least one scenario');
  const kept = detachScenarios(
    wb,
    dependantsOf(wb, scenarioId).map((s) => s.id),
  );
  return relinkWorkbook({ ...kept, scenarios: kept.scenarios.filter((s) => s.id !== scenarioId) });
}

/** What a based-on scenario changed, by row: the fields set, or the whole row added. For marking cells. */
export interface ChangedCells {
  settings: ReadonlySet<string>;
  lines: ReadonlyMap<string, ReadonlySet<string> | 'added'>;
  pools: ReadonlyMap<string, ReadonlySet<string> | 'added'>;
  assumptions: ReadonlyMap<string, ReadonlySet<string> | 'added'>;
  /** Rows of the base this scenario leaves out. */
  removed: { lines: string[]; pools: string[]; assumptions: string[] };
}

export function changedCells(s: Pick<Scenario, 'link'>): ChangedCells | null {
  if (s.link === undefined) return null;
  const settings = new Set<string>();
  const rows = {
    lines: new Map<string, Set<string> | 'added'>(),
    pools: new Map<string, Set<string> | 'added'>(),
    assumptions: new Map<string, Set<string> | 'added'>(),
  };
  const removed = { lines: [] as string[], pools: [] as string[], assumptions: [] as string[] };
  const mark = (map: Map<string, Set<string> | 'added'>, id: string, field: string) => {
    const at = map.get(id);
    if (at === 'added') return;
    if (at === undefined) map.set(id, new Set([field]));
    else at.add(field);
  };
  s.link.changes.forEach((c, i) => {
    // A change that could not be applied marks nothing: the cell shows the base's value.
    if (s.link!.problems.some((p) => p.change === i)) return;
    switch (c.op) {
      case 'set-scenario':
        return void settings.add(c.field);
      case 'set-line':
      case 'scale-line':
        return mark(rows.lines, c.id, c.field);
      case 'set-pool':
        return mark(rows.pools, c.id, c.field);
      case 'set-assumption':
        return mark(rows.assumptions, c.name, c.field);
      case 'add-line':
        return void rows.lines.set(c.line.id, 'added');
      case 'add-pool':
        return void rows.pools.set(c.pool.id, 'added');
      case 'add-assumption':
        return void rows.assumptions.set(c.assumption.name, 'added');
      case 'remove-line':
        return void removed.lines.push(c.id);
      case 'remove-pool':
        return void removed.pools.push(c.id);
      case 'remove-assumption':
        return void removed.assumptions.push(c.name);
    }
  });
  return { settings, ...rows, removed };
}

/**
 * Renames a scenario; scenarios based on it whose names start with its old name ("Sonnet 4 ·
 * Opus", as Compare models names them) take the new one. Links are by id, so none breaks.
 */
export function renameScenarioAndVariants(wb: Workbook, scenarioId: string, name: string): Workbook {
  const old = wb.scenarios.find((s) => s.id === scenarioId)?.name;
  const renamed = renameScenario(wb, scenarioId, name);
  if (renamed === wb || old === undefined || old === '') return renamed;
  const next = renamed.scenarios.find((s) => s.id === scenarioId)!.name;
  const prefix = `${old} · `;
  return {
    ...renamed,
    scenarios: renamed.scenarios.map((s) =>
      s.link?.basedOn === scenarioId && s.name.startsWith(prefix)
        ? { ...s, name: `${next} · ${s.name.slice(prefix.length)}` }
        : s,
    ),
  };
}
