// On screen a total is the sum of the rounded figures above it (domain.md rev 2), as a finance
// lead checks it by adding up a column. Every figure is hand arithmetic in the comments.
import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { cell, openText, SHOTS, shot, startApp, watchConsole, workbookText } from './app-helpers';

mkdirSync(SHOTS, { recursive: true });

// 41 services at $50.5026 a month for one month (Jan 2027), a $1,000 Portfolio pool.
// 41 x 50.5026 = 2,070.6066 -> $2,070.61. Each cell alone rounds to $50.50 (41 x 50.50 = 2,070.50,
// eleven cents short of the total), so footed the first 11 read $50.51: 11 x 50.51 + 30 x 50.50
// = 555.61 + 1,515.00 = 2,070.61. Credits pay $1,000.00, cash 2,070.61 - 1,000 = $1,070.61.
const WORKBOOK = workbookText('Footing', 'Footing Inc', [
  {
    id: 'plan',
    name: 'Plan',
    startMonth: '2027-01',
    horizonMonths: 1,
    allocation: 'aws-billing',
    assumptions: [],
    lines: Array.from({ length: 41 }, (_, i) => ({
      id: `s${i}`,
      name: `Service ${i + 1}`,
      kind: 'service',
      service: 'other',
      monthlyCost: 50.5026,
      fundedBy: null,
    })),
    pools: [{ id: 'pf', name: 'Portfolio', program: 'portfolio', amount: 1000, startMonth: 0, validityMonths: 12 }],
  },
]);

test('the lines grid and the monthly table add up to the cent', async ({ page }) => {
  const problems = watchConsole(page);
  await startApp(page);
  await openText(page, 'footing.creditstack', WORKBOOK);
  await expect(page.getByTestId('doc-name')).toContainText('Footing');
  await expect(cell(page, 'lines-grid', '__total', 'monthCost')).toHaveText('$2,070.61');
  await expect(cell(page, 'lines-grid', 's0', 'monthCost')).toHaveText('$50.51');
  await expect(cell(page, 'lines-grid', 's10', 'monthCost')).toHaveText('$50.51');
  await expect(cell(page, 'lines-grid', 's11', 'monthCost')).toHaveText('$50.50');
  await shot(page, 'footing-lines');

  await page.getByRole('tab', { name: 'Month by month' }).click();
  const totals = page.getByTestId('monthly-totals');
  // Cost, credits, cash, the pool's draw.
  await expect(totals.locator('td').nth(0)).toHaveText('$2,070.61');
  await expect(totals.locator('td').nth(1)).toHaveText('$1,000.00');
  await expect(totals.locator('td').nth(2)).toHaveText('$1,070.61');
  await shot(page, 'footing-monthly');
  expect(problems()).toEqual([]);
});
