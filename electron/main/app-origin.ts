// Where the app's own pages live. The renderer is served from a custom scheme rather than
// file://, so it has a real origin that IPC and navigation checks can compare against.
export const APP_SCHEME = 'app';
export const APP_HOST = 'creditstack';
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_PATH = '/index.html';
export const APP_ENTRY_URL = `${APP_ORIGIN}${APP_ENTRY_PATH}`;
