// The names of the temporary files a save writes before renaming them over the target. One
// scheme for the desktop app and the CLI, so either can recognise (and clean up) what the other,
// or a killed run of itself, left behind, and never mistake anything else for one of ours.

/** How long a temp file must be left over before it counts as a crash's leftover, whoever made it. */
export const STALE_TEMP_MS = 10 * 60 * 1000;

const MARK = 'cs-tmp';
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** ".plan.creditstack.cs-tmp-<pid>-<8 hex>": hidden, and unmistakably ours. */
export function tempFileName(baseName: string, pid: number, randomHex: string): string {
  return `.${baseName}.${MARK}-${pid}-${randomHex}`;
}

/** Matches the temp file names of `baseName` (and only those). */
export const tempFilePattern = (baseName: string) =>
  new RegExp(`^\\.${escapeRegExp(baseName)}\\.${MARK}-(\\d+)-[0-9a-f]{8}$`);

/** The id of the process that made temp file `name` of `baseName`, or null when the name is not one of ours. */
export function tempFileOwner(name: string, baseName: string): number | null {
  const match = tempFilePattern(baseName).exec(name);
  return match === null ? null : Number(match[1]);
}
