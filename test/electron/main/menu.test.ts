import { describe, expect, it, vi } from 'vitest';
import { MENU_COMMANDS, RENDERER_COMMAND_IDS } from '../../../electron/main/commands';
import { buildMenuTemplate, type MenuContext } from '../../../electron/main/menu';

type Item = {
  id?: string;
  label?: string;
  role?: string;
  type?: string;
  accelerator?: string;
  enabled?: boolean;
  submenu?: Item[];
  click?: (item: unknown, window: unknown) => void;
};

function build(overrides: Partial<MenuContext> = {}) {
  const context: MenuContext = {
    platform: 'linux',
    devTools: false,
    recentFiles: [],
    runCommand: vi.fn(),
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
    ...overrides,
  };
  return { context, template: buildMenuTemplate(context) as Item[] };
}

const flatten = (items: Item[]): Item[] => items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);

describe('the native menu', () => {
  it('shows every command exactly once, and each click runs its id for the clicked window', () => {
    const { context, template } = build();
    const items = flatten(template);
    for (const command of MENU_COMMANDS) {
      const found = items.filter((item) => item.id === command.id);
      expect(found, command.id).toHaveLength(1);
      expect(found[0].label).toBe(command.label);
      found[0].click?.({}, { id: 3 });
      expect(context.runCommand).toHaveBeenLastCalledWith(command.id, 3);
    }
    items.find((item) => item.id === 'file.save')?.click?.({}, undefined);
    expect(context.runCommand).toHaveBeenLastCalledWith('file.save', null);
  });

  it('has File, Edit and View menus, with native clipboard roles in Edit', () => {
    const { template } = build();
    expect(template.map((m) => m.label ?? m.role)).toEqual(['&File', '&Edit', '&View', 'windowMenu']);
    const editRoles = template[1].submenu!.filter((i) => i.role).map((i) => i.role);
    expect(editRoles).toEqual(['cut', 'copy', 'paste', 'selectAll']);
    const fileIds = template[0].submenu!.filter((i) => i.id).map((i) => i.id);
    expect(fileIds).toEqual([
      'file.new',
      'window.new',
      'file.open',
      'file.openRecent',
      'file.save',
      'file.saveAs',
      'file.export',
      'file.import',
    ]);
  });

  it('uses Ctrl+Y for Redo on Windows, and adds the app menu on macOS', () => {
    const redo = (platform: NodeJS.Platform) =>
      flatten(build({ platform }).template).find((i) => i.id === 'edit.redo')?.accelerator;
    expect(redo('win32')).toBe('Ctrl+Y');
    expect(redo('linux')).toBe('CmdOrCtrl+Shift+Z');
    expect(build({ platform: 'darwin' }).template[0].role).toBe('appMenu');
  });

  it('shows the keys the page answers to: Ctrl/Cmd+Enter adds a line, Ctrl/Cmd+Delete deletes one', () => {
    const items = flatten(build().template);
    expect(items.find((i) => i.id === 'lines.add')?.accelerator).toBe('CmdOrCtrl+Enter');
    expect(items.find((i) => i.id === 'lines.duplicate')?.accelerator).toBe('CmdOrCtrl+Shift+D');
    expect(items.find((i) => i.id === 'lines.delete')?.accelerator).toBe('CmdOrCtrl+Delete');
    expect(items.find((i) => i.id === 'view.issues')?.accelerator).toBe('CmdOrCtrl+6');
  });

  it('offers DevTools only in development builds', () => {
    expect(flatten(build({ devTools: false }).template).some((i) => i.role === 'toggleDevTools')).toBe(false);
    expect(flatten(build({ devTools: true }).template).some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('lists recent files with "&" shown literally, and clears them', () => {
    const { context, template } = build({ recentFiles: ['/home/me/R&D plan.creditstack'] });
    const recent = flatten(template).find((i) => i.id === 'file.openRecent')!.submenu!;
    expect(recent[0].label).toBe('R&&D plan.creditstack  —  /home/me');
    recent[0].click?.({}, undefined);
    expect(context.openRecent).toHaveBeenCalledWith('/home/me/R&D plan.creditstack');
    recent.at(-1)?.click?.({}, undefined);
    expect(context.clearRecent).toHaveBeenCalledOnce();
  });

  it('with no recent files shows a disabled placeholder', () => {
    const recent = flatten(build().template).find((i) => i.id === 'file.openRecent')!.submenu!;
    expect(recent[0]).toMatchObject({ label: 'No Recent Files', enabled: false });
    expect(recent.at(-1)).toMatchObject({ label: 'Clear Recent', enabled: false });
  });

  it('sends the renderer every command but the window ones', () => {
    expect(RENDERER_COMMAND_IDS).not.toContain('window.new');
    expect(RENDERER_COMMAND_IDS).toContain('file.save');
    for (const id of RENDERER_COMMAND_IDS) expect(id).toMatch(/^[a-z][A-Za-z]*(\.[A-Za-z0-9]+)+$/);
  });
});
