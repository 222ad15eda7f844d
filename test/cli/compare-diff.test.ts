// `creditstack compare --diff / --csv / --out`, run as a user would. The two files are the
// before/after plan of test/shared/engine/compare (figures by hand there):
//   chat 1,800 -> 2,700 a month (+10,800 over 12 months), old removed (-6,000), embeddings saved
//   under a new id (matched by name, no cost change), a $5,000 Founders pool added (uses 5,000);
//   total 36,000 -> 40,800 (+4,800).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { serializeWorkbook } from '../../shared/io';
import { DIFF_AFTER, DIFF_BEFORE } from '../shared/engine/compare/fixtures';
import { runCli, sha256, stderrLines, template, tempDir } from './cli-harness';

function planFiles(): { before: string; after: string; dir: string } {
  const dir = tempDir();
  const before = join(dir, 'before.creditstack');
  const after = join(dir, 'after.creditstack');
  writeFileSync(before, serializeWorkbook(DIFF_BEFORE));
  writeFileSync(after, serializeWorkbook(DIFF_AFTER));
  return { before, after, dir };
}

interface JsonDiffRow {
  status: string;
  kind: string;
  id: string;
  matchedBy: string | null;
  changes: { field: string; before?: unknown; after?: unknown; sameValue?: boolean }[];
  before: number | null;
  after: number | null;
  effect: number | null;
}

