// The desktop host: the Bridge on top of `window.api`, which Electron's preload builds from the
// IPC channel table. The main process owns dialogs and paths; this side holds only opaque handles.
import type { PreloadApi, Result } from '../../../shared/ipc';
import type { Bridge, OpenedFile, SaveResult } from './bridge';

/** The value of an IPC answer, or a readable Error for the caller to show. */
function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(result.message);
  return result.value;
}

function toSaveResult(result: Result<{ handle: string; name: string } | null>): SaveResult {
  if (result.ok) return result.value === null ? { ok: false, canceled: true } : { ok: true, ...result.value };
  return {
    ok: false,
    code: result.code === 'CHANGED_ON_DISK' ? 'CHANGED_ON_DISK' : 'WRITE_FAILED',
    message: result.message,
  };
}

export function createElectronBridge(api: PreloadApi = (globalThis as { api?: unknown }).api as PreloadApi): Bridge {
  return {
    kind: 'electron',

    async openWorkbook() {
      return valueOf(await api.openWorkbook());
    },

    async saveWorkbook(handle, text, options) {
      return toSaveResult(
        await api.saveWorkbook({ handle, text, ...(options?.force === true ? { force: true } : {}) }),
      );
    },

    async saveWorkbookAs(suggestedName, text) {
      return toSaveResult(await api.saveWorkbookAs({ suggestedName, text }));
    },

    async exportCsv(suggestedName, text) {
      return valueOf(await api.exportCsv({ suggestedName, text }));
    },

    async writeRecovery(copy) {
      valueOf(await api.writeRecovery(copy === null ? null : { name: copy.name, text: copy.text }));
    },

    async readRecovery() {
      return valueOf(await api.readRecovery());
    },

    async answerRecovery(answer) {
      valueOf(await api.answerRecovery(answer));
    },

    setDocumentState(state) {
      // Fire and forget: a title that fails to update is not worth interrupting anyone for.
      void api.setDocumentState({ name: state.name, dirty: state.dirty }).then((result) => {
        if (!result.ok) console.warn(`[bridge] document state not sent: ${result.message}`);
      });
    },

    onMenuCommand(listener) {
      return api.onMenuCommand(listener);
    },

    onOpenFile(listener: (file: OpenedFile) => void) {
      // Subscribe first, then collect what the main process opened before anyone listened
      // (a launch argument, a second launch): nothing is missed and nothing arrives twice.
      const unsubscribe = api.onWorkbookOpened(listener);
      void api
        .takePendingWorkbooks()
        .then((result) => {
          for (const file of valueOf(result)) listener(file);
        })
        .catch((error: unknown) => console.warn('[bridge] files opened by the app could not be collected:', error));
      return unsubscribe;
    },
  };
}
