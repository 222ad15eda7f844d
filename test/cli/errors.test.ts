// Files that cannot be used and arguments that make no sense: exit 2, nothing on stdout, exactly
// one line on stderr that names the file and the problem, and the file left as it was.
import { execFileSync } from 'node:child_process';
import { mkdirSync, truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LIMITS } from '../../shared/model';
import { runCli, sha256, stderrLines, template, tempDir } from './cli-harness';
import { minimalWorkbook, writeTemp } from './fixtures';

function expectOneLineFailure(args: string[], ...fragments: string[]): string {
  const run = runCli(args, { timeoutMs: 20_000 });
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  const lines = stderrLines(run);
  expect(lines).toHaveLength(1);
  expect(run.stderr.endsWith('\n')).toBe(true);
  expect(lines[0]!.startsWith('creditstack: ')).toBe(true);
  for (const f of fragments) expect(lines[0]).toContain(f);
  return lines[0]!;
}

describe('unreadable or invalid files', () => {
  const commands = (file: string) => [
    ['compute', file],
    ['compute', file, '--json'],
    ['compare', file],
    ['export', file, '--table', 'monthly'],
    ['validate', file],
    ['validate', file, '--json'],
  ];

  it('not JSON', () => {
    const file = writeTemp('junk.creditstack', 'this is { not json');
    const before = sha256(file);
    for (const args of commands(file)) expectOneLineFailure(args, file);
    expect(sha256(file)).toBe(before);
  });

  it('wrong schema: the message gives the JSON path of the first problem', () => {
    const file = writeTemp(
      'negative.creditstack',
      minimalWorkbook([], {
        pools: [
          { id: 'poc', program: 'bedrock-poc', amount: 25000 },
          { id: 'bad', program: 'portfolio', amount: -5 },
        ],
      }),
    );
    const before = sha256(file);
    for (const args of commands(file)) expectOneLineFailure(args, `${file}: scenarios[0].pools[1].amount: `);
    expect(sha256(file)).toBe(before);
  });

  it('a newer version is refused, not guessed at', () => {
    const file = writeTemp(
      'future.creditstack',
      JSON.stringify({ format: 'creditstack.workbook', version: 99, scenarios: [] }),
    );
    const before = sha256(file);
    const line = expectOneLineFailure(['compute', file], file);
    expect(line).toMatch(/newer version/);
    expect(sha256(file)).toBe(before);
  });

  it('a missing file', () => {
    const file = join(tempDir(), 'nowhere.creditstack');
    const line = expectOneLineFailure(['compute', file], file);
    expect(line).toBe(`creditstack: ${file}: no such file`);
  });

  it('a directory instead of a file', () => {
    const dir = join(tempDir(), 'plan.creditstack');
    mkdirSync(dir);
    for (const args of commands(dir)) expectOneLineFailure(args, `${dir}: is a directory`);
  });

  it('a FIFO (named pipe) with no writer is refused at once, not waited on', () => {
    const fifo = join(tempDir(), 'plan.creditstack');
    execFileSync('mkfifo', [fifo]);
    // A blocking open would wait for a writer forever; runCli kills the run after 20 s (code -1).
    for (const args of commands(fifo)) expectOneLineFailure(args, `${fifo}: is not a regular file`);
  });

  it('a file over the size limit is refused before it is read', () => {
    const file = writeTemp('huge.creditstack', '');
    // Sparse: the size is what fstat reports; no disk space is used.
    truncateSync(file, LIMITS.fileBytes + 1);
    expectOneLineFailure(['compute', file], file, 'limit');
  });
});

describe('bad arguments', () => {
  const file = template('model-comparison');

  it.each([
    [['frobnicate'], 'creditstack: unknown command "frobnicate"'],
    [['--frob'], 'creditstack: unknown option --frob'],
    [['compute', file, '--frob'], 'creditstack: unknown option --frob for compute (see creditstack compute --help)'],
    [['compute', file, '--scenario'], 'creditstack: option --scenario needs a value'],
    [['compute', file, '--json=yes'], 'creditstack: option --json takes no value'],
    [['compute'], 'creditstack: compute needs a FILE'],
    [['compute', file, file], 'creditstack: unexpected argument'],
    [['compare'], 'creditstack: compare needs at least one FILE'],
    [['prices', 'extra'], 'creditstack: unexpected argument "extra"'],
    [['new'], 'creditstack: new needs --template NAME (templates: series-a, seed-ml, model-comparison)'],
    [
      ['new', '--template', 'nope'],
      'creditstack: unknown template "nope" (templates: series-a, seed-ml, model-comparison)',
    ],
    [['export', file, '--table', 'weekly', '--scenario', 'sonnet'], 'creditstack: unknown table "weekly"'],
    [['compute', file, '--scenario', 'gpt'], `creditstack: ${file}: no scenario "gpt"`],
  ])('%j', (args, start) => {
    const line = expectOneLineFailure(args);
    expect(line.startsWith(start)).toBe(true);
  });

  it('no arguments prints the usage and exits 2', () => {
    const run = runCli([]);
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('Usage: creditstack <command>');
  });
});

describe('help and version', () => {
  it('--help and -h print the usage and exit 0', () => {
    for (const flag of ['--help', '-h']) {
      const run = runCli([flag]);
      expect(run.code).toBe(0);
      expect(run.stderr).toBe('');
      for (const command of ['compute', 'compare', 'export', 'validate', 'new', 'prices'])
        expect(run.stdout).toContain(`  ${command} `);
    }
  });

  it('command --help prints that command’s usage', () => {
    const run = runCli(['export', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('Usage: creditstack export FILE --table monthly|pools|lines|summary')).toBe(true);
  });

  it('--version prints the package version', async () => {
    const { version } = (await import('../../package.json')).default as { version: string };
    const run = runCli(['--version']);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe(`creditstack ${version}\n`);
  });
});
