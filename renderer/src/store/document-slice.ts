// The open workbook: the document, its undo history and the bits of UI state that edits move
// (active scenario, selection). Every change of the document - a cell, a row, a pool, a scenario
// operation - goes through `commit`, so one history covers all of them. History entries are whole
// workbook snapshots; edits share untouched objects, so a snapshot costs little.
import type { StateCreator } from 'zustand';
import { recordVariantEdits } from '../../../shared/engine';
import { workbookSchema, type Workbook } from '../../../shared/model';
import type { Store } from './store';

export type SelectionTarget =
  | { kind: 'line'; id: string; field?: string }
  | { kind: 'pool'; id: string; field?: string }
  | { kind: 'assumption'; id: string; field?: string }
  | { kind: 'scenario'; id: string; field?: string }
  /** A price the line `id` uses (the Prices panel shows and focuses it). */
  | { kind: 'price'; id: string; field?: string };

interface Notice {
  kind: 'error' | 'info';
  text: string;
}

interface Snapshot {
  workbook: Workbook;
  activeScenarioId: string;
  label: string;
}

/** What an edit returns: the new workbook, alone or with what it made (`{ workbook, lineId }`). */
type EditOutcome = Workbook | { workbook: Workbook };
/** What `commit` hands back from an edit: its result without the workbook (`{ lineId }`), or `{}`. */
type Made<R> = R extends { workbook: Workbook } ? Omit<R, 'workbook'> : Record<never, never>;

interface CommitOptions<M> {
  /** The scenario to show after the edit (e.g. the one it made). */
  activeScenarioId?: string | ((made: M) => string);
  /** The row to select and focus after the edit. */
  select?: SelectionTarget | null | ((made: M) => SelectionTarget | null);
}

export interface DocumentState {
  workbook: Workbook;
  /** File name shown in the title ("Series A plan.creditstack"). */
  fileName: string;
  /** The host's handle of the file, null until first saved. */
  handle: string | null;
  /** The workbook as last saved or opened; the document is dirty when it is not this object. */
  savedWorkbook: Workbook | null;
  activeScenarioId: string;
  past: Snapshot[];
  future: Snapshot[];
  selection: SelectionTarget | null;
  notice: Notice | null;
}

const HISTORY_LIMIT = 200;

export interface DocumentActions {
  /**
   * Applies an edit as one undoable step and returns what it made (`{ lineId }` for an edit that
   * returns `{ workbook, lineId }`, `{}` for one that returns a workbook), or null when it changed
   * nothing. A thrown Error becomes a notice and changes nothing.
   */
  commit<R extends EditOutcome>(
    label: string,
    edit: (wb: Workbook) => R,
    options?: CommitOptions<Made<R>>,
  ): Made<R> | null;
  undo(): void;
  redo(): void;
  load(workbook: Workbook, fileName: string, handle: string | null, options?: { dirty?: boolean }): void;
  /** The document was written as `workbook` (the one on screen when the save began). */
  markSaved(fileName: string, handle: string, workbook: Workbook): void;
  setActiveScenario(id: string): void;
  select(target: SelectionTarget | null): void;
  notify(notice: Notice | null): void;
}

/** An empty one-scenario workbook starting next month: what File > New opens. */
export function blankWorkbook(today = new Date()): Workbook {
  const next = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1));
  const startMonth = `${next.getUTCFullYear()}-${String(next.getUTCMonth() + 1).padStart(2, '0')}`;
  return workbookSchema.parse({
    format: 'creditstack.workbook',
    version: 2,
    title: 'Untitled plan',
    scenarios: [{ id: 'base', name: 'Base', startMonth }],
  });
}

const pick = <T, M>(option: T | ((made: M) => T), made: M): T =>
  typeof option === 'function' ? (option as (made: M) => T)(made) : option;

