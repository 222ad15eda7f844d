// Files the CLI writes (--out, and workbooks it rewrites) appear whole or not at all: the text
// goes to a temporary file in the same folder, is fsync'd, then renamed over the target (rename is
// atomic within a file system). A failure removes the temporary file and leaves any existing
// target untouched. This is the one safe-write helper of the CLI: commands that replace a workbook
// ask for a ".bak" of the previous version (`backup: true`), as the desktop app keeps one.
//
// Temp files use the desktop app's naming (shared/io/temp-files.ts). A run killed mid-write
// (SIGKILL, power loss) cannot clean up after itself, so every write first removes the temp files
// of its target whose writer is no longer running (or that are older than STALE_TEMP_MS); SIGINT,
// SIGTERM and SIGHUP are caught, so they can never interrupt a write half way.
import {
  closeSync,
  existsSync,
  fsyncSync,
  lstatSync,
  openSync,
  readdirSync,
  readFileSync,
  realpathSync,
  renameSync,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { STALE_TEMP_MS, tempFileName, tempFileOwner } from '../shared/io/temp-files';
import { CliError } from './cli-error';

export interface WriteOptions {
  /** Replace an existing file (otherwise refuse). */
  overwrite: boolean;
  /** Paths the output must never replace (the command's input files). */
  protect?: readonly string[];
  /** Keep the file being replaced as "<path>.bak" (written atomically too) before replacing it. */
  backup?: boolean;
  /** Mode of a new file (an existing file keeps its own). Default 0o644. */
  mode?: number;
}

function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}

function isRunning(pid: number): boolean {
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes the temp files a killed write of `target` left: ours by name, regular files (a symbolic
 * link is never followed), whose writer is no longer running or which are older than
 * STALE_TEMP_MS. Returns how many it removed. (A writer on another machine sharing the folder is
 * not visible here; its temp file lives for the second it takes to write, far less than the age limit,
 * but a dead local process id that another machine's writer happens to share would lose that write.)
 */
export function removeStaleTempFiles(target: string, now: number = Date.now()): number {
  const dir = dirname(resolve(target));
  const base = basename(target);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const pid = tempFileOwner(name, base);
    if (pid === null) continue;
    const file = join(dir, name);
    try {
      const info = lstatSync(file);
      if (info.isFile() && (!isRunning(pid) || now - info.mtimeMs > STALE_TEMP_MS)) {
        unlinkSync(file);
        removed++;
      }
    } catch {
      // gone already, or not ours to remove
    }
  }
  return removed;
}

// The temp file being written right now, removed by the signal handlers below.
let writing: string | null = null;
let handlersInstalled = false;

function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  // The writes are synchronous, so a handler runs only between writes, never inside one: a
  // signal that arrives mid-write lets that write finish (or fail and clean up), then ends the
  // run with the shell's usual code (128 + signal number).
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    process.on(signal, () => {
      if (writing !== null) {
        try {
          unlinkSync(writing);
        } catch {
          // already renamed or removed
        }
      }
      process.exit(code);
    });
  }
}

function reasonFor(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'the folder does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOSPC') return 'the disk is full';
  return code ?? String(error);
}

/** Writes `bytes` to `path` through a fsync'd temp file and a rename; throws the file-system error. */
function replaceAtomically(path: string, bytes: Uint8Array, mode: number): void {
  const temp = join(dirname(resolve(path)), tempFileName(basename(path), process.pid, randomBytes(4).toString('hex')));
  let fd: number | null = null;
  writing = temp;
  try {
    // "wx": the temp name must be new; an existing file or symbolic link there is never followed.
    fd = openSync(temp, 'wx', mode);
    for (let offset = 0; offset < bytes.length;) offset += writeSync(fd, bytes, offset, bytes.length - offset);
    // Without this a crash soon after the rename can leave an empty or partial target.
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(temp, path);
  } catch (error) {
    if (fd !== null) closeSync(fd);
    try {
      unlinkSync(temp);
    } catch {
      // the temporary file was never created or is already gone
    }
    throw error;
  } finally {
    writing = null;
  }
}

export function writeFileAtomic(path: string, text: string | Uint8Array, options: WriteOptions): void {
  if (options.protect?.some((input) => existsSync(path) && sameFile(input, path)))
    throw new CliError(`${path}: is an input file; choose another --out path`);
  let existingMode: number | null = null;
  if (existsSync(path)) {
    const info = statSync(path);
    if (info.isDirectory()) throw new CliError(`${path}: is a directory; --out needs a file path`);
    if (!info.isFile()) throw new CliError(`${path}: is not a regular file`);
    if (!options.overwrite) throw new CliError(`${path}: already exists (use --force to overwrite it)`);
    existingMode = info.mode & 0o777;
  }
  installSignalHandlers();
  removeStaleTempFiles(path);
  const bytes = typeof text === 'string' ? Buffer.from(text, 'utf8') : text;
  const mode = existingMode ?? options.mode ?? 0o644;
  if (options.backup === true && existingMode !== null) {
    const backup = `${path}.bak`;
    try {
      // A folder or a symbolic link where the backup goes is someone else's: never followed.
      if (existsSync(backup) && !lstatSync(backup).isFile())
        throw new CliError(`${backup}: exists and is not a regular file; nothing was written`);
      replaceAtomically(backup, readFileSync(path), existingMode);
    } catch (error) {
      if (error instanceof CliError) throw error;
      throw new CliError(`${backup}: cannot write the backup (${reasonFor(error)}); ${path} is unchanged`);
    }
  }
  try {
    replaceAtomically(path, bytes, mode);
  } catch (error) {
    throw new CliError(`${path}: cannot write (${reasonFor(error)})`);
  }
}
