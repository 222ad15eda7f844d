// What a finance lead reads about credit pools in the browser (issue 14, items 8 and 10): the
// month each pool is used up in and the last month it can be used, no balance before a late
// award starts, and a plan drawn "as declared" labelled wherever its figures appear. The same
// plan as the unit goldens (test/shared/wording/calendar-labels.test.ts), arithmetic here too.
import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openText, SHOTS, shot, startApp, watchConsole, workbookText } from './app-helpers';

mkdirSync(SHOTS, { recursive: true });

const service = (id: string, fundedBy: string | null) => ({
  id,
  name: id,
  kind: 'service',
  service: 'other',
  monthlyCost: 1000,
  fundedBy,
});
const pool = (id: string, name: string, amount: number, startMonth: number, validityMonths: number) => ({
  id,
  name,
  program: 'portfolio',
  amount,
  startMonth,
  validityMonths,
});
const scenario = (id: string, name: string, allocation: string, lines: unknown[], pools: unknown[]) => ({
  id,
  name,
  startMonth: '2027-01',
  horizonMonths: 12,
  allocation,
  assumptions: [],
  lines,
  pools,
});

// $1,000 a month from Jan 2027.
// "Pools": Founders $3,000 from month 0 pays months 0-2; month 2 holds 1,000 and is offered
//   1,000: depletion 2 + 1,000/1,000 = 3.0 -> used up in Mar 2027 (month 2), usable through
//   Dec 2027 (expiry 12 - 1 = 11). Late award $2,400 from month 4 (May 2027), 6 months:
//   1,400 left after May, 400 after June, used up in July (6 + 400/1,000 = 6.4); usable
//   through Oct 2027 (4 + 6 - 1 = 9). No balance shown for it in Jan-Apr 2027.
// "Declared": the same $1,000 twice, each line only on the pool it is declared under
//   (P $6,000 for "mine", Q $1,000 for "yours"): "yours" turns cash in Feb 2027 (month 1),
//   where AWS's order would have had P pay both lines to the end of March.
const WORKBOOK = workbookText('Calendar labels', 'Labels Inc', [
  scenario(
    'pools',
    'Pools',
    'aws-billing',
    [service('ops', null)],
    [pool('a', 'Founders', 3000, 0, 12), pool('b', 'Late award', 2400, 4, 6)],
  ),
  scenario(
    'declared',
    'Declared',
    'as-declared',
    [service('mine', 'p'), service('yours', 'q')],
    [pool('p', 'Portfolio', 6000, 0, 12), pool('q', 'Small', 1000, 0, 12)],
  ),
]);

test.describe('calendar and allocation labels', () => {
  test('pools read "used up in" and "usable through"; a late award has no balance before it starts', async ({
    page,
  }) => {
    const problems = watchConsole(page);
    await startApp(page);
    await openText(page, 'labels.creditstack', WORKBOOK);
    await expect(page.getByTestId('doc-name')).toContainText('Calendar labels');
    await page.getByTestId('scenario-tab-pools').click();
    // 12 x 1,000 = 12,000.
    await expect(page.getByTestId('kpi-totalCost')).toHaveText('$12,000');
    await expect(page.getByTestId('pool-a-depletion')).toContainText('Mar 2027');
    await expect(page.getByTestId('pool-a-depletion')).not.toContainText('Apr 2027');
    await expect(page.getByTestId('pool-a-expiry')).toContainText('Dec 2027');
    await expect(page.getByTestId('pool-b-depletion')).toContainText('Jul 2027');
    await expect(page.getByTestId('pool-b-expiry')).toContainText('Oct 2027');
    await expect(page.getByTestId('kpi-as-declared')).toHaveCount(0);
    await expect(page.getByTestId('pool-results-as-declared')).toHaveCount(0);
    await shot(page, 'labels-pools');

    await page.getByRole('tab', { name: 'Month by month' }).click();
    const table = page.getByTestId('monthly-table');
    await expect(table).toBeVisible();
    // Apr 2027 (month 3): Founders drew nothing and holds 0; Late award has not started: "—".
    const april = table.locator('tbody tr', { hasText: 'Apr 2027' });
    await expect(april.locator('td')).toHaveText(['$1,000.00', '$0.00', '$1,000.00', '$0.00', '$0.00', '$0.00', '—']);
    // May 2027 (month 4): Late award pays 1,000 of 2,400: 1,400 left.
    const may = table.locator('tbody tr', { hasText: 'May 2027' });
    await expect(may.locator('td').last()).toHaveText('$1,400.00');
    await shot(page, 'labels-monthly');
    expect(problems()).toEqual([]);
  });

  test('a plan drawn as declared says so on the KPI cards and in the compare view', async ({ page }) => {
    const problems = watchConsole(page);
    await startApp(page);
    await openText(page, 'labels.creditstack', WORKBOOK);
    await page.getByTestId('scenario-tab-declared').click();
    await expect(page.getByTestId('kpi-totalCost')).toHaveText('$24,000');
    await expect(page.getByTestId('kpi-as-declared')).toContainText('not what AWS will bill');
    // The cliff: "yours" turns cash in month 1 = Feb 2027; the card is labelled, the total is not.
    await expect(page.getByTestId('kpi-creditCliffMonth')).toHaveText('Feb 2027');
    await expect(page.getByTestId('kpi-creditCliffMonth-as-declared')).toHaveText('as declared');
    await expect(page.getByTestId('kpi-cashCost-as-declared')).toBeVisible();
    await expect(page.getByTestId('kpi-totalCost-as-declared')).toHaveCount(0);
    // The pools and monthly tables of that scenario are labelled too.
    await expect(page.getByTestId('pool-results-as-declared')).toHaveText('as declared');
    await shot(page, 'labels-as-declared-kpis');
    await page.getByRole('tab', { name: 'Month by month' }).click();
    await expect(page.getByTestId('monthly-as-declared')).toHaveText('as declared');

    await page.getByTestId('view-compare').click();
    await expect(page.getByTestId('compare-view')).toBeVisible();
    const compare = page.getByTestId('compare-kpi-table');
    await expect(compare).toBeVisible();
    await expect(compare.getByText('credits as declared')).toHaveCount(1);
    await expect(compare.locator('.cmp-declared').first()).toHaveText('as declared');
    await shot(page, 'labels-as-declared-compare');
    expect(problems()).toEqual([]);
  });
});
