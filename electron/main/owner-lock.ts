// An advisory lock file beside each open workbook, like Office's "~$name" owner file: it says who
// has the file open ("alice on laptop since 10:42"), so a second CreditStack opening the same file
// warns its user that saves from both may overwrite each other. It locks nothing (any program can
// still write the file; the save's content-hash check catches that) and is removed on close. A
// lock left by a crash is recognised (same machine, its process is gone) and taken over.
import { randomUUID } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

const lockFile = z.strictObject({
  app: z.literal('creditstack'),
  user: z.string().max(256),
  host: z.string().max(256),
  pid: z.number().int().positive(),
  since: z.iso.datetime(),
  /** Tells this lock from a later one made by another editor after ours was taken over. */
  token: z.string().max(64),
});

export type LockOwner = z.infer<typeof lockFile>;

/** ".plan.creditstack.cs-lock" beside "plan.creditstack": hidden, and named like the app's temp files. */
export const lockPathFor = (file: string) => path.join(path.dirname(file), `.${path.basename(file)}.cs-lock`);

export function currentOwner(): LockOwner {
  let user = 'someone';
  try {
    user = os.userInfo().username;
  } catch {
    // no name for this user id
  }
  return {
    app: 'creditstack',
    user,
    host: os.hostname(),
    pid: process.pid,
    since: new Date().toISOString(),
    token: randomUUID(),
  };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readLock(file: string): Promise<LockOwner | null> {
  try {
    const text = await fsp.readFile(file, { encoding: 'utf8', flag: 'r' });
    if (text.length > 4096) return null;
    const parsed = lockFile.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface OwnerLock {
  readonly file: string;
  /** Removes the lock file, unless it is no longer ours. */
  release(): Promise<void>;
}

export interface LockResult {
  /** Ours until released; null when another editor holds it or the folder takes no lock file. */
  lock: OwnerLock | null;
  /** Who else has the file open, when someone does. */
  otherEditor: LockOwner | null;
}

/** Takes the lock of `workbook`, or says who holds it. Never throws. */
export async function acquireOwnerLock(workbook: string, me: LockOwner = currentOwner()): Promise<LockResult> {
  const file = lockPathFor(workbook);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      // "wx": created only if absent, so two editors opening at once cannot both get it.
      await fsp.writeFile(file, JSON.stringify(me), { flag: 'wx', mode: 0o644 });
      return { lock: ownLock(file, me), otherEditor: null };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') return { lock: null, otherEditor: null };
    }
    const holder = await readLock(file);
    // Left by a crash on this machine (its process is gone), or not a lock we can read: taken over.
    const stale = holder === null || (holder.host === me.host && holder.pid !== me.pid && !isRunning(holder.pid));
    if (!stale) return { lock: null, otherEditor: holder };
    await fsp.unlink(file).catch(() => undefined);
  }
  return { lock: null, otherEditor: null };
}

function ownLock(file: string, me: LockOwner): OwnerLock {
  return {
    file,
    async release() {
      const now = await readLock(file);
      if (now?.token === me.token) await fsp.unlink(file).catch(() => undefined);
    },
  };
}

const WHEN = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' });

/** The warning shown to the second editor. */
export function otherEditorMessage(name: string, other: LockOwner): string {
  const since = WHEN.format(new Date(other.since));
  return (
    `${name} is also open in CreditStack by ${other.user} on ${other.host} (since ${since}). ` +
    'If you both save, one may overwrite the other’s changes; CreditStack warns before replacing a file that changed since you opened it.'
  );
}
