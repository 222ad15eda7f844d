// The Compare view's part of the store: which view the window shows, the other files opened
// read-only for comparison, the ordered picks (first = baseline) and the diff's two sides. It
// never holds the open document; that is the document slice's.
import type { StateCreator } from 'zustand';
import type { ScenarioResult } from '../../../../shared/engine';
import type { Workbook } from '../../../../shared/model';
import type { Store } from '../../store/store';
import {
  makeBaseline,
  movePick,
  pickKey,
  togglePick,
  uniqueName,
  type CompareSource,
  type PickRef,
} from './compare-picks';

type AppView = 'workbook' | 'compare';

export interface CompareState {
  view: AppView;
  compareFiles: CompareSource[];
  comparePicks: PickRef[];
  diffFrom: string | null;
  diffTo: string | null;
  /** Numbers the files opened for comparison ("file:1", "file:2"...), never reused. */
  compareFilesOpened: number;
}

export interface CompareActions {
  setView(view: AppView): void;
  /** Shows the Compare view; with nothing picked yet, `defaults` are picked. */
  enterCompare(defaults: PickRef[]): void;
  /** Shows the Compare view with exactly these scenarios, the first as baseline. */
  openCompare(picks: PickRef[]): void;
  /** Adds a file (read-only) and picks its scenarios; returns its source key. */
  addCompareFile(name: string, workbook: Workbook, openName: string): string;
  setCompareFileResults(key: string, results: ScenarioResult[] | { error: string }): void;
  removeCompareFile(key: string): void;
  toggleComparePick(pick: PickRef): void;
  setCompareBaseline(key: string): void;
  moveComparePick(key: string, delta: -1 | 1): void;
  setDiff(from: string | null, to: string | null): void;
}

export const createCompareSlice: StateCreator<Store, [], [], CompareState & CompareActions> = (set, get) => ({
  view: 'workbook',
  compareFiles: [],
  comparePicks: [],
  diffFrom: null,
  diffTo: null,
  compareFilesOpened: 0,

  setView(view) {
    set({ view });
  },

  enterCompare(defaults) {
    if (get().comparePicks.length > 0) set({ view: 'compare' });
    else get().openCompare(defaults);
  },

  openCompare(picks) {
    set({
      view: 'compare',
      comparePicks: picks,
      diffFrom: picks[0] === undefined ? null : pickKey(picks[0]),
      diffTo: picks[1] === undefined ? null : pickKey(picks[1]),
    });
  },

  addCompareFile(name, workbook, openName) {
    const opened = get().compareFilesOpened + 1;
    const key = `file:${opened}`;
    const taken = [openName, ...get().compareFiles.map((f) => f.name)];
    const file: CompareSource = { key, name: uniqueName(name, taken), workbook, results: null, error: null };
    set((s) => ({
      compareFilesOpened: opened,
      compareFiles: [...s.compareFiles, file],
      comparePicks: [...s.comparePicks, ...workbook.scenarios.map((sc) => ({ source: key, scenarioId: sc.id }))],
    }));
    return key;
  },

  setCompareFileResults(key, results) {
    set((s) => ({
      compareFiles: s.compareFiles.map((f) =>
        f.key !== key
          ? f
          : 'error' in results
            ? { ...f, error: results.error }
            : { ...f, results: new Map(results.map((r) => [r.id, r])), error: null },
      ),
    }));
  },

  removeCompareFile(key) {
    set((s) => ({
      compareFiles: s.compareFiles.filter((f) => f.key !== key),
      comparePicks: s.comparePicks.filter((p) => p.source !== key),
    }));
  },

  toggleComparePick(pick) {
    set((s) => ({ comparePicks: togglePick(s.comparePicks, pick) }));
  },

  setCompareBaseline(key) {
    set((s) => ({ comparePicks: makeBaseline(s.comparePicks, key) }));
  },

  moveComparePick(key, delta) {
    set((s) => ({ comparePicks: movePick(s.comparePicks, key, delta) }));
  },

  setDiff(from, to) {
    set({ diffFrom: from, diffTo: to });
  },
});
