// Opening, saving and recovering workbooks: the store on one side, the host bridge on the other,
// and the engine worker between them, which parses and validates what is opened and writes the
// text of saves and recovery copies (none of it runs on the UI thread). Every failure becomes a
// notice that says what and where; nothing is lost on a failed save.
import { formatLoadError } from '../../../shared/io/load-error';
import { saveSizeProblem } from '../../../shared/io/workbook-save';
import { bridgeNow } from '../bridge/get-bridge';
import { engine } from '../engine-host/engine-host';
import type { OpenedFile } from '../bridge/bridge';
import seriesA from '../../../assets/templates/series-a.creditstack?raw';
import { useStore } from '../store/store';
import { blankWorkbook, selectDirty } from '../store/document-slice';

const SAMPLE_NAME = 'Series A sample.creditstack';

function confirmDiscard(): boolean {
  const state = useStore.getState();
  return !selectDirty(state) || window.confirm(`Discard unsaved changes to ${state.fileName}?`);
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** Loads file text into the store, or shows why it cannot be opened (the current document stays). */
export async function openText(file: OpenedFile, options: { dirty?: boolean } = {}): Promise<boolean> {
  let result;
  try {
    result = await engine.open(file.text);
  } catch (error) {
    useStore.getState().notify({ kind: 'error', text: `Could not open ${file.name}: ${messageOf(error)}` });
    return false;
  }
  if (!result.ok) {
    useStore.getState().notify({ kind: 'error', text: `Could not open ${formatLoadError(file.name, result.error)}` });
    return false;
  }
  useStore
    .getState()
    .load(result.workbook, file.name, file.handle, { dirty: options.dirty || result.migratedFrom !== null });
  if (result.migratedFrom !== null)
    useStore.getState().notify({
      kind: 'info',
      text: `${file.name} was made by an older version; it will be saved in the current format.`,
    });
  return true;
}

export async function openSample(): Promise<void> {
  await openText({ name: SAMPLE_NAME, text: seriesA, handle: null });
}

export function newWorkbook(): void {
  if (!confirmDiscard()) return;
  useStore.getState().load(blankWorkbook(), 'Untitled.creditstack', null);
}

export async function openWorkbook(): Promise<void> {
  if (!confirmDiscard()) return;
  try {
    const file = await bridgeNow().openWorkbook();
    if (file !== null) await openText(file);
  } catch (error) {
    useStore.getState().notify({ kind: 'error', text: messageOf(error) });
  }
}

export async function saveWorkbook(options: { as?: boolean } = {}): Promise<boolean> {
  const state = useStore.getState();
  const bridge = bridgeNow();
  // The workbook with the snapshot of the prices it uses, written by the worker.
  let text: string;
  try {
    text = await engine.text('save');
  } catch (error) {
    useStore.getState().notify({ kind: 'error', text: `Not saved: ${messageOf(error)}. Your changes are still here.` });
    return false;
  }
  const tooLarge = saveSizeProblem(text);
  if (tooLarge !== null) {
    useStore.getState().notify({ kind: 'error', text: `Not saved: ${tooLarge}. Your changes are still here.` });
    return false;
  }
  const name = state.fileName.endsWith('.creditstack') ? state.fileName : `${state.fileName}.creditstack`;
  let result =
    state.handle === null || options.as
      ? await bridge.saveWorkbookAs(name, text)
      : await bridge.saveWorkbook(state.handle, text);
  if (!result.ok && !result.canceled && result.code === 'CHANGED_ON_DISK' && state.handle !== null) {
    if (
      !window.confirm(
        `${state.fileName} was changed by another program since you opened it. Overwrite it with your version?`,
      )
    )
      return false;
    result = await bridge.saveWorkbook(state.handle, text, { force: true });
  }
  if (result.ok) {
    // What was written is the workbook as the save began; edits made since keep it dirty.
    useStore.getState().markSaved(result.name, result.handle, state.workbook);
    await writeRecoveryNow();
    useStore.getState().notify({ kind: 'info', text: `Saved ${result.name}` });
    return true;
  }
  if (!result.canceled)
    useStore.getState().notify({ kind: 'error', text: `Not saved: ${result.message}. Your changes are still here.` });
  return false;
}

const RECOVERY_INTERVAL_MS = 3_000;
const TIME = new Intl.DateTimeFormat(undefined, { timeStyle: 'medium' });
/** When the last copy was written, and whether its failure since has been reported (said once, not every 3 s). */
const copies = { lastWrittenAt: null as Date | null, failureShown: false };

/** Writes this window's recovery copy now: the document if it has unsaved changes, else none. False when it failed (said once). */
async function writeRecoveryNow(): Promise<boolean> {
  const now = useStore.getState();
  const dirty = selectDirty(now);
  try {
    // The copy's text is written by the engine worker, which holds the document.
    await bridgeNow().writeRecovery(dirty ? { name: now.fileName, text: await engine.text('recovery') } : null);
    if (dirty) copies.lastWrittenAt = new Date();
    copies.failureShown = false;
    return true;
  } catch (error) {
    if (!copies.failureShown) {
      copies.failureShown = true;
      const reason = error instanceof Error ? error.message : String(error);
      const older =
        copies.lastWrittenAt === null
          ? 'There is no earlier copy.'
          : `The copy from ${TIME.format(copies.lastWrittenAt)} is kept.`;
      useStore.getState().notify({
        kind: 'error',
        text: `Unsaved changes could not be copied for recovery: ${reason}. ${older} Save to keep your work safe.`,
      });
    }
    return false;
  }
}

/**
 * Writes a recovery copy a few seconds after the last change while the document is dirty. It
 * goes on while a copy from an earlier session is on offer: the host keeps that copy apart (its
 * own key or file) until the offer is answered, so neither the old work nor the new is lost.
 */
export function startRecoveryCopies(): () => void {
  let recoveryTimer: ReturnType<typeof setTimeout> | null = null;
  return useStore.subscribe((state, prev) => {
    if (state.workbook === prev.workbook && state.savedWorkbook === prev.savedWorkbook) return;
    if (recoveryTimer !== null) return;
    recoveryTimer = setTimeout(() => {
      recoveryTimer = null;
      void writeRecoveryNow();
    }, RECOVERY_INTERVAL_MS);
  });
}

/** Opens the offered unsaved work as a dirty document (asking first if the one on screen has changes). */
export async function restoreRecovery(): Promise<void> {
  const copy = useStore.getState().recoveryOffer;
  if (copy === null || !confirmDiscard()) return;
  // A copy that cannot be read is reported by openText; the offer stays, so it can be discarded.
  if (!(await openText({ name: copy.name, text: copy.text, handle: null }, { dirty: true }))) return;
  useStore.getState().offerRecovery(null);
  // The restored work becomes this window's own copy first; only then does the offered one go.
  // (If that copy cannot be written, the offered one is kept: it holds the same work.)
  if (await writeRecoveryNow()) await answerOffer('restored');
}

/** Throws the offered copy away; this window's own copy (of what is on screen) is untouched. */
export async function discardRecovery(): Promise<void> {
  useStore.getState().offerRecovery(null);
  await answerOffer('discarded');
}

async function answerOffer(answer: 'restored' | 'discarded'): Promise<void> {
  try {
    await bridgeNow().answerRecovery(answer);
  } catch (error) {
    console.warn('[recovery] the offered copy could not be removed:', error);
  }
}
