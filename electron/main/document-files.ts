// Reading and writing workbook files. The promises kept here:
// - a save is atomic: the bytes go to a temp file in the same folder, are fsync'd, then renamed
//   over the target, so a crash leaves either the old file or the new one, never a mix;
// - the previous version is kept as "<name>.bak" (written the same way) before it is replaced;
// - a file changed by another program since we last read or wrote it (SHA-256 of its bytes) is
//   not overwritten unless the caller forces it, and the check is made again just before the
//   rename, so a change made while the new bytes were being written is not lost either;
// - a read-only file (no write bit, or not writable by this user) is not replaced unless the
//   caller says so (the user chose "Overwrite"); the new file keeps the old one's mode, and its
//   owner and group where the platform lets us (root, or a group we belong to);
// - opening checks the size with fstat before reading, then validates the whole workbook; a bad
//   file opens nothing and yields one line saying what is wrong.
// Hand-written rather than write-file-atomic: we need a temp name we can recognise (to clean up
// after a crash, and never mistake for a document), an fsync of the folder, and a seam (FileIo)
// where tests inject failures between the write and the rename.
import { createHash, randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import * as fsp from 'node:fs/promises';
import path from 'node:path';
import { formatLoadError, parseWorkbookBytes, parseWorkbookText } from '../../shared/io';
import { fail, ok, type Result } from '../../shared/ipc';
import { STALE_TEMP_MS, tempFileName, tempFilePattern } from '../../shared/io/temp-files';
import { tooLargeMessage } from '../../shared/io/utf8';
import { LIMITS } from '../../shared/model';

/** The file-system calls this module makes; tests replace one to simulate a failure. */
export interface FileIo {
  open(file: string, flags: string | number, mode?: number): Promise<fsp.FileHandle>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
  stat(file: string): Promise<import('node:fs').Stats>;
  lstat(file: string): Promise<import('node:fs').Stats>;
  realpath(file: string): Promise<string>;
  readdir(dir: string): Promise<string[]>;
  mkdir(dir: string, options: { recursive: true }): Promise<unknown>;
  chmod(file: string, mode: number): Promise<void>;
  chown(file: string, uid: number, gid: number): Promise<void>;
  access(file: string, mode: number): Promise<void>;
}

export const nodeFileIo: FileIo = {
  open: (file, flags, mode) => fsp.open(file, flags, mode),
  rename: fsp.rename,
  unlink: fsp.unlink,
  stat: (file) => fsp.stat(file),
  lstat: (file) => fsp.lstat(file),
  realpath: (file) => fsp.realpath(file),
  readdir: (dir) => fsp.readdir(dir),
  mkdir: (dir, options) => fsp.mkdir(dir, options),
  chmod: fsp.chmod,
  chown: fsp.chown,
  access: fsp.access,
};

const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

const MB = 1024 * 1024;
const tooLarge = (bytes: number) => tooLargeMessage(bytes, LIMITS.fileBytes);

// Temp names shared with the CLI's writer, so either recognises the other's leftovers.
export { STALE_TEMP_MS, tempFilePattern } from '../../shared/io/temp-files';
const tempFileFor = (target: string) =>
  path.join(path.dirname(target), tempFileName(path.basename(target), process.pid, randomBytes(4).toString('hex')));

// A file name may hold characters (a newline, a lone surrogate) that no title or IPC message accepts.
const UNSHOWABLE = /[\u0000-\u001F\u007F]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The file's name as shown to the user and sent to the renderer. */
export const displayName = (file: string): string => path.basename(file).replace(UNSHOWABLE, '_').slice(0, 1024) || '_';

/** The backup kept next to a workbook: "plan.creditstack" -> "plan.creditstack.bak". */
export const backupPathFor = (file: string) => `${file}.bak`;

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error
    ? String((error as { code: unknown }).code)
    : undefined;
}

