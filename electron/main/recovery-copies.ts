// Copies of unsaved work, so a crash loses at most a few seconds of it. Each window writes its own
// file in userData/recovery/ (never more often than every few seconds), the file is removed when
// the work is saved or deliberately discarded, and what an earlier run left behind is offered
// when a window starts.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { z } from 'zod';
import { documentName, fileText } from '../../shared/ipc';
import { LIMITS } from '../../shared/model';
import type { DocumentFiles, FileIo } from './document-files';

export interface RecoveryCopy {
  name: string;
  text: string;
  savedAt: string;
}

const recoveryFile = z.strictObject({
  format: z.literal('creditstack-recovery'),
  version: z.literal(1),
  name: documentName,
  savedAt: z.iso.datetime(),
  text: fileText,
});

const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
// JSON escaping at most doubles the text (every character a quote or a backslash).
const MAX_FILE_BYTES = 2 * LIMITS.fileBytes + 4096;

export const newRecoveryId = (): string => randomUUID();

export class RecoveryStore {
  constructor(
    readonly dir: string,
    private readonly files: DocumentFiles,
    private readonly io: FileIo,
  ) {}

  #file(id: string): string {
    if (!ID.test(id)) throw new Error('not a recovery id');
    return path.join(this.dir, `${id}.json`);
  }

  async write(id: string, copy: { name: string; text: string }, savedAt: Date): Promise<void> {
    await this.io.mkdir(this.dir, { recursive: true });
    const body = {
      format: 'creditstack-recovery',
      version: 1,
      name: copy.name,
      savedAt: savedAt.toISOString(),
      text: copy.text,
    };
    const bytes = Buffer.from(JSON.stringify(body), 'utf8');
    // A copy read() would refuse is not written: it would look kept and never come back.
    if (bytes.length > MAX_FILE_BYTES)
      throw Object.assign(new Error(`recovery copy of ${bytes.length} bytes`), { code: 'EFBIG' });
    await this.files.writeAtomic(this.#file(id), bytes, { mode: 0o600 });
  }

  /** The copy, or null when there is none or it cannot be trusted (a damaged copy is set aside, never deleted). */
  async read(id: string): Promise<RecoveryCopy | null> {
    const bytes = await this.files.readOwnFile(this.#file(id), MAX_FILE_BYTES);
    if (bytes === null) return null;
    let parsed;
    try {
      parsed = recoveryFile.safeParse(JSON.parse(bytes.toString('utf8')));
    } catch {
      parsed = null;
    }
    if (parsed === null || !parsed.success) {
      console.warn(`[recovery] ${id}.json is damaged; it was renamed to ${id}.json.damaged and skipped`);
      await this.io.rename(this.#file(id), `${this.#file(id)}.damaged`).catch(() => undefined);
      return null;
    }
    return { name: parsed.data.name, text: parsed.data.text, savedAt: parsed.data.savedAt };
  }

  async clear(id: string): Promise<void> {
    await this.io.unlink(this.#file(id)).catch(() => undefined);
  }

  /** Ids of the copies in the folder, newest first. */
  async list(): Promise<string[]> {
    let names: string[];
    try {
      names = await this.io.readdir(this.dir);
    } catch {
      return [];
    }
    const found: { id: string; mtime: number }[] = [];
    for (const name of names) {
      const id = name.endsWith('.json') ? name.slice(0, -5) : '';
      if (!ID.test(id)) continue;
      try {
        const info = await this.io.lstat(path.join(this.dir, name));
        if (info.isFile()) found.push({ id, mtime: info.mtimeMs });
      } catch {
        // removed meanwhile
      }
    }
    return found.sort((a, b) => b.mtime - a.mtime).map((f) => f.id);
  }
}

export interface Timers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(timer: unknown): void;
}

const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
};

interface Waiter {
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Coalesces one window's copies: at most one write per interval, always the newest text. A write
 * that fails is reported to whoever waits for it (whenWritten), so the page can say so.
 */
export class RecoveryWriter {
  #pending: { name: string; text: string } | null = null;
  #timer: unknown = null;
  #lastWrite: number | null = null;
  #chain: Promise<void> = Promise.resolve();
  #written = false;
  /** Waiting for the pending copy, and for the copy being written now. */
  #waiting: Waiter[] = [];
  #writing: Waiter[] | null = null;

  constructor(
    private readonly store: RecoveryStore,
    private id: string,
    private readonly options: { intervalMs: number; now?: () => number; timers?: Timers } = { intervalMs: 3000 },
  ) {}

  get recoveryId(): string {
    return this.id;
  }

  /** True once this writer has put anything on disk or has something waiting to be written. */
  get inUse(): boolean {
    return this.#written || this.#pending !== null;
  }

  #now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** A new copy (written within the interval), or null to remove the copy. */
  update(copy: { name: string; text: string } | null): Promise<void> {
    const timers = this.options.timers ?? realTimers;
    if (copy === null) {
      if (this.#timer !== null) timers.clearTimeout(this.#timer);
      this.#timer = null;
      this.#pending = null;
      // Nothing is left to write: whoever waited for the cancelled copy is done.
      for (const waiter of this.#waiting.splice(0)) waiter.resolve();
      return this.#enqueue(async () => {
        await this.store.clear(this.id);
        this.#written = false;
      });
    }
    this.#pending = copy;
    if (this.#timer === null) {
      const wait = this.#lastWrite === null ? 0 : Math.max(0, this.#lastWrite + this.options.intervalMs - this.#now());
      this.#timer = timers.setTimeout(() => {
        this.#timer = null;
        void this.flush();
      }, wait);
    }
    return Promise.resolve();
  }

  /** Writes what is pending now (used when the timer fires, and before the app quits). */
  flush(): Promise<void> {
    return this.#enqueue(async () => {
      const copy = this.#pending;
      if (copy === null) return;
      this.#pending = null;
      const waiters = (this.#writing = this.#waiting.splice(0));
      this.#lastWrite = this.#now();
      try {
        await this.store.write(this.id, copy, new Date(this.#lastWrite));
        this.#written = true;
        for (const waiter of waiters) waiter.resolve();
      } catch (error) {
        // The copy on disk (if any) is the older one, still whole: writes go through a temp file.
        for (const waiter of waiters) waiter.reject(error);
        throw error;
      } finally {
        this.#writing = null;
      }
    });
  }

  /** Settles when the newest copy given to update() is on disk; rejects with the error if that write failed. */
  whenWritten(): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.#pending !== null) this.#waiting.push({ resolve, reject });
      else if (this.#writing !== null) this.#writing.push({ resolve, reject });
      else resolve();
    });
  }

  /** Resolves when every write or clear started so far has finished. */
  settled(): Promise<void> {
    return this.#chain;
  }

  #enqueue(task: () => Promise<void>): Promise<void> {
    this.#chain = this.#chain
      .then(task)
      .catch((error: unknown) => console.error('[recovery] could not update the copy:', error));
    return this.#chain;
  }
}
