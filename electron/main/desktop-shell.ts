// The desktop shell's state and behaviour: its windows (one per workbook), the files they hold,
// recovery copies, recent files, menu commands, and the handler of every IPC channel. Electron
// reaches it only through the ports it is given, so all of it runs in unit tests.
import path from 'node:path';
import { fail, ok, type EventPayload, type Result } from '../../shared/ipc';
import type { MenuCommandId } from './commands';
import type { Dialogs } from './dialogs';
import { DocumentWindow, type WindowEvents, type WindowPort } from './document-window';
import { describeFsError, displayName, type DocumentFiles } from './document-files';
import type { FileHandles } from './file-handles';
import type { IpcCaller, IpcHandlers } from './ipc-handlers';
import type { RecentFiles } from './recent-files';
import { newRecoveryId, RecoveryWriter, type RecoveryStore } from './recovery-copies';
import { CoalescedSaves } from './coalesced-saves';
import { acquireOwnerLock, otherEditorMessage, type LockResult, type OwnerLock } from './owner-lock';

type OpenedFile = EventPayload<'workbook:opened'>;

export interface ShellDeps {
  readonly files: DocumentFiles;
  readonly handles: FileHandles;
  readonly recovery: RecoveryStore;
  readonly recent: RecentFiles;
  readonly dialogs: Dialogs;
  /** Makes a window and wires its events to the shell. */
  readonly createWindow: (events: (port: WindowPort) => WindowEvents) => WindowPort;
  /** Minimum time between two recovery copies of one window. */
  readonly recoveryIntervalMs: number;
  /** The recent-files list changed (rebuild the menu, tell the OS). */
  readonly recentChanged: (latest: string | null) => void;
  readonly quitApp: () => void;
  /** Takes the advisory lock file beside an open workbook (default: owner-lock.ts). */
  readonly lockFile?: (file: string) => Promise<LockResult>;
}

type SaveRequest = { text: string; force: boolean };
type SaveAnswer = Result<{ handle: string; name: string }>;

export class DesktopShell {
  readonly #windows = new Map<number, DocumentWindow>();
  /** Recovery copies left by an earlier run (or a crashed window), newest first. */
  #leftovers: string[] = [];
  /**
   * Copies from an earlier run shown to a window's page and not yet answered: nothing may write
   * over or remove them until the page restores (its next copy replaces them) or discards them.
   */
  readonly #offered = new Map<DocumentWindow, string>();
  #quitting = false;
  /** Each window's lock file beside its workbook. */
  readonly #locks = new Map<DocumentWindow, OwnerLock>();
  #lockWork: Promise<void> = Promise.resolve();
  /** Saves per file handle: one at a time, those asked for meanwhile folded into the newest. */
  readonly #saves = new CoalescedSaves<SaveRequest, SaveAnswer>((handle, request) => this.#saveNow(handle, request));

  constructor(private readonly deps: ShellDeps) {}

  /** Resolves when lock files taken or released so far are done (and any warning was shown). */
  locksSettled(): Promise<void> {
    return this.#lockWork;
  }

  /** Call once before the first window: finds the recovery copies an earlier run left. */
  async start(): Promise<void> {
    this.#leftovers = await this.deps.recovery.list();
  }

