// Pure edits of a workbook: each returns a new workbook that shares every untouched object
// with the old one (the engine recomputes only what changed, and undo keeps whole snapshots
// cheaply). Every result still satisfies the workbook schema.
import {
  companySchema,
  fieldLabel,
  lineSchema,
  poolSchema,
  scenarioSchema,
  PROGRAMS,
  type Assumption,
  type Company,
  type Line,
  type LineKind,
  type Pool,
  type ProgramId,
  type Scenario,
  type Workbook,
} from '../../model';
import { kindModule } from '../../kinds/registry';
import { deleteScenarioDetaching } from './linked-edits';
import { freshId } from './new-ids';
import { poolIdFor, proposedAmount, uniquePoolName } from './new-pools';

export type ScenarioSettings = Pick<
  Scenario,
  'name' | 'startMonth' | 'horizonMonths' | 'daysPerMonth' | 'hoursPerMonth' | 'allocation'
>;

/** The scenario's own fields, for checking against the schema (a based-on scenario's link is not a file field). */
function withoutLink(s: Scenario): Omit<Scenario, 'link'> {
  const { link: _link, ...fields } = s;
  return fields;
}

function mapScenario(wb: Workbook, scenarioId: string, fn: (s: Scenario) => Scenario): Workbook {
  return { ...wb, scenarios: wb.scenarios.map((s) => (s.id === scenarioId ? fn(s) : s)) };
}

/** A new line's fields, as its kind's module says it starts. */
const newLineFields = (kind: LineKind) => ({ ...kindModule(kind).newLine, kind });

/** A new line of a kind with the defaults "Add line" gives it. */
export function newLine(kind: LineKind, id: string): Line {
  return lineSchema.parse({ ...newLineFields(kind), id }) as Line;
}

/** The line as another kind: shared fields (name, workstream, timing, funding, notes) kept, the rest from defaults. */
export function retypeLine(l: Line, kind: LineKind): Line {
  if (l.kind === kind) return l;
  const { id, name, workstream, startMonth, endMonth, fundedBy, notes } = l;
  return lineSchema.parse({
    ...newLineFields(kind),
    id,
    name,
    workstream,
    startMonth,
    endMonth,
    fundedBy,
    notes,
  }) as Line;
}

export function addLine(
  wb: Workbook,
  scenarioId: string,
  kind: LineKind,
  afterLineId?: string | null,
): { workbook: Workbook; lineId: string } {
  let lineId = '';
  const workbook = mapScenario(wb, scenarioId, (s) => {
    lineId = freshId(
      kind,
      s.lines.map((l) => l.id),
    );
    const line = newLine(kind, lineId);
    const at = afterLineId ? s.lines.findIndex((l) => l.id === afterLineId) + 1 : s.lines.length;
    const lines = [...s.lines];
    lines.splice(at <= 0 ? s.lines.length : at, 0, line);
    return { ...s, lines };
  });
  return { workbook, lineId };
}

export function updateLine(
  wb: Workbook,
  scenarioId: string,
  lineId: string,
  patch: Partial<Record<string, unknown>>,
): Workbook {
  return mapScenario(wb, scenarioId, (s) => ({
    ...s,
    lines: s.lines.map((l) => {
      if (l.id !== lineId) return l;
      // Validate the edited line as a whole so a bad value never enters the model.
      return lineSchema.parse({ ...l, ...patch }) as Line;
    }),
  }));
}

/** Changes a line's kind, keeping its shared fields (name, workstream, timing, funding). */
export function changeLineKind(wb: Workbook, scenarioId: string, lineId: string, kind: LineKind): Workbook {
  return mapScenario(wb, scenarioId, (s) => ({
    ...s,
    lines: s.lines.map((l) => (l.id === lineId ? retypeLine(l, kind) : l)),
  }));
}

export function duplicateLine(
  wb: Workbook,
  scenarioId: string,
  lineId: string,
): { workbook: Workbook; lineId: string } {
  let newId = '';
  const workbook = mapScenario(wb, scenarioId, (s) => {
    const i = s.lines.findIndex((l) => l.id === lineId);
    if (i < 0) return s;
    newId = freshId(
      lineId.replace(/-\d+$/, ''),
      s.lines.map((l) => l.id),
    );
    const copy = { ...s.lines[i], id: newId, name: `${s.lines[i].name} (copy)` } as Line;
    const lines = [...s.lines];
    lines.splice(i + 1, 0, copy);
    return { ...s, lines };
  });
  return { workbook, lineId: newId };
}

