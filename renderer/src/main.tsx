// Starts the renderer: picks the host bridge, opens the last unsaved work or the sample,
// keeps the engine, the title and the recovery copy in step with the document.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AllCommunityModule, ModuleRegistry } from 'ag-grid-community';
import { App } from './App';
import { getBridge } from './bridge/get-bridge';
import { installShortcuts, runCommand } from './commands/commands';
import { openSample, openText, startRecoveryCopies } from './commands/file-actions';
import { requestCompute, startEngine } from './engine-host/engine-host';
import { selectDirty, useDocument } from './store/document-store';
import './styles.css';

performance.mark('app-start');
// The engine worker loads in parallel with everything below.
startEngine();
ModuleRegistry.registerModules([AllCommunityModule]);

async function start() {
  const bridge = await getBridge();
  const recovery = await bridge.readRecovery();
  if (recovery !== null && window.confirm(`CreditStack found unsaved work in ${recovery.name} from ${new Date(recovery.savedAt).toLocaleString()}. Restore it?`)) {
    if (!openText({ name: recovery.name, text: recovery.text, handle: null }, { dirty: true })) openSample();
  } else {
    if (recovery !== null) await bridge.writeRecovery(null);
    openSample();
  }

  // Recompute whenever the document changes; keep the window title and dirty marker current.
  requestCompute(useDocument.getState().workbook);
  useDocument.subscribe((state, prev) => {
    if (state.workbook !== prev.workbook) requestCompute(state.workbook);
    if (state.fileName !== prev.fileName || selectDirty(state) !== selectDirty(prev))
      bridge.setDocumentState({ name: state.fileName, dirty: selectDirty(state) });
  });
  bridge.setDocumentState({ name: useDocument.getState().fileName, dirty: selectDirty(useDocument.getState()) });
  bridge.onMenuCommand((id) => runCommand(id));
  bridge.onOpenFile((file) => openText(file));
  startRecoveryCopies();
  installShortcuts();

  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
