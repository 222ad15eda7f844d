// Every dialog the app shows. The main process owns them, so a path reaches the app only because
// the user picked it here (or from the OS / command line), never because a page asked for it.
import { app, BrowserWindow, dialog, type BaseWindow } from 'electron';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { CloseChoice, WindowPort } from './document-window';
import { WORKBOOK_EXTENSION } from './launch-files';

export interface Dialogs {
  chooseWorkbookToOpen(parent: WindowPort | null): Promise<string | null>;
  chooseWorkbookSavePath(parent: WindowPort, suggestedName: string, folder: string | null): Promise<string | null>;
  chooseCsvSavePath(parent: WindowPort, suggestedName: string, folder: string | null): Promise<string | null>;
  confirmClose(parent: WindowPort, documentName: string): Promise<CloseChoice>;
  showError(parent: WindowPort | null, message: string): Promise<void>;
  /** A read-only file is about to be replaced: true only when the user chooses "Overwrite". */
  confirmOverwriteReadOnly(parent: WindowPort, fileName: string): Promise<boolean>;
  /** The workbook just opened is open in another CreditStack too (its lock file says who). */
  warnOtherEditor(parent: WindowPort, message: string): Promise<void>;
  /** After a window's page crashed: true when the user wants a new window (where the unsaved work is offered). */
  offerNewWindowAfterCrash(): Promise<boolean>;
}

/** "plan" -> "plan.creditstack"; a name that already ends in the extension is kept. */
function withExtension(name: string, extension: string): string {
  return name.toLowerCase().endsWith(extension) ? name : `${name}${extension}`;
}

const parentOf = (port: WindowPort | null): BaseWindow | null => (port === null ? null : BrowserWindow.fromId(port.id));

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

async function withOptionalParent<T>(
  parent: BaseWindow | null,
  show: (parent: BaseWindow) => Promise<T>,
  showAlone: () => Promise<T>,
): Promise<T> {
  return parent === null ? showAlone() : show(parent);
}

/** A message box over the window when there is one, else on its own. */
function messageBox(
  parent: BaseWindow | null,
  box: Electron.MessageBoxOptions,
): Promise<Electron.MessageBoxReturnValue> {
  return withOptionalParent(
    parent,
    (p) => dialog.showMessageBox(p, box),
    () => dialog.showMessageBox(box),
  );
}

async function chooseSavePath(
  port: WindowPort,
  defaultPath: string,
  filter: Electron.FileFilter,
  extension: string,
): Promise<string | null> {
  const parent = parentOf(port);
  const options: Electron.SaveDialogOptions = {
    defaultPath,
    filters: [filter],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const chosen = await withOptionalParent(
    parent,
    (p) => dialog.showSaveDialog(p, options),
    () => dialog.showSaveDialog(options),
  );
  if (chosen.canceled || chosen.filePath === undefined || chosen.filePath === '') return null;
  const file = withExtension(chosen.filePath, extension);
  // Some Linux dialogs do not add the extension; the dialog's overwrite question was then about another name.
  if (file !== chosen.filePath && (await exists(file))) {
    const box: Electron.MessageBoxOptions = {
      type: 'warning',
      message: `${path.basename(file)} already exists. Replace it?`,
      detail: 'The current file is kept as a .bak copy.',
      buttons: ['Replace', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
    };
    const answer = await messageBox(parent, box);
    if (answer.response !== 0) return null;
  }
  return file;
}

const folderOr = (folder: string | null) => folder ?? app.getPath('documents');

export const electronDialogs: Dialogs = {
  async chooseWorkbookToOpen(port) {
    const options: Electron.OpenDialogOptions = {
      properties: ['openFile'],
      filters: [
        { name: 'CreditStack workbooks', extensions: [WORKBOOK_EXTENSION.slice(1)] },
        { name: 'All files', extensions: ['*'] },
      ],
    };
    const parent = parentOf(port);
    const chosen = await withOptionalParent(
      parent,
      (p) => dialog.showOpenDialog(p, options),
      () => dialog.showOpenDialog(options),
    );
    return chosen.canceled || chosen.filePaths.length === 0 ? null : chosen.filePaths[0];
  },

  chooseWorkbookSavePath(port, suggestedName, folder) {
    const name = withExtension(suggestedName, WORKBOOK_EXTENSION);
    return chooseSavePath(
      port,
      path.join(folderOr(folder), name),
      { name: 'CreditStack workbook', extensions: [WORKBOOK_EXTENSION.slice(1)] },
      WORKBOOK_EXTENSION,
    );
  },

  chooseCsvSavePath(port, suggestedName, folder) {
    return chooseSavePath(
      port,
      path.join(folderOr(folder), withExtension(suggestedName, '.csv')),
      { name: 'CSV', extensions: ['csv'] },
      '.csv',
    );
  },

  async confirmClose(port, documentName) {
    const box: Electron.MessageBoxOptions = {
      type: 'warning',
      message: `Save the changes to “${documentName}” before closing?`,
      detail: 'Your changes will be lost if you do not save them.',
      buttons: ['Save', 'Don’t Save', 'Cancel'],
      defaultId: 0,
      cancelId: 2,
      noLink: true,
    };
    const answer = await messageBox(parentOf(port), box);
    return answer.response === 0 ? 'save' : answer.response === 1 ? 'discard' : 'cancel';
  },

  async showError(port, message) {
    const box: Electron.MessageBoxOptions = {
      type: 'error',
      message: 'CreditStack could not open the file',
      detail: message,
      buttons: ['OK'],
    };
    await messageBox(parentOf(port), box);
  },

  async confirmOverwriteReadOnly(port, fileName) {
    const box: Electron.MessageBoxOptions = {
      type: 'warning',
      message: `${fileName} is read-only.`,
      detail:
        'Overwrite replaces it with your version (it stays read-only, and the current file is kept as a .bak copy). Cancel leaves it as it is; Save As saves a copy elsewhere.',
      buttons: ['Overwrite', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
    };
    const answer = await messageBox(parentOf(port), box);
    return answer.response === 0;
  },

  async warnOtherEditor(port, message) {
    const box: Electron.MessageBoxOptions = {
      type: 'warning',
      message: 'This workbook is open somewhere else',
      detail: message,
      buttons: ['OK'],
    };
    await messageBox(parentOf(port), box);
  },

  async offerNewWindowAfterCrash() {
    const answer = await dialog.showMessageBox({
      type: 'error',
      message: 'A CreditStack window stopped unexpectedly',
      detail: 'Its unsaved work was kept and is offered in the next window you open.',
      buttons: ['Open a New Window', 'Close'],
      defaultId: 0,
      cancelId: 1,
    });
    return answer.response === 0;
  },
};