  get windows(): readonly DocumentWindow[] {
    return [...this.#windows.values()];
  }

  /** The app is quitting: windows close one by one, each asking about unsaved changes. */
  beginQuit(): void {
    this.#quitting = true;
  }

  newWindow(): DocumentWindow {
    let document: DocumentWindow | null = null;
    const port = this.deps.createWindow(() => ({
      close: () => document?.requestClose() ?? true,
      closed: () => {
        if (document !== null) this.#windowClosed(document);
      },
      rendererGone: () => {
        if (document !== null) void this.#rendererGone(document);
      },
    }));
    const recovery = new RecoveryWriter(this.deps.recovery, newRecoveryId(), {
      intervalMs: this.deps.recoveryIntervalMs,
    });
    document = new DocumentWindow(port, recovery, {
      confirmClose: (win) => this.deps.dialogs.confirmClose(win.port, win.name),
      closeCanceled: () => {
        this.#quitting = false;
      },
    });
    this.#windows.set(port.webContentsId, document);
    return document;
  }

  #windowClosed(win: DocumentWindow): void {
    this.#windows.delete(win.port.webContentsId);
    if (win.handle !== null) this.deps.handles.release(win.handle);
    this.#lockWork = this.#lockWork.then(() => this.#unlock(win));
    // A clean close, or changes the user chose to discard: the copy goes. After a crash it stays.
    if (!win.rendererGone) void win.recovery.update(null);
    this.#returnOffer(win);
    // Asking the user cancelled a quit in progress; once they answered and the window closed, carry on quitting.
    if (this.#quitting && win.closeConfirmed) this.deps.quitApp();
  }

  async #rendererGone(win: DocumentWindow): Promise<void> {
    win.markRendererGone();
    await win.recovery.flush();
    // Offer the copy again in this run, to the next window that asks.
    if (win.recovery.inUse) this.#leftovers.unshift(win.recovery.recoveryId);
    this.#returnOffer(win);
    win.port.close();
    if (await this.deps.dialogs.offerNewWindowAfterCrash()) this.newWindow();
  }

