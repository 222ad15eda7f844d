// The paste target of performance.md: a 1,000 x 100 block pasted into a 1,000-line workbook,
// from the paste event to the KPI cards showing the new figures. Printed, never asserted (the
// machine is shared); the figures themselves are checked by hand arithmetic.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { cell, openText, TEMPLATES } from './app-helpers';
import { allowClipboard, setClipboard } from './sheet-helpers';

test.use({ trace: 'off' });

test('a 1,000 x 100 paste reaches the KPIs (printed, not asserted)', async ({ page, context }) => {
  await allowClipboard(context);
  const template = JSON.parse(readFileSync(path.join(TEMPLATES, 'model-comparison.creditstack'), 'utf8'));
  const sonnet = template.scenarios.find((s: { id: string }) => s.id === 'sonnet');
  const base = sonnet.lines[0];
  sonnet.lines = Array.from({ length: 1000 }, (_, i) => ({ ...base, id: `l${i}`, name: `Line ${i}`, fundedBy: null }));
  template.scenarios = [sonnet];
  await page.goto('/');
  await expect(page.getByTestId('kpi-totalCost')).not.toHaveText('—');
  await openText(page, 'big.creditstack', JSON.stringify(template));
  // 1,000 x $1,800 x 24 = $43,200,000.
  await expect(page.getByTestId('kpi-totalCost')).toHaveText('$43,200,000');

  // Each row: name, kind, model, 20M input tokens, 2M output tokens, no pool, a note, then 93
  // more columns of figures, which fall on the computed cost cells or past the last column:
  // parsed with the rest, reported and not written.
  const row = (i: number) =>
    [
      `Pasted ${i}`,
      'Bedrock',
      'Claude Sonnet 5',
      '20M',
      '2M',
      '',
      `note ${i}`,
      ...Array.from({ length: 93 }, (_, c) => String(c)),
    ].join('\t');
  const block = Array.from({ length: 1000 }, (_, i) => row(i)).join('\r\n') + '\r\n';
  const timings: number[] = [];
  // The page's part: reading the clipboard, laying the block out, reading and applying every cell.
  const pageParts: number[] = [];
  for (let run = 0; run < 5; run++) {
    await setClipboard(page, { text: block });
    await page.evaluate(() => performance.clearMarks());
    await cell(page, 'lines-grid', 'l0', 'name').click();
    await page.keyboard.press('ControlOrMeta+V');
    // 20M x $3 + 2M x $15 = $90 a day, $2,700 a month; 1,000 lines x 2,700 x 24 = $64,800,000.
    await expect(page.getByTestId('kpi-totalCost')).toHaveText('$64,800,000');
    await page.waitForFunction(() => performance.getEntriesByName('kpis-rendered').length > 0);
    const t = await page.evaluate(() => {
      const at = (name: string) => performance.getEntriesByName(name).at(-1)?.startTime ?? NaN;
      return { total: at('kpis-rendered') - at('paste-start'), page: at('range-edit-applied') - at('paste-start') };
    });
    timings.push(t.total);
    pageParts.push(t.page);
    // One undo takes the whole paste back.
    await page.keyboard.press('Escape');
    await page.keyboard.press('ControlOrMeta+Z');
    await expect(page.getByTestId('kpi-totalCost')).toHaveText('$43,200,000');
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  console.log(
    `[perf] 1,000 x 100 paste into 1,000 lines, paste event -> KPIs on screen: median ${median(timings).toFixed(0)} ms (${list(timings)})`,
  );
  console.log(
    `[perf]   of which paste event -> cells read and applied (before the engine): median ${median(pageParts).toFixed(0)} ms (${list(pageParts)})`,
  );
});
