// Timings, printed for the notes and never asserted (performance targets are checked by
// reading these figures, not by a timed test). Playwright's trace recording snapshots the page at
// each step and would be measured along with the app, so it is off in this file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { openText, revealCell, TEMPLATES, typeInto } from './app-helpers';

test.use({ trace: 'off' });

const COMPARISON = path.join(TEMPLATES, 'model-comparison.creditstack');

test('start-up and edit latency on a 1,000-line workbook (printed, not asserted)', async ({ page, context }) => {
  // Build a 1,000-line workbook from the Sonnet line: each line $1,800 a month.
  const template = JSON.parse(readFileSync(COMPARISON, 'utf8'));
  const sonnet = template.scenarios.find((s: { id: string }) => s.id === 'sonnet');
  const base = sonnet.lines[0];
  sonnet.lines = Array.from({ length: 1000 }, (_, i) => ({ ...base, id: `l${i}`, name: `Line ${i}`, workstream: `W${i % 7}`, fundedBy: null }));
  template.scenarios = [sonnet];
  // Start-up, five cold loads in fresh pages (the browser's own background work makes single
  // loads vary): navigation -> KPI cards showing results, and -> all three grids showing rows.
  const loads: { kpis: number; ready: number }[] = [];
  for (let i = 0; i < 5; i++) {
    const fresh = await context.newPage();
    await fresh.goto('/');
    await expect(fresh.getByTestId('kpi-totalCost')).not.toHaveText('—');
    await fresh.waitForFunction(() => ['lines-grid', 'pools-grid', 'assumptions-grid'].every((g) => performance.getEntriesByName(`grid-ready:${g}`).length > 0));
    loads.push(
      await fresh.evaluate(() => {
        const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? NaN;
        return { kpis: at('kpis-rendered'), ready: Math.max(at('kpis-rendered'), at('grid-ready:lines-grid'), at('grid-ready:pools-grid'), at('grid-ready:assumptions-grid')) };
      }),
    );
    await fresh.close();
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  const list = (xs: number[]) => xs.map((x) => x.toFixed(0)).join(', ');
  console.log(`[perf] start-up, navigation -> KPIs rendered: median ${median(loads.map((l) => l.kpis)).toFixed(0)} ms (${list(loads.map((l) => l.kpis))})`);
  console.log(`[perf] start-up, navigation -> KPIs and all grids showing rows: median ${median(loads.map((l) => l.ready)).toFixed(0)} ms (${list(loads.map((l) => l.ready))})`);
  await page.goto('/');
  await expect(page.getByTestId('kpi-totalCost')).not.toHaveText('—');
  await openText(page, 'big.creditstack', JSON.stringify(template));
  // 1,000 x $1,800 x 24 = $43,200,000.
  await expect(page.getByTestId('kpi-totalCost')).toHaveText('$43,200,000');
  const timings: number[] = [];
  for (const value of ['20M', '30M', '15M', '25M', '10M']) {
    await page.evaluate(() => performance.clearMarks());
    await typeInto(page, await revealCell(page, 'lines-grid', 'l0', 'inputTokensPerDay'), value);
    await page.waitForFunction(() => performance.getEntriesByName('kpis-rendered').length > 0);
    const ms = await page.evaluate(() => {
      const commit = performance.getEntriesByName('edit-committed')[0]?.startTime;
      const shown = performance.getEntriesByName('kpis-rendered').at(-1)?.startTime;
      return commit === undefined || shown === undefined ? NaN : shown - commit;
    });
    timings.push(ms);
  }
  // One line to 10M again: back to 1,000 x 1,800 x 24.
  await expect(page.getByTestId('kpi-totalCost')).toHaveText('$43,200,000');
  console.log(`[perf] 1,000 lines, committed edit -> KPIs on screen: median ${median(timings).toFixed(1)} ms (${timings.map((t) => t.toFixed(1)).join(', ')})`);
});
