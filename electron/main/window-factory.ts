// The only place a BrowserWindow is made. Every window gets the same locked-down web
// preferences and loads the app's own page from app://.
import { BrowserWindow } from 'electron';
import type { WindowEvents, WindowPort } from './document-window';
import { APP_ENTRY_URL } from './app-origin';
import { SECURE_WEB_PREFERENCES } from './security-policy';

export interface WindowOptions {
  preload: string;
  devTools: boolean;
  platform: NodeJS.Platform;
}

export function createBrowserWindowPort(
  options: WindowOptions,
  events: (port: WindowPort) => WindowEvents,
): WindowPort {
  const window = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 800,
    minHeight: 500,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: options.preload, devTools: options.devTools },
  });
  const contents = window.webContents;
  const mac = options.platform === 'darwin';
  const port: WindowPort = {
    id: window.id,
    webContentsId: contents.id,
    send: (channel, payload) => {
      if (!contents.isDestroyed()) contents.send(channel, payload);
    },
    setTitle: (title) => window.setTitle(title),
    setDocumentEdited: (edited) => {
      if (mac) window.setDocumentEdited(edited);
    },
    setRepresentedFilename: (file) => {
      if (mac) window.setRepresentedFilename(file);
    },
    focus: () => {
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
    },
    close: () => {
      if (!window.isDestroyed()) window.close();
    },
  };
  const on = events(port);
  window.on('close', (event) => {
    if (!on.close()) event.preventDefault();
  });
  window.on('closed', () => on.closed());
  // The page's own <title> must not replace the document title the main process sets.
  window.on('page-title-updated', (event) => event.preventDefault());
  window.once('ready-to-show', () => window.show());
  contents.on('render-process-gone', () => on.rendererGone());
  void window.loadURL(APP_ENTRY_URL);
  return port;
}
