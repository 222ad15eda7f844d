// A workbook arriving in the worker is a structured clone: every object is new. The engine
// caches work per line object, so objects equal to the previous message's are swapped back in
// (lines and assumptions are flat records: a shallow comparison is exact).
import type { Scenario, Workbook } from '../../../shared/model';

function shallowEqual(a: object, b: object): boolean {
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) {
    const x = (a as Record<string, unknown>)[k];
    const y = (b as Record<string, unknown>)[k];
    if (x !== y && !(Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((v, i) => v === y[i]))) return false;
  }
  return true;
}

function sameList<T extends object>(next: readonly T[], prev: readonly T[] | undefined): readonly T[] {
  if (prev === undefined || prev.length !== next.length) return next;
  return next.every((item, i) => shallowEqual(item, prev[i])) ? prev : next;
}

export function reconcile(next: Workbook, prev: Workbook | null): Workbook {
  if (prev === null) return next;
  const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  const priceOverrides = sameJson(next.priceOverrides, prev.priceOverrides) ? prev.priceOverrides : next.priceOverrides;
  const priceBook = sameJson(next.priceBook, prev.priceBook) ? prev.priceBook : next.priceBook;
  const scenarios = next.scenarios.map((s): Scenario => {
    const old = prev.scenarios.find((p) => p.id === s.id);
    if (old === undefined) return s;
    const oldLines = new Map(old.lines.map((l) => [l.id, l]));
    return {
      ...s,
      assumptions: sameList(s.assumptions, old.assumptions) as Scenario['assumptions'],
      lines: s.lines.map((l) => {
        const o = oldLines.get(l.id);
        return o !== undefined && shallowEqual(l, o) ? o : l;
      }),
    };
  });
  return { ...next, priceOverrides, priceBook, scenarios };
}
