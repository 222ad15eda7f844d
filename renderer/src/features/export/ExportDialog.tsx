// Export one table of the active scenario as CSV, for a spreadsheet or the board deck.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { ExportTable } from '../../../../shared/engine';
import { bridgeNow } from '../../bridge/get-bridge';
import { buildExportText, EXPORT_CHOICES, exportFileName } from './export-file';
import { useStore } from '../../store/store';
import { selectActiveScenario } from '../../store/document-slice';

export function ExportDialog({ onClose }: { onClose: () => void }) {
  const scenario = useStore(selectActiveScenario);
  const title = useStore((s) => s.workbook.title);
  const notify = useStore((s) => s.notify);
  const result = useStore((s) => s.byScenario.get(scenario.id));
  const [table, setTable] = useState<ExportTable>('monthly');
  const [bom, setBom] = useState(false);
  const [busy, setBusy] = useState(false);
  const selectRef = useRef<HTMLSelectElement>(null);
  const id = useId();

  useEffect(() => {
    selectRef.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  const fileName = exportFileName(title, scenario.name, table);
  const shape = useMemo(() => {
    if (result === undefined) return null;
    const text = buildExportText(table, result, scenario);
    const lines = text.split('\r\n').filter((l) => l !== '');
    return { rows: lines.length - 1, preview: lines.slice(0, 4) };
  }, [table, result, scenario]);
  const choice = EXPORT_CHOICES.find((c) => c.table === table)!;

  const confirm = async () => {
    if (result === undefined) return;
    setBusy(true);
    try {
      const text = buildExportText(table, result, scenario, { bom });
      const saved = await bridgeNow().exportCsv(fileName, text);
      if (saved) {
        notify({ kind: 'info', text: `Exported ${choice.label.toLowerCase()} of “${scenario.name}” as ${fileName}` });
        onClose();
      }
    } catch (error) {
      notify({ kind: 'error', text: `Export failed: ${error instanceof Error ? error.message : String(error)}` });
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="modal-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        className="modal"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        data-testid="export-dialog"
      >
        <h2 id={`${id}-title`}>Export CSV</h2>
        <p className="muted">
          From scenario <strong>{scenario.name || scenario.id}</strong>. Amounts in USD, rounded to cents; months as
          YYYY-MM.
        </p>
        <div className="form-grid">
          <label htmlFor={`${id}-table`}>Table</label>
          <div className="field">
            <select
              id={`${id}-table`}
              ref={selectRef}
              data-testid="export-table-select"
              value={table}
              onChange={(e) => setTable(e.target.value as ExportTable)}
            >
              {EXPORT_CHOICES.map((c) => (
                <option key={c.table} value={c.table}>
                  {c.label}
                </option>
              ))}
            </select>
            <span className="field-help">{choice.description}</span>
          </div>
          <span className="label">Excel</span>
          <label className="field">
            <span>
              <input
                type="checkbox"
                data-testid="export-bom"
                checked={bom}
                onChange={(e) => setBom(e.target.checked)}
              />{' '}
              Add a byte-order mark
            </span>
            <span className="field-help">so Excel on Windows reads names with accents correctly</span>
          </label>
          <span className="label">File</span>
          <span className="export-file-name" data-testid="export-file-name">
            {fileName}
          </span>
        </div>
        {shape === null ? (
          <p className="muted">Computing the scenario…</p>
        ) : (
          <>
            <p className="muted small">
              {shape.rows} {shape.rows === 1 ? 'row' : 'rows'} after the header. First lines:
            </p>
            <pre className="csv-preview" data-testid="export-preview">
              {shape.preview.join('\n')}
            </pre>
          </>
        )}
        <div className="modal-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button
            type="button"
            className="primary"
            data-testid="export-confirm"
            disabled={result === undefined || busy}
            onClick={() => void confirm()}
          >
            Export…
          </button>
        </div>
      </div>
    </div>
  );
}
