import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDocumentFiles, nodeFileIo } from '../../../electron/main/document-files';
import { RecoveryStore, RecoveryWriter } from '../../../electron/main/recovery-copies';

const A = '11111111-1111-4111-8111-111111111111';
const B = '22222222-2222-4222-8222-222222222222';

let dir: string;
let store: RecoveryStore;

beforeEach(() => {
  dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'cs-recovery-')), 'recovery');
  store = new RecoveryStore(dir, createDocumentFiles(), nodeFileIo);
});
afterEach(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

describe('RecoveryStore', () => {
  it('writes, reads back and clears a copy', async () => {
    await store.write(A, { name: 'plan.creditstack', text: '{"x":1}' }, new Date('2027-03-01T10:00:00.000Z'));
    expect(await store.read(A)).toEqual({ name: 'plan.creditstack', text: '{"x":1}', savedAt: '2027-03-01T10:00:00.000Z' });
    await store.clear(A);
    expect(await store.read(A)).toBeNull();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('lists copies newest first, ignoring names that are not ours', async () => {
    await store.write(A, { name: 'a', text: '1' }, new Date());
    await store.write(B, { name: 'b', text: '2' }, new Date());
    writeFileSync(path.join(dir, 'notes.json'), '{}');
    writeFileSync(path.join(dir, '../../etc.json'), '{}');
    utimesSync(path.join(dir, `${A}.json`), 1_000, 1_000);
    expect(await store.list()).toEqual([B, A]);
  });

  it('sets a damaged copy aside (never deletes it) and skips it', async () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, `${A}.json`), '{"format":"creditstack-recovery","version":1,"name":"a","savedAt":"2027');
    writeFileSync(path.join(dir, `${B}.json`), JSON.stringify({ format: 'creditstack-recovery', version: 1, name: 'b', savedAt: 'yesterday', text: '' }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await store.read(A)).toBeNull();
    expect(await store.read(B)).toBeNull();
    warn.mockRestore();
    expect(readdirSync(dir).sort()).toEqual([`${A}.json.damaged`, `${B}.json.damaged`]);
    expect(await store.list()).toEqual([]);
  });

  it('refuses ids that could name another file', async () => {
    await expect(store.write('../../x', { name: 'a', text: '' }, new Date())).rejects.toThrow('not a recovery id');
  });
});

describe('RecoveryWriter', () => {
  function setup() {
    let now = 0;
    const timers: { at: number; run: () => void }[] = [];
    const writer = new RecoveryWriter(store, A, {
      intervalMs: 3000,
      now: () => now,
      timers: {
        setTimeout: (run, ms) => {
          const timer = { at: now + ms, run };
          timers.push(timer);
          return timer;
        },
        clearTimeout: (timer) => timers.splice(timers.indexOf(timer as (typeof timers)[number]), 1),
      },
    });
    /** Moves the clock and runs the timers that are due. */
    const advance = async (ms: number) => {
      now += ms;
      for (const timer of timers.filter((t) => t.at <= now)) {
        timers.splice(timers.indexOf(timer), 1);
        timer.run();
      }
      await writer.settled();
    };
    const onDisk = () => (existsSync(path.join(dir, `${A}.json`)) ? JSON.parse(readFileSync(path.join(dir, `${A}.json`), 'utf8')).text : null);
    return { writer, advance, onDisk, timers };
  }

  it('writes the first change at once, then at most once per interval, always the newest text', async () => {
    const { writer, advance, onDisk } = setup();
    await writer.update({ name: 'p', text: 'v1' });
    await advance(0);
    expect(onDisk()).toBe('v1');

    // Three changes within one second: nothing is written until 3 s after the last write.
    await writer.update({ name: 'p', text: 'v2' });
    await advance(500);
    await writer.update({ name: 'p', text: 'v3' });
    await writer.update({ name: 'p', text: 'v4' });
    await advance(2000);
    expect(onDisk()).toBe('v1');
    await advance(500);
    expect(onDisk()).toBe('v4');
  });

  it('null cancels what is pending and removes the copy', async () => {
    const { writer, advance, onDisk, timers } = setup();
    await writer.update({ name: 'p', text: 'v1' });
    await advance(0);
    await writer.update({ name: 'p', text: 'v2' });
    await writer.update(null);
    expect(timers).toEqual([]);
    await advance(10_000);
    expect(onDisk()).toBeNull();
    expect(writer.inUse).toBe(false);
  });

  it('adopts a copy left by an earlier run only before its first use', async () => {
    const { writer } = setup();
    expect(writer.adopt(B)).toBe(true);
    expect(writer.recoveryId).toBe(B);
    await writer.update({ name: 'p', text: 'x' });
    expect(writer.adopt(A)).toBe(false);
  });
});
