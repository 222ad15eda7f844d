// The IPC contract between the renderer and the main process.
export * from './result';
export * from './payloads';
export * from './channels';
export * from './preload-api';
export * from './commands';