/** A file-system error as words a user can act on. */
export function describeFsError(error: unknown): string {
  switch (errorCode(error)) {
    case 'ENOENT':
      return 'the file or its folder does not exist';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the disk is read-only';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EISDIR':
      return 'it is a folder, not a file';
    case 'ELOOP':
      return 'it is a loop of symbolic links';
    case 'EBUSY':
      return 'another program is using it';
    case 'EFBIG':
      return 'it is too large';
    default:
      return `it could not be accessed (${errorCode(error) ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

/** Reads at most maxBytes + 1 bytes, so a file that grew past the limit is noticed without reading it all. */
async function readBounded(handle: fsp.FileHandle, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.allocUnsafe(Math.min(4 * MB, maxBytes + 1 - total));
    const { bytesRead } = await handle.read(chunk, 0, chunk.length, total);
    if (bytesRead === 0) break;
    chunks.push(chunk.subarray(0, bytesRead));
    total += bytesRead;
    if (total > maxBytes) break;
  }
  return Buffer.concat(chunks, total);
}

interface OpenedWorkbook {
  /** The real path (symbolic links resolved): what handles and "already open?" compare. */
  path: string;
  name: string;
  text: string;
  hash: string;
}

interface Current {
  bytes: Buffer;
  mode: number;
  owner: { uid: number; gid: number };
  readOnly: boolean;
}

interface SavedWorkbook {
  path: string;
  hash: string;
}

/** What writeAtomic keeps of the file it replaces, and a last check before the rename. */
interface ReplaceOptions {
  mode?: number;
  /** Owner and group to give the new file; skipped where the platform refuses (not root, not our group). */
  owner?: { uid: number; gid: number };
  /** Runs after the temp file is complete and fsync'd, just before the rename; throwing cancels the write. */
  beforeRename?: () => Promise<void>;
}

/** Thrown by a save's last check: the file changed while the new bytes were being written. */
class ChangedWhileSaving extends Error {}

interface SaveOptions {
  /** The SHA-256 of what we last read or wrote there, or null for a file we never had. */
  expectedHash: string | null;
  /** Replace it even if it changed since (the user chose to). */
  force?: boolean;
  /** Replace it even if it is read-only (the user chose "Overwrite"). */
  overwriteReadOnly?: boolean;
}

export interface DocumentFiles {
  writeAtomic(target: string, data: Uint8Array, options?: ReplaceOptions): Promise<void>;
  readWorkbook(file: string): Promise<Result<OpenedWorkbook>>;
  saveWorkbook(file: string, text: string, options: SaveOptions): Promise<Result<SavedWorkbook>>;
  /** Writes text atomically with no backup and no conflict check (CSV export). */
  exportText(file: string, text: string): Promise<Result<null>>;
  /** Reads a small file the app itself wrote (recovery copies, recent files); null when missing or too large. */
  readOwnFile(file: string, maxBytes: number): Promise<Buffer | null>;
  /** Removes our temp files for `target` left by a crash (older than STALE_TEMP_MS); returns how many. */
  removeStaleTempFiles(target: string): Promise<number>;
  /** The real path of `file` (symbolic links resolved), or its absolute path when it does not exist yet. */
  resolvePath(file: string): Promise<string>;
}

export function createDocumentFiles(io: FileIo = nodeFileIo, now: () => number = Date.now): DocumentFiles {
  // Saves to the same file run one after another.
  const queues = new Map<string, Promise<unknown>>();
  function serialized<T>(key: string, task: () => Promise<T>): Promise<T> {
    const run = (queues.get(key) ?? Promise.resolve()).then(task, task);
    const settled = run.catch(() => undefined);
    queues.set(key, settled);
    void settled.then(() => {
      if (queues.get(key) === settled) queues.delete(key);
    });
    return run;
  }

  async function syncFolder(dir: string): Promise<void> {
    // Makes the rename itself durable. Windows cannot open a folder for fsync; there it is skipped.
    if (process.platform === 'win32') return;
    let handle: fsp.FileHandle | null = null;
    try {
      handle = await io.open(dir, 'r');
      await handle.sync();
    } catch {
      // Best effort: the file's own data was already fsync'd.
    } finally {
      await handle?.close().catch(() => undefined);
    }
  }

  async function writeAtomic(target: string, data: Uint8Array, options: ReplaceOptions = {}): Promise<void> {
    const temp = tempFileFor(target);
    let handle: fsp.FileHandle | null = null;
    try {
      // "wx": the temp name must be new; an existing file or symbolic link there is never followed.
      handle = await io.open(temp, 'wx', 0o600);
      await handle.writeFile(data);
      await handle.sync();
      await handle.close();
      handle = null;
      if (options.owner !== undefined) {
        // Only root may give a file away, and only to a group its owner belongs to: elsewhere the
        // new file is ours, which is all the platform allows (the mode is still kept).
        await io.chown(temp, options.owner.uid, options.owner.gid).catch(() => undefined);
      }
      await io.chmod(temp, options.mode ?? 0o644);
      await options.beforeRename?.();
      await io.rename(temp, target);
    } catch (error) {
      await handle?.close().catch(() => undefined);
      await io.unlink(temp).catch(() => undefined);
      throw error;
    }
    await syncFolder(path.dirname(target));
  }

  /** Opens without blocking, checks fstat (a regular file, no larger than maxBytes), then reads. Throws file-system errors. */
  async function readRegularFile(
    file: string,
    maxBytes: number,
  ): Promise<Buffer | { notAFile: true } | { tooLarge: number }> {
    // O_NONBLOCK: opening a FIFO must not hang the app waiting for a writer.
    const handle = await io.open(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const info = await handle.stat();
      if (!info.isFile()) return { notAFile: true };
      if (info.size > maxBytes) return { tooLarge: info.size };
      const bytes = await readBounded(handle, maxBytes);
      // It grew between fstat and the read.
      return bytes.length > maxBytes ? { tooLarge: bytes.length } : bytes;
    } finally {
      await handle.close().catch(() => undefined);
    }
  }

  async function readWorkbook(file: string): Promise<Result<OpenedWorkbook>> {
    const name = displayName(file);
    try {
      const read = await readRegularFile(file, LIMITS.fileBytes);
      if ('notAFile' in read) return fail('READ_FAILED', `${name}: it is not a regular file`);
      if ('tooLarge' in read) return fail('INVALID_FILE', `${name}: ${tooLarge(read.tooLarge)}`);
      const loaded = parseWorkbookBytes(read);
      if (!loaded.ok) return fail('INVALID_FILE', formatLoadError(name, loaded.error));
      const text = read.toString('utf8');
      return ok({
        path: await io.realpath(file),
        name,
        // The loader accepts a BOM; the renderer gets the text without it.
        text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text,
        hash: sha256(read),
      });
    } catch (error) {
      return fail('READ_FAILED', `${name}: ${describeFsError(error)}`);
    }
  }

  /** What is at `file` now: its bytes, mode, owner and whether we may write it; null when nothing is there, or an error message. */
  async function readCurrent(file: string): Promise<Current | null | string> {
    let info;
    try {
      info = await io.stat(file);
    } catch (error) {
      return errorCode(error) === 'ENOENT' ? null : describeFsError(error);
    }
    if (!info.isFile()) return 'it is a folder or a device, not a file';
    if (info.size > LIMITS.fileBytes)
      return `the file there is larger than ${LIMITS.fileBytes / MB} MB; save under another name`;
    const handle = await io.open(file, 'r');
    let bytes: Buffer;
    try {
      bytes = await readBounded(handle, LIMITS.fileBytes);
    } finally {
      await handle.close().catch(() => undefined);
    }
    return {
      bytes,
      mode: info.mode & 0o777,
      owner: { uid: info.uid, gid: info.gid },
      readOnly: await isReadOnly(file, info.mode),
    };
  }

  /**
   * Read-only: no write bit at all, or not writable by this user. Both are asked because root's
   * access() says yes to every file, and a file we may not write can still be replaced by a
   * rename when its folder is writable (which is how saving used to replace it silently).
   */
  async function isReadOnly(file: string, mode: number): Promise<boolean> {
    if ((mode & 0o222) === 0) return true;
    return io.access(file, constants.W_OK).then(
      () => false,
      () => true,
    );
  }

  async function writeBackup(file: string, current: Current): Promise<string | null> {
    const backup = backupPathFor(file);
    try {
      // A folder or a symbolic link where the backup goes is someone else's: never followed, never replaced.
      const info = await io.lstat(backup);
      if (!info.isFile()) return `${path.basename(backup)} exists and is not a regular file`;
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') return `${path.basename(backup)}: ${describeFsError(error)}`;
    }
    try {
      await writeAtomic(backup, current.bytes, { mode: current.mode, owner: current.owner });
      return null;
    } catch (error) {
      return `could not write ${path.basename(backup)}: ${describeFsError(error)}`;
    }
  }

  async function resolveTarget(file: string): Promise<string> {
    // Saving through a symbolic link replaces the file it points to and keeps the link.
    try {
      return await io.realpath(file);
    } catch {
      return path.resolve(file);
    }
  }

  function saveWorkbook(file: string, text: string, options: SaveOptions) {
    // Queued by the path as given, synchronously, so saves run in the order they were asked for.
    return serialized(path.resolve(file), async (): Promise<Result<SavedWorkbook>> => {
      const target = await resolveTarget(file);
      const name = displayName(target);
      const bytes = Buffer.from(text, 'utf8');
      if (bytes.length > LIMITS.fileBytes)
        return fail('WRITE_FAILED', `${name} was not saved: ${tooLarge(bytes.length)}`);
      // A file the app could not open again is never written.
      const check = parseWorkbookText(text);
      if (!check.ok)
        return fail(
          'WRITE_FAILED',
          `${name} was not saved because the workbook is not valid: ${formatLoadError(name, check.error)}`,
        );

      let current;
      try {
        current = await readCurrent(target);
      } catch (error) {
        current = describeFsError(error);
      }
      if (typeof current === 'string') return fail('WRITE_FAILED', `${name} was not saved: ${current}`);
      if (
        current !== null &&
        options.expectedHash !== null &&
        options.force !== true &&
        sha256(current.bytes) !== options.expectedHash
      ) {
        return fail(
          'CHANGED_ON_DISK',
          `${name} was changed by another program since it was opened or last saved here.`,
        );
      }
      if (current?.readOnly === true && options.overwriteReadOnly !== true) {
        return fail(
          'READ_ONLY',
          `${name} is read-only, so it was not saved. Overwrite it anyway, or use Save As to save a copy.`,
        );
      }
      if (current !== null) {
        const problem = await writeBackup(target, current);
        if (problem !== null) return fail('WRITE_FAILED', `${name} was not saved (the file is unchanged): ${problem}`);
      }
      const before = current === null ? null : sha256(current.bytes);
      try {
        await writeAtomic(target, bytes, {
          mode: current?.mode,
          owner: current?.owner,
          // Another program may have written the file while ours was being written: look again.
          beforeRename: async () => {
            const now = await readCurrent(target).catch((error: unknown) => describeFsError(error));
            const hash = now === null ? null : typeof now === 'string' ? now : sha256(now.bytes);
            if (hash !== before) throw new ChangedWhileSaving();
          },
        });
      } catch (error) {
        if (error instanceof ChangedWhileSaving)
          return fail(
            'CHANGED_ON_DISK',
            `${name} was changed by another program while it was being saved; it was left as that program wrote it.`,
          );
        return fail('WRITE_FAILED', `${name} was not saved (the file on disk is unchanged): ${describeFsError(error)}`);
      }
      await removeStaleTempFiles(target);
      return ok({ path: target, hash: sha256(bytes) });
    });
  }

  function exportText(file: string, text: string): Promise<Result<null>> {
    return serialized(path.resolve(file), async () => {
      const target = await resolveTarget(file);
      try {
        await writeAtomic(target, Buffer.from(text, 'utf8'));
        return ok(null);
      } catch (error) {
        return fail('WRITE_FAILED', `${displayName(target)} was not written: ${describeFsError(error)}`);
      }
    });
  }

  async function readOwnFile(file: string, maxBytes: number): Promise<Buffer | null> {
    try {
      const read = await readRegularFile(file, maxBytes);
      return Buffer.isBuffer(read) ? read : null;
    } catch {
      return null;
    }
  }

  async function removeStaleTempFiles(target: string): Promise<number> {
    const dir = path.dirname(target);
    const pattern = tempFilePattern(path.basename(target));
    let removed = 0;
    let names: string[];
    try {
      names = await io.readdir(dir);
    } catch {
      return 0;
    }
    for (const entry of names.filter((n) => pattern.test(n))) {
      const file = path.join(dir, entry);
      try {
        // lstat: a symbolic link with our name is not ours and is left alone.
        const info = await io.lstat(file);
        if (info.isFile() && now() - info.mtimeMs > STALE_TEMP_MS) {
          await io.unlink(file);
          removed++;
        }
      } catch {
        // Gone already, or not ours to remove.
      }
    }
    return removed;
  }

  return {
    writeAtomic,
    readWorkbook,
    saveWorkbook,
    exportText,
    readOwnFile,
    removeStaleTempFiles,
    resolvePath: resolveTarget,
  };
}
