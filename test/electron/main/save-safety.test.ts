// Saves that respect the file, against the real file system: read-only files (by mode bits, and
// as a non-root user in a second process), owner and group kept, the fsync before the rename,
// another program writing during the save, two quick saves, and the lock file beside an open
// workbook held by a second process. Tests run as root here, and root may write any file whatever
// its mode: the mode bits are checked directly, and the "not writable by this user" case runs
// in a child process as the user nobody.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDocumentFiles, nodeFileIo, type FileIo } from '../../../electron/main/document-files';
import { acquireOwnerLock, currentOwner, lockPathFor } from '../../../electron/main/owner-lock';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SAMPLE = readFileSync(path.join(ROOT, 'assets/templates/series-a.creditstack'), 'utf8');
const V1 = SAMPLE.replace('"title": "Series A GenAI stack"', '"title": "Version one"');
const V2 = SAMPLE.replace('"title": "Series A GenAI stack"', '"title": "Version two"');
const sha = (text: string) => createHash('sha256').update(text).digest('hex');
const isRoot = process.getuid?.() === 0;
const NOBODY = 65534;

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cs-save-safety-'));
  file = path.join(dir, 'plan.creditstack');
  writeFileSync(file, V1);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const entries = () => readdirSync(dir).sort();

describe('a read-only file', () => {
  it('is not replaced without "Overwrite": a clear refusal, the file and its mode untouched, no .bak, no temp file', async () => {
    chmodSync(file, 0o444);
    const result = await createDocumentFiles().saveWorkbook(file, V2, { expectedHash: sha(V1) });
    expect(result).toEqual({
      ok: false,
      code: 'READ_ONLY',
      message:
        'plan.creditstack is read-only, so it was not saved. Overwrite it anyway, or use Save As to save a copy.',
    });
    expect(readFileSync(file, 'utf8')).toBe(V1);
    expect(statSync(file).mode & 0o777).toBe(0o444);
    expect(entries()).toEqual(['plan.creditstack']);
  });

  it('is replaced when the user chooses Overwrite, and stays read-only (its .bak too)', async () => {
    chmodSync(file, 0o444);
    const result = await createDocumentFiles().saveWorkbook(file, V2, {
      expectedHash: sha(V1),
      overwriteReadOnly: true,
    });
    expect(result).toMatchObject({ ok: true });
    expect(readFileSync(file, 'utf8')).toBe(V2);
    expect(statSync(file).mode & 0o777).toBe(0o444);
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(V1);
    expect(statSync(`${file}.bak`).mode & 0o777).toBe(0o444);
  });

  it('keeps owner and group (root may give files away; see the next test for a user who may not)', async (context) => {
    if (!isRoot) {
      console.warn('[save-safety] owner/group test skipped: only root can give a file to another owner');
      context.skip();
    }
    chownSync(file, 1234, 5678);
    expect(await createDocumentFiles().saveWorkbook(file, V2, { expectedHash: sha(V1) })).toMatchObject({ ok: true });
    for (const f of [file, `${file}.bak`]) expect([statSync(f).uid, statSync(f).gid], f).toEqual([1234, 5678]);
  });

  it('as a user who may not write it (second process, user nobody): refused although its mode has a write bit; Overwrite replaces it, but the owner cannot be kept', (context) => {
    if (!isRoot) {
      console.warn('[save-safety] second-user test skipped: switching to user nobody needs root');
      context.skip();
    }
    // root's file, writable by root only, in a folder anyone may write: a rename could replace it.
    chmodSync(dir, 0o777);
    chmodSync(file, 0o644);
    const run = (mode: string) => {
      const child = spawnSync(
        process.execPath,
        ['--import', 'tsx', path.join(import.meta.dirname, 'fixtures/save-as-user.ts'), file, V2, mode],
        {
          uid: NOBODY,
          gid: NOBODY,
          encoding: 'utf8',
          env: { ...process.env, HOME: dir, TSX_TSCONFIG_PATH: path.join(ROOT, 'tsconfig.json') },
          cwd: ROOT,
        },
      );
      expect(child.status, child.stderr).toBe(0);
      return JSON.parse(child.stdout) as { ok: boolean; code?: string };
    };
    expect(run('ask')).toMatchObject({ ok: false, code: 'READ_ONLY' });
    expect(readFileSync(file, 'utf8')).toBe(V1);
    expect(statSync(file).uid).toBe(0);
    expect(run('overwrite')).toMatchObject({ ok: true });
    expect(readFileSync(file, 'utf8')).toBe(V2);
    // A user cannot give a file to root: the platform does not allow keeping the owner here. The mode is kept.
    expect(statSync(file).uid).toBe(NOBODY);
    expect(statSync(file).mode & 0o777).toBe(0o644);
  });
});

