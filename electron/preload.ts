// Entry point of the preload script (bundled to dist/electron/preload.cjs; a sandboxed preload
// must be a single CommonJS file). It only exposes the API built from the channel table.
import { contextBridge, ipcRenderer } from 'electron';
import { buildPreloadApi } from './preload/build-api';

contextBridge.exposeInMainWorld('api', buildPreloadApi(ipcRenderer));
