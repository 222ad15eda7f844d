// Workbook paths given to the app by the OS: the command line of this launch, or of a second
// launch that handed its files over. Flags (anything starting with "-", such as --inspect or
// Chromium's own switches) and anything that is not a .creditstack file are ignored.
import path from 'node:path';
import { z } from 'zod';

export const WORKBOOK_EXTENSION = '.creditstack';
const MAX_FILES = 16;
const MAX_PATH = 4096;

const isWorkbookArgument = (arg: string) =>
  arg.length <= MAX_PATH &&
  !arg.startsWith('-') &&
  !arg.includes('\0') &&
  arg.toLowerCase().endsWith(WORKBOOK_EXTENSION);

/**
 * Workbook paths in argv, made absolute against `cwd`. `skip` is how many leading entries are the
 * program itself: 1 for a packaged app, 2 when run as `electron <app>`.
 */
export function workbookPathsFromArgv(argv: readonly string[], cwd: string, skip: number): string[] {
  return argv
    .slice(skip)
    .filter(isWorkbookArgument)
    .slice(0, MAX_FILES)
    .map((arg) => path.resolve(cwd, arg));
}

/** What a second launch sends the first through requestSingleInstanceLock(). */
const secondInstanceData = z.strictObject({ files: z.array(z.string().max(MAX_PATH)).max(MAX_FILES) });
export type SecondInstanceData = z.infer<typeof secondInstanceData>;

/**
 * The files a second launch asks for. Its additionalData is preferred (argv may arrive reordered
 * or with extra Chromium switches); argv is the fallback when the data is missing or malformed.
 */
export function workbookPathsFromSecondInstance(
  additionalData: unknown,
  argv: readonly string[],
  cwd: string,
  skip: number,
): string[] {
  const data = secondInstanceData.safeParse(additionalData);
  if (data.success) return data.data.files.filter((file) => path.isAbsolute(file) && isWorkbookArgument(file));
  return workbookPathsFromArgv(argv, cwd, skip);
}
