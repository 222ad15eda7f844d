// The Compare view's own state: which view the window shows, the other files opened read-only
// for comparison, the ordered picks (first = baseline) and the diff's two sides. It never holds
// the open document; that stays in the document store.
import { create } from 'zustand';
import type { ScenarioResult } from '../../../../shared/engine';
import type { Workbook } from '../../../../shared/model';
import { makeBaseline, movePick, OPEN_SOURCE, pickKey, togglePick, uniqueName, type CompareSource, type PickRef } from './compare-picks';

export type AppView = 'workbook' | 'compare';

export interface CompareState {
  view: AppView;
  files: CompareSource[];
  picks: PickRef[];
  diffFrom: string | null;
  diffTo: string | null;
}

export interface CompareActions {
  setView(view: AppView): void;
  /** Shows the Compare view; with nothing picked yet, `defaults` are picked. */
  enterCompare(defaults: PickRef[]): void;
  /** Shows the Compare view with exactly these scenarios, the first as baseline. */
  openCompare(picks: PickRef[]): void;
  /** Adds a file (read-only) and picks its scenarios; returns its source key. */
  addFile(name: string, workbook: Workbook, openName: string): string;
  setFileResults(key: string, results: ScenarioResult[] | { error: string }): void;
  removeFile(key: string): void;
  togglePick(pick: PickRef): void;
  setBaseline(key: string): void;
  move(key: string, delta: -1 | 1): void;
  setDiff(from: string | null, to: string | null): void;
}

let nextFile = 1;

export const useCompare = create<CompareState & CompareActions>()((set, get) => ({
  view: 'workbook',
  files: [],
  picks: [],
  diffFrom: null,
  diffTo: null,

  setView(view) {
    set({ view });
  },

  enterCompare(defaults) {
    if (get().picks.length > 0) set({ view: 'compare' });
    else get().openCompare(defaults);
  },

  openCompare(picks) {
    set({ view: 'compare', picks, diffFrom: picks[0] === undefined ? null : pickKey(picks[0]), diffTo: picks[1] === undefined ? null : pickKey(picks[1]) });
  },

  addFile(name, workbook, openName) {
    const key = `file:${nextFile++}`;
    const taken = [openName, ...get().files.map((f) => f.name)];
    const file: CompareSource = { key, name: uniqueName(name, taken), workbook, results: null, error: null };
    set((s) => ({ files: [...s.files, file], picks: [...s.picks, ...workbook.scenarios.map((sc) => ({ source: key, scenarioId: sc.id }))] }));
    return key;
  },

  setFileResults(key, results) {
    set((s) => ({
      files: s.files.map((f) =>
        f.key !== key ? f : 'error' in results ? { ...f, error: results.error } : { ...f, results: new Map(results.map((r) => [r.id, r])), error: null },
      ),
    }));
  },

  removeFile(key) {
    set((s) => ({ files: s.files.filter((f) => f.key !== key), picks: s.picks.filter((p) => p.source !== key) }));
  },

  togglePick(pick) {
    set((s) => ({ picks: togglePick(s.picks, pick) }));
  },

  setBaseline(key) {
    set((s) => ({ picks: makeBaseline(s.picks, key) }));
  },

  move(key, delta) {
    set((s) => ({ picks: movePick(s.picks, key, delta) }));
  },

  setDiff(from, to) {
    set({ diffFrom: from, diffTo: to });
  },
}));

export { OPEN_SOURCE };