/** A FileIo that logs the calls that matter for durability, in order. */
function loggingIo(log: string[]): FileIo {
  const short = (f: string) => (path.basename(f).includes('cs-tmp') ? 'temp' : path.basename(f));
  return {
    ...nodeFileIo,
    open: async (f, flags, mode) => {
      const handle = await nodeFileIo.open(f, flags, mode);
      const sync = handle.sync.bind(handle);
      handle.sync = async () => {
        log.push(`fsync ${short(f)}`);
        return sync();
      };
      return handle;
    },
    rename: async (from, to) => {
      log.push(`rename ${short(from)} -> ${short(to)}`);
      return nodeFileIo.rename(from, to);
    },
  };
}

describe('durability', () => {
  it('the temp file is fsynced before it is renamed over the workbook (and over the .bak)', async () => {
    const log: string[] = [];
    expect(await createDocumentFiles(loggingIo(log)).saveWorkbook(file, V2, { expectedHash: sha(V1) })).toMatchObject({
      ok: true,
    });
    const renames = log.filter((l) => l.startsWith('rename'));
    expect(renames).toEqual(['rename temp -> plan.creditstack.bak', 'rename temp -> plan.creditstack']);
    // Each rename comes right after its temp file's fsync (the folder's fsync follows each rename).
    for (const rename of renames) expect(log[log.indexOf(rename) - 1]).toBe('fsync temp');
  });
});

describe('another program writes the file during the save', () => {
  it('the hash is checked again just before the rename: its version stays, ours is not written, no temp file is left', async () => {
    let wrote = false;
    const io: FileIo = {
      ...nodeFileIo,
      chmod: async (f, mode) => {
        await nodeFileIo.chmod(f, mode);
        // The workbook's temp file is complete: now a second process writes the workbook.
        if (!wrote && path.basename(f).startsWith('.plan.creditstack.cs-tmp')) {
          wrote = true;
          execFileSync(process.execPath, [
            '-e',
            `require('fs').writeFileSync(${JSON.stringify(file)}, 'written by another program')`,
          ]);
        }
      },
    };
    const result = await createDocumentFiles(io).saveWorkbook(file, V2, { expectedHash: sha(V1) });
    expect(wrote).toBe(true);
    expect(result).toEqual({
      ok: false,
      code: 'CHANGED_ON_DISK',
      message:
        'plan.creditstack was changed by another program while it was being saved; it was left as that program wrote it.',
    });
    expect(readFileSync(file, 'utf8')).toBe('written by another program');
    expect(entries()).toEqual(['plan.creditstack', 'plan.creditstack.bak']);
  });
});

describe('the lock file beside an open workbook', () => {
  async function secondEditor() {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'fixtures/hold-lock.ts'), file],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    await vi.waitFor(() => expect(out).toBe('held\n'), { timeout: 20_000 });
    const gone = new Promise((resolve) => child.on('exit', resolve));
    return { pid: child.pid!, kill: async () => (child.kill('SIGKILL'), await gone) };
  }

  it('a second editor (another process) is named, and the lock is not taken from it', async () => {
    const other = await secondEditor();
    try {
      const result = await acquireOwnerLock(file);
      expect(result.lock).toBeNull();
      expect(result.otherEditor).toMatchObject({
        app: 'creditstack',
        pid: other.pid,
        host: os.hostname(),
        user: os.userInfo().username,
      });
    } finally {
      await other.kill();
    }
  }, 30_000);

  it('a lock left by a crashed editor (its process is gone) is taken over; release removes only our own', async () => {
    const other = await secondEditor();
    await other.kill();
    expect(existsSync(lockPathFor(file))).toBe(true);
    const result = await acquireOwnerLock(file);
    expect(result.otherEditor).toBeNull();
    expect(JSON.parse(readFileSync(lockPathFor(file), 'utf8')).pid).toBe(process.pid);
    // Someone else's lock written over ours meanwhile is not ours to remove.
    writeFileSync(lockPathFor(file), JSON.stringify({ ...currentOwner(), host: 'elsewhere' }));
    await result.lock!.release();
    expect(existsSync(lockPathFor(file))).toBe(true);
  }, 30_000);

  it('a lock from another machine is never taken over (its process cannot be seen from here)', async () => {
    writeFileSync(
      lockPathFor(file),
      JSON.stringify({ ...currentOwner(), host: 'laptop-of-alice', user: 'alice', pid: 999_999 }),
    );
    const result = await acquireOwnerLock(file);
    expect(result.lock).toBeNull();
    expect(result.otherEditor).toMatchObject({ user: 'alice', host: 'laptop-of-alice' });
  });

  it('is hidden, named after the workbook, and gone after release', async () => {
    const result = await acquireOwnerLock(file);
    expect(lockPathFor(file)).toBe(path.join(dir, '.plan.creditstack.cs-lock'));
    expect(existsSync(lockPathFor(file))).toBe(true);
    await result.lock!.release();
    expect(entries()).toEqual(['plan.creditstack']);
  });
});
