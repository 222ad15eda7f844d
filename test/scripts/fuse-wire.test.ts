// The fuse reader (scripts/fuse-wire.ts) on synthetic binaries laid out as @electron/fuses writes
// them, cross-checked with that library's own reader. No packaged build can be made here (no
// Electron binary can be downloaded), so the script itself runs only where one exists.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { describe, expect, it } from 'vitest';
import { FUSE_SENTINEL, fuseProblems, fusesWanted, readFuseWire } from '../../scripts/fuse-wire';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Junk, then the sentinel, version 1, the length, one byte per fuse, then more junk. */
function binaryWith(states: string, copies = 1): Buffer {
  const wire = Buffer.concat([
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([1, states.length]),
    Buffer.from(states, 'latin1'),
  ]);
  const junk = Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 37) % 256));
  return Buffer.concat([junk, ...Array.from({ length: copies }, () => Buffer.concat([wire, junk]))]);
}

// What a release build should hold: runAsNode off, cookie encryption on, NODE_OPTIONS off,
// inspect off, asar integrity on, only-asar on, V8 snapshot untouched (off), file:// privileges off.
const RELEASE = '01001100';

describe('readFuseWire', () => {
  it('reads each fuse in wire order', () => {
    expect(readFuseWire(binaryWith(RELEASE))).toEqual({
      version: 1,
      fuses: {
        runAsNode: 'off',
        enableCookieEncryption: 'on',
        enableNodeOptionsEnvironmentVariable: 'off',
        enableNodeCliInspectArguments: 'off',
        enableEmbeddedAsarIntegrityValidation: 'on',
        onlyLoadAppFromAsar: 'on',
        loadBrowserProcessSpecificV8Snapshot: 'off',
        grantFileProtocolExtraPrivileges: 'off',
      },
    });
  });

  it('agrees with @electron/fuses on the same file', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cs-fuses-'));
    try {
      const file = path.join(dir, 'electron');
      writeFileSync(file, binaryWith('1r01001100'));
      const ours = readFuseWire(readFileSync(file));
      const theirs = await getCurrentFuseWire(file);
      // @electron/fuses' FuseState: 49 enabled, 48 disabled, 114 removed.
      const word: Record<number, string> = { 49: 'on', 48: 'off', 114: 'removed' };
      for (const option of [
        FuseV1Options.RunAsNode,
        FuseV1Options.EnableCookieEncryption,
        FuseV1Options.GrantFileProtocolExtraPrivileges,
      ])
        expect(Object.values(ours.fuses)[option], FuseV1Options[option]).toBe(
          word[(theirs as Record<number, number>)[option]!],
        );
      // Fuses newer than our list keep their place.
      expect(ours.fuses.fuse8).toBe('off');
      expect(ours.fuses.fuse9).toBe('off');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a file with no wire, a wire cut short, and two wires that differ', () => {
    expect(() => readFuseWire(Buffer.from('just some bytes'))).toThrow(/no fuse wire found/);
    expect(() => readFuseWire(Buffer.concat([Buffer.from(FUSE_SENTINEL), Buffer.from([1, 8, 0x30])]))).toThrow(
      /cut short/,
    );
    expect(() => readFuseWire(Buffer.concat([binaryWith(RELEASE), binaryWith('11001100')]))).toThrow(
      /2 fuse wires that differ/,
    );
    // Two identical wires (a universal macOS binary) are fine.
    expect(readFuseWire(binaryWith(RELEASE, 2)).fuses.runAsNode).toBe('off');
  });
});

describe('electron-builder.yml', () => {
  const wanted = fusesWanted(readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8'));

  it('asks for the release fuses, cookie encryption included', () => {
    expect(wanted).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
  });

  it('a release wire passes; a development binary (no fuse flipped) fails on each fuse that differs', () => {
    expect(fuseProblems(readFuseWire(binaryWith(RELEASE)), wanted)).toEqual([]);
    // Electron's defaults, as in an unpackaged development binary.
    expect(fuseProblems(readFuseWire(binaryWith('10110001')), wanted)).toEqual([
      'runAsNode: on, wanted off',
      'enableNodeOptionsEnvironmentVariable: on, wanted off',
      'enableNodeCliInspectArguments: on, wanted off',
      'enableEmbeddedAsarIntegrityValidation: off, wanted on',
      'onlyLoadAppFromAsar: off, wanted on',
      'grantFileProtocolExtraPrivileges: on, wanted off',
      'enableCookieEncryption: off, wanted on',
    ]);
  });

  it('the script exits 0 on a release wire, 1 on a wrong one, 2 on a file with none', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'cs-fuses-'));
    try {
      const run = (states: string | null) => {
        const file = path.join(dir, 'creditstack');
        writeFileSync(file, states === null ? 'not electron' : binaryWith(states));
        return spawnSync(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/check-fuses.ts'), file], {
          encoding: 'utf8',
        });
      };
      expect(run(RELEASE).status).toBe(0);
      const wrong = run('11001100');
      expect(wrong.status).toBe(1);
      expect(wrong.stderr).toBe('check-fuses: runAsNode: on, wanted off\n');
      expect(run(null).status).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
