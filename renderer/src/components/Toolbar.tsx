// The window's top bar: file name with its dirty marker, file and edit commands.
import { runCommand } from '../commands/commands';
import { selectDirty, useDocument } from '../store/document-store';

export function Toolbar({ onSettings, settingsOpen }: { onSettings: () => void; settingsOpen: boolean }) {
  const fileName = useDocument((s) => s.fileName);
  const dirty = useDocument(selectDirty);
  const canUndo = useDocument((s) => s.past.length > 0);
  const canRedo = useDocument((s) => s.future.length > 0);
  const title = useDocument((s) => s.workbook.title);
  const button = (id: string, label: string, hint: string, disabled = false) => (
    <button type="button" onClick={() => runCommand(id)} title={hint} disabled={disabled} data-command={id}>
      {label}
    </button>
  );
  return (
    <header className="toolbar">
      <div className="brand">
        <span className="logo" aria-hidden>
          ◆
        </span>
        CreditStack
      </div>
      <div className="doc-name" data-testid="doc-name">
        <span className="doc-title">{title}</span>
        <span className="doc-file">
          {fileName}
          {dirty && (
            <span className="dirty-dot" title="Unsaved changes" aria-label="unsaved changes">
              ●
            </span>
          )}
        </span>
      </div>
      <nav className="toolbar-actions" aria-label="File and edit">
        {button('file.new', 'New', 'New workbook (Ctrl+N)')}
        {button('file.open', 'Open…', 'Open a workbook (Ctrl+O)')}
        {button('file.save', 'Save', 'Save (Ctrl+S)')}
        {button('file.saveAs', 'Save as…', 'Save as (Ctrl+Shift+S)')}
        {button('file.export', 'Export CSV…', 'Export CSV (Ctrl+E)')}
        <span className="sep" />
        {button('edit.undo', 'Undo', 'Undo (Ctrl+Z)', !canUndo)}
        {button('edit.redo', 'Redo', 'Redo (Ctrl+Shift+Z)', !canRedo)}
        <span className="sep" />
        <button type="button" onClick={onSettings} aria-pressed={settingsOpen} data-command="view.settings">
          Settings
        </button>
      </nav>
    </header>
  );
}
