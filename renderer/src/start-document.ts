// Opens the first document (the last unsaved work, if the user wants it back, else the sample)
// and keeps the engine, the window title and the recovery copy in step with the document. It
// runs before the interface has loaded, so the first results are being computed while the
// grids' script is still being read.
import { getBridge } from './bridge/get-bridge';
import { openSample, openText, startRecoveryCopies } from './commands/file-actions';
import { requestCompute } from './engine-host/engine-host';
import { selectDirty, useDocument } from './store/document-store';

export async function startDocument(): Promise<void> {
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
  startRecoveryCopies();
}