export function deleteLine(wb: Workbook, scenarioId: string, lineId: string): Workbook {
  return mapScenario(wb, scenarioId, (s) => ({
    ...s,
    // A supporting line that pointed at the deleted one supports nothing now.
    lines: s.lines
      .filter((l) => l.id !== lineId)
      .map((l) => (l.kind === 'service' && l.supports === lineId ? { ...l, supports: null } : l)),
  }));
}

export function moveLine(wb: Workbook, scenarioId: string, lineId: string, delta: number): Workbook {
  return mapScenario(wb, scenarioId, (s) => {
    const i = s.lines.findIndex((l) => l.id === lineId);
    const j = i + delta;
    if (i < 0 || j < 0 || j >= s.lines.length) return s;
    const lines = [...s.lines];
    const [line] = lines.splice(i, 1);
    lines.splice(j, 0, line);
    return { ...s, lines };
  });
}

export function addPool(
  wb: Workbook,
  scenarioId: string,
  program: ProgramId = 'portfolio',
): { workbook: Workbook; poolId: string } {
  let poolId = '';
  const workbook = mapScenario(wb, scenarioId, (s) => {
    poolId = poolIdFor(
      program,
      s.pools.map((p) => p.id),
    );
    const name = uniquePoolName(
      PROGRAMS[program].name,
      s.pools.map((p) => p.name),
    );
    const pool = poolSchema.parse({
      id: poolId,
      name,
      program,
      amount: proposedAmount(program),
      ...(program === 'custom' ? { services: [] } : {}),
    });
    return { ...s, pools: [...s.pools, pool] };
  });
  return { workbook, poolId };
}

export function updatePool(
  wb: Workbook,
  scenarioId: string,
  poolId: string,
  patch: Partial<Record<string, unknown>>,
): Workbook {
  return mapScenario(wb, scenarioId, (s) => ({
    ...s,
    pools: s.pools.map((p) => {
      if (p.id !== poolId) return p;
      const next: Record<string, unknown> = { ...p, ...patch };
      // A program change resets the validity to the new program's default unless it was set too.
      if (patch.program !== undefined && patch.validityMonths === undefined) delete next.validityMonths;
      if (next.program !== 'custom') delete next.services;
      return poolSchema.parse(next) as Pool;
    }),
  }));
}

export function deletePool(wb: Workbook, scenarioId: string, poolId: string): Workbook {
  return mapScenario(wb, scenarioId, (s) => ({
    ...s,
    pools: s.pools.filter((p) => p.id !== poolId),
    // Claims on the deleted pool are dropped, not left dangling.
    lines: s.lines.map((l) => (l.fundedBy === poolId ? ({ ...l, fundedBy: null } as Line) : l)),
  }));
}

export function addAssumption(wb: Workbook, scenarioId: string): { workbook: Workbook; name: string } {
  let name = '';
  const workbook = mapScenario(wb, scenarioId, (s) => {
    const taken = new Set(s.assumptions.map((a) => a.name));
    for (let n = 1; ; n++) {
      name = `driver_${n}`;
      if (!taken.has(name)) break;
    }
    return { ...s, assumptions: [...s.assumptions, { name, expr: 0, note: '' }] };
  });
  return { workbook, name };
}

export function updateAssumption(wb: Workbook, scenarioId: string, name: string, patch: Partial<Assumption>): Workbook {
  return mapScenario(wb, scenarioId, (s) => {
    const renamed = patch.name !== undefined && patch.name !== name;
    if (renamed && s.assumptions.some((a) => a.name === patch.name))
      throw new Error(`there is already an assumption named "${patch.name}"`);
    return { ...s, assumptions: s.assumptions.map((a) => (a.name === name ? { ...a, ...patch } : a)) };
  });
}

export function deleteAssumption(wb: Workbook, scenarioId: string, name: string): Workbook {
  return mapScenario(wb, scenarioId, (s) => ({ ...s, assumptions: s.assumptions.filter((a) => a.name !== name) }));
}

