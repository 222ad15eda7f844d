// The window's top bar: file name with its dirty marker, file and edit commands.
import { selectDirty } from '../store/document-slice';
import { useStore } from '../store/store';
import { CommandButton } from './CommandButton';

export function Toolbar() {
  const fileName = useStore((s) => s.fileName);
  const dirty = useStore(selectDirty);
  const title = useStore((s) => s.workbook.title);
  const settingsOpen = useStore((s) => s.settingsOpen);
  return (
    <header className="toolbar">
      <div className="brand">
        <span className="logo" aria-hidden>
          ◆
        </span>
        CreditStack
      </div>
      <div className="doc-name" data-testid="doc-name">
        <span className="doc-title" title={title}>
          {title}
        </span>
        <span className="doc-file" title={fileName}>
          {fileName}
          {dirty && (
            <span className="dirty-dot" title="Unsaved changes" aria-label="unsaved changes">
              ●
            </span>
          )}
        </span>
      </div>
      <nav className="toolbar-actions" aria-label="File and edit">
        <CommandButton id="file.new" />
        <CommandButton id="file.open" hint="Open a workbook" />
        <CommandButton id="file.save" />
        <CommandButton id="file.saveAs" />
        <CommandButton id="file.export" />
        <CommandButton id="file.import" hint="Import credits, credit allocations or costs from AWS" />
        <span className="sep" />
        <CommandButton id="edit.undo" />
        <CommandButton id="edit.redo" />
        <span className="sep" />
        <CommandButton id="view.settings" pressed={settingsOpen} hint="Scenario and company settings" />
      </nav>
    </header>
  );
}
