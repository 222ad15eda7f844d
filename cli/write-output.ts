// Files the CLI writes (--out) appear whole or not at all: the text goes to a temporary file in
// the same folder, is flushed to disk, then renamed over the target (rename is atomic within a
// file system). A failure removes the temporary file and leaves any existing target untouched.
import { closeSync, existsSync, fsyncSync, openSync, realpathSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { CliError } from './cli-error';

export interface WriteOptions {
  /** Replace an existing file (otherwise refuse). */
  overwrite: boolean;
  /** Paths the output must never replace (the command's input files). */
  protect?: readonly string[];
}

function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return resolve(a) === resolve(b);
  }
}

export function writeFileAtomic(path: string, text: string, options: WriteOptions): void {
  if (options.protect?.some((input) => existsSync(path) && sameFile(input, path)))
    throw new CliError(`${path}: is an input file; choose another --out path`);
  if (existsSync(path)) {
    if (statSync(path).isDirectory()) throw new CliError(`${path}: is a directory; --out needs a file path`);
    if (!options.overwrite) throw new CliError(`${path}: already exists (use --force to overwrite it)`);
  }
  const dir = dirname(resolve(path));
  const temp = join(dir, `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(temp, 'wx', 0o644);
    const bytes = Buffer.from(text, 'utf8');
    for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
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
    const code = (error as NodeJS.ErrnoException).code;
    const reason =
      code === 'ENOENT' ? 'the folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (code ?? String(error));
    throw new CliError(`${path}: cannot write (${reason})`);
  }
}
