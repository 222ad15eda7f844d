// `creditstack new` writes a sample workbook with a price snapshot; `prices` lists the book.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseWorkbookText } from '../../shared/io';
import { ROOT, runCli, sha256, stderrLines, template, tempDir } from './cli-harness';

const BOOK = JSON.parse(readFileSync(join(ROOT, 'assets/price-book.json'), 'utf8')) as { asOf: string };

describe('new --template', () => {
  it.each(['series-a', 'seed-ml', 'model-comparison'])(
    '%s: a loadable workbook with a snapshot of the prices it uses',
    (name) => {
      const run = runCli(['new', '--template', name]);
      expect(run.code).toBe(0);
      const loaded = parseWorkbookText(run.stdout);
      expect(loaded.ok).toBe(true);
      if (!loaded.ok) return;
      const templateLoaded = parseWorkbookText(readFileSync(template(name), 'utf8'));
      if (!templateLoaded.ok) throw new Error('template does not load');
      expect(loaded.workbook.title).toBe(templateLoaded.workbook.title);
      expect(loaded.workbook.scenarios).toEqual(templateLoaded.workbook.scenarios);
      expect(loaded.workbook.priceBook?.asOf).toBe(BOOK.asOf);
      expect(Object.keys(loaded.workbook.priceBook?.entries ?? {}).length).toBeGreaterThan(0);
    },
  );

  it('the model-comparison snapshot holds the three current Claude prices', () => {
    const loaded = parseWorkbookText(runCli(['new', '--template', 'model-comparison']).stdout);
    if (!loaded.ok) throw new Error(loaded.error.message);
    const entries = loaded.workbook.priceBook!.entries;
    // Global-endpoint prices (the template's lines), per 1M tokens.
    expect(entries['bedrock/claude-opus-5']).toMatchObject({ input: 5, output: 25 });
    expect(entries['bedrock/claude-sonnet-5']).toMatchObject({ input: 3, output: 15 });
    expect(entries['bedrock/claude-haiku-4-5']).toMatchObject({ input: 1, output: 5 });
    // Sonnet 5's launch promotion row is kept too (the snapshot holds dated rows), though the
    // template's months (from 2027-01) are all after it.
    expect(entries['bedrock/claude-sonnet-5@through-2026-08']).toMatchObject({ input: 2, output: 10 });
    expect(Object.keys(entries).some((k) => /opus-4-1|sonnet-4$|3-haiku/.test(k))).toBe(false);
  });

  it('the written file computes the same figures as the template', () => {
    const out = join(tempDir(), 'plan.creditstack');
    expect(runCli(['new', '--template', 'model-comparison', '--out', out]).code).toBe(0);
    const kpis = (file: string) =>
      (JSON.parse(runCli(['compute', file, '--json']).stdout) as { scenarios: { kpis: object }[] }).scenarios.map(
        (s) => s.kpis,
      );
    expect(kpis(out)).toEqual(kpis(template('model-comparison')));
  });

  it('--out never replaces an existing file unless --force is given', () => {
    const dir = tempDir();
    const out = join(dir, 'plan.creditstack');
    writeFileSync(out, 'my own work\n');
    const before = sha256(out);
    const refused = runCli(['new', '--template', 'seed-ml', '--out', out]);
    expect(refused.code).toBe(2);
    expect(stderrLines(refused)).toEqual([`creditstack: ${out}: already exists (use --force to overwrite it)`]);
    expect(sha256(out)).toBe(before);
    const forced = runCli(['new', '--template', 'seed-ml', '--out', out, '--force']);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toBe(`Wrote ${out} from template seed-ml.\n`);
    expect(parseWorkbookText(readFileSync(out, 'utf8')).ok).toBe(true);
  });
});

describe('prices', () => {
  it('--json: the as-of date and one row per price', () => {
    const run = runCli(['prices', '--json']);
    expect(run.code).toBe(0);
    const out = JSON.parse(run.stdout) as {
      asOf: string;
      entries: { kind: string; id: string; field: string; price: number | null }[];
    };
    expect(out.asOf).toBe(BOOK.asOf);
    const sonnetInput = out.entries.find(
      (r) => r.kind === 'bedrock' && r.id === 'claude-sonnet-4' && r.field === 'input',
    );
    expect(sonnetInput?.price).toBe(3);
  });

  it('readable: the as-of date first, then an aligned table', () => {
    const run = runCli(['prices']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toContain(`as of ${BOOK.asOf}`);
    expect(run.stdout).toMatch(/bedrock\s+claude-sonnet-4\s+Claude Sonnet 4\s+input\s+\$3\.00\s+USD per 1M tokens/);
    // Rev 2 rows: Nova Pro's eu row ($1.05 per 1M input tokens) and Sonnet 5's promotion ($2 through 2026-08).
    expect(run.stdout).toMatch(
      /bedrock\s+nova-pro\s+Amazon Nova Pro\s+input\s+\$1\.05\s+USD per 1M tokens\s+eu\s+always\s+listed\s+2026-07-24/,
    );
    expect(run.stdout).toMatch(
      /bedrock\s+claude-sonnet-5\s+Claude Sonnet 5\s+input\s+\$2\.00\s+USD per 1M tokens\s+us-east-1\s+through 2026-08\s+promotion/,
    );
    expect(run.stdout).toMatch(
      /bedrock\s+claude-sonnet-5\s+Claude Sonnet 5\s+input\s+\$3\.00\s+USD per 1M tokens\s+us-east-1\s+from 2026-09\s+sourced/,
    );
  });

  it('--json: regional and dated rows carry their region, status and months', () => {
    const run = runCli(['prices', '--json']);
    const out = JSON.parse(run.stdout) as {
      entries: { id: string; field: string; price: number | null; region: string; effective: string; status: string }[];
    };
    const legacy = out.entries.filter((r) => r.status === 'legacy');
    // The book keeps pre-cut P4/P5 prices as legacy rows: p5.48xlarge EC2 was $98.32 before the June 2025 cut.
    expect(legacy).toContainEqual(
      expect.objectContaining({ id: 'p5.48xlarge', field: 'ec2', price: 98.32, region: 'us-east-1' }),
    );
    expect(legacy.every((r) => r.effective.startsWith('through '))).toBe(true);
    expect(out.entries).toContainEqual(
      expect.objectContaining({
        id: 'nova-pro',
        field: 'output',
        price: 4.2,
        region: 'eu',
        effective: '',
        status: 'listed',
      }),
    );
  });
});
