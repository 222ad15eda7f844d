// Import from AWS: the three inputs a user can get from AWS (with the AWS CLI v2 command that
// writes each), a file picker and a drop zone. The kind of file is recognised from its content;
// the result, or the one line saying why nothing was imported, shows here and in the notice bar.
import { useId, useRef, useState, type DragEvent } from 'react';
import { ModalDialog } from '../../components/ModalDialog';
import { readPickedFile } from '../../bridge/web-bridge';
import { useStore } from '../../store/store';
import { AWS_INPUTS } from './aws-inputs';
import { importAwsText, type ImportReport } from './import-actions';
import './import.css';

const EVERY = '';

export function ImportDialog({ onClose }: { onClose: () => void }) {
  const scenarios = useStore((s) => s.workbook.scenarios);
  const [scenarioId, setScenarioId] = useState(EVERY);
  const [reports, setReports] = useState<ImportReport[]>([]);
  const [over, setOver] = useState(false);
  const pickRef = useRef<HTMLInputElement>(null);
  const id = useId();

  const importFiles = async (files: FileList | null) => {
    for (const file of Array.from(files ?? [])) {
      let report: ImportReport;
      try {
        report = importAwsText(file.name, await readPickedFile(file), scenarioId === EVERY ? null : scenarioId);
      } catch (error) {
        report = {
          ok: false,
          message: `Not imported: ${error instanceof Error ? error.message : String(error)}`,
          details: [],
        };
      }
      setReports((list) => [report, ...list].slice(0, 6));
    }
  };

  const drop = (e: DragEvent) => {
    // The window's own drop handler would open the file as a workbook.
    e.preventDefault();
    e.stopPropagation();
    setOver(false);
    void importFiles(e.dataTransfer.files);
  };

  return (
    <ModalDialog title="Import from AWS" className="import-dialog" testId="import-dialog" onClose={onClose}>
      <p className="muted">
        What AWS says about your credits and bills, beside the plan. Run any of these with the AWS CLI v2, then choose
        or drop the file. Nothing leaves this computer.
      </p>
      <ol className="import-inputs">
        {AWS_INPUTS.map((input) => (
          <li key={input.kind}>
            <strong>{input.title}</strong> — {input.gives}
            <code>{input.command}</code>
          </li>
        ))}
      </ol>
      <div
        className={`import-drop${over ? ' over' : ''}`}
        data-testid="import-drop"
        onDragOver={(e) => {
          e.preventDefault();
          e.stopPropagation();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={drop}
      >
        <button type="button" onClick={() => pickRef.current?.click()} data-testid="import-choose">
          Choose file…
        </button>
        <span className="muted">or drop a .json or .csv file here</span>
        <input
          ref={pickRef}
          type="file"
          accept=".json,.csv,application/json,text/csv"
          multiple
          hidden
          data-testid="import-file"
          onChange={(e) => {
            void importFiles(e.currentTarget.files);
            e.currentTarget.value = '';
          }}
        />
      </div>
      <div className="form-grid">
        <label htmlFor={`${id}-scenario`}>Credits update the pools of</label>
        <select id={`${id}-scenario`} value={scenarioId} onChange={(e) => setScenarioId(e.target.value)}>
          <option value={EVERY}>every scenario</option>
          {scenarios.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name || s.id}
            </option>
          ))}
        </select>
      </div>
      {reports.length > 0 && (
        <ul className="import-reports" data-testid="import-reports" aria-live="polite">
          {reports.map((r, i) => (
            <li key={reports.length - i} className={r.ok ? 'ok' : 'error'}>
              {r.message}
              {r.details.length > 0 && (
                <ul>
                  {r.details.map((d) => (
                    <li key={d}>{d}</li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
      <div className="modal-actions">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </ModalDialog>
  );
}
