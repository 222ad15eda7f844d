// Recovery copies in the browser edition, in IndexedDB (localStorage's ~5 MB quota held neither
// a grown workbook nor a 4,000-line one). Each tab keeps ONE copy under its own id, so no tab
// ever writes over or removes another's. Which copies belong to a tab still open is known from
// the Web Locks API: every tab holds a lock named after its id for as long as it lives (the
// browser drops it when the tab closes or crashes), so a copy whose lock is free was left by a
// tab that is gone, and only such a copy is offered. Offering takes a second lock, so two tabs
// starting at once never offer (and then discard) the same copy.
import type { RecoveryCopy } from './bridge';

const DB_NAME = 'creditstack';
const STORE = 'recovery-copies';
/** Where the localStorage edition kept its single copy; moved into IndexedDB once, then removed. */
const LEGACY_KEY = 'creditstack.recovery';

interface StoredCopy extends RecoveryCopy {
  /** The id of the tab that wrote it. */
  id: string;
}

const liveLock = (id: string) => `creditstack.recovery.live.${id}`;
const offerLock = (id: string) => `creditstack.recovery.offered.${id}`;

/** This tab's id, new on every page load: a reloaded tab's earlier copy is offered back like a crashed one's. */
const TAB_ID = crypto.randomUUID();

// A connection per transaction, closed when it is done: copies are written at most every few
// seconds, an open connection would block a later version's upgrade in another tab, and Chromium
// fixes a connection's storage quota when it opens (a fresh one sees the quota as it is now).
function openDb(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'id' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
  });
}

/** Runs `work` in one transaction; resolves with its result once the transaction has committed. */
async function inStore<T>(
  mode: IDBTransactionMode,
  work: (store: IDBObjectStore) => IDBRequest<T> | void,
): Promise<T | undefined> {
  const database = await openDb();
  try {
    return await new Promise((resolve, reject) => {
      const tx = database.transaction(STORE, mode, { durability: 'strict' });
      const request = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request?.result);
      // A failed put aborts the transaction: the copy stored before is left as it was.
      tx.onabort = () => reject(tx.error ?? new Error('the browser aborted the write'));
    });
  } finally {
    database.close();
  }
}

/** Why a write failed, in words a user can act on. */
function describeStorageError(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError') return "the browser's storage for this site is full";
  if (name === 'InvalidStateError' || name === 'UnknownError') return 'the browser refused to store it';
  return `the browser could not store it (${name || String(error)})`;
}

let liveHeld: Promise<void> | null = null;

/** Marks this tab as alive for as long as it is open (the lock is never released by us). */
function holdLiveLock(): Promise<void> {
  liveHeld ??= new Promise<void>((granted) => {
    void navigator.locks.request(liveLock(TAB_ID), () => {
      granted();
      return new Promise<never>(() => undefined);
    });
  });
  return liveHeld;
}

let persistAsked = false;

/** Asks once that the browser not evict this site's storage under pressure (it may say no; copies still work). */
function askPersistentStorage(): void {
  if (persistAsked) return;
  persistAsked = true;
  void navigator.storage?.persist?.().catch(() => false);
}

/** Moves a copy the localStorage edition left into IndexedDB (as a copy of no live tab). */
async function adoptLegacyCopy(): Promise<void> {
  let raw: string | null;
  try {
    raw = localStorage.getItem(LEGACY_KEY);
  } catch {
    return;
  }
  if (raw === null) return;
  try {
    const copy = JSON.parse(raw) as Partial<RecoveryCopy>;
    if (typeof copy.name === 'string' && typeof copy.text === 'string') {
      const savedAt = typeof copy.savedAt === 'string' ? copy.savedAt : new Date().toISOString();
      await inStore('readwrite', (store) =>
        store.put({ id: `legacy-${crypto.randomUUID()}`, name: copy.name, text: copy.text, savedAt }),
      );
    }
    localStorage.removeItem(LEGACY_KEY);
  } catch {
    // Left where it was; tried again next start.
  }
}

/** The copy on offer to this tab and the release of its offer lock. */
let offered: { id: string; release: () => void } | null = null;

/** Takes the offer lock of copy `id` if no other tab holds it; resolves with its release, or null. */
function claimOffer(id: string): Promise<(() => void) | null> {
  return new Promise((resolve) => {
    void navigator.locks.request(offerLock(id), { ifAvailable: true }, (lock) => {
      if (lock === null) {
        resolve(null);
        return undefined;
      }
      return new Promise<void>((release) => resolve(release));
    });
  });
}

export const webRecovery = {
  tabId: TAB_ID,

  async write(copy: { name: string; text: string } | null): Promise<void> {
    try {
      await holdLiveLock();
      if (copy === null) {
        await inStore('readwrite', (store) => store.delete(TAB_ID));
        return;
      }
      askPersistentStorage();
      const stored: StoredCopy = { id: TAB_ID, name: copy.name, text: copy.text, savedAt: new Date().toISOString() };
      await inStore('readwrite', (store) => store.put(stored));
    } catch (error) {
      throw new Error(describeStorageError(error), { cause: error });
    }
  },

  /** The newest copy that no open tab owns and no other tab is offering, or null. */
  async read(): Promise<RecoveryCopy | null> {
    if (offered !== null) return null;
    try {
      await holdLiveLock();
      await adoptLegacyCopy();
      const all = ((await inStore('readonly', (store) => store.getAll() as IDBRequest<StoredCopy[]>)) ?? []).filter(
        (c) => typeof c.id === 'string' && typeof c.name === 'string' && typeof c.text === 'string',
      );
      const held = new Set(((await navigator.locks.query()).held ?? []).map((lock) => lock.name));
      const orphans = all
        .filter((c) => c.id !== TAB_ID && !held.has(liveLock(c.id)))
        .sort((a, b) => b.savedAt.localeCompare(a.savedAt));
      for (const copy of orphans) {
        const release = await claimOffer(copy.id);
        if (release === null) continue;
        offered = { id: copy.id, release };
        return { name: copy.name, text: copy.text, savedAt: copy.savedAt };
      }
    } catch (error) {
      console.warn('[recovery] earlier copies could not be read:', error);
    }
    return null;
  },

  /** Removes the offered copy (restored: this tab's own copy now holds the work; or discarded). */
  async answer(): Promise<void> {
    const current = offered;
    if (current === null) return;
    try {
      await inStore('readwrite', (store) => store.delete(current.id));
    } finally {
      offered = null;
      current.release();
    }
  },
};
