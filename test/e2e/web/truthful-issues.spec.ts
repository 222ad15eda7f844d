// Issues that tell the truth (issue 14 item 10), as a finance lead meets them in the browser:
// warnings and program-rule errors never claim the figures are incomplete; a typo in a quantity
// does, and its message says in plain words what is wrong and where.
import { mkdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openText, revealCell, SHOTS, shot, startApp, typeInto, watchConsole } from './app-helpers';

mkdirSync(SHOTS, { recursive: true });

// Build ($25,000, months 6-17) is declared for the App line ($1,000 a month). Portfolio ($100,000,
// months 0-23) pays App's months 0-5, before Build starts, and 18-23, after it expires
// (EARMARKED_STRANDED). The Frankfurt SageMaker run ($25.251288 an hour, the us-east-1 price:
// PRICE_REGION_FALLBACK; derived from EC2: PRICE_DATED) x 10 hours = $252.51 a month is claimed
// under the Bedrock POC (POOL_INELIGIBLE: an error, but every figure is still computed), which
// therefore forfeits all its $25,000. Build, expiring before Portfolio, pays both lines in months
// 6-17: 12 x 1,252.51 = 15,030.15 and forfeits 25,000 - 15,030.15 = 9,969.85 (CREDITS_FORFEITED).
const NOISY = JSON.stringify({
  format: 'creditstack.workbook',
  version: 1,
  title: 'Warnings but complete',
  scenarios: [
    {
      id: 'plan',
      name: 'Plan',
      startMonth: '2027-01',
      horizonMonths: 24,
      assumptions: [{ name: 'seats', expr: 'm < 2 ? 10 : 0' }],
      pools: [
        { id: 'port', name: 'Portfolio', program: 'portfolio', amount: 100000, startMonth: 0, validityMonths: 24 },
        { id: 'build', name: 'Build', program: 'build', amount: 25000, startMonth: 6, validityMonths: 12 },
        { id: 'poc', name: 'POC', program: 'bedrock-poc', amount: 25000, startMonth: 0, validityMonths: 12 },
      ],
      lines: [
        {
          id: 'app',
          name: 'App',
          kind: 'service',
          service: 'other',
          monthlyCost: 1000,
          fundedBy: 'build',
          workstream: 'App',
        },
        {
          id: 'ft',
          name: 'Fine-tune',
          kind: 'training',
          instanceType: 'p4d.24xlarge',
          region: 'eu-central-1',
          hoursPerRun: 10,
          fundedBy: 'poc',
        },
      ],
    },
  ],
});

test.describe('issues that tell the truth', () => {
  test('warnings and rule errors leave no "uncomputed" banner; a typo in a quantity raises it', async ({ page }) => {
    const problems = watchConsole(page);
    await startApp(page);
    await openText(page, 'noisy.creditstack', NOISY);
    await expect(page.getByTestId('doc-name')).toContainText('Warnings but complete');
    const rows = page.getByTestId('issue-row');
    for (const code of [
      'EARMARKED_STRANDED',
      'CREDITS_FORFEITED',
      'PRICE_DATED',
      'PRICE_REGION_FALLBACK',
      'POOL_INELIGIBLE',
    ])
      await expect(rows.filter({ has: page.locator(`code:text-is("${code}")`) }).first()).toBeVisible();
    await expect(page.getByTestId('kpi-incomplete')).toHaveCount(0);
    await shot(page, 'issues-warnings-no-banner');

    // "two hundred" in App's monthly cost: the line cannot be computed, so the banner says so.
    await typeInto(page, await revealCell(page, 'lines-grid', 'app', 'monthlyCost'), 'two hundred');
    await expect(page.getByTestId('kpi-incomplete')).toContainText(
      '1 error leaves part of the model uncomputed; these figures are incomplete until it is fixed',
    );
    // The issue says what is wrong in plain words, beside the line and field it is about...
    const typo = rows.filter({ hasText: 'two hundred' });
    await expect(typo).toHaveAttribute('data-code', 'EXPR_ERROR');
    await expect(typo.locator('.issue-text')).toHaveText('"two hundred" is not a number; type 200');
    await expect(typo.locator('.issue-where')).toHaveText('Line App · Monthly cost');
    await expect(typo).not.toContainText('implicit multiplication');
    // ...and so does the cell's tooltip, naming the line and the field.
    const bad = await revealCell(page, 'lines-grid', 'app', 'monthlyCost');
    // The pointer may already rest on the cell after typing (no new mouseenter, so no tooltip):
    // move it off first, as a user's hand would.
    await page.mouse.move(0, 0);
    await bad.hover();
    await expect(page.locator('.ag-tooltip, .ag-tooltip-custom').first()).toContainText(
      'App: Monthly cost: "two hundred" is not a number; type 200',
    );
    await shot(page, 'issues-typo-banner');

    // A division by an assumption that is zero in some month names it: seats is 10 in months 0-1
    // (2027-01, 2027-02) and 0 from 2027-03 (month 2).
    await page.keyboard.press('Escape');
    await typeInto(page, await revealCell(page, 'lines-grid', 'app', 'monthlyCost'), '1000 / seats');
    const division = rows.filter({ hasText: 'divides by' });
    await expect(division.locator('.issue-text')).toHaveText('Divides by seats, which is 0 in Mar 2027 (month 2)');
    await expect(page.getByTestId('kpi-incomplete')).toContainText('1 error leaves part of the model uncomputed');
    await shot(page, 'issues-divide-by-zero');

    // Fixed, the banner goes.
    await typeInto(page, await revealCell(page, 'lines-grid', 'app', 'monthlyCost'), '200');
    await expect(page.getByTestId('kpi-incomplete')).toHaveCount(0);
    expect(problems()).toEqual([]);
  });
});
