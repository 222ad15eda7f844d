// Reading Electron's fuses back from a packaged binary, and comparing them with what
// electron-builder.yml asks for. The fuse wire is a fixed sentinel string in the binary followed
// by a version byte, a length byte and one byte per fuse: '0' off, '1' on, 'r' removed (the
// layout @electron/fuses writes; its own reader is used to cross-check this one in the tests).

export const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';

/** Fuse names in wire order (version 1), as electron-builder.yml spells them. */
export const FUSE_NAMES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;

export type FuseState = 'on' | 'off' | 'removed' | `unknown byte ${number}`;

export interface FuseWire {
  version: number;
  /** By name; fuses newer than FUSE_NAMES appear as "fuse8", "fuse9"... */
  fuses: Record<string, FuseState>;
}

function stateOf(byte: number): FuseState {
  if (byte === 0x30) return 'off';
  if (byte === 0x31) return 'on';
  if (byte === 0x72) return 'removed';
  return `unknown byte ${byte}`;
}

function indexesOf(haystack: Uint8Array, needle: Uint8Array): number[] {
  const found: number[] = [];
  const first = needle[0];
  for (
    let i = haystack.indexOf(first);
    i !== -1 && i <= haystack.length - needle.length;
    i = haystack.indexOf(first, i + 1)
  ) {
    let match = true;
    for (let j = 1; j < needle.length && match; j++) match = haystack[i + j] === needle[j];
    if (match) found.push(i);
  }
  return found;
}

/**
 * The fuse wire in `binary`. Throws when there is none (not an Electron binary, or the wrong file
 * of a macOS bundle: there the wire is in "Electron Framework"), or when two copies disagree
 * (a universal macOS binary holds one per architecture).
 */
export function readFuseWire(binary: Uint8Array): FuseWire {
  const sentinel = new TextEncoder().encode(FUSE_SENTINEL);
  const at = indexesOf(binary, sentinel);
  if (at.length === 0)
    throw new Error('no fuse wire found: is this the Electron executable (or, on macOS, Electron Framework)?');
  const wires = at.map((index) => {
    const start = index + sentinel.length;
    const version = binary[start];
    const length = binary[start + 1];
    if (version === undefined || length === undefined || start + 2 + length > binary.length)
      throw new Error('the fuse wire is cut short');
    const fuses: Record<string, FuseState> = {};
    for (let i = 0; i < length; i++) fuses[FUSE_NAMES[i] ?? `fuse${i}`] = stateOf(binary[start + 2 + i]!);
    return { version, fuses };
  });
  const first = JSON.stringify(wires[0]);
  if (wires.some((w) => JSON.stringify(w) !== first))
    throw new Error(`the binary holds ${wires.length} fuse wires that differ`);
  return wires[0]!;
}

/** The `electronFuses:` block of electron-builder.yml: fuse name -> wanted on/off. */
export function fusesWanted(yaml: string): Record<string, boolean> {
  const wanted: Record<string, boolean> = {};
  const lines = yaml.split(/\r?\n/);
  const start = lines.findIndex((l) => /^electronFuses:\s*(#.*)?$/.test(l));
  if (start === -1) throw new Error('electron-builder.yml has no electronFuses block');
  for (const line of lines.slice(start + 1)) {
    if (/^\S/.test(line)) break;
    const match = /^\s+(\w+):\s*(true|false)\s*(#.*)?$/.exec(line);
    if (match) wanted[match[1]!] = match[2] === 'true';
  }
  return wanted;
}

/** One line per fuse that is not as wanted (empty when all are). */
export function fuseProblems(wire: FuseWire, wanted: Record<string, boolean>): string[] {
  const problems: string[] = [];
  for (const [name, on] of Object.entries(wanted)) {
    const actual = wire.fuses[name];
    if (actual === undefined) problems.push(`${name}: not in this binary's fuse wire (an older Electron?)`);
    else if (actual !== (on ? 'on' : 'off')) problems.push(`${name}: ${actual}, wanted ${on ? 'on' : 'off'}`);
  }
  return problems;
}
