// The single source of truth of the open workbook: the document, its undo history and the
// bits of UI state that edits move (active scenario, selection). Every change of the document -
// a cell, a row, a pool, a scenario operation - goes through `commit`, so one history covers all
// of them. History entries are whole workbook snapshots; edits share untouched objects, so a
// snapshot costs little.
import { create } from 'zustand';
import { workbookSchema, type Workbook } from '../../../shared/model';

export type SelectionTarget =
  | { kind: 'line'; id: string; field?: string }
  | { kind: 'pool'; id: string; field?: string }
  | { kind: 'assumption'; id: string; field?: string }
  | { kind: 'scenario'; id: string; field?: string };

export interface Notice {
  kind: 'error' | 'info';
  text: string;
}

interface Snapshot {
  workbook: Workbook;
  activeScenarioId: string;
  label: string;
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
  /** Applies an edit as one undoable step. A thrown Error becomes a notice and changes nothing. */
  commit(label: string, edit: (wb: Workbook) => Workbook, options?: { activeScenarioId?: string; select?: SelectionTarget | null }): boolean;
  undo(): void;
  redo(): void;
  load(workbook: Workbook, fileName: string, handle: string | null, options?: { dirty?: boolean }): void;
  markSaved(fileName: string, handle: string): void;
  setActiveScenario(id: string): void;
  select(target: SelectionTarget | null): void;
  notify(notice: Notice | null): void;
}

export type DocumentStore = DocumentState & DocumentActions;

/** An empty one-scenario workbook starting next month: what File > New opens. */
export function blankWorkbook(today = new Date()): Workbook {
  const next = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + 1, 1));
  const startMonth = `${next.getUTCFullYear()}-${String(next.getUTCMonth() + 1).padStart(2, '0')}`;
  return workbookSchema.parse({
    format: 'creditstack.workbook',
    version: 1,
    title: 'Untitled plan',
    scenarios: [{ id: 'base', name: 'Base', startMonth }],
  });
}

const initial = blankWorkbook();

export const useDocument = create<DocumentStore>()((set, get) => ({
  workbook: initial,
  fileName: 'Untitled.creditstack',
  handle: null,
  savedWorkbook: initial,
  activeScenarioId: initial.scenarios[0].id,
  past: [],
  future: [],
  selection: null,
  notice: null,

  commit(label, edit, options = {}) {
    const state = get();
    let next: Workbook;
    try {
      next = edit(state.workbook);
    } catch (error) {
      set({ notice: { kind: 'error', text: `${label}: ${error instanceof Error ? error.message : String(error)}` } });
      return false;
    }
    if (next === state.workbook) return false;
    // The start of the edit -> KPIs-on-screen measurement (see the e2e performance test).
    performance.mark('edit-committed');
    const activeScenarioId = options.activeScenarioId ?? state.activeScenarioId;
    set({
      workbook: next,
      activeScenarioId: next.scenarios.some((s) => s.id === activeScenarioId) ? activeScenarioId : next.scenarios[0].id,
      past: [...state.past.slice(-(HISTORY_LIMIT - 1)), { workbook: state.workbook, activeScenarioId: state.activeScenarioId, label }],
      future: [],
      ...(options.select !== undefined ? { selection: options.select } : {}),
      notice: null,
    });
    return true;
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
    });
  },

  markSaved(fileName, handle) {
    set({ savedWorkbook: get().workbook, fileName, handle });
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
}));

export const selectDirty = (s: DocumentState) => s.workbook !== s.savedWorkbook;
export const selectActiveScenario = (s: DocumentState) => s.workbook.scenarios.find((x) => x.id === s.activeScenarioId) ?? s.workbook.scenarios[0];
