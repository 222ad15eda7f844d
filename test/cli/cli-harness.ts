// Builds the CLI once per test worker and runs it as a user would: `node cli.cjs ARGS`.
// The bundle goes to a private temporary folder (same esbuild options as the build:cli script)
// so that test files running in parallel never read a dist/cli.cjs another worker is rewriting.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { afterAll } from 'vitest';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const TEMPLATES_DIR = join(ROOT, 'assets/templates');
export const template = (name: string) => join(TEMPLATES_DIR, `${name}.creditstack`);

let bundle: string | null = null;

// Every temporary folder this harness makes is removed when the test file ends (the bundle is
// ~1 MB; hundreds of runs a day filled /tmp before). Registered at import, which vitest does
// while collecting the importing test file, so the hook belongs to that file.
const madeDirs: string[] = [];
afterAll(() => {
  for (const dir of madeDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function makeTempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  madeDirs.push(dir);
  return dir;
}

export function cliBundle(): string {
  if (bundle !== null) return bundle;
  const outfile = join(makeTempDir('creditstack-cli-'), 'cli.cjs');
  // Mirrors package.json "build:cli".
  buildSync({
    entryPoints: [join(ROOT, 'cli/main.ts')],
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    outfile,
    banner: { js: '#!/usr/bin/env node' },
    logLevel: 'warning',
  });
  bundle = outfile;
  return outfile;
}

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: readonly string[],
  options: { cwd?: string; env?: Record<string, string>; timeoutMs?: number } = {},
): CliRun {
  const result = spawnSync(process.execPath, [cliBundle(), ...args], {
    cwd: options.cwd ?? ROOT,
    // A run that hangs is killed (SIGTERM) and reported as code -1, so the test fails rather than waits.
    ...(options.timeoutMs === undefined ? {} : { timeout: options.timeoutMs }),
    encoding: 'utf8',
    env: { ...process.env, ...options.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error && (result.error as NodeJS.ErrnoException).code !== 'ETIMEDOUT') throw result.error;
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

/** stderr holds exactly one line (with its newline). */
export function stderrLines(run: CliRun): string[] {
  return run.stderr.split('\n').filter((l) => l !== '');
}

export function sha256(path: string): string {
  return createHash('sha256').update(readFileSync(path)).digest('hex');
}

export function tempDir(): string {
  return makeTempDir('creditstack-test-');
}
