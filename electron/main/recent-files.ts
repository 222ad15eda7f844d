// The File > Open Recent list: absolute paths, newest first, kept as JSON in userData. A damaged
// or hand-edited list is ignored rather than trusted.
import path from 'node:path';
import { z } from 'zod';
import type { DocumentFiles } from './document-files';

export const MAX_RECENT_FILES = 10;

const recentFilesJson = z.strictObject({
  version: z.literal(1),
  files: z.array(z.string().min(1).max(4096)).max(100),
});

export class RecentFiles {
  #files: string[] = [];
  #saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly file: string,
    private readonly files: DocumentFiles,
  ) {}

  get list(): readonly string[] {
    return this.#files;
  }

  async load(): Promise<void> {
    const bytes = await this.files.readOwnFile(this.file, 1024 * 1024);
    if (bytes === null) return;
    try {
      const parsed = recentFilesJson.safeParse(JSON.parse(bytes.toString('utf8')));
      if (parsed.success) this.#files = parsed.data.files.filter((f) => path.isAbsolute(f)).slice(0, MAX_RECENT_FILES);
    } catch {
      // not JSON: start with an empty list
    }
  }

  add(file: string): Promise<void> {
    this.#files = [file, ...this.#files.filter((f) => f !== file)].slice(0, MAX_RECENT_FILES);
    return this.#save();
  }

  remove(file: string): Promise<void> {
    this.#files = this.#files.filter((f) => f !== file);
    return this.#save();
  }

  clear(): Promise<void> {
    this.#files = [];
    return this.#save();
  }

  /** Resolves when the list on disk is the list in memory. */
  settled(): Promise<void> {
    return this.#saving;
  }

  #save(): Promise<void> {
    const body = Buffer.from(JSON.stringify({ version: 1, files: this.#files }, null, 2), 'utf8');
    // One write at a time, in order, so the newest list is the one left on disk. A list that
    // cannot be written is not worth interrupting the user for.
    this.#saving = this.#saving
      .then(() => this.files.writeAtomic(this.file, body))
      .catch((error: unknown) => console.warn('[recent] not saved:', error));
    return this.#saving;
  }
}
