// The symbols the window draws (markers, arrows, dashes) must exist in the fonts every desktop
// has. ⛔ and ⌛ exist only in colour-emoji fonts: on a Linux desktop without one (Debian's
// Chromium falls back to DejaVu Sans) they drew as empty boxes beside errors and forfeitures.
// Every character below is in DejaVu Sans or DejaVu Sans Mono (checked with
// `fc-list :charset=<hex>` on Debian) and in the system fonts of Windows and macOS; a new one
// goes on the list only after the same check.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

const DRAWN_EVERYWHERE = new Set([...'…—–·−“”’‘×÷•→←↑↓↳▲▼▾●◆◷⟳⋯⌘ƒ⚠✓✗✖']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.(ts|tsx|css|html)$/.test(name) ? [full] : [];
  });
}

/** Each character outside ASCII in the files, with the first place it appears. */
function symbolsIn(paths: string[]): Map<string, string> {
  const found = new Map<string, string>();
  for (const file of paths) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, i) => {
      for (const ch of line)
        if (ch.codePointAt(0)! > 0x7f && !found.has(ch)) found.set(ch, `${path.relative(ROOT, file)}:${i + 1}`);
    });
  }
  return found;
}

describe('symbols on screen', () => {
  it('the window and its messages use only symbols that every desktop font draws', () => {
    const sources = [...files(path.join(ROOT, 'renderer')), ...files(path.join(ROOT, 'shared/wording'))];
    const missing = [...symbolsIn(sources)]
      .filter(([ch]) => !DRAWN_EVERYWHERE.has(ch))
      .map(([ch, where]) => `${ch} (U+${ch.codePointAt(0)!.toString(16).toUpperCase()}) at ${where}`);
    expect(missing).toEqual([]);
  });

  it('finds a symbol that is not on the list', () => {
    const probe = path.join(ROOT, 'test/renderer/glyphs.test.ts');
    // This file names ⛔ in its opening comment: the scan sees it, and it is not on the list.
    expect(symbolsIn([probe]).has('⛔')).toBe(true);
    expect(DRAWN_EVERYWHERE.has('⛔')).toBe(false);
  });
});