export const createDocumentSlice: StateCreator<Store, [], [], DocumentState & DocumentActions> = (set, get) => {
  const initial = blankWorkbook();
  return {
    workbook: initial,
    fileName: 'Untitled.creditstack',
    handle: null,
    savedWorkbook: initial,
    activeScenarioId: initial.scenarios[0].id,
    past: [],
    future: [],
    selection: null,
    notice: null,

    commit<R extends EditOutcome>(
      label: string,
      edit: (wb: Workbook) => R,
      options: CommitOptions<Made<R>> = {},
    ): Made<R> | null {
      const state = get();
      let outcome: R;
      try {
        outcome = edit(state.workbook);
      } catch (error) {
        set({ notice: { kind: 'error', text: `${label}: ${error instanceof Error ? error.message : String(error)}` } });
        return null;
      }
      const { workbook: edited, ...made } = 'workbook' in outcome ? outcome : { workbook: outcome as Workbook };
      if (edited === state.workbook) return null;
      // A cell edited in a based-on scenario becomes one of its changes, and every based-on
      // scenario takes in its base's new state: one place, so no edit can skip it.
      let next: Workbook;
      try {
        next = recordVariantEdits(state.workbook, edited);
      } catch (error) {
        set({ notice: { kind: 'error', text: `${label}: ${error instanceof Error ? error.message : String(error)}` } });
        return null;
      }
      // The start of the edit -> KPIs-on-screen measurement (see the e2e timings spec).
      performance.mark('edit-committed');
      const result = made as unknown as Made<R>;
      const wanted =
        options.activeScenarioId === undefined ? state.activeScenarioId : pick(options.activeScenarioId, result);
      set({
        workbook: next,
        activeScenarioId: next.scenarios.some((s) => s.id === wanted) ? wanted : next.scenarios[0].id,
        past: [
          ...state.past.slice(-(HISTORY_LIMIT - 1)),
          { workbook: state.workbook, activeScenarioId: state.activeScenarioId, label },
        ],
        future: [],
        ...(options.select !== undefined ? { selection: pick(options.select, result) } : {}),
        notice: null,
      });
      return result;
    },

    undo() {
      const { past, future, workbook, activeScenarioId } = get();
      const last = past.at(-1);
      if (last === undefined) return;
      set({
        workbook: last.workbook,
        activeScenarioId: last.activeScenarioId,
        past: past.slice(0, -1),
        future: [...future, { workbook, activeScenarioId, label: last.label }],
        notice: { kind: 'info', text: `Undid: ${last.label}` },
      });
    },

    redo() {
      const { past, future, workbook, activeScenarioId } = get();
      const next = future.at(-1);
      if (next === undefined) return;
      set({
        workbook: next.workbook,
        activeScenarioId: next.activeScenarioId,
        future: future.slice(0, -1),
        past: [...past, { workbook, activeScenarioId, label: next.label }],
        notice: { kind: 'info', text: `Redid: ${next.label}` },
      });
    },

    load(workbook, fileName, handle, options = {}) {
      set({
        workbook,
        fileName,
        handle,
        savedWorkbook: options.dirty ? null : workbook,
        activeScenarioId: workbook.scenarios[0].id,
        past: [],
        future: [],
        selection: null,
        notice: null,
        // Rows of the document that was open are no one's current row now.
        currentRow: { line: null, pool: null, assumption: null },
      });
    },

    markSaved(fileName, handle, workbook) {
      set({ savedWorkbook: workbook, fileName, handle });
    },

    setActiveScenario(id) {
      if (get().workbook.scenarios.some((s) => s.id === id)) set({ activeScenarioId: id, selection: null });
    },

    select(target) {
      set({ selection: target });
    },

    notify(notice) {
      set({ notice });
    },
  };
};

export const selectDirty = (s: DocumentState) => s.workbook !== s.savedWorkbook;
export const selectActiveScenario = (s: DocumentState) =>
  s.workbook.scenarios.find((x) => x.id === s.activeScenarioId) ?? s.workbook.scenarios[0];
