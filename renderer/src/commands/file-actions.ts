// Opening, saving and recovering workbooks: the store on one side, the host bridge on the other.
// Every failure becomes a notice that says what and where; nothing is lost on a failed save.
import { formatLoadError, parseWorkbookText, saveSizeProblem, serializeWorkbook } from '../../../shared/io';
import { bundledPriceBook, withPriceSnapshot } from '../../../shared/prices';
import { bridgeNow } from '../bridge/get-bridge';
import type { OpenedFile } from '../bridge/bridge';
import seriesA from '../../../assets/templates/series-a.creditstack?raw';
import { useStore } from '../store/store';
import { blankWorkbook, selectDirty } from '../store/document-slice';

export const SAMPLE_NAME = 'Series A sample.creditstack';

function confirmDiscard(): boolean {
  const state = useStore.getState();
  return !selectDirty(state) || window.confirm(`Discard unsaved changes to ${state.fileName}?`);
}

/** Loads file text into the store, or shows why it cannot be opened (the current document stays). */
export function openText(file: OpenedFile, options: { dirty?: boolean } = {}): boolean {
  const result = parseWorkbookText(file.text);
  if (!result.ok) {
    useStore.getState().notify({ kind: 'error', text: `Could not open ${formatLoadError(file.name, result.error)}` });
    return false;
  }
  useStore.getState().load(result.workbook, file.name, file.handle, { dirty: options.dirty || result.migratedFrom !== null });
  if (result.migratedFrom !== null)
    useStore.getState().notify({ kind: 'info', text: `${file.name} was made by an older version; it will be saved in the current format.` });
  return true;
}

export function openSample(): void {
  openText({ name: SAMPLE_NAME, text: seriesA, handle: null });
}

export function newWorkbook(): void {
  if (!confirmDiscard()) return;
  useStore.getState().load(blankWorkbook(), 'Untitled.creditstack', null);
}

export async function openWorkbook(): Promise<void> {
  if (!confirmDiscard()) return;
  try {
    const file = await bridgeNow().openWorkbook();
    if (file !== null) openText(file);
  } catch (error) {
    useStore.getState().notify({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
  }
}

/** The text a save writes: the workbook with the snapshot of the prices it uses. */
export function workbookText(): string {
  return serializeWorkbook(withPriceSnapshot(useStore.getState().workbook, bundledPriceBook()));
}

export async function saveWorkbook(options: { as?: boolean } = {}): Promise<boolean> {
  const state = useStore.getState();
  const bridge = bridgeNow();
  const text = workbookText();
  const tooLarge = saveSizeProblem(text);
  if (tooLarge !== null) {
    useStore.getState().notify({ kind: 'error', text: `Not saved: ${tooLarge}. Your changes are still here.` });
    return false;
  }
  const name = state.fileName.endsWith('.creditstack') ? state.fileName : `${state.fileName}.creditstack`;
  let result = state.handle === null || options.as ? await bridge.saveWorkbookAs(name, text) : await bridge.saveWorkbook(state.handle, text);
  if (!result.ok && !result.canceled && result.code === 'CHANGED_ON_DISK' && state.handle !== null) {
    if (!window.confirm(`${state.fileName} was changed by another program since you opened it. Overwrite it with your version?`)) return false;
    result = await bridge.saveWorkbook(state.handle, text, { force: true });
  }
  if (result.ok) {
    useStore.getState().markSaved(result.name, result.handle);
    await bridge.writeRecovery(null);
    useStore.getState().notify({ kind: 'info', text: `Saved ${result.name}` });
    return true;
  }
  if (!result.canceled) useStore.getState().notify({ kind: 'error', text: `Not saved: ${result.message}. Your changes are still here.` });
  return false;
}

const RECOVERY_INTERVAL_MS = 3_000;

/** Writes the recovery copy now: the document if it has unsaved changes, else none. */
async function writeRecoveryNow(): Promise<void> {
  const now = useStore.getState();
  await bridgeNow().writeRecovery(selectDirty(now) ? { name: now.fileName, text: serializeWorkbook(now.workbook) } : null);
}

/** Writes a recovery copy a few seconds after the last change while the document is dirty. */
export function startRecoveryCopies(): () => void {
  let recoveryTimer: ReturnType<typeof setTimeout> | null = null;
  return useStore.subscribe((state, prev) => {
    if (state.workbook === prev.workbook && state.savedWorkbook === prev.savedWorkbook) return;
    if (recoveryTimer !== null) return;
    recoveryTimer = setTimeout(() => {
      recoveryTimer = null;
      // The copy found at start is still on offer: keep it until the user decides.
      if (useStore.getState().recoveryOffer === null) void writeRecoveryNow();
    }, RECOVERY_INTERVAL_MS);
  });
}

/** Opens the offered unsaved work as a dirty document (asking first if the one on screen has changes). */
export function restoreRecovery(): void {
  const copy = useStore.getState().recoveryOffer;
  if (copy === null || !confirmDiscard()) return;
  // A copy that cannot be read is reported by openText; the offer stays, so it can be discarded.
  if (!openText({ name: copy.name, text: copy.text, handle: null }, { dirty: true })) return;
  useStore.getState().offerRecovery(null);
  // The restored work is what the copy keeps from now on (the host replaces the old copy with it).
  void writeRecoveryNow();
}

/** Throws the offered copy away; the document on screen becomes the one kept safe from now on. */
export async function discardRecovery(): Promise<void> {
  useStore.getState().offerRecovery(null);
  await writeRecoveryNow();
}
