// Reading a workbook never trusts the file: the size is checked on the open descriptor before
// anything is read, at most the limit (plus one byte, to notice growth) is read, and the bytes go
// through the same parser, schema and migrations as the app. The file is opened read-only and
// without blocking (as the desktop reader does): opening a FIFO with no writer would otherwise
// wait forever, and anything that is not a regular file is refused before a byte is read.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { parseWorkbookBytes, formatLoadError } from '../shared/io';
import { LIMITS, type Workbook } from '../shared/model';
import { CliError, oneLine } from './cli-error';

const MB = 1024 * 1024;

function describeOsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a workbook file';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ENAMETOOLONG':
      return 'the path is too long';
    case 'ELOOP':
      return 'too many symbolic links';
    default:
      return `cannot be read (${code ?? (error instanceof Error ? error.message : String(error))})`;
  }
}

/** The raw bytes of a workbook file, or a CliError naming the file and the problem. */
export function readWorkbookBytes(path: string, limit: number = LIMITS.fileBytes): Uint8Array {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new CliError(`${path}: ${describeOsError(error)}`);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new CliError(`${path}: is a directory, not a workbook file`);
    if (!stat.isFile()) throw new CliError(`${path}: is not a regular file`);
    if (stat.size > limit)
      throw new CliError(`${path}: file is ${(stat.size / MB).toFixed(1)} MB; the limit is ${limit / MB} MB`);
    const buffer = new Uint8Array(limit + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, buffer, length, buffer.length - length, null);
      if (n === 0) break;
      length += n;
      if (length > limit) throw new CliError(`${path}: file is larger than the ${limit / MB} MB limit`);
    }
    return buffer.subarray(0, length);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`${path}: ${describeOsError(error)}`);
  } finally {
    closeSync(fd);
  }
}

/** Reads, validates and migrates a workbook file. */
export function loadWorkbookFile(path: string): Workbook {
  const bytes = readWorkbookBytes(path);
  const parsed = parseWorkbookBytes(bytes);
  if (!parsed.ok) throw new CliError(oneLine(formatLoadError(path, parsed.error)));
  return parsed.workbook;
}
