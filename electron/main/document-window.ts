// One window, one workbook: the window's document state as the main process knows it (file
// handle, name, dirty flag), its title, its recovery copy, files waiting for its renderer, and
// the ask-before-closing flow. Talks to the real window only through WindowPort, so it is tested
// without Electron.
import type { EventChannel, EventPayload } from '../../shared/ipc';
import type { RecoveryWriter } from './recovery-copies';

const APP_NAME = 'CreditStack';
const UNTITLED = 'Untitled';

/** The part of a BrowserWindow a document window uses. */
export interface WindowPort {
  /** BrowserWindow id (what menu clicks report). */
  readonly id: number;
  /** webContents id (what IPC events report). */
  readonly webContentsId: number;
  send<E extends EventChannel>(channel: E, payload: EventPayload<E>): void;
  setTitle(title: string): void;
  /** macOS: the dot in the close button; a no-op elsewhere. */
  setDocumentEdited(edited: boolean): void;
  /** macOS: the file's icon in the title bar; a no-op elsewhere. */
  setRepresentedFilename(file: string): void;
  focus(): void;
  close(): void;
}

/** What the real window reports back. */
export interface WindowEvents {
  /** false cancels the close (the user is being asked about unsaved changes). */
  close(): boolean;
  closed(): void;
  rendererGone(): void;
}

export type CloseChoice = 'save' | 'discard' | 'cancel';

export interface DocumentWindowHooks {
  confirmClose(window: DocumentWindow): Promise<CloseChoice>;
  /** The user canceled a close (or the save it asked for did not happen): an app quit in progress stops. */
  closeCanceled(): void;
}

/** "• plan — CreditStack": the dot marks unsaved changes. */
function formatWindowTitle(name: string, dirty: boolean): string {
  return `${dirty ? '• ' : ''}${name} — ${APP_NAME}`;
}

type OpenedFile = EventPayload<'workbook:opened'>;

export class DocumentWindow {
  #handle: string | null = null;
  #name = UNTITLED;
  #dirty = false;
  #listening = false;
  #pending: OpenedFile[] = [];
  #asking = false;
  #closeAfterSave = false;
  #closeConfirmed = false;
  #rendererGone = false;

  constructor(
    readonly port: WindowPort,
    readonly recovery: RecoveryWriter,
    private readonly hooks: DocumentWindowHooks,
  ) {
    this.#showState();
  }

  get handle(): string | null {
    return this.#handle;
  }

  get name(): string {
    return this.#name;
  }

  get dirty(): boolean {
    return this.#dirty;
  }

  /** The user answered the unsaved-changes question with Save or Don't Save. */
  get closeConfirmed(): boolean {
    return this.#closeConfirmed;
  }

  get rendererGone(): boolean {
    return this.#rendererGone;
  }

  /** Nothing to lose and nothing on its way: a file can open here instead of in a new window. */
  get isPristine(): boolean {
    return this.#handle === null && !this.#dirty && this.#pending.length === 0 && !this.#rendererGone;
  }

  #showState(): void {
    this.port.setTitle(formatWindowTitle(this.#name, this.#dirty));
    this.port.setDocumentEdited(this.#dirty);
  }

  /** What the renderer reports: the document's name and whether it has unsaved changes. */
  setState(name: string, dirty: boolean): void {
    this.#name = name;
    this.#dirty = dirty;
    this.#showState();
  }

  /** The window now shows this file (opened or saved under this name). Returns the handle it replaces. */
  bindFile(handle: string, name: string, file: string): string | null {
    const previous = this.#handle;
    this.#handle = handle;
    this.#name = name;
    this.#dirty = false;
    this.port.setRepresentedFilename(file);
    this.#showState();
    return previous === handle ? null : previous;
  }

  /** Sends a file the main process opened for this window, or keeps it until the renderer asks. */
  deliver(file: OpenedFile): void {
    if (this.#listening) this.port.send('workbook:opened', file);
    else this.#pending.push(file);
  }

  /** The renderer is listening now: it gets what arrived before, and later files as events. */
  takePending(): OpenedFile[] {
    this.#listening = true;
    const pending = this.#pending;
    this.#pending = [];
    return pending;
  }

  /** A save of this window's document succeeded: it is clean, its recovery copy goes, and a close waiting on the save proceeds. */
  saved(): void {
    this.#dirty = false;
    this.#showState();
    void this.recovery.update(null);
    if (this.#closeAfterSave) {
      this.#closeAfterSave = false;
      this.#closeConfirmed = true;
      this.port.close();
    }
  }

  /** A save failed or was canceled. */
  saveAbandoned(): void {
    if (!this.#closeAfterSave) return;
    this.#closeAfterSave = false;
    this.hooks.closeCanceled();
  }

  markRendererGone(): void {
    this.#rendererGone = true;
  }

  /** Called on the window's 'close' event; false means "prevent the close" (the user is being asked). */
  requestClose(): boolean {
    if (!this.#dirty || this.#closeConfirmed || this.#rendererGone) return true;
    if (!this.#asking) void this.#askToClose();
    return false;
  }

  async #askToClose(): Promise<void> {
    this.#asking = true;
    let choice: CloseChoice;
    try {
      choice = await this.hooks.confirmClose(this);
    } finally {
      this.#asking = false;
    }
    if (choice === 'cancel') {
      this.hooks.closeCanceled();
    } else if (choice === 'discard') {
      this.#closeConfirmed = true;
      this.port.close();
    } else {
      // The renderer owns the text: it saves as for File > Save, and saved() closes the window.
      this.#closeAfterSave = true;
      this.port.send('menu:command', 'file.save');
    }
  }
}
