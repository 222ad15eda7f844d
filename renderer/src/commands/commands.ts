// Every user command once, as data: the toolbar, the keyboard and the desktop menu all run
// these by id (the Electron menu sends the same ids).
import { useDocument } from '../store/document-store';
import { newWorkbook, openWorkbook, saveWorkbook } from './file-actions';

export interface Command {
  id: string;
  label: string;
  /** Keyboard shortcut; "Mod" is Ctrl, or Cmd on macOS. */
  shortcut?: string;
  run(): void;
}

/** Commands whose effect lives in a React panel register their runner at mount. */
const panelRunners = new Map<string, () => void>();
export function registerPanelCommand(id: string, run: () => void): () => void {
  panelRunners.set(id, run);
  return () => panelRunners.delete(id);
}

export const COMMANDS: Command[] = [
  { id: 'file.new', label: 'New', shortcut: 'Mod+N', run: newWorkbook },
  { id: 'file.open', label: 'Open…', shortcut: 'Mod+O', run: () => void openWorkbook() },
  { id: 'file.save', label: 'Save', shortcut: 'Mod+S', run: () => void saveWorkbook() },
  { id: 'file.saveAs', label: 'Save As…', shortcut: 'Mod+Shift+S', run: () => void saveWorkbook({ as: true }) },
  { id: 'file.export', label: 'Export CSV…', shortcut: 'Mod+E', run: () => panelRunners.get('file.export')?.() },
  { id: 'edit.undo', label: 'Undo', shortcut: 'Mod+Z', run: () => useDocument.getState().undo() },
  { id: 'edit.redo', label: 'Redo', shortcut: 'Mod+Shift+Z', run: () => useDocument.getState().redo() },
  { id: 'edit.redoAlt', label: 'Redo', shortcut: 'Mod+Y', run: () => useDocument.getState().redo() },
];

export function runCommand(id: string): boolean {
  const command = COMMANDS.find((c) => c.id === id);
  if (command !== undefined) {
    command.run();
    return true;
  }
  const panel = panelRunners.get(id);
  panel?.();
  return panel !== undefined;
}

function matches(shortcut: string, e: KeyboardEvent): boolean {
  const parts = shortcut.split('+');
  const key = parts.at(-1)!.toLowerCase();
  const mod = e.ctrlKey || e.metaKey;
  return (
    parts.includes('Mod') === mod &&
    parts.includes('Shift') === e.shiftKey &&
    !e.altKey &&
    e.key.toLowerCase() === key
  );
}

/** Global shortcuts. Undo/redo inside a text editor that is open stays the editor's own. */
export function installShortcuts(): () => void {
  const onKey = (e: KeyboardEvent) => {
    const target = e.target as HTMLElement | null;
    // Text fields keep their own undo; checkboxes and buttons do not edit text.
    const editingText =
      target !== null &&
      ((target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type)) ||
        target.tagName === 'TEXTAREA' ||
        target.isContentEditable);
    for (const command of COMMANDS) {
      if (command.shortcut === undefined || !matches(command.shortcut, e)) continue;
      if (editingText && command.id.startsWith('edit.')) return;
      e.preventDefault();
      command.run();
      return;
    }
  };
  window.addEventListener('keydown', onKey);
  return () => window.removeEventListener('keydown', onKey);
}
