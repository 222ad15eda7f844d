// Price notes on many lines (issue 14 follow-up): 40 SageMaker fine-tunes priced from one EC2
// price (x 1.15, "derived") make 40 PRICE_DATED warnings. The panel shows them as one row saying
// how many lines, with the lines listed to click, so the other issues stay in view.
import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openText, SHOTS, shot, startApp, watchConsole } from './app-helpers';

mkdirSync(SHOTS, { recursive: true });

const lines = Array.from({ length: 40 }, (_, i) => ({
  id: `ft${i + 1}`,
  name: `Fine-tune ${i + 1}`,
  kind: 'training',
  instanceType: 'p4d.24xlarge',
  hoursPerRun: 2,
}));
const MANY = JSON.stringify({
  format: 'creditstack.workbook',
  version: 2,
  title: 'Forty fine-tunes',
  scenarios: [
    {
      id: 'plan',
      name: 'Plan',
      startMonth: '2027-01',
      horizonMonths: 12,
      assumptions: [],
      pools: [
        { id: 'port', name: 'Portfolio', program: 'portfolio', amount: 100000, startMonth: 0, validityMonths: 24 },
      ],
      lines: [
        ...lines,
        {
          id: 'eu',
          name: 'EU run',
          kind: 'training',
          instanceType: 'p4d.24xlarge',
          region: 'eu-central-1',
          hoursPerRun: 2,
        },
      ],
    },
  ],
});

test('a derived price on 41 lines is one PRICE_DATED row with its lines', async ({ page }) => {
  const problems = watchConsole(page);
  await startApp(page);
  await openText(page, 'many.creditstack', MANY);
  await expect(page.getByTestId('doc-name')).toContainText('Forty fine-tunes');
  const dated = page.getByTestId('issue-row').filter({ has: page.locator('code:text-is("PRICE_DATED")') });
  await expect(dated).toHaveCount(1);
  await expect(dated).toContainText('41 lines use a derived price for instance/p4d.24xlarge');
  await expect(dated).toContainText('Fine-tune 1, Fine-tune 2, Fine-tune 3 and 38 more');
  // The count beside "Issues" still counts one warning per line (42: 41 dated + 1 region fallback).
  await expect(page.getByTestId('issue-count')).toHaveText('42');
  const list = page.getByTestId('issue-lines');
  await list.locator('summary').click();
  await expect(list.getByRole('button')).toHaveCount(41);
  await shot(page, 'issues-grouped-price-note');
  // A line in the list selects that line.
  await list.getByRole('button', { name: 'Fine-tune 7', exact: true }).click();
  await expect(list.getByRole('button', { name: 'Fine-tune 7', exact: true })).toHaveAttribute('aria-pressed', 'true');
  expect(problems()).toEqual([]);
});
