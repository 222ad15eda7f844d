// A bug in one cell callback must not take the window down: AG Grid calls these inside
// React's render, where an exception unmounts the whole app. Each callback of a column
// definition is wrapped so a throw shows an empty cell (and is logged once) instead.
import type { ColDef, ColGroupDef } from 'ag-grid-community';

const CALLBACKS = [
  'valueGetter',
  'valueFormatter',
  'tooltipValueGetter',
  'editable',
  'cellEditorSelector',
  'cellRendererSelector',
  'cellClass',
] as const;
const FALLBACK: Record<string, unknown> = { valueFormatter: '', editable: false };

const reported = new Set<string>();

function guard<F extends (...args: never[]) => unknown>(fn: F, where: string, fallback: unknown): F {
  return ((...args: Parameters<F>) => {
    try {
      return fn(...args);
    } catch (error) {
      if (!reported.has(where)) {
        reported.add(where);
        console.error(`Grid cell callback ${where} failed:`, error);
      }
      return fallback;
    }
  }) as F;
}

export function guardColumns<T>(defs: readonly (ColDef<T> | ColGroupDef<T>)[]): (ColDef<T> | ColGroupDef<T>)[] {
  return defs.map((def) => {
    if ('children' in def) return { ...def, children: guardColumns(def.children) };
    const col: Record<string, unknown> = { ...def };
    const id = String(def.colId ?? def.field ?? '?');
    for (const key of CALLBACKS) {
      const value = col[key];
      if (typeof value === 'function')
        col[key] = guard(value as (...a: never[]) => unknown, `${id}.${key}`, FALLBACK[key]);
    }
    if (def.cellClassRules !== undefined) {
      col.cellClassRules = Object.fromEntries(
        Object.entries(def.cellClassRules).map(([cls, rule]) => [
          cls,
          typeof rule === 'function' ? guard(rule as (...a: never[]) => unknown, `${id}.${cls}`, false) : rule,
        ]),
      );
    }
    return col as ColDef<T>;
  });
}
