// Ranges in the browser: give growth a range in the assumptions grid, run a Monte Carlo with a
// progress bar, cancel one, read the percentiles and the charts, and save the range in the file.
import { mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import {
  cell,
  downloadText,
  revealCell,
  SHOTS,
  shot,
  startApp,
  typeInto,
  watchConsole,
  watchNetwork,
} from './app-helpers';

mkdirSync(SHOTS, { recursive: true });

async function pickDistribution(page: Page, name: string, distribution: string): Promise<void> {
  const target = await revealCell(page, 'assumptions-grid', name, 'rangeKind');
  await target.dblclick();
  await page
    .locator('.ag-select-list, .ag-rich-select-list, [role="listbox"]')
    .getByText(distribution, { exact: true })
    .first()
    .click();
  await expect(cell(page, 'assumptions-grid', name, 'rangeKind')).toHaveText(distribution);
}

test('a range on growth: edit, simulate with progress, cancel, fan chart, save', async ({ page }) => {
  const network = watchNetwork(page);
  const problems = watchConsole(page);
  await startApp(page);

  // The point cliff at growth 0.05, read off the KPI card: with growth uniform on [0, 0.10] the
  // cliff falls as growth rises, so the P50 cliff must be this month (the median growth is 0.05).
  await typeInto(page, await revealCell(page, 'assumptions-grid', 'growth', 'expr'), '0.05');
  await expect(cell(page, 'assumptions-grid', 'growth', 'expr')).toHaveText('0.05');
  const pointCliff = (await page.getByTestId('kpi-creditCliffMonth').innerText()).trim();
  expect(pointCliff).toMatch(/^[A-Z][a-z]{2} \d{4}$/);

  await pickDistribution(page, 'growth', 'uniform');
  // Filled around the point value: 0.05 -+ half of it.
  await expect(cell(page, 'assumptions-grid', 'growth', 'rangeLow')).toHaveText('0.025');
  await expect(cell(page, 'assumptions-grid', 'growth', 'rangeHigh')).toHaveText('0.075');
  await typeInto(page, await revealCell(page, 'assumptions-grid', 'growth', 'rangeLow'), '0');
  await typeInto(page, await revealCell(page, 'assumptions-grid', 'growth', 'rangeHigh'), '0.1');
  await expect(cell(page, 'assumptions-grid', 'growth', 'rangeHigh')).toHaveText('0.1');
  // An impossible range is refused with a message, and the cell keeps its value.
  await typeInto(page, await revealCell(page, 'assumptions-grid', 'growth', 'rangeHigh'), '-1');
  await expect(page.getByTestId('notice')).toContainText('Edit range high of growth: high must not be below low');
  await expect(cell(page, 'assumptions-grid', 'growth', 'rangeHigh')).toHaveText('0.1');
  await shot(page, 'ranges-assumptions-grid');

  await page.getByTestId('results-tab-ranges').click();
  await expect(page.getByTestId('ranges-view')).toBeVisible();

  // A long simulation shows its progress and stops on Cancel.
  await page.getByTestId('simulation-runs').fill('100000');
  await page.getByTestId('simulation-run').click();
  const progress = page.getByTestId('simulation-progress');
  await expect(progress).toBeVisible();
  await expect.poll(async () => Number(await progress.getAttribute('value')), { timeout: 20_000 }).toBeGreaterThan(0);
  await shot(page, 'ranges-progress');
  await page.getByTestId('simulation-cancel').click();
  await expect(page.getByTestId('simulation-status')).toHaveText('Cancelled.');
  await expect(progress).toHaveCount(0);

  // 2,000 runs, timed on the page.
  await page.getByTestId('simulation-runs').fill('2000');
  const started = Date.now();
  await page.getByTestId('simulation-run').click();
  await expect(page.getByTestId('simulation-status')).toContainText('2,000 runs, seed 1', { timeout: 60_000 });
  console.log(
    `[timing] 2,000 Monte Carlo runs in the browser: ${Date.now() - started} ms (${await page.getByTestId('simulation-status').innerText()})`,
  );
  const cliffRow = page.getByTestId('simulation-cliff-row');
  await expect(cliffRow.locator('td').nth(1)).toHaveText(pointCliff);
  await expect(cliffRow).toContainText('0.0% no cliff');
  await expect(page.getByTestId('chart-cash-fan').locator('canvas').first()).toBeVisible();
  await expect(page.getByTestId('chart-cliff-distribution').locator('canvas').first()).toBeVisible();
  await expect(page.getByTestId('chart-tornado').locator('canvas').first()).toBeVisible();
  // Same seed, same figures.
  const first = await page.getByTestId('simulation-kpis').innerText();
  await page.getByTestId('simulation-run').click();
  await expect(page.getByTestId('simulation-status')).toContainText('2,000 runs, seed 1', { timeout: 60_000 });
  expect(await page.getByTestId('simulation-kpis').innerText()).toBe(first);
  await page.getByTestId('chart-cash-fan').scrollIntoViewIfNeeded();
  await page.getByTestId('chart-cash-fan').screenshot({ path: `${SHOTS}/ranges-fan-chart.png` });
  await page.getByTestId('chart-tornado').screenshot({ path: `${SHOTS}/ranges-tornado.png` });
  await shot(page, 'ranges-view');

  // Goal seek: the largest growth that keeps the cliff at month 15 or later. The cliff falls as
  // growth rises, so the target holds below the answer, and at the answer itself the cliff is
  // exactly month 15: Jan 2027 + 15 months = Apr 2028.
  await page.getByTestId('goal-seek-assumption').selectOption('growth');
  await page.getByTestId('goal-seek-kind').selectOption('cliff');
  await page.getByTestId('goal-seek-value').fill('15');
  await page.getByTestId('goal-seek-run').click();
  await expect(page.getByTestId('goal-seek-answer')).toContainText(
    /cliff>=15 holds for growth at or below 0\.0[5-9]\d* \(there: cliff Apr 2028/,
  );
  await expect(page.getByTestId('goal-seek-answer')).toContainText('Searched 0 to 0.1.');

  // The range is saved in the file.
  const saved = await downloadText(page, () => page.locator('[data-command="file.save"]').click());
  const growth = JSON.parse(saved.text).scenarios[0].assumptions.find((a: { name: string }) => a.name === 'growth');
  expect(growth.range).toEqual({ distribution: 'uniform', low: 0, high: 0.1 });
  expect(growth.expr).toBe(0.05);

  expect(network.external()).toEqual([]);
  expect(problems()).toEqual([]);
});
