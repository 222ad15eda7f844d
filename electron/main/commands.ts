// The desktop menu's commands, read from the one command table (shared/ipc/commands.ts): the
// menu is built from this list and the page receives the same ids in `menu:command` events.
// Commands marked `main` concern windows, not the document, and are carried out here.
import { COMMAND_SPECS, type CommandSpec, type MenuName } from '../../shared/ipc';

export type { MenuName };

export interface MenuCommand {
  readonly id: string;
  readonly label: string;
  readonly menu: MenuName;
  /** Commands with the same group sit together; a separator goes between groups. */
  readonly group: number;
  readonly accelerator?: string;
  /** Windows shows the alternate key (Ctrl+Y for Redo). */
  readonly acceleratorWin32?: string;
  readonly handledBy: 'renderer' | 'main';
}

type InMenu = Extract<(typeof COMMAND_SPECS)[number], { menu: object }>;
export type MenuCommandId = InMenu['id'];

/** "Mod+Enter" in Electron's accelerator words: "CmdOrCtrl+Enter". */
function toAccelerator(shortcut: string, platform: 'win32' | 'other' = 'other'): string {
  return shortcut
    .split('+')
    .map((part) => (part === 'Mod' ? (platform === 'win32' ? 'Ctrl' : 'CmdOrCtrl') : part.replace(/^Arrow/, '')))
    .join('+');
}

export const MENU_COMMANDS: readonly MenuCommand[] = (COMMAND_SPECS as readonly CommandSpec[]).flatMap((c) =>
  c.menu === undefined
    ? []
    : [
        {
          id: c.id,
          label: c.label,
          menu: c.menu.name,
          group: c.menu.group,
          ...(c.shortcut === undefined ? {} : { accelerator: toAccelerator(c.shortcut) }),
          ...(c.alternate !== undefined && c.windowsShowsAlternate
            ? { acceleratorWin32: toAccelerator(c.alternate, 'win32') }
            : {}),
          handledBy: c.main === true ? 'main' : 'renderer',
        } satisfies MenuCommand,
      ],
);

/** The ids a renderer can receive in `menu:command`. */
export const RENDERER_COMMAND_IDS: readonly string[] = MENU_COMMANDS.filter((c) => c.handledBy === 'renderer').map(
  (c) => c.id,
);
