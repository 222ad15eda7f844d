// The browser edition's host: open through a file picker, save through a download, recovery
// copies in IndexedDB (web-recovery.ts). Nothing here talks to a network.
import { LIMITS } from '../../../shared/model';
import { tooLargeMessage } from '../../../shared/io/utf8';
import type { Bridge, OpenedFile } from './bridge';
import { webRecovery } from './web-recovery';

function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.addEventListener('change', () => resolve(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => resolve(null), { once: true });
    input.click();
  });
}

function download(name: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  // Give the browser a moment to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The text of a file the user picked or dropped. The size comes first, from the File object, so a
 * file over the limit is refused without being read (reading 700 MB as text fails, and used to be
 * reported as an empty file).
 */
export async function readPickedFile(file: File): Promise<string> {
  if (file.size > LIMITS.fileBytes) throw new Error(`${file.name}: ${tooLargeMessage(file.size, LIMITS.fileBytes)}`);
  return file.text();
}

let dirtyGuard: ((e: BeforeUnloadEvent) => void) | null = null;
const openListeners = new Set<(file: OpenedFile) => void>();
const dropErrorListeners = new Set<(message: string) => void>();

export const webBridge: Bridge = {
  kind: 'web',

  async openWorkbook() {
    const file = await pickFile('.creditstack,.json,application/json');
    if (file === null) return null;
    return { name: file.name, text: await readPickedFile(file), handle: file.name };
  },

  async saveWorkbook(handle, text) {
    download(handle, text, 'application/json');
    return { ok: true, handle, name: handle };
  },

  async saveWorkbookAs(suggestedName, text) {
    download(suggestedName, text, 'application/json');
    return { ok: true, handle: suggestedName, name: suggestedName };
  },

  async exportCsv(suggestedName, text) {
    download(suggestedName, text, 'text/csv');
    return true;
  },

  writeRecovery: (copy) => webRecovery.write(copy),

  readRecovery: () => webRecovery.read(),

  answerRecovery: () => webRecovery.answer(),

  setDocumentState({ name, dirty }) {
    document.title = `${dirty ? '• ' : ''}${name} — CreditStack`;
    if (dirty && dirtyGuard === null) {
      dirtyGuard = (e) => e.preventDefault();
      window.addEventListener('beforeunload', dirtyGuard);
    } else if (!dirty && dirtyGuard !== null) {
      window.removeEventListener('beforeunload', dirtyGuard);
      dirtyGuard = null;
    }
  },

  onMenuCommand() {
    // The browser has no native menu; the in-page toolbar and shortcuts run the same commands.
    return () => {};
  },

  onOpenFile(listener, onError) {
    openListeners.add(listener);
    if (onError !== undefined) dropErrorListeners.add(onError);
    return () => {
      openListeners.delete(listener);
      if (onError !== undefined) dropErrorListeners.delete(onError);
    };
  },
};

// Dropping a workbook file on the page opens it.
if (typeof window !== 'undefined') {
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => {
    e.preventDefault();
    const file = e.dataTransfer?.files?.[0];
    if (file === undefined) return;
    void readPickedFile(file).then(
      (text) => {
        for (const listener of openListeners) listener({ name: file.name, text, handle: file.name });
      },
      (error: unknown) => {
        for (const listener of dropErrorListeners) listener(error instanceof Error ? error.message : String(error));
      },
    );
  });
}
