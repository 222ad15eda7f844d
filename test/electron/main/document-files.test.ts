import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  backupPathFor,
  createDocumentFiles,
  displayName,
  nodeFileIo,
  STALE_TEMP_MS,
  tempFilePattern,
  type FileIo,
} from '../../../electron/main/document-files';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SAMPLE = readFileSync(path.join(ROOT, 'assets/templates/series-a.creditstack'), 'utf8');
// Two valid workbooks that differ only in the title.
const V1 = SAMPLE.replace('"title": "Series A GenAI stack"', '"title": "Version one"');
const V2 = SAMPLE.replace('"title": "Series A GenAI stack"', '"title": "Version two"');
const sha = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

let dir: string;
let file: string;

beforeEach(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'cs-files-'));
  file = path.join(dir, 'plan.creditstack');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const onlyEntries = () => readdirSync(dir).sort();
const failing = (name: keyof FileIo, code: string): FileIo => ({
  ...nodeFileIo,
  [name]: async () => {
    throw Object.assign(new Error(`${code}: simulated`), { code });
  },
});

describe('saving a workbook', () => {
  it('writes the file, and keeps the previous version as .bak', async () => {
    const files = createDocumentFiles();
    const first = await files.saveWorkbook(file, V1, { expectedHash: null });
    expect(first).toEqual({ ok: true, value: { path: file, hash: sha(V1) } });
    expect(existsSync(backupPathFor(file))).toBe(false);

    const second = await files.saveWorkbook(file, V2, { expectedHash: sha(V1) });
    expect(second).toEqual({ ok: true, value: { path: file, hash: sha(V2) } });
    expect(readFileSync(file, 'utf8')).toBe(V2);
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(V1);
    // No temp file is left beside them.
    expect(onlyEntries()).toEqual(['plan.creditstack', 'plan.creditstack.bak']);
  });

  it('a failing rename leaves the old file intact and no temp file behind', async () => {
    writeFileSync(file, V1);
    const files = createDocumentFiles(failing('rename', 'EIO'));
    const result = await files.saveWorkbook(file, V2, { expectedHash: sha(V1) });
    expect(result).toMatchObject({ ok: false, code: 'WRITE_FAILED' });
    expect(readFileSync(file, 'utf8')).toBe(V1);
    // The .bak could not be renamed into place either: nothing new exists.
    expect(onlyEntries()).toEqual(['plan.creditstack']);
  });

  it('a disk that fills up mid-write leaves the old file intact', async () => {
    writeFileSync(file, V1);
    writeFileSync(`${file}.bak`, 'older');
    let opened = 0;
    const io: FileIo = {
      ...nodeFileIo,
      open: async (target, flags, mode) => {
        const handle = await nodeFileIo.open(target, flags, mode);
        // The second temp file (the workbook itself, after its .bak) runs out of space.
        if (flags === 'wx' && ++opened === 2) {
          handle.writeFile = async () => {
            throw Object.assign(new Error('ENOSPC: simulated'), { code: 'ENOSPC' });
          };
        }
        return handle;
      },
    };
    const result = await createDocumentFiles(io).saveWorkbook(file, V2, { expectedHash: sha(V1) });
    expect(result).toEqual({
      ok: false,
      code: 'WRITE_FAILED',
      message: 'plan.creditstack was not saved (the file on disk is unchanged): the disk is full',
    });
    expect(readFileSync(file, 'utf8')).toBe(V1);
    expect(onlyEntries()).toEqual(['plan.creditstack', 'plan.creditstack.bak']);
  });

  it('a process killed between fsync and rename leaves the old file intact; its temp file is cleaned later', async () => {
    writeFileSync(file, V1);
    const child = spawnSync(
      process.execPath,
      ['--import', 'tsx', path.join(import.meta.dirname, 'fixtures/save-then-die.ts'), file, V2, sha(V1)],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(child.signal).toBe('SIGKILL');
    expect(readFileSync(file, 'utf8')).toBe(V1);
    // The .bak was completed before the workbook's own temp file was written.
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(V1);
    const temp = path.basename(/temp:(.*)\n/.exec(child.stdout)![1]);
    expect(onlyEntries()).toEqual([temp, 'plan.creditstack', 'plan.creditstack.bak']);
    // The leftover holds the complete new text (it was fsync'd), and is recognisably ours.
    expect(readFileSync(path.join(dir, temp), 'utf8')).toBe(V2);
    expect(tempFilePattern('plan.creditstack').test(temp)).toBe(true);
    // A later save (here: the clean-up it runs) removes it once it is older than STALE_TEMP_MS.
    const later = createDocumentFiles(nodeFileIo, () => Date.now() + STALE_TEMP_MS + 1000);
    expect(await later.removeStaleTempFiles(file)).toBe(1);
    expect(onlyEntries()).toEqual(['plan.creditstack', 'plan.creditstack.bak']);
  });

  it('a leftover temp file is removed once stale; other files and symbolic links are kept', async () => {
    writeFileSync(file, V1);
    const ours = '.plan.creditstack.cs-tmp-4242-0a1b2c3d';
    const fresh = '.plan.creditstack.cs-tmp-4243-0a1b2c3e';
    const notOurs = 'plan.creditstack.12345';
    const link = '.plan.creditstack.cs-tmp-4244-0a1b2c3f';
    for (const name of [ours, fresh, notOurs]) writeFileSync(path.join(dir, name), 'x');
    symlinkSync(file, path.join(dir, link));
    const now = Date.now();
    const old = (now - STALE_TEMP_MS - 60_000) / 1000;
    utimesSync(path.join(dir, ours), old, old);
    utimesSync(path.join(dir, notOurs), old, old);
    const files = createDocumentFiles(nodeFileIo, () => now);
    expect(await files.removeStaleTempFiles(file)).toBe(1);
    expect(onlyEntries()).toEqual([fresh, link, 'plan.creditstack', notOurs].sort());
  });

  it('detects a change on disk by content, even at the same size and mtime', async () => {
    const files = createDocumentFiles();
    await files.saveWorkbook(file, V1, { expectedHash: null });
    const before = statSync(file);
    // Another program rewrites it: same length, same mtime, different bytes.
    const other = V1.replace('Version one', 'Version 0ne');
    expect(other.length).toBe(V1.length);
    writeFileSync(file, other);
    utimesSync(file, before.atime, before.mtime);

    const result = await files.saveWorkbook(file, V2, { expectedHash: sha(V1) });
    expect(result).toEqual({
      ok: false,
      code: 'CHANGED_ON_DISK',
      message: 'plan.creditstack was changed by another program since it was opened or last saved here.',
    });
    expect(readFileSync(file, 'utf8')).toBe(other);

    // The user chose to overwrite: force skips the check, and the other program's version becomes the .bak.
    expect(await files.saveWorkbook(file, V2, { expectedHash: sha(V1), force: true })).toMatchObject({ ok: true });
    expect(readFileSync(file, 'utf8')).toBe(V2);
    expect(readFileSync(`${file}.bak`, 'utf8')).toBe(other);
  });

  it('a file deleted by another program is written again', async () => {
    const files = createDocumentFiles();
    await files.saveWorkbook(file, V1, { expectedHash: null });
    rmSync(file);
    expect(await files.saveWorkbook(file, V2, { expectedHash: sha(V1) })).toMatchObject({ ok: true });
    expect(readFileSync(file, 'utf8')).toBe(V2);
  });

  it('refuses to replace a folder', async () => {
    mkdirSync(file);
    const result = await createDocumentFiles().saveWorkbook(file, V1, { expectedHash: null });
    expect(result).toEqual({
      ok: false,
      code: 'WRITE_FAILED',
      message: 'plan.creditstack was not saved: it is a folder or a device, not a file',
    });
  });

  it('never follows or replaces a .bak that is a folder or a symbolic link', async () => {
    writeFileSync(file, V1);
    const victim = path.join(dir, 'victim.txt');
    writeFileSync(victim, 'keep me');
    symlinkSync(victim, `${file}.bak`);
    const result = await createDocumentFiles().saveWorkbook(file, V2, { expectedHash: sha(V1) });
    expect(result).toEqual({
      ok: false,
      code: 'WRITE_FAILED',
      message:
        'plan.creditstack was not saved (the file is unchanged): plan.creditstack.bak exists and is not a regular file',
    });
    expect(readFileSync(file, 'utf8')).toBe(V1);
    expect(readFileSync(victim, 'utf8')).toBe('keep me');
    expect(lstatSync(`${file}.bak`).isSymbolicLink()).toBe(true);

    rmSync(`${file}.bak`);
    mkdirSync(`${file}.bak`);
    expect(await createDocumentFiles().saveWorkbook(file, V2, { expectedHash: sha(V1) })).toMatchObject({
      ok: false,
      code: 'WRITE_FAILED',
    });
    expect(readFileSync(file, 'utf8')).toBe(V1);
  });

  it('saving through a symbolic link replaces the target and keeps the link', async () => {
    const real = path.join(dir, 'real.creditstack');
    writeFileSync(real, V1);
    symlinkSync(real, file);
    const result = await createDocumentFiles().saveWorkbook(file, V2, { expectedHash: sha(V1) });
    expect(result).toEqual({ ok: true, value: { path: real, hash: sha(V2) } });
    expect(lstatSync(file).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8')).toBe(V2);
  });

  it('keeps the file mode of the file it replaces', async () => {
    writeFileSync(file, V1, { mode: 0o640 });
    await createDocumentFiles().saveWorkbook(file, V2, { expectedHash: sha(V1) });
    expect(statSync(file).mode & 0o777).toBe(0o640);
  });

  it('never writes text it could not open again', async () => {
    writeFileSync(file, V1);
    for (const text of [
      '{',
      '{"format":"creditstack.workbook","version":99}',
      V1.replace(/"version": \d+/, '$&, "__proto__": {}'),
    ]) {
      const result = await createDocumentFiles().saveWorkbook(file, text, { expectedHash: null });
      expect(result).toMatchObject({ ok: false, code: 'WRITE_FAILED' });
      expect((result as { message: string }).message).toMatch(
        /^plan\.creditstack was not saved because the workbook is not valid: /,
      );
    }
    expect(readFileSync(file, 'utf8')).toBe(V1);
    expect(onlyEntries()).toEqual(['plan.creditstack']);
  });

  it('two saves to the same file run one after the other', async () => {
    const files = createDocumentFiles();
    await files.saveWorkbook(file, V1, { expectedHash: null });
    const [a, b] = await Promise.all([
      files.saveWorkbook(file, V2, { expectedHash: sha(V1) }),
      // Issued at the same time with the same expected hash: it must see V2, not V1, on disk.
      files.saveWorkbook(file, V1, { expectedHash: sha(V1) }),
    ]);
    expect(a).toMatchObject({ ok: true });
    expect(b).toMatchObject({ ok: false, code: 'CHANGED_ON_DISK' });
    expect(readFileSync(file, 'utf8')).toBe(V2);
  });
});

describe('opening a workbook', () => {
  it('returns the text, the real path and the hash of the bytes read', async () => {
    writeFileSync(file, V1);
    expect(await createDocumentFiles().readWorkbook(file)).toEqual({
      ok: true,
      value: { path: file, name: 'plan.creditstack', text: V1, hash: sha(V1) },
    });
  });

  it('drops a BOM from the text but hashes the bytes as they are on disk', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(V1)]);
    writeFileSync(file, bytes);
    const result = await createDocumentFiles().readWorkbook(file);
    expect(result).toMatchObject({ ok: true, value: { text: V1, hash: sha(bytes) } });
  });

  it.each([
    ['an empty file', '', 'plan.creditstack: the file is empty'],
    ['a lone brace', '{', /^plan\.creditstack: not valid JSON: .* at line 1 column 2$/],
    ['a prototype key', '{"__proto__":{"polluted":1}}', /^plan\.creditstack: .*"__proto__"/],
    ['a newer version', '{"format":"creditstack.workbook","version":999}', /^plan\.creditstack: .*newer/],
    ['invalid UTF-8', Buffer.from([0x7b, 0xc3, 0x28, 0x7d]), /^plan\.creditstack: .*UTF-8/],
  ])('refuses %s with a one-line message and leaves it untouched', async (_label, content, message) => {
    writeFileSync(file, content);
    const before = statSync(file);
    const result = await createDocumentFiles().readWorkbook(file);
    expect(result).toMatchObject({ ok: false, code: 'INVALID_FILE' });
    const text = (result as { message: string }).message;
    expect(text).not.toContain('\n');
    if (typeof message === 'string') expect(text).toBe(message);
    else expect(text).toMatch(message);
    expect(statSync(file).mtimeMs).toBe(before.mtimeMs);
    expect(onlyEntries()).toEqual(['plan.creditstack']);
  });

  it('refuses a file over the size limit from fstat, before reading a byte', async () => {
    writeFileSync(file, '');
    truncateSync(file, 60 * 1024 * 1024); // sparse: 60 MB of size, no data written
    const read = vi.fn();
    const io: FileIo = {
      ...nodeFileIo,
      open: async (target, flags, mode) => {
        const handle = await nodeFileIo.open(target, flags, mode);
        handle.read = read as never;
        return handle;
      },
    };
    const result = await createDocumentFiles(io).readWorkbook(file);
    expect(result).toEqual({
      ok: false,
      code: 'INVALID_FILE',
      message: 'plan.creditstack: the file is too large (60.0 MB; the limit is 50 MB)',
    });
    expect(read).not.toHaveBeenCalled();
  });

  it('refuses a folder, a missing file and a FIFO without hanging', async () => {
    mkdirSync(path.join(dir, 'folder.creditstack'));
    expect(await createDocumentFiles().readWorkbook(path.join(dir, 'folder.creditstack'))).toMatchObject({
      ok: false,
      code: 'READ_FAILED',
    });
    expect(await createDocumentFiles().readWorkbook(path.join(dir, 'missing.creditstack'))).toEqual({
      ok: false,
      code: 'READ_FAILED',
      message: 'missing.creditstack: the file or its folder does not exist',
    });
    const fifo = path.join(dir, 'pipe.creditstack');
    execFileSync('mkfifo', [fifo]);
    expect(await createDocumentFiles().readWorkbook(fifo)).toEqual({
      ok: false,
      code: 'READ_FAILED',
      message: 'pipe.creditstack: it is not a regular file',
    });
  });

  it('shows file names with control characters safely', () => {
    expect(displayName('/tmp/a\nb\u0000c.creditstack')).toBe('a_b_c.creditstack');
    expect(displayName('/tmp/plan\uD800.creditstack')).toBe('plan_.creditstack');
  });
});

describe('CSV export', () => {
  it('writes the text atomically, with no .bak', async () => {
    const csv = path.join(dir, 'plan.csv');
    writeFileSync(csv, 'old');
    expect(await createDocumentFiles().exportText(csv, 'a,b\r\n1,2\r\n')).toEqual({ ok: true, value: null });
    expect(readFileSync(csv, 'utf8')).toBe('a,b\r\n1,2\r\n');
    expect(onlyEntries()).toEqual(['plan.csv']);
  });

  it('reports a folder it cannot write to', async () => {
    const result = await createDocumentFiles().exportText(path.join(dir, 'missing', 'plan.csv'), 'x');
    expect(result).toEqual({
      ok: false,
      code: 'WRITE_FAILED',
      message: 'plan.csv was not written: the file or its folder does not exist',
    });
  });
});
