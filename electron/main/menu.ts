// The native menu, built from the command list. Building the template is pure (tested without
// Electron); installing it is one call in the lifecycle.
import type { MenuItemConstructorOptions } from 'electron';
import path from 'node:path';
import { MENU_COMMANDS, type MenuCommandId, type MenuName } from './commands';

export interface MenuContext {
  readonly platform: NodeJS.Platform;
  /** Development builds get a DevTools item; packaged builds do not. */
  readonly devTools: boolean;
  readonly recentFiles: readonly string[];
  /** A command was chosen; `windowId` is the focused window's id, if any. */
  runCommand(id: MenuCommandId, windowId: number | null): void;
  openRecent(file: string): void;
  clearRecent(): void;
}

type Item = MenuItemConstructorOptions;
type ClickWindow = { id: number } | undefined | null;

const separator: Item = { type: 'separator' };

// "&" starts a mnemonic in menu labels on Windows and Linux; a file name must show it literally.
const literalLabel = (text: string) => text.replace(/&/g, '&&');

function commandItems(menu: MenuName, context: MenuContext, groups: (group: number) => boolean = () => true): Item[] {
  const items: Item[] = [];
  let group: number | null = null;
  for (const command of MENU_COMMANDS.filter((c) => c.menu === menu && groups(c.group))) {
    if (group !== null && command.group !== group) items.push(separator);
    group = command.group;
    const accelerator =
      context.platform === 'win32' && command.acceleratorWin32 !== undefined
        ? command.acceleratorWin32
        : command.accelerator;
    items.push({
      id: command.id,
      label: command.label,
      ...(accelerator === undefined ? {} : { accelerator }),
      // The page runs its own shortcuts (one handler for the browser and the desktop); the menu
      // only shows them, or a key press would run a renderer command twice.
      ...(accelerator !== undefined && command.handledBy === 'renderer' ? { registerAccelerator: false } : {}),
      click: (_item: unknown, window: ClickWindow) =>
        context.runCommand(command.id as MenuCommandId, window?.id ?? null),
    });
    if (command.id === 'file.open') items.push(recentMenu(context));
  }
  return items;
}

function recentMenu(context: MenuContext): Item {
  const files: Item[] = context.recentFiles.map((file) => ({
    label: literalLabel(`${path.basename(file)}  —  ${path.dirname(file)}`),
    click: () => context.openRecent(file),
  }));
  return {
    id: 'file.openRecent',
    label: 'Open Recent',
    submenu: [
      ...(files.length > 0 ? files : [{ label: 'No Recent Files', enabled: false }]),
      separator,
      { label: 'Clear Recent', enabled: files.length > 0, click: () => context.clearRecent() },
    ],
  };
}

export function buildMenuTemplate(context: MenuContext): Item[] {
  const mac = context.platform === 'darwin';
  const file: Item = {
    label: '&File',
    submenu: [...commandItems('file', context), separator, mac ? { role: 'close' } : { role: 'quit' }],
  };
  const edit: Item = {
    label: '&Edit',
    // Cut, copy, paste and select-all stay native roles so text fields keep working.
    submenu: [
      ...commandItems('edit', context, (group) => group === 0),
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
      separator,
      ...commandItems('edit', context, (group) => group > 0),
    ],
  };
  const view: Item = {
    label: '&View',
    submenu: [
      ...commandItems('view', context),
      separator,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
      ...(context.devTools ? [{ role: 'toggleDevTools' } as Item] : []),
    ],
  };
  return [...(mac ? [{ role: 'appMenu' } as Item] : []), file, edit, view, { role: 'windowMenu' }];
}
