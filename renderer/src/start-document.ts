// Opens the first document (the sample, with any unsaved work from an earlier session offered
// back beside it) and keeps the engine, the window title and the recovery copy in step with the
// document. It runs before the interface has loaded, so the first results are being computed
// while the grids' script is still being read.
import { getBridge } from './bridge/get-bridge';
import { openSample, startRecoveryCopies } from './commands/file-actions';
import { engine } from './engine-host/engine-host';
import { useStore } from './store/store';
import { selectDirty } from './store/document-slice';

export async function startDocument(): Promise<void> {
  const bridge = await getBridge();
  // The engine worker follows every change of the document (it gets what changed, and computes
  // the scenarios that changed); the window title and dirty marker stay current.
  useStore.subscribe((state, prev) => {
    if (state.workbook !== prev.workbook) engine.sync(state.workbook);
    if (state.fileName !== prev.fileName || selectDirty(state) !== selectDirty(prev))
      bridge.setDocumentState({ name: state.fileName, dirty: selectDirty(state) });
  });
  const recovery = await bridge.readRecovery();
  await openSample();
  // Unsaved work from an earlier session is offered back in a banner (store/ui-slice.ts).
  if (recovery !== null) useStore.getState().offerRecovery(recovery);
  // Had the sample not opened, the blank document is the one to compute.
  engine.sync(useStore.getState().workbook);
  bridge.setDocumentState({ name: useStore.getState().fileName, dirty: selectDirty(useStore.getState()) });
  startRecoveryCopies();
}