  /** A copy offered to a window that closed without an answer stays on disk for the next window. */
  #returnOffer(win: DocumentWindow): void {
    const id = this.#offered.get(win);
    if (id === undefined) return;
    this.#offered.delete(win);
    this.#leftovers.unshift(id);
  }

  #byWebContents(caller: IpcCaller): DocumentWindow {
    const win = this.#windows.get(caller.webContentsId);
    if (win === undefined) throw new Error(`no document window for web contents ${caller.webContentsId}`);
    return win;
  }

  #showing(realPath: string): DocumentWindow | undefined {
    return this.windows.find((w) => w.handle !== null && this.deps.handles.get(w.handle)?.path === realPath);
  }

  #bind(win: DocumentWindow, handle: string, file: string): void {
    const replaced = win.bindFile(handle, displayName(file), file);
    if (replaced !== null) this.deps.handles.release(replaced);
    void this.deps.recent.add(file).then(() => this.deps.recentChanged(file));
    this.#lockWork = this.#lockWork.then(() => this.#lock(win, file));
  }

  async #unlock(win: DocumentWindow): Promise<void> {
    const held = this.#locks.get(win);
    this.#locks.delete(win);
    await held?.release();
  }

  /** Takes the lock file of the window's new file (letting go of its old one); warns when someone else has it open. */
  async #lock(win: DocumentWindow, file: string): Promise<void> {
    await this.#unlock(win);
    const { lock, otherEditor } = await (this.deps.lockFile ?? acquireOwnerLock)(file);
    if (lock !== null) {
      // The window may have closed, or moved to another file, while the lock was being taken.
      if (
        this.#windows.get(win.port.webContentsId) === win &&
        win.handle !== null &&
        this.deps.handles.get(win.handle)?.path === file
      )
        this.#locks.set(win, lock);
      else await lock.release();
    }
    if (otherEditor !== null)
      await this.deps.dialogs.warnOtherEditor(win.port, otherEditorMessage(displayName(file), otherEditor));
  }

  /** Saves over the window's file; a read-only file is replaced only when the user chooses Overwrite. */
  async #saveNow(handle: string, request: SaveRequest): Promise<SaveAnswer> {
    const win = this.windows.find((w) => w.handle === handle);
    // Read now, not when the save was asked for: an earlier save may have moved the hash on.
    const entry = this.deps.handles.get(handle);
    if (win === undefined || entry === undefined)
      return fail('UNKNOWN_HANDLE', 'This window does not have that file open; use Save As.');
    let saved = await this.deps.files.saveWorkbook(entry.path, request.text, {
      expectedHash: entry.hash,
      force: request.force,
    });
    if (
      !saved.ok &&
      saved.code === 'READ_ONLY' &&
      (await this.deps.dialogs.confirmOverwriteReadOnly(win.port, displayName(entry.path)))
    ) {
      saved = await this.deps.files.saveWorkbook(entry.path, request.text, {
        expectedHash: entry.hash,
        force: request.force,
        overwriteReadOnly: true,
      });
    }
    if (!saved.ok) {
      win.saveAbandoned();
      return saved;
    }
    this.deps.handles.update(handle, { path: entry.path, hash: saved.value.hash });
    win.saved();
    return ok({ handle, name: displayName(entry.path) });
  }

  /**
   * Opens `file`. A file already open in another window is focused there, never reloaded (that
   * window may hold unsaved changes). With a `requester` (File > Open in a window, whose renderer
   * has already asked about its unsaved changes) the file is returned for that window to show.
   * Without one (files from the OS) it goes to a window with nothing in it, or a new window, and
   * the answer is null.
   */
  async openFile(file: string, requester: DocumentWindow | null): Promise<Result<OpenedFile | null>> {
    const realPath = await this.deps.files.resolvePath(file);
    const existing = this.#showing(realPath);
    if (existing !== undefined && existing !== requester) {
      existing.port.focus();
      return ok(null);
    }
    const read = await this.deps.files.readWorkbook(realPath);
    if (!read.ok) {
      if (this.deps.recent.list.includes(file))
        void this.deps.recent.remove(file).then(() => this.deps.recentChanged(null));
      return read;
    }
    const handle = this.deps.handles.add({ path: read.value.path, hash: read.value.hash });
    const opened: OpenedFile = { name: read.value.name, text: read.value.text, handle };
    if (requester !== null) {
      this.#bind(requester, handle, read.value.path);
      return ok(opened);
    }
    const target = this.windows.find((w) => w.isPristine) ?? this.newWindow();
    this.#bind(target, handle, read.value.path);
    target.deliver(opened);
    target.port.focus();
    return ok(null);
  }

  /** Files from the OS: the command line, a second launch, macOS "open with", Open Recent. */
  async openPaths(files: readonly string[]): Promise<void> {
    for (const file of files) {
      const result = await this.openFile(file, null);
      if (!result.ok) {
        const parent = this.windows[0] ?? this.newWindow();
        await this.deps.dialogs.showError(parent.port, result.message);
      }
    }
  }

  /** A menu item was chosen in the window with BrowserWindow id `windowId` (null: no window focused). */
  runCommand(id: MenuCommandId, windowId: number | null): void {
    if (id === 'window.new') {
      this.newWindow();
      return;
    }
    const target = this.windows.find((w) => w.port.id === windowId);
    if (target !== undefined) {
      target.port.send('menu:command', id);
    } else if (id === 'file.open') {
      void this.#openFromDialog();
    }
  }

  async #openFromDialog(): Promise<void> {
    const file = await this.deps.dialogs.chooseWorkbookToOpen(null);
    if (file !== null) await this.openPaths([file]);
  }

  async clearRecent(): Promise<void> {
    await this.deps.recent.clear();
    this.deps.recentChanged(null);
  }

  readonly handlers: IpcHandlers = {
    'workbook:open': async (_request, caller) => {
      const win = this.#byWebContents(caller);
      const file = await this.deps.dialogs.chooseWorkbookToOpen(win.port);
      return file === null ? ok(null) : this.openFile(file, win);
    },

    'workbook:takePending': async (_request, caller) => ok(this.#byWebContents(caller).takePending()),

    'workbook:save': async ({ handle, text, force }, caller) => {
      const win = this.#byWebContents(caller);
      const entry = this.deps.handles.get(handle);
      // A window saves only the file it has open, whatever handle it claims.
      if (win.handle !== handle || entry === undefined) {
        win.saveAbandoned();
        return fail('UNKNOWN_HANDLE', 'This window does not have that file open; use Save As.');
      }
      return this.#saves.run(handle, { text, force: force === true });
    },

    'workbook:saveAs': async ({ suggestedName, text }, caller) => {
      const win = this.#byWebContents(caller);
      const current = win.handle === null ? undefined : this.deps.handles.get(win.handle);
      const chosen = await this.deps.dialogs.chooseWorkbookSavePath(
        win.port,
        suggestedName,
        current ? path.dirname(current.path) : null,
      );
      if (chosen === null) {
        win.saveAbandoned();
        return ok(null);
      }
      const realPath = await this.deps.files.resolvePath(chosen);
      const other = this.#showing(realPath);
      if (other !== undefined && other !== win) {
        win.saveAbandoned();
        return fail('WRITE_FAILED', `${displayName(realPath)} is open in another window; close it there first.`);
      }
      // The user picked this file and confirmed replacing it: no changed-on-disk check (a .bak is still kept).
      let saved = await this.deps.files.saveWorkbook(realPath, text, { expectedHash: null });
      if (
        !saved.ok &&
        saved.code === 'READ_ONLY' &&
        (await this.deps.dialogs.confirmOverwriteReadOnly(win.port, displayName(realPath)))
      ) {
        saved = await this.deps.files.saveWorkbook(realPath, text, { expectedHash: null, overwriteReadOnly: true });
      }
      if (!saved.ok) {
        win.saveAbandoned();
        return saved;
      }
      const handle = this.deps.handles.add({ path: saved.value.path, hash: saved.value.hash });
      this.#bind(win, handle, saved.value.path);
      win.saved();
      return ok({ handle, name: displayName(saved.value.path) });
    },

    'csv:export': async ({ suggestedName, text }, caller) => {
      const win = this.#byWebContents(caller);
      const current = win.handle === null ? undefined : this.deps.handles.get(win.handle);
      const chosen = await this.deps.dialogs.chooseCsvSavePath(
        win.port,
        suggestedName,
        current ? path.dirname(current.path) : null,
      );
      if (chosen === null) return ok(false);
      const written = await this.deps.files.exportText(chosen, text);
      return written.ok ? ok(true) : written;
    },

    'recovery:write': async (copy, caller) => {
      const win = this.#byWebContents(caller);
      // Always the window's own copy: a copy on offer from an earlier run is a different file,
      // kept until the page answers the offer, so work done meanwhile is kept safe too.
      await win.recovery.update(copy);
      try {
        await win.recovery.whenWritten();
      } catch (error) {
        // The page says so (the message is the reason: "the disk is full"); the older copy, if any, stays on disk as it was.
        return fail('WRITE_FAILED', describeFsError(error));
      }
      return ok(null);
    },

    'recovery:answer': async (answer, caller) => {
      const win = this.#byWebContents(caller);
      const offered = this.#offered.get(win);
      if (offered === undefined) return ok(null);
      this.#offered.delete(win);
      // Restored: the page has made the work its own (its copy is written first), so the old copy can go.
      if (answer === 'restored') await win.recovery.flush();
      await this.deps.recovery.clear(offered);
      return ok(null);
    },

    'recovery:read': async (_request, caller) => {
      const win = this.#byWebContents(caller);
      // The page offers the copy beside whatever it shows (the sample or a file) and replaces
      // nothing until the user restores it; each copy is offered to one window at a time.
      if (this.#offered.has(win)) return ok(null);
      while (this.#leftovers.length > 0) {
        const id = this.#leftovers.shift() as string;
        const copy = await this.deps.recovery.read(id);
        if (copy === null) continue;
        this.#offered.set(win, id);
        return ok(copy);
      }
      return ok(null);
    },

    'document:setState': async ({ name, dirty }, caller) => {
      this.#byWebContents(caller).setState(name, dirty);
      return ok(null);
    },
  };
}
