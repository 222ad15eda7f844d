// Starting and stopping the app: one instance (a second launch hands its files to the first),
// the app:// protocol, the guards on every web contents and session, the IPC handlers, the menu,
// and the files the OS asks us to open.
import { app, ipcMain, Menu, protocol, session } from 'electron';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { APP_SCHEME } from './app-origin';
import { createAppProtocolHandler } from './app-protocol';
import type { MenuCommandId } from './commands';
import { DesktopShell } from './desktop-shell';
import { electronDialogs } from './dialogs';
import { createDocumentFiles, nodeFileIo } from './document-files';
import { FileHandles } from './file-handles';
import { registerIpcHandlers } from './ipc-handlers';
import { workbookPathsFromArgv, workbookPathsFromSecondInstance, type SecondInstanceData } from './launch-files';
import { buildMenuTemplate } from './menu';
import { RecentFiles } from './recent-files';
import { RecoveryStore } from './recovery-copies';
import { guardSession, guardWebContents } from './web-contents-guards';
import { createBrowserWindowPort } from './window-factory';

/** How often, at most, a window's unsaved work is copied to disk. */
const RECOVERY_INTERVAL_MS = 3000;

export interface LaunchPaths {
  /** Folder of main.cjs and preload.cjs. */
  electronDir: string;
  /** Folder of the built renderer (index.html). */
  rendererDir: string;
}

export function startApp(paths: LaunchPaths): void {
  // Every renderer sandboxed, whatever a window's options say.
  app.enableSandbox();
  // A standard, secure scheme: a real origin for CSP and IPC checks; fetch and module scripts work.
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
  // Tests (and careful users) can point the app at a separate profile folder.
  const userDataOverride = process.env.CREDITSTACK_USER_DATA;
  if (userDataOverride !== undefined && path.isAbsolute(userDataOverride)) app.setPath('userData', userDataOverride);

  // `electron <app> file` in development, `CreditStack file` when packaged.
  const skip = process.defaultApp ? 2 : 1;
  const launchFiles = workbookPathsFromArgv(process.argv, process.cwd(), skip);
  const handover: SecondInstanceData = { files: launchFiles };
  if (!app.requestSingleInstanceLock(handover)) {
    app.quit();
    return;
  }

  let shell: DesktopShell | null = null;
  const waiting: string[] = [...launchFiles];
  const open = (files: string[]) => {
    if (shell === null) waiting.push(...files);
    else void shell.openPaths(files);
  };

  // macOS delivers double-clicked files through open-file, possibly before 'ready'.
  app.on('open-file', (event, file) => {
    event.preventDefault();
    open([file]);
  });
  app.on('second-instance', (_event, argv, workingDirectory, additionalData) => {
    const files = workbookPathsFromSecondInstance(additionalData, argv, workingDirectory, skip);
    if (files.length > 0) open(files);
    else shell?.windows[0]?.port.focus();
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('before-quit', () => shell?.beginQuit());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (shell !== null && shell.windows.length === 0) shell.newWindow();
  });

  void app.whenReady().then(async () => {
    guardSession(session.defaultSession);
    protocol.handle(APP_SCHEME, createAppProtocolHandler(paths.rendererDir));

    const files = createDocumentFiles(nodeFileIo);
    const userData = app.getPath('userData');
    // Electron normally creates it; a fresh --user-data folder from a test may not exist yet.
    await mkdir(userData, { recursive: true });
    const recent = new RecentFiles(path.join(userData, 'recent-files.json'), files);
    await recent.load();
    const installMenu = () =>
      Menu.setApplicationMenu(
        Menu.buildFromTemplate(
          buildMenuTemplate({
            platform: process.platform,
            devTools: !app.isPackaged,
            recentFiles: recent.list,
            runCommand: (id: MenuCommandId, windowId) => current.runCommand(id, windowId),
            openRecent: (file) => void current.openPaths([file]),
            clearRecent: () => void current.clearRecent(),
          }),
        ),
      );
    const current = new DesktopShell({
      files,
      handles: new FileHandles(),
      recovery: new RecoveryStore(path.join(userData, 'recovery'), files, nodeFileIo),
      recent,
      dialogs: electronDialogs,
      createWindow: (events) =>
        createBrowserWindowPort(
          {
            preload: path.join(paths.electronDir, 'preload.cjs'),
            devTools: !app.isPackaged,
            platform: process.platform,
          },
          events,
        ),
      recoveryIntervalMs: RECOVERY_INTERVAL_MS,
      recentChanged: (latest) => {
        if (latest !== null) app.addRecentDocument(latest);
        else if (recent.list.length === 0) app.clearRecentDocuments();
        installMenu();
      },
      quitApp: () => app.quit(),
    });
    await current.start();
    registerIpcHandlers(ipcMain, current.handlers);
    installMenu();
    shell = current;

    await current.openPaths(waiting.splice(0));
    if (current.windows.length === 0) current.newWindow();
  });
}