describe('compare --diff', () => {
  it('--json adds "diff": the changes between the first two refs, with cost effects', () => {
    const { before, after } = planFiles();
    const hashes = [sha256(before), sha256(after)];
    const run = runCli(['compare', `${before}#main`, `${after}#main`, '--diff', '--json']);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as {
      baseline: string;
      scenarios: { ref: string; delta: Record<string, number | null> }[];
      diff: {
        before: string;
        after: string;
        lines: JsonDiffRow[];
        pools: JsonDiffRow[];
        assumptions: JsonDiffRow[];
        settings: unknown[];
        totalCostEffect: number;
      };
    };
    // The KPI part is unchanged by --diff: 40,800 - 36,000.
    expect(out.baseline).toBe(`${before}#main`);
    expect(out.scenarios[1]!.delta.totalCost).toBeCloseTo(4_800, 6);
    expect(out.diff.before).toBe(`${before}#main`);
    expect(out.diff.after).toBe(`${after}#main`);
    expect(out.diff.totalCostEffect).toBeCloseTo(4_800, 6);
    const chat = out.diff.lines.find((r) => r.id === 'chat')!;
    expect(chat.changes).toEqual([
      { field: 'inputTokensPerDay', before: 10_000_000, after: 20_000_000 },
      { field: 'outputTokensPerDay', before: 2_000_000, after: '2e6', sameValue: true },
    ]);
    expect(chat.effect).toBeCloseTo(10_800, 6);
    expect(out.diff.lines.map((r) => [r.status, r.id, r.matchedBy])).toEqual([
      ['changed', 'chat', 'id'],
      ['changed', 'vectors', 'name'],
      ['removed', 'old', null],
    ]);
    expect(out.diff.pools.map((r) => [r.status, r.id, r.after])).toEqual([['added', 'founders', 5_000]]);
    // Inputs are only read.
    expect([sha256(before), sha256(after)]).toEqual(hashes);
  });

  it('readable: the KPI table, then what changed, line by line', () => {
    const { before, after } = planFiles();
    const run = runCli(['compare', `${before}#main`, `${after}#main`, '--diff']);
    expect(run.code).toBe(0);
    const text = run.stdout;
    const row = (label: string) =>
      text
        .split('\n')
        .find((l) => l.startsWith(label + '  '))
        ?.replace(/\s{2,}/g, ' | ');
    // Founders exists only after: absent ("-") before. It pays the $700 embeddings charge once the
    // POC has paid chat: 7 x 700 = 4,900, then 100 of month 7's 700 -> depletion 7 + 100/700 = 7.14:
    // its last dollar goes in month 7, 2027-08 of a plan from 2027-01.
    expect(row('Activate Founders depletion')).toBe('Activate Founders depletion | - | 2027-08 (month 7) | -');
    // The POC: before it pays 12 x 1,800 = 21,600 and 3,400 expires, never used up ("none");
    // after, 9 x 2,700 = 24,300 then 700 of 2,700 -> 9 + 700/2700 = 9.26: used up in month 9, 2027-10.
    expect(row('Bedrock POC depletion')).toBe('Bedrock POC depletion | none | 2027-10 (month 9) | -');
    expect(row('Bedrock POC forfeited')).toBe('Bedrock POC forfeited | $3,400.00 | $0.00 | -$3,400.00 (-100.0%)');
    expect(text).toContain(`Changes from [1] ${before}#main to [2] ${after}#main`);
    expect(text).toContain('total cost $36,000.00 -> $40,800.00 (+$4,800.00)');
    expect(text).toContain('changed  chat "Chat"  cost $21,600.00 -> $32,400.00 (+$10,800.00)');
    expect(text).toContain('inputTokensPerDay: 10000000 -> 20000000');
    expect(text).toContain('outputTokensPerDay: 2000000 -> "2e6"  (same value, written differently)');
    expect(text).toContain('changed  vectors "Embeddings" (matched by name)  cost $8,400.00 -> $8,400.00 ($0.00)');
    expect(text).toContain('id: "emb" -> "vectors"');
    expect(text).toContain('removed  old "Old batch job"  cost $6,000.00 (-$6,000.00)');
    expect(text).toContain('added    founders "Activate Founders"  credits used $5,000.00 (+$5,000.00)');
    expect(text).toContain('expr: "0.05" -> "0.1"');
    expect(text).toContain('company.name: "Acme" -> "Acme AI"');
    expect(text).toContain('priceOverrides.bedrock/claude-3-haiku.input: (absent) -> 0.3');
    // Sections in order: settings, lines, pools, assumptions.
    expect(text.indexOf('\nSettings\n')).toBeLessThan(text.indexOf('\nLines\n'));
    expect(text.indexOf('\nLines\n')).toBeLessThan(text.indexOf('\nPools\n'));
    expect(text.indexOf('\nPools\n')).toBeLessThan(text.indexOf('\nAssumptions\n'));
  });

  it('two identical scenarios: no differences', () => {
    const file = template('model-comparison');
    const run = runCli(['compare', `${file}#sonnet`, `${file}#sonnet`, '--diff']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('total cost $43,200.00 -> $43,200.00 ($0.00)');
    expect(run.stdout).toContain('No differences in settings, lines, pools or assumptions.');
  });

  it('needs two scenarios: exit 2 with one line', () => {
    const file = template('model-comparison');
    const run = runCli(['compare', `${file}#opus`, '--diff']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(stderrLines(run)).toEqual([
      `creditstack: --diff needs two scenarios to compare; ${file}#opus is the only one given`,
    ]);
  });
});

describe('compare --csv', () => {
  const parse = (text: string) => Papa.parse<string[]>(text.replace(/\r\n$/, ''), { newline: '\r\n' }).data;

  it('prints the KPI rows (value, delta, pct per scenario) to stdout', () => {
    const file = template('model-comparison');
    const run = runCli(['compare', file, '--csv']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const rows = parse(run.stdout);
    expect(rows[0]!.slice(0, 6)).toEqual([
      'key',
      'kpi',
      'unit',
      `${file}#opus value`,
      `${file}#opus delta`,
      `${file}#opus pct`,
    ]);
    // The monthly run rate first: Opus 5 30 x (10 x 5 + 2 x 25) = $3,000, Sonnet 5 30 x (10 x 3 + 2 x 15)
    // = $1,800, Haiku 4.5 30 x (10 x 1 + 2 x 5) = $600 a month: -1,200 (-1,200 / 3,000 = -0.4), -2,400 (-0.8).
    expect(rows[1]).toEqual([
      'runRateMonth0',
      'Monthly run rate, month 0',
      'usd',
      '3000',
      '0',
      '0',
      '1800',
      '-1200',
      '-0.4',
      '600',
      '-2400',
      '-0.8',
    ]);
    // Over 24 months 72,000 / 43,200 / 14,400: Sonnet against Opus -28,800 (-28,800 / 72,000 = -0.4);
    // Haiku -57,600 (-57,600 / 72,000 = -0.8).
    expect(rows[3]).toEqual([
      'totalCost',
      'Total cost',
      'usd',
      '72000',
      '0',
      '0',
      '43200',
      '-28800',
      '-0.4',
      '14400',
      '-57600',
      '-0.8',
    ]);
    expect(rows.find((r) => r[0] === 'creditCliffMonth')).toEqual([
      'creditCliffMonth',
      'Credit cliff',
      'month',
      '8',
      '0',
      '',
      '13',
      '5',
      '',
      '',
      '',
      '',
    ]);
    expect(rows).toHaveLength(13);
  });

  it('--diff --out writes the KPI table and the diff rows to a file, nothing to stdout', () => {
    const { before, after, dir } = planFiles();
    const out = join(dir, 'changes.csv');
    const run = runCli(['compare', `${before}#main`, `${after}#main`, '--diff', '--csv', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe('');
    const rows = parse(readFileSync(out, 'utf8'));
    const blank = rows.findIndex((r) => r.every((c) => c === ''));
    expect(rows[blank + 1]!.slice(0, 8)).toEqual([
      'kind',
      'status',
      'id',
      'name',
      'field',
      'before',
      'after',
      'cost effect',
    ]);
    const diffRows = rows.slice(blank + 2).map((r) => r.slice(0, 8));
    expect(diffRows).toContainEqual(['line', 'changed', 'chat', 'Chat', 'horizon cost', '21600', '32400', '10800']);
    expect(diffRows).toContainEqual(['line', 'changed', 'chat', 'Chat', 'outputTokensPerDay', '2000000', '2e6', '']);
    expect(diffRows).toContainEqual(['line', 'removed', 'old', 'Old batch job', 'horizon cost', '6000', '', '-6000']);
    expect(diffRows).toContainEqual([
      'pool',
      'added',
      'founders',
      'Activate Founders',
      'credits used',
      '',
      '5000',
      '5000',
    ]);
    expect(diffRows.at(-1)).toEqual(['total', '', '', '', 'total cost', '36000', '40800', '4800']);
  });

  it('--bom starts the CSV with a byte order mark', () => {
    const run = runCli(['compare', template('model-comparison'), '--csv', '--bom']);
    expect(run.code).toBe(0);
    expect(run.stdout.startsWith('\uFEFFkey,kpi,unit,')).toBe(true);
  });
});

describe('compare: inputs and mistakes', () => {
  it('--out never replaces an input file', () => {
    const { before, after } = planFiles();
    const hash = sha256(before);
    const run = runCli(['compare', `${before}#main`, `${after}#main`, '--csv', '--out', before]);
    expect(run.code).toBe(2);
    expect(stderrLines(run)).toEqual([`creditstack: ${before}: is an input file; choose another --out path`]);
    expect(sha256(before)).toBe(hash);
  });

  it('an invalid file is one clear line and exit 2; the file is left as it was', () => {
    const { before, dir } = planFiles();
    const broken = join(dir, 'broken.creditstack');
    writeFileSync(broken, '{"format": "creditstack.workbook", "version": 1, "scenarios": [');
    const hash = sha256(broken);
    const run = runCli(['compare', `${before}#main`, broken, '--diff']);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    const lines = stderrLines(run);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^creditstack: ${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: `));
    expect(sha256(broken)).toBe(hash);
  });

  it('--json and --csv together, or --bom without --csv, are argument errors (exit 2)', () => {
    const file = template('model-comparison');
    const both = runCli(['compare', file, '--json', '--csv']);
    expect(both.code).toBe(2);
    expect(stderrLines(both)).toEqual(['creditstack: choose one of --json and --csv (see creditstack compare --help)']);
    const bom = runCli(['compare', file, '--bom']);
    expect(bom.code).toBe(2);
    expect(stderrLines(bom)).toEqual(['creditstack: --bom goes with --csv (see creditstack compare --help)']);
  });

  it('--help describes --diff, --csv and --out', () => {
    const run = runCli(['compare', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(
      'Usage: creditstack compare FILE[#SCENARIO] ... [--json | --csv [--bom]] [--diff] [--out PATH]',
    );
    for (const option of ['--diff', '--csv', '--bom', '--out PATH']) expect(run.stdout).toContain(`  ${option}`);
  });
});
