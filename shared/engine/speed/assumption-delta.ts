// When only some assumption values change (a driver edited, a Monte Carlo run, a goal-seek
// probe), the lines that use none of them keep their costs: the last computation's table is
// carried onto the new context and only the lines that use a changed name are costed again.
// Names are compared after resolution, so an assumption computed from a changed one (b = a * 2)
// counts as changed too, and so does one that failed or stopped failing.
import type { Binding } from '../../expr';
import type { Line } from '../../model';
import type { LineContext } from '../compute/line-costs';
import type { ScenarioMemo } from './scenario-memo';

/** Names bound differently (or bound in only one) of two resolutions of a scenario's assumptions. */
export function changedBindings(
  before: ReadonlyMap<string, Binding>,
  after: ReadonlyMap<string, Binding>,
): Set<string> {
  const names = new Set<string>();
  for (const [name, b] of before) if (!sameBinding(b, after.get(name))) names.add(name);
  for (const name of after.keys()) if (!before.has(name)) names.add(name);
  return names;
}

function sameBinding(a: Binding, b: Binding | undefined): boolean {
  if (b === undefined || a.kind !== b.kind) return false;
  if (a.kind === 'constant') return Object.is(a.value, (b as typeof a).value);
  const x = a.values;
  const y = (b as typeof a).values;
  if (x === y) return true;
  if (x.length !== y.length) return false;
  for (let i = 0; i < x.length; i++) if (!Object.is(x[i], y[i])) return false;
  return true;
}

/** A context that replaced another because some assumption values changed, and which names. */
export interface ValueChange {
  from: LineContext;
  names: ReadonlySet<string>;
}

/**
 * For one list of lines, the ascending positions of the lines that use each name. Built on the
 * first value change and kept while the list is the same array (same line objects, so the same
 * names): a driver changed again and again (an editing session, a Monte Carlo run, a goal-seek
 * probe) then finds its lines without reading every line's texts.
 */
export interface NameUse {
  readonly lines: readonly Line[];
  readonly positions: ReadonlyMap<string, readonly number[]>;
}

function nameUseOf(lines: readonly Line[], symbolsOf: (line: Line) => readonly string[]): NameUse {
  const positions = new Map<string, number[]>();
  for (let l = 0; l < lines.length; l++) {
    for (const name of symbolsOf(lines[l])) {
      const list = positions.get(name);
      if (list === undefined) positions.set(name, [l]);
      else if (list[list.length - 1] !== l) list.push(l);
    }
  }
  return { lines, positions };
}

/**
 * The memo moved onto `context`, and the line positions to cost again on top of the changed line
 * objects: those that use a changed name. Null when the memo was not computed in the context the
 * change replaced (then nothing is carried over and every line is costed).
 */
export function memoOnNewValues(
  memo: ScenarioMemo | undefined,
  context: LineContext,
  change: ValueChange | null,
  lines: readonly Line[],
  symbolsOf: (line: Line) => readonly string[],
): { memo: ScenarioMemo; using: number[] } | null {
  if (memo === undefined || change === null || memo.table.context !== change.from || memo.lines.length !== lines.length)
    return null;
  const nameUse = memo.nameUse?.lines === lines ? memo.nameUse : nameUseOf(lines, symbolsOf);
  let using: number[] = [];
  for (const name of change.names) {
    const positions = nameUse.positions.get(name);
    if (positions !== undefined) using = mergePositions(using, positions);
  }
  return { memo: { ...memo, table: { ...memo.table, context }, nameUse }, using };
}

/** The union of two ascending position lists, ascending (one pass: no set, no sort). */
export function mergePositions(a: readonly number[], b: readonly number[]): number[] {
  if (b.length === 0) return a as number[];
  if (a.length === 0) return b as number[];
  const union: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i];
    const y = b[j];
    if (x <= y) i++;
    if (y <= x) j++;
    union.push(x <= y ? x : y);
  }
  while (i < a.length) union.push(a[i++]);
  while (j < b.length) union.push(b[j++]);
  return union;
}
