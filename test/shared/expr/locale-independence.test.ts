// The same expressions evaluated in processes with different locales give bit-identical values.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const SCRIPT = path.join(import.meta.dirname, 'fixtures/print-golden-bits.ts');

function runIn(locale: string): { locale: string; values: string[] } {
  const out = execFileSync(process.execPath, ['--import', 'tsx', SCRIPT], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, LANG: locale, LC_ALL: locale, LC_NUMERIC: locale },
  });
  return JSON.parse(out) as { locale: string; values: string[] };
}

describe('locale independence', () => {
  it('de_DE and en_US processes print the same bits', () => {
    const german = runIn('de_DE.UTF-8');
    const english = runIn('en_US.UTF-8');
    // The processes really did run under different locales (1.234,5 vs 1,234.5).
    expect(german.locale).not.toBe(english.locale);
    expect(german.values).toHaveLength(4);
    expect(german.values.every((v) => /^([0-9a-f]{16} ?){60}$/.test(v))).toBe(true);
    expect(german.values).toEqual(english.values);
  });
});