export function addScenario(wb: Workbook, startMonth: string): { workbook: Workbook; scenarioId: string } {
  const scenarioId = freshId(
    'scenario',
    wb.scenarios.map((s) => s.id),
  );
  const scenario = scenarioSchema.parse({ id: scenarioId, name: `Scenario ${wb.scenarios.length + 1}`, startMonth });
  return { workbook: { ...wb, scenarios: [...wb.scenarios, scenario] }, scenarioId };
}

export function duplicateScenario(
  wb: Workbook,
  scenarioId: string,
  name?: string,
): { workbook: Workbook; scenarioId: string } {
  const i = wb.scenarios.findIndex((s) => s.id === scenarioId);
  const source = wb.scenarios[i];
  const newId = freshId(
    scenarioId.replace(/-\d+$/, ''),
    wb.scenarios.map((s) => s.id),
  );
  const copy: Scenario = { ...source, id: newId, name: name ?? `${source.name} (copy)` };
  const scenarios = [...wb.scenarios];
  scenarios.splice(i + 1, 0, copy);
  return { workbook: { ...wb, scenarios }, scenarioId: newId };
}

/** Deletes a scenario; scenarios based on it are detached first (they keep what they computed as). */
export function deleteScenario(wb: Workbook, scenarioId: string): Workbook {
  return deleteScenarioDetaching(wb, scenarioId);
}

export function setTitle(wb: Workbook, title: string): Workbook {
  return { ...wb, title };
}

// --- Scenario tabs, scenario settings and company profile (panels) ---
// Checked versions of the scenario and company edits: a refused value throws an Error whose
// message names the field by its label (shared/model/field-labels.ts; the notice bar shows it),
// never a raw schema dump.

function firstProblem(
  owner: 'scenario' | 'company',
  issues: readonly { path: readonly PropertyKey[]; message: string }[],
): Error {
  const first = issues[0];
  const key = first === undefined ? '' : String(first.path[0] ?? '');
  return new Error(`${fieldLabel(owner, key)}: ${first?.message ?? 'is not valid'}`);
}

export function renameScenario(wb: Workbook, scenarioId: string, name: string): Workbook {
  const trimmed = name.trim();
  if (trimmed === '') throw new Error('a scenario needs a name');
  return updateScenarioSettings(wb, scenarioId, { name: trimmed });
}

export function updateScenarioSettings(wb: Workbook, scenarioId: string, patch: Partial<ScenarioSettings>): Workbook {
  const current = wb.scenarios.find((s) => s.id === scenarioId);
  if (current === undefined) throw new Error('that scenario no longer exists');
  // Nothing changed: return the same workbook so no empty undo step is recorded.
  if (Object.entries(patch).every(([k, v]) => current[k as keyof ScenarioSettings] === v)) return wb;
  const parsed = scenarioSchema.safeParse({ ...withoutLink(current), ...patch });
  if (!parsed.success) throw firstProblem('scenario', parsed.error.issues);
  // Take only the patched settings from the parse: the lines, pools and assumptions stay the same
  // objects, so the engine keeps their cached costs and undo snapshots share them.
  const settings: Partial<ScenarioSettings> = {};
  for (const key of Object.keys(patch) as (keyof ScenarioSettings)[])
    Object.assign(settings, { [key]: parsed.data[key] });
  return mapScenario(wb, scenarioId, (s) => ({ ...s, ...settings }));
}

export function updateCompanyProfile(wb: Workbook, patch: Partial<Company>): Workbook {
  if (Object.entries(patch).every(([k, v]) => wb.company[k as keyof Company] === v)) return wb;
  const parsed = companySchema.safeParse({ ...wb.company, ...patch });
  if (!parsed.success) throw firstProblem('company', parsed.error.issues);
  return { ...wb, company: parsed.data };
}

// --- Grids (lines, pools, assumptions): checked assumption edits and renames ---
// updateAssumption above trusts its patch; the grid hands over what a user typed, so these
// check the name (pattern, reserved words, duplicates) and the expression's limits, and a
// rename carries the new name into every formula of the scenario that used the old one.
import { ASSUMPTION_NAME_PATTERN, QUANTITY_FIELDS, assumptionSchema, type Quantity } from '../../model';
import { RESERVED_NAMES } from '../../expr';

