// Builds `window.api` from the channel table: one method per channel, nothing else. No logic
// lives here: the main process validates everything, and listeners receive only the payload,
// never Electron's event object (which would hand the page `sender`).
import type { IpcRenderer, IpcRendererEvent } from 'electron';
import {
  EVENT_METHODS,
  INVOKE_METHODS,
  type EventChannel,
  type EventPayload,
  type InvokeChannel,
  type PreloadApi,
  type RequestOf,
  type ResponseOf,
} from '../../shared/ipc/preload-api';

export type PreloadIpc = Pick<IpcRenderer, 'invoke' | 'on' | 'removeListener'>;

export function buildPreloadApi(ipc: PreloadIpc): PreloadApi {
  const invoke =
    <C extends InvokeChannel>(channel: C) =>
    (request?: RequestOf<C>): Promise<ResponseOf<C>> =>
      ipc.invoke(channel, request);
  const subscribe =
    <E extends EventChannel>(channel: E) =>
    (listener: (payload: EventPayload<E>) => void): (() => void) => {
      const forward = (_event: IpcRendererEvent, payload: EventPayload<E>) => listener(payload);
      ipc.on(channel, forward);
      return () => void ipc.removeListener(channel, forward);
    };

  return {
    openWorkbook: invoke(INVOKE_METHODS.openWorkbook),
    takePendingWorkbooks: invoke(INVOKE_METHODS.takePendingWorkbooks),
    saveWorkbook: invoke(INVOKE_METHODS.saveWorkbook),
    saveWorkbookAs: invoke(INVOKE_METHODS.saveWorkbookAs),
    exportCsv: invoke(INVOKE_METHODS.exportCsv),
    writeRecovery: invoke(INVOKE_METHODS.writeRecovery),
    readRecovery: invoke(INVOKE_METHODS.readRecovery),
    answerRecovery: invoke(INVOKE_METHODS.answerRecovery),
    setDocumentState: invoke(INVOKE_METHODS.setDocumentState),
    onMenuCommand: subscribe(EVENT_METHODS.onMenuCommand),
    onWorkbookOpened: subscribe(EVENT_METHODS.onWorkbookOpened),
  } satisfies PreloadApi;
}
