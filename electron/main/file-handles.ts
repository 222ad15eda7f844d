// Opaque ids for the files a window has open. The renderer holds only the id; the path and the
// hash of what we last read or wrote stay here, so the renderer cannot name a file it was not given.
import { randomUUID } from 'node:crypto';

export interface FileEntry {
  readonly path: string;
  /** SHA-256 of the bytes last read from or written to `path` by this app. */
  readonly hash: string;
}

export class FileHandles {
  readonly #entries = new Map<string, FileEntry>();

  add(entry: FileEntry): string {
    const handle = randomUUID();
    this.#entries.set(handle, entry);
    return handle;
  }

  get(handle: string): FileEntry | undefined {
    return this.#entries.get(handle);
  }

  update(handle: string, entry: FileEntry): void {
    if (this.#entries.has(handle)) this.#entries.set(handle, entry);
  }

  release(handle: string): void {
    this.#entries.delete(handle);
  }
}
