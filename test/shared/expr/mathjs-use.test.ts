// mathjs is pinned to a release without the known parser escapes, and only its parser is used.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const SOURCE = path.resolve(import.meta.dirname, '../../../shared/expr');

/** true when dotted version a >= b, compared number by number. */
function versionAtLeast(a: string, b: string): boolean {
  const pa = a.split(/[.-]/).slice(0, 3).map(Number);
  const pb = b.split(/[.-]/).slice(0, 3).map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] > pb[i];
  return true;
}

describe('mathjs', () => {
  it('the installed version is at least 15.2.0', () => {
    const { version } = require('mathjs/package.json') as { version: string };
    expect(versionAtLeast(version, '15.2.0')).toBe(true);
  });

  it('the version check itself compares numerically', () => {
    expect(versionAtLeast('15.10.0', '15.2.0')).toBe(true);
    expect(versionAtLeast('15.1.9', '15.2.0')).toBe(false);
    expect(versionAtLeast('16.0.0', '15.2.0')).toBe(true);
  });

  const files = readdirSync(SOURCE).filter((f) => f.endsWith('.ts'));
  const sources = files.map((f) => [f, readFileSync(path.join(SOURCE, f), 'utf8')] as const);

  it('is loaded by one module only, the parser wrapper (others may import its types)', () => {
    const loaders = sources
      .filter(([, text]) => /^import (?!type )[^;]*from 'mathjs(\/[a-z]+)?'/m.test(text))
      .map(([f]) => f);
    expect(loaders).toEqual(['mathjs-parser.ts']);
  });

  it('the compiler uses no eval, no Function constructor and no mathjs evaluate/compile', () => {
    for (const [file, text] of sources) {
      const code = text.replace(/\/\/.*$/gm, '');
      expect(code, file).not.toMatch(/\beval\s*\(|new\s+Function\b|\bFunction\s*\(|\.evaluate\s*\(|\.compile\s*\(/);
    }
  });
});
