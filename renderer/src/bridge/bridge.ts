// What the UI needs from its host (the Electron main process, or the browser). The rest of the
// renderer talks to the host only through this interface; `getBridge()` picks the implementation.

/** A workbook file the user chose. `handle` is the host's opaque id for it (never a path the renderer made up). */
export interface OpenedFile {
  name: string;
  text: string;
  handle: string | null;
}

export type SaveResult =
  | { ok: true; handle: string; name: string }
  | { ok: false; canceled: true }
  | { ok: false; canceled?: false; code: 'CHANGED_ON_DISK' | 'WRITE_FAILED'; message: string };

export interface RecoveryCopy {
  name: string;
  text: string;
  /** ISO timestamp of the copy. */
  savedAt: string;
}

export interface Bridge {
  readonly kind: 'electron' | 'web';
  /** Shows an open dialog; null when the user cancels. Rejects with a readable Error when the file cannot be read. */
  openWorkbook(): Promise<OpenedFile | null>;
  /** Saves over `handle` (atomically, keeping a .bak). `force` skips the changed-on-disk check. */
  saveWorkbook(handle: string, text: string, options?: { force?: boolean }): Promise<SaveResult>;
  /** Shows a save dialog. */
  saveWorkbookAs(suggestedName: string, text: string): Promise<SaveResult>;
  /** Shows a save dialog for a CSV file; false when canceled. */
  exportCsv(suggestedName: string, text: string): Promise<boolean>;
  /**
   * Keeps this window's (tab's) recovery copy of unsaved work; null clears it. Rejects with a
   * readable Error when the copy could not be written (the older copy, if any, is kept as it was).
   */
  writeRecovery(copy: { name: string; text: string } | null): Promise<void>;
  /** A copy left by an earlier session (never another live window's or tab's), offered to this window alone until answered. */
  readRecovery(): Promise<RecoveryCopy | null>;
  /** The answer to the copy readRecovery offered: either way it is removed (after a restore, this window's own copy holds that work). */
  answerRecovery(answer: 'restored' | 'discarded'): Promise<void>;
  /** Window title, dirty marker, and whether closing must ask first. */
  setDocumentState(state: { name: string; dirty: boolean }): void;
  /** Menu items chosen in the host's native menu, by command id. Returns an unsubscribe function. */
  onMenuCommand(listener: (commandId: string) => void): () => void;
  /** Files the host opens on its own (second launch, OS "open with", recent files, a dropped file); onError hears why one could not be read. */
  onOpenFile(listener: (file: OpenedFile) => void, onError?: (message: string) => void): () => void;
}
