// A based-on scenario's changes in words, one line each, for the CLI's --diff and the app's diff:
// "Summarization (sum): model = claude-opus-4-1", "Fine-tune (ft): hoursPerRun x 3.1712 (the base's)".
import type { Scenario, ScenarioChange } from '../model';

const value = (v: unknown) => (typeof v === 'string' ? JSON.stringify(v) : Array.isArray(v) ? v.join(', ') : String(v));

function rowName(rows: readonly { id?: string; name: string }[], id: string): string {
  const name = rows.find((r) => (r.id ?? r.name) === id)?.name;
  return name === undefined || name === '' || name === id ? id : `${name} (${id})`;
}

/** One change in words; `scenario` (the resolved one) gives the rows their names. */
function changeText(change: ScenarioChange, scenario: Scenario): string {
  const line = (id: string) => `line ${rowName(scenario.lines, id)}`;
  const pool = (id: string) => `pool ${rowName(scenario.pools, id)}`;
  switch (change.op) {
    case 'set-scenario':
      return `setting ${change.field} = ${value(change.value)}`;
    case 'set-line':
      return `${line(change.id)}: ${change.field} = ${value(change.value)}`;
    case 'scale-line':
      return `${line(change.id)}: ${change.field} = the base's x ${change.factor}`;
    case 'set-pool':
      return `${pool(change.id)}: ${change.field} = ${value(change.value)}`;
    case 'set-assumption':
      return `assumption ${change.name}: ${change.field} = ${value(change.value)}`;
    case 'add-line':
      return `adds line ${rowName([change.line], change.line.id)}${change.after === null ? ' first' : ` after ${change.after}`}`;
    case 'add-pool':
      return `adds pool ${rowName([change.pool], change.pool.id)}`;
    case 'add-assumption':
      return `adds assumption ${change.assumption.name} = ${value(change.assumption.expr)}`;
    case 'remove-line':
      return `leaves out line ${change.id}`;
    case 'remove-pool':
      return `leaves out pool ${change.id}`;
    case 'remove-assumption':
      return `leaves out assumption ${change.name}`;
  }
}

/** "Based on <base>, with its own changes:" and one line per change; empty for a complete scenario. */
export function linkText(scenario: Scenario): string[] {
  const link = scenario.link;
  if (link === undefined) return [];
  const head = `${scenario.name || scenario.id} is based on ${link.basedOn}; everything else follows it. Its own changes (${link.changes.length}):`;
  return [head, ...link.changes.map((c, i) => `  ${i + 1}. ${changeText(c, scenario)}`)];
}
