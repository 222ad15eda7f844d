// The window's own state, apart from the document: the current row of each grid (what row
// commands act on, from the keyboard, the menu or a button), which panel a View command asked
// to show, the open dialogs, and the unsaved work from an earlier session on offer.
import type { StateCreator } from 'zustand';
import type { RecoveryCopy } from '../bridge/bridge';
import type { CommandGrid } from '../../../shared/ipc';
import type { Store } from './store';

interface CurrentRow {
  id: string;
  /** The focused column, so a command on the row keeps the user's place. */
  colId: string | null;
}

/** Ask a grid to bring a row into view and focus one of its cells (after add, duplicate, move). */
interface RowFocus {
  grid: CommandGrid;
  id: string;
  colId?: string;
}

/** The panels a View command can bring into view. */
export type PanelId = 'lines' | 'pools' | 'assumptions' | 'results' | 'issues';

export interface UiState {
  currentRow: Readonly<Record<CommandGrid, CurrentRow | null>>;
  /** The latest focus request; a new object each time, so repeating one is a new request. */
  rowFocus: RowFocus | null;
  /** The panel a View command asked for, until the window has shown it. */
  reveal: { panel: PanelId } | null;
  exportOpen: boolean;
  /** The Import from AWS dialog. */
  importOpen: boolean;
  settingsOpen: boolean;
  /**
   * Unsaved work found at start, offered back in a banner. Until the user restores or discards
   * it, no recovery copy of the document on screen may overwrite it.
   */
  recoveryOffer: RecoveryCopy | null;
}

export interface UiActions {
  setCurrentRow(grid: CommandGrid, row: CurrentRow | null): void;
  focusRow(request: RowFocus): void;
  revealPanel(panel: PanelId): void;
  setExportOpen(open: boolean): void;
  setImportOpen(open: boolean): void;
  setSettingsOpen(open: boolean): void;
  offerRecovery(copy: RecoveryCopy | null): void;
}

export const createUiSlice: StateCreator<Store, [], [], UiState & UiActions> = (set) => ({
  currentRow: { line: null, pool: null, assumption: null },
  rowFocus: null,
  reveal: null,
  exportOpen: false,
  importOpen: false,
  settingsOpen: false,
  recoveryOffer: null,

  setCurrentRow(grid, row) {
    set((s) => ({ currentRow: { ...s.currentRow, [grid]: row } }));
  },

  focusRow(request) {
    set({ rowFocus: { ...request } });
  },

  revealPanel(panel) {
    // The panels live in the workbook view.
    set({ view: 'workbook', reveal: { panel } });
  },

  setExportOpen(open) {
    set({ exportOpen: open });
  },

  setImportOpen(open) {
    set({ importOpen: open });
  },

  setSettingsOpen(open) {
    set({ settingsOpen: open });
  },

  offerRecovery(copy) {
    set({ recoveryOffer: copy });
  },
});
