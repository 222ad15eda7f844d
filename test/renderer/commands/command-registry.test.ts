// The command registry: every item of the desktop menu that reaches the page has a handler there,
// and the eleven items that used to do nothing (Add/Duplicate/Delete Line, New/Duplicate
// Scenario, the six View items) now change the store as their labels say.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuContext } from '../../../electron/main/menu';
import { parseWorkbookText } from '../../../shared/io';
import { COMMAND_SPECS, type CommandSpec } from '../../../shared/ipc';
import { commandHandler, runCommand } from '../../../renderer/src/commands/registry';
import { selectActiveScenario } from '../../../renderer/src/store/document-slice';
import { useStore } from '../../../renderer/src/store/store';

const ROOT = path.resolve(import.meta.dirname, '../../..');

type Item = { id?: string; submenu?: Item[]; click?: (item: unknown, window: unknown) => void };
const flatten = (items: Item[]): Item[] => items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);

/** The ids the desktop menu sends, found by clicking every item of the real template. */
function idsTheMenuSends(): string[] {
  const sent: string[] = [];
  const context: MenuContext = {
    platform: 'linux',
    devTools: false,
    recentFiles: [],
    runCommand: (id) => void sent.push(id),
    openRecent: vi.fn(),
    clearRecent: vi.fn(),
  };
  for (const item of flatten(buildMenuTemplate(context) as Item[])) item.click?.({}, { id: 1 });
  return sent;
}

function openSample(): void {
  const opened = parseWorkbookText(readFileSync(path.join(ROOT, 'assets/templates/series-a.creditstack'), 'utf8'));
  if (!opened.ok) throw new Error(opened.error.message);
  useStore.getState().load(opened.workbook, 'Series A.creditstack', null);
}

const active = () => selectActiveScenario(useStore.getState());

describe('the desktop menu and the page registry', () => {
  it('every menu item the page receives has a handler (window.new stays in the main process)', () => {
    const sent = idsTheMenuSends();
    // Menu items with an id (Open Recent is a submenu, not a command): 7 File (Import from AWS
    // included), 8 Edit (New Scenario Based on Current included), 6 View.
    expect(sent).toHaveLength(21);
    const missing = sent.filter((id) => id !== 'window.new' && commandHandler(id) === undefined);
    expect(missing).toEqual([]);
    expect(commandHandler('window.new')).toBeUndefined();
  });

  it('shows each command with the shortcut the page answers to (Add Line is Ctrl/Cmd+Enter)', () => {
    const byId = new Map((COMMAND_SPECS as readonly CommandSpec[]).map((c) => [c.id, c]));
    expect(byId.get('lines.add')?.shortcut).toBe('Mod+Enter');
    // No two commands share a key in the same place: a key press runs one command.
    const seen = new Set<string>();
    for (const c of COMMAND_SPECS as readonly CommandSpec[])
      for (const key of [c.shortcut, c.alternate]) {
        if (key === undefined) continue;
        const place = `${key}@${c.grid ?? 'window'}`;
        expect(seen.has(place), place).toBe(false);
        seen.add(place);
      }
  });
});

describe('the menu items that used to do nothing', () => {
  beforeEach(openSample);

  it('Add Line adds a line of the current kind below the current line and focuses its name', () => {
    useStore.getState().setCurrentRow('line', { id: 'endpoint-tickets', colId: 'instanceCount' });
    const before = active().lines.length;
    runCommand('lines.add');
    const lines = active().lines;
    expect(lines).toHaveLength(before + 1);
    // endpoint-tickets is the 2nd line (index 1), so the new one is the 3rd; endpoint-1 is the first free "endpoint-n" id.
    expect(lines[2]).toMatchObject({ id: 'endpoint-1', kind: 'endpoint' });
    expect(useStore.getState().rowFocus).toEqual({ grid: 'line', id: 'endpoint-1', colId: 'name' });
    runCommand('edit.undo');
    expect(active().lines).toHaveLength(before);
  });

  it('Duplicate Line and Delete Line act on the current line; without one they are unavailable', () => {
    runCommand('lines.duplicate');
    const before = active().lines.length;
    expect(active().lines).toHaveLength(before);
    useStore.getState().setCurrentRow('line', { id: 'aurora', colId: 'monthlyCost' });
    runCommand('lines.duplicate');
    expect(active().lines).toHaveLength(before + 1);
    // aurora is the 4th line (index 3); its copy comes right after it.
    expect(active().lines[4]).toMatchObject({ id: 'aurora-1', name: 'Aurora (application state) (copy)' });
    expect(useStore.getState().rowFocus).toEqual({ grid: 'line', id: 'aurora-1', colId: 'monthlyCost' });
    runCommand('lines.delete');
    // The current line (aurora) goes; focus moves to the line that took its place.
    expect(active().lines.some((l) => l.id === 'aurora')).toBe(false);
    expect(useStore.getState().rowFocus?.id).toBe('aurora-1');
  });

  it('New Scenario and Duplicate Scenario make a scenario and show it', () => {
    runCommand('scenario.add');
    expect(useStore.getState().workbook.scenarios).toHaveLength(3);
    expect(active()).toMatchObject({ id: 'scenario-1', name: 'Scenario 3', startMonth: '2027-01', lines: [] });
    useStore.getState().setActiveScenario('stack');
    runCommand('scenario.duplicate');
    const { scenarios } = useStore.getState().workbook;
    expect(scenarios.map((s) => s.id)).toEqual(['stack', 'stack-1', 'stack-accelerator', 'scenario-1']);
    expect(active().id).toBe('stack-1');
    expect(active().lines).toBe(scenarios[0].lines);
  });

  it('the View items bring their panel forward, and Compare opens the Compare view', () => {
    for (const panel of ['lines', 'pools', 'assumptions', 'results', 'issues'] as const) {
      useStore.setState({ view: 'compare', reveal: null });
      runCommand(`view.${panel}`);
      expect(useStore.getState()).toMatchObject({ view: 'workbook', reveal: { panel } });
    }
    runCommand('view.compare');
    expect(useStore.getState().view).toBe('compare');
  });
});
