// The CLI's safe writer (cli/write-output.ts) against the real file system: the fsync comes
// before the rename, the previous version is kept as .bak, and no temp file outlives a killed run.
import { spawn, spawnSync } from 'node:child_process';
import * as realFs from 'node:fs';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { STALE_TEMP_MS, tempFileName, tempFilePattern } from '../../shared/io/temp-files';
import { tempDir } from './cli-harness';

// Records the order of the fsyncs and renames the writer makes (the calls still happen).
const calls = vi.hoisted(() => ({ log: [] as string[] }));
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const wrapped = {
    ...fs,
    fsyncSync: (fd: number) => {
      calls.log.push('fsync');
      return fs.fsyncSync(fd);
    },
    renameSync: (from: string, to: string) => {
      calls.log.push(`rename ${to.split('/').pop()}`);
      return fs.renameSync(from, to);
    },
  };
  return { ...wrapped, default: wrapped };
});

const { removeStaleTempFiles, writeFileAtomic } = await import('../../cli/write-output');

let dir: string;
beforeEach(() => {
  dir = tempDir();
  calls.log.length = 0;
});
afterEach(() => realFs.rmSync(dir, { recursive: true, force: true }));

const leftovers = (base: string) => readdirSync(dir).filter((n) => tempFilePattern(base).test(n));

/** The id of a process that has exited (so no process has it, barring reuse within the test). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

describe('writeFileAtomic', () => {
  it('fsyncs the new bytes before renaming them over the target', () => {
    const target = join(dir, 'out.csv');
    writeFileAtomic(target, 'a,b\r\n', { overwrite: true });
    expect(readFileSync(target, 'utf8')).toBe('a,b\r\n');
    expect(calls.log).toEqual(['fsync', 'rename out.csv']);
  });

  it('keeps the previous version as .bak (fsynced, before the target is replaced) and keeps the mode', () => {
    const target = join(dir, 'plan.creditstack');
    writeFileSync(target, 'version 1');
    realFs.chmodSync(target, 0o640);
    writeFileAtomic(target, 'version 2', { overwrite: true, backup: true });
    expect(readFileSync(target, 'utf8')).toBe('version 2');
    expect(readFileSync(`${target}.bak`, 'utf8')).toBe('version 1');
    expect(statSync(target).mode & 0o777).toBe(0o640);
    expect(statSync(`${target}.bak`).mode & 0o777).toBe(0o640);
    expect(calls.log).toEqual(['fsync', 'rename plan.creditstack.bak', 'fsync', 'rename plan.creditstack']);
    expect(leftovers('plan.creditstack')).toEqual([]);
  });

  it('refuses a backup path that is not a regular file, and writes nothing', () => {
    const target = join(dir, 'plan.creditstack');
    writeFileSync(target, 'version 1');
    mkdirSync(`${target}.bak`);
    expect(() => writeFileAtomic(target, 'version 2', { overwrite: true, backup: true })).toThrow(
      /plan\.creditstack\.bak: exists and is not a regular file/,
    );
    expect(readFileSync(target, 'utf8')).toBe('version 1');
  });

  it('a failed write leaves the target as it was and no temp file', () => {
    const target = join(dir, 'missing-folder', 'out.csv');
    expect(() => writeFileAtomic(target, 'x', { overwrite: true })).toThrow(/the folder does not exist/);
    expect(existsSync(join(dir, 'missing-folder'))).toBe(false);
  });

  it('removes the temp files of killed writers, and nothing else', () => {
    const target = join(dir, 'out.csv');
    const dead = join(dir, tempFileName('out.csv', deadPid(), 'deadbeef'));
    // A live writer's fresh temp file (this process) stays; the same name made long ago goes.
    const live = join(dir, tempFileName('out.csv', process.pid, '0badf00d'));
    const oldLive = join(dir, tempFileName('out.csv', process.pid, '00c0ffee'));
    const notOurs = [
      join(dir, '.out.csv.12345.tmp'),
      join(dir, 'out.csv.cs-tmp-1-deadbeef'),
      join(dir, tempFileName('other.csv', deadPid(), 'deadbeef')),
    ];
    for (const file of [dead, live, oldLive, ...notOurs]) writeFileSync(file, 'partial');
    const old = (Date.now() - STALE_TEMP_MS - 60_000) / 1000;
    utimesSync(oldLive, old, old);
    // A symbolic link with our name points somewhere else: it is not followed and not removed.
    const link = join(dir, tempFileName('out.csv', deadPid(), 'feedface'));
    symlinkSync(join(dir, 'elsewhere'), link);

    expect(removeStaleTempFiles(target)).toBe(2);
    expect(existsSync(dead)).toBe(false);
    expect(existsSync(oldLive)).toBe(false);
    for (const file of [live, ...notOurs]) expect(existsSync(file), file).toBe(true);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
  });
});

/** Starts a child that writes `megabytes` MB to `target` and resolves once its temp file exists. */
async function childMidWrite(target: string, megabytes: number) {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'fixtures/write-big-output.ts'), target, String(megabytes)],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  await vi.waitFor(() => expect(leftovers('out.txt')).toHaveLength(1), { timeout: 30_000, interval: 2 });
  return { child, exited };
}

describe('a killed --out run', () => {
  it('SIGKILL mid-write: the temp file it leaves is removed by the next write, and the old output is untouched', async () => {
    const target = join(dir, 'out.txt');
    writeFileSync(target, 'previous output');
    const { child, exited } = await childMidWrite(target, 200);
    child.kill('SIGKILL');
    expect((await exited).signal).toBe('SIGKILL');
    // What SIGKILL leaves: the old target, and the partial temp file.
    expect(readFileSync(target, 'utf8')).toBe('previous output');
    expect(leftovers('out.txt')).toHaveLength(1);
    writeFileAtomic(target, 'next output', { overwrite: true });
    expect(leftovers('out.txt')).toEqual([]);
    expect(readFileSync(target, 'utf8')).toBe('next output');
  }, 60_000);

  it('SIGTERM mid-write: the write finishes first (whole output, exit 0) or the run ends before it (old output, 143); no temp file either way', async () => {
    const target = join(dir, 'out.txt');
    writeFileSync(target, 'previous output');
    const { child, exited } = await childMidWrite(target, 200);
    child.kill('SIGTERM');
    const { code, signal } = await exited;
    // Without the handler Node dies of the signal itself (signal 'SIGTERM', code null) and the temp file stays.
    expect(signal).toBeNull();
    expect(leftovers('out.txt')).toEqual([]);
    const size = statSync(target).size;
    expect(
      code === 0 ? size === 200 * 1024 * 1024 : code === 143 && size === Buffer.byteLength('previous output'),
    ).toBe(true);
  }, 60_000);
});