/** Replaces the variable `from` by `to` in expression text, leaving other names and number literals alone. */
export function renameSymbolInText(text: string, from: string, to: string): string {
  // Names are [A-Za-z_][A-Za-z0-9_]*, so they need no escaping; the guards keep "growth2",
  // "my_growth" and the exponent of "1e5" (for a name "e5") untouched.
  return text.replace(new RegExp(`(?<![A-Za-z0-9_.])${from}(?![A-Za-z0-9_])`, 'g'), to);
}

function checkAssumptionName(s: Scenario, name: string, except: string | null): void {
  if (!ASSUMPTION_NAME_PATTERN.test(name))
    throw new Error(`"${name}" is not a usable name: start with a letter or "_", then letters, digits or "_"`);
  if (RESERVED_NAMES.has(name)) throw new Error(`"${name}" is a reserved word of formulas; pick another name`);
  if (name !== except && s.assumptions.some((a) => a.name === name))
    throw new Error(`there is already an assumption named "${name}"`);
}

/** Renames an assumption and rewrites every formula of its scenario that uses it. */
export function renameAssumption(
  wb: Workbook,
  scenarioId: string,
  from: string,
  to: string,
): { workbook: Workbook; rewritten: number } {
  const scenario = wb.scenarios.find((s) => s.id === scenarioId);
  if (scenario === undefined || from === to || !scenario.assumptions.some((a) => a.name === from))
    return { workbook: wb, rewritten: 0 };
  checkAssumptionName(scenario, to, from);
  let rewritten = 0;
  const rewrite = (q: Quantity): Quantity => {
    if (typeof q !== 'string') return q;
    const next = renameSymbolInText(q, from, to);
    if (next !== q) rewritten += 1;
    return next;
  };
  const assumptions = scenario.assumptions.map((a) => {
    const expr = rewrite(a.expr);
    return a.name === from ? { ...a, name: to, expr } : expr === a.expr ? a : { ...a, expr };
  });
  const lines = scenario.lines.map((line) => {
    let patch: Record<string, unknown> | null = null;
    for (const field of QUANTITY_FIELDS[line.kind]) {
      const value = (line as Record<string, unknown>)[field] as Quantity | null;
      if (typeof value !== 'string') continue;
      const next = rewrite(value);
      if (next !== value) (patch ??= {})[field] = next;
    }
    return patch === null ? line : ({ ...line, ...patch } as Line);
  });
  return { workbook: mapScenario(wb, scenarioId, (s) => ({ ...s, assumptions, lines })), rewritten };
}

/** Sets an assumption's expression or note, checked against the schema's limits. */
export function editAssumption(
  wb: Workbook,
  scenarioId: string,
  name: string,
  patch: { expr?: Quantity; note?: string },
): Workbook {
  const scenario = wb.scenarios.find((s) => s.id === scenarioId);
  const current = scenario?.assumptions.find((a) => a.name === name);
  if (current === undefined) return wb;
  if (Object.entries(patch).every(([k, v]) => current[k as keyof Assumption] === v)) return wb;
  const parsed = assumptionSchema.safeParse({ ...current, ...patch });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(
      `${fieldLabel('assumption', String(issue?.path[0] ?? 'expr'))}: ${issue?.message ?? 'is not valid'}`,
    );
  }
  return mapScenario(wb, scenarioId, (s) => ({
    ...s,
    assumptions: s.assumptions.map((a) => (a.name === name ? parsed.data : a)),
  }));
}

/** How many formulas of a scenario use an assumption (to say what a delete breaks). */
export function assumptionUses(scenario: Scenario, name: string): number {
  const uses = (q: unknown) => typeof q === 'string' && renameSymbolInText(q, name, '\u0000') !== q;
  let count = scenario.assumptions.filter((a) => a.name !== name && uses(a.expr)).length;
  for (const line of scenario.lines)
    for (const field of QUANTITY_FIELDS[line.kind]) if (uses((line as Record<string, unknown>)[field])) count += 1;
  return count;
}
