// `creditstack export`: CSV parsed back with Papa Parse and checked cell by cell against hand
// arithmetic (Sonnet 5 scenario of the model-comparison template: $1,800 a month against a
// $25,000 pool from month 0, valid 24 months; 25,000 - 13 x 1,800 = 1,600 left for month 13).
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { createEngine, exportTable } from '../../shared/engine';
import { formatCsvNumber, neutraliseFormula, parseWorkbookText } from '../../shared/io';
import { centsBlockRows } from '../shared/io/cents-block-rows';
import { runCli, sha256, stderrLines, template, tempDir } from './cli-harness';

const FILE = template('model-comparison');

function exportCsv(table: string, ...extra: string[]): string[][] {
  const run = runCli(['export', FILE, '--scenario', 'sonnet', '--table', table, ...extra]);
  expect(run.code).toBe(0);
  expect(run.stderr).toBe('');
  const parsed = Papa.parse<string[]>(run.stdout, { skipEmptyLines: true });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

function column(rows: string[][], name: string): number {
  const i = rows[0]!.indexOf(name);
  expect(i, `column ${name}`).toBeGreaterThanOrEqual(0);
  return i;
}

describe('export --table', () => {
  it('monthly: one row per month with totals and the pool draw and balance', () => {
    const rows = exportCsv('monthly');
    // Pools head their columns by name (the pool's id is "poc").
    expect(rows[0]).toEqual(['index', 'month', 'cost', 'credits', 'cash', 'Bedrock POC draw', 'Bedrock POC balance']);
    expect(rows).toHaveLength(1 + 24);
    expect(rows[1]).toEqual(['0', '2027-01', '1800', '1800', '0', '1800', '23200']);
    // Month 13 (2028-02): 1,600 from the pool, 200 in cash, nothing left.
    expect(rows[14]).toEqual(['13', '2028-02', '1800', '1600', '200', '1600', '0']);
    expect(rows[24]).toEqual(['23', '2028-12', '1800', '0', '1800', '0', '0']);
  });

  it('pools: amounts, depletion and expiry as index and calendar month', () => {
    const rows = exportCsv('pools');
    expect(rows).toHaveLength(2);
    const cell = (name: string) => rows[1]![column(rows, name)];
    expect(cell('id')).toBe('poc');
    expect(cell('program')).toBe('bedrock-poc');
    expect(cell('amount')).toBe('25000');
    expect(cell('declared')).toBe('43200');
    expect(cell('used')).toBe('25000');
    expect(cell('forfeited')).toBe('0');
    // 13 + 1600/1800 = 13.8888... to three decimals.
    expect(cell('depletion index')).toBe('13.889');
    expect(cell('depletion month')).toBe('2028-02');
    expect(cell('expiry index')).toBe('24');
    expect(cell('expiry month')).toBe('2029-01');
  });

  it('lines: identity, funding, total, then one column per calendar month', () => {
    const rows = exportCsv('lines');
    expect(rows[0]!.slice(0, 6)).toEqual(['id', 'name', 'kind', 'workstream', 'fundedBy', 'total']);
    expect(rows[0]![6]).toBe('2027-01');
    expect(rows[0]![29]).toBe('2028-12');
    // fundedBy names the pool ("Bedrock POC", id "poc").
    expect(rows[1]!.slice(0, 6)).toEqual([
      'inference',
      'Claude Sonnet 5 inference',
      'bedrock',
      'Production inference',
      'Bedrock POC',
      '43200',
    ]);
    expect(rows[1]!.slice(6)).toEqual(Array(24).fill('1800'));
  });

  it('summary: kpi and value, with the contract names', () => {
    const rows = exportCsv('summary');
    expect(rows[0]).toEqual(['kpi', 'value']);
    const kpi = new Map(rows.slice(1).map(([k, v]) => [k, v]));
    expect(kpi.get('totalCost')).toBe('43200');
    expect(kpi.get('creditsApplied')).toBe('25000');
    expect(kpi.get('cashCost')).toBe('18200');
    expect(kpi.get('creditCliffMonth')).toBe('13');
    expect(kpi.get('creditCliffCalendarMonth')).toBe('2028-02');
    // 25,000 / 43,200 = 0.5787...
    expect(kpi.get('creditCoverage')).toBe('0.5787');
  });

  it('the CSV parses back to exactly the cells of the table', () => {
    const loaded = parseWorkbookText(readFileSync(template('series-a'), 'utf8'));
    if (!loaded.ok) throw new Error(loaded.error.message);
    const scenario = loaded.workbook.scenarios[0]!;
    const result = createEngine().computeScenario(loaded.workbook, scenario.id);
    for (const table of ['monthly', 'pools', 'lines', 'summary'] as const) {
      const run = runCli(['export', template('series-a'), '--scenario', scenario.id, '--table', table]);
      expect(run.code).toBe(0);
      const cells = exportTable(table, result, scenario);
      const expected = (Array.isArray(cells) ? cells : centsBlockRows(cells)).map((row) =>
        row.map((c) => (c === null ? '' : typeof c === 'string' ? neutraliseFormula(c) : formatCsvNumber(c))),
      );
      const parsed = Papa.parse<string[]>(run.stdout, { skipEmptyLines: true });
      expect(parsed.data).toEqual(expected);
    }
  });
});

describe('export --out and --bom', () => {
  it('--out writes the same CSV to a file, replacing it whole and leaving no temporary file', () => {
    const dir = tempDir();
    const out = join(dir, 'monthly.csv');
    writeFileSync(out, 'old content that is longer than nothing\n'.repeat(200));
    const stdout = runCli(['export', FILE, '--scenario', 'sonnet', '--table', 'monthly']).stdout;
    const run = runCli(['export', FILE, '--scenario', 'sonnet', '--table', 'monthly', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(stdout);
    expect(readdirSync(dir)).toEqual(['monthly.csv']);
  });

  it('--bom starts the output with a UTF-8 byte order mark', () => {
    const run = runCli(['export', FILE, '--scenario', 'sonnet', '--table', 'summary', '--bom']);
    expect(run.stdout.startsWith('\uFEFFkpi,value')).toBe(true);
    const plain = runCli(['export', FILE, '--scenario', 'sonnet', '--table', 'summary']);
    expect(plain.stdout.startsWith('kpi,value')).toBe(true);
  });

  it('refuses to write over its input file', () => {
    const dir = tempDir();
    const input = join(dir, 'plan.creditstack');
    writeFileSync(input, readFileSync(FILE));
    const before = sha256(input);
    const run = runCli(['export', input, '--scenario', 'sonnet', '--table', 'monthly', '--out', input]);
    expect(run.code).toBe(2);
    expect(stderrLines(run)).toHaveLength(1);
    expect(run.stderr).toContain(input);
    expect(sha256(input)).toBe(before);
  });

  it('--out into a folder that does not exist is exit 2 and writes nothing', () => {
    const dir = tempDir();
    const out = join(dir, 'missing', 'x.csv');
    const run = runCli(['export', FILE, '--scenario', 'sonnet', '--table', 'monthly', '--out', out]);
    expect(run.code).toBe(2);
    expect(stderrLines(run)).toEqual([`creditstack: ${out}: cannot write (the folder does not exist)`]);
    expect(existsSync(out)).toBe(false);
  });
});

describe('export mistakes', () => {
  it.each([
    [
      ['--table', 'weekly', '--scenario', 'sonnet'],
      'creditstack: unknown table "weekly" (tables: monthly, pools, lines, summary)',
    ],
    [
      ['--scenario', 'sonnet'],
      'creditstack: export needs --table monthly|pools|lines|summary (see creditstack export --help)',
    ],
    [
      ['--table', 'monthly'],
      `creditstack: ${FILE}: holds 3 scenarios (opus, sonnet, haiku); choose one with --scenario ID`,
    ],
    [
      ['--table', 'monthly', '--scenario', 'llama'],
      `creditstack: ${FILE}: no scenario "llama" (scenarios: opus, sonnet, haiku)`,
    ],
  ])('export %j is exit 2 with one line', (args, message) => {
    const run = runCli(['export', FILE, ...args]);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(stderrLines(run)).toEqual([message]);
  });
});
