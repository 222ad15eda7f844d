// Scenarios based on another, as a finance lead uses them: "Compare models" on the seed example
// makes Opus and Haiku variants that follow the base; editing the base's growth moves them; a cell
// edited in a variant is marked and can be reverted to the base; saving writes only the changes
// and reopening gives the same figures and diff; detaching and deleting the base keep the
// variants' figures; a version 1 file computes as before. Figures are hand arithmetic:
//   10M input + 2M output tokens a day, 30-day months, global-endpoint prices:
//   Sonnet 5 ($3/$15)     10 x 3 + 2 x 15     = $60 a day   -> $1,800 a month
//   Opus 5 ($5/$25)       10 x 5 + 2 x 25     = $100 a day  -> $3,000 a month
//   Haiku 4.5 ($1/$5)     10 x 1 + 2 x 5      = $20 a day   -> $600 a month
//   Growth 0.05 (input 10M x 1.05^m): Opus month m costs 30 x (50 x 1.05^m + 50) = 1,500 x 1.05^m + 1,500;
//   over 24 months 1,500 x (1.05^24 - 1) / 0.05 + 36,000 = 1,500 x 44.502 + 36,000 = 66,753.00 + 36,000
//   = $102,753 (month 0 still $3,000).
//   Opus with 1M output a day: 50 + 25 = $75 a day = $2,250 a month.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import {
  cell,
  downloadText,
  openText,
  revealCell,
  ROOT,
  SHOTS,
  shot,
  startApp,
  typeInto,
  watchConsole,
} from './app-helpers';

mkdirSync(SHOTS, { recursive: true });

const SEED = JSON.stringify({
  format: 'creditstack.workbook',
  version: 2,
  title: 'Seed example',
  scenarios: [
    {
      id: 'sonnet',
      name: 'Sonnet 5',
      startMonth: '2027-01',
      assumptions: [{ name: 'growth', expr: '0' }],
      pools: [{ id: 'poc', name: 'Bedrock POC', program: 'bedrock-poc', amount: 25000, validityMonths: 24 }],
      lines: [
        {
          id: 'sum',
          name: 'Summarization',
          kind: 'bedrock',
          model: 'claude-sonnet-5',
          inputTokensPerDay: '10e6 * (1 + growth)^m',
          outputTokensPerDay: 2000000,
          fundedBy: 'poc',
        },
      ],
    },
  ],
});

async function toWorkbook(page: Page, scenarioId: string): Promise<void> {
  await page.getByTestId('view-workbook').click();
  await page.getByTestId(`scenario-tab-${scenarioId}`).click();
}

async function toCompare(page: Page): Promise<void> {
  await page.getByTestId('view-compare').click();
  await expect(page.getByTestId('compare-kpi-table')).toBeVisible();
}

test('based-on variants follow their base, mark and revert their own changes, save, reopen, diff and detach', async ({
  page,
}) => {
  const problems = watchConsole(page);
  await startApp(page);
  await openText(page, 'seed.creditstack', SEED);
  await expect(page.getByTestId('scenario-tab-sonnet')).toBeVisible();

  // Compare models on the Sonnet line: Opus and Haiku, each based on Sonnet.
  await cell(page, 'lines-grid', 'sum', 'name').click();
  await page.getByTestId('compare-models').click();
  await page.getByTestId('variants-confirm').click();
  await expect(page.getByTestId('cmp-head-0')).toContainText('Sonnet 5');
  await expect(page.getByTestId('cmp-head-1')).toContainText('Claude Opus 5');
  await expect(page.getByTestId('cmp-head-2')).toContainText('Claude Haiku 4.5');
  // The run rates a reader looks at first: $1,800 vs $3,000 vs $600 a month.
  await expect(page.getByTestId('cmp-runRateMonth0-0')).toHaveText('$1,800');
  await expect(page.getByTestId('cmp-runRateMonth0-1')).toHaveText('$3,000');
  await expect(page.getByTestId('cmp-runRateMonth0-2')).toHaveText('$600');
  // Haiku uses 24 x 600 = 14,400 of the credits instead of 25,000: said as what it is, not as "worse".
  await expect(page.getByTestId('cmp-creditsApplied-2-delta')).toContainText('fewer credits used');
  await expect(page.getByTestId('cmp-creditsApplied-2-delta')).not.toContainText('worse');
  await shot(page, 'linked-compare-run-rates');

  // Edit the base's growth: the variants move with it (Opus month 0 stays $3,000; the total becomes $102,753).
  await toWorkbook(page, 'sonnet');
  await typeInto(page, await revealCell(page, 'assumptions-grid', 'growth', 'expr'), '0.05');
  await toCompare(page);
  await expect(page.getByTestId('cmp-runRateMonth0-1')).toHaveText('$3,000');
  await expect(page.getByTestId('cmp-totalCost-1')).toHaveText('$102,753');

  // The Opus variant: a banner, its one change marked, and a cell edit recorded as a second change.
  await toWorkbook(page, 'sonnet-claude-opus-5');
  await expect(page.getByTestId('linked-banner')).toContainText('Based on');
  await expect(page.getByTestId('linked-change-count')).toHaveText('1 change');
  const model = await revealCell(page, 'lines-grid', 'sum', 'model');
  await expect(model).toHaveClass(/cell-changed/);
  const output = await revealCell(page, 'lines-grid', 'sum', 'outputTokensPerDay');
  await expect(output).not.toHaveClass(/cell-changed/);
  await typeInto(page, output, '1000000');
  await expect(page.getByTestId('linked-change-count')).toHaveText('2 changes');
  await expect(cell(page, 'lines-grid', 'sum', 'outputTokensPerDay')).toHaveClass(/cell-changed/);
  // 50 + 25 = $75 a day = $2,250 in month 0.
  await expect(cell(page, 'lines-grid', 'sum', 'monthCost')).toContainText('2,250');
  await shot(page, 'linked-variant-changed-cells');
  // Revert that cell: back to the base's 2M output and $3,000.
  await cell(page, 'lines-grid', 'sum', 'outputTokensPerDay').click();
  await page.getByTestId('revert-line-cell').click();
  await expect(page.getByTestId('linked-change-count')).toHaveText('1 change');
  await expect(cell(page, 'lines-grid', 'sum', 'monthCost')).toContainText('3,000');
  await expect(cell(page, 'lines-grid', 'sum', 'outputTokensPerDay')).not.toHaveClass(/cell-changed/);
  // The same for an assumption: the variant's own growth is marked, and reverted to the base's 0.05.
  await typeInto(page, await revealCell(page, 'assumptions-grid', 'growth', 'expr'), '0.1');
  await expect(page.getByTestId('linked-change-count')).toHaveText('2 changes');
  await expect(cell(page, 'assumptions-grid', 'growth', 'expr')).toHaveClass(/cell-changed/);
  await cell(page, 'assumptions-grid', 'growth', 'expr').click();
  await page.getByTestId('revert-assumption-cell').click();
  await expect(page.getByTestId('linked-change-count')).toHaveText('1 change');
  await expect(cell(page, 'assumptions-grid', 'growth', 'expr')).toContainText('0.05');
  await expect(cell(page, 'assumptions-grid', 'growth', 'expr')).not.toHaveClass(/cell-changed/);
  // And for a pool: a bigger POC in the variant only, marked, then reverted to the base's $25,000.
  await typeInto(page, await revealCell(page, 'pools-grid', 'poc', 'amount'), '50000');
  await expect(page.getByTestId('linked-change-count')).toHaveText('2 changes');
  await expect(cell(page, 'pools-grid', 'poc', 'amount')).toHaveClass(/cell-changed/);
  await cell(page, 'pools-grid', 'poc', 'amount').click();
  await page.getByTestId('revert-pool-cell').click();
  await expect(page.getByTestId('linked-change-count')).toHaveText('1 change');
  await expect(cell(page, 'pools-grid', 'poc', 'amount')).toContainText('25,000');

  // Save: the variants are written as their base and changes; reopening gives the same figures and diff.
  const saved = await downloadText(page, () => page.locator('[data-command="file.save"]').click());
  const file = JSON.parse(saved.text) as { version: number; scenarios: Record<string, unknown>[] };
  expect(file.version).toBe(2);
  expect(file.scenarios[1]).toEqual({
    id: 'sonnet-claude-opus-5',
    name: 'Sonnet 5 · Claude Opus 5',
    basedOn: 'sonnet',
    changes: [{ op: 'set-line', id: 'sum', field: 'model', value: 'claude-opus-5' }],
  });
  await openText(page, 'reopened.creditstack', saved.text);
  await toWorkbook(page, 'sonnet-claude-opus-5');
  await expect(page.getByTestId('linked-change-count')).toHaveText('1 change');
  await toCompare(page);
  await expect(page.getByTestId('cmp-totalCost-1')).toHaveText('$102,753');
  await page.getByTestId('diff-to').selectOption({ index: 1 });
  await expect(page.getByTestId('diff-line-sum')).toContainText('Model: Claude Sonnet 5 → Claude Opus 5');

  // Detach Haiku: it keeps its figures and stops following the base.
  await toWorkbook(page, 'sonnet-claude-haiku-4-5');
  await page.getByTestId('detach-scenario').click();
  await expect(page.getByTestId('linked-banner')).toHaveCount(0);
  const haikuTotal = await page.getByTestId('kpi-totalCost').innerText();
  await toWorkbook(page, 'sonnet');
  await typeInto(page, await revealCell(page, 'assumptions-grid', 'growth', 'expr'), '0');
  await toWorkbook(page, 'sonnet-claude-haiku-4-5');
  await expect(page.getByTestId('kpi-totalCost')).toHaveText(haikuTotal);
  // Opus still follows: growth 0 again -> 24 x 3,000 = $72,000.
  await toWorkbook(page, 'sonnet-claude-opus-5');
  await expect(page.getByTestId('kpi-totalCost')).toContainText('72,000');

  // Deleting the base offers to detach the scenario still based on it; it keeps its figures.
  await toWorkbook(page, 'sonnet');
  let question = '';
  page.once('dialog', (d) => {
    question = d.message();
    void d.accept();
  });
  await page.getByTestId('scenario-menu').click();
  await page.getByTestId('delete-scenario').click();
  await expect(page.getByTestId('scenario-tab-sonnet')).toHaveCount(0);
  expect(question).toContain('Sonnet 5 · Claude Opus 5');
  expect(question).toContain('detached');
  await toWorkbook(page, 'sonnet-claude-opus-5');
  await expect(page.getByTestId('linked-banner')).toHaveCount(0);
  await expect(page.getByTestId('kpi-totalCost')).toContainText('72,000');
  expect(problems()).toEqual([]);
});

test('a version 1 file from the templates opens upgraded and computes the same figures', async ({ page }) => {
  const problems = watchConsole(page);
  await startApp(page);
  const v1 = readFileSync(path.join(ROOT, 'test/shared/model/fixtures/model-comparison-v1.creditstack'), 'utf8');
  expect(v1).toContain('"version": 1,');
  await openText(page, 'model-comparison-v1.creditstack', v1);
  await expect(page.getByText('was made by an older version')).toBeVisible();
  // The v1 copy keeps the models it was made with (Opus 4.1, Sonnet 4, Claude 3 Haiku): Opus 24 x $9,000 = $216,000.
  await expect(page.getByTestId('kpi-totalCost')).toContainText('216,000');
  await toCompare(page);
  await expect(page.getByTestId('cmp-totalCost-0')).toHaveText('$216,000');
  await expect(page.getByTestId('cmp-totalCost-1')).toHaveText('$43,200');
  await expect(page.getByTestId('cmp-totalCost-2')).toHaveText('$3,600');
  // Saving writes version 2.
  await page.getByTestId('view-workbook').click();
  const saved = await downloadText(page, () => page.locator('[data-command="file.save"]').click());
  expect(saved.text).toContain('"version": 2,');
  expect(problems()).toEqual([]);
});

test('a setting a based-on scenario changes is marked in Settings and reverts to the base', async ({ page }) => {
  const problems = watchConsole(page);
  await startApp(page);
  await openText(page, 'seed.creditstack', SEED);
  await page.getByTestId('based-on-active-scenario').click();
  await expect(page.getByTestId('linked-banner')).toBeVisible();
  // Sonnet 5 at growth 0: $1,800 a month over the base's 24 months = $43,200.
  await expect(page.getByTestId('kpi-totalCost')).toHaveText('$43,200');
  if (!(await page.getByTestId('scenario-settings').isVisible()))
    await page.getByTitle('Scenario and company settings').click();
  const horizon = page.getByTestId('setting-horizonMonths');
  await expect(page.getByTestId('own-setting-horizonMonths')).toHaveCount(0);
  await horizon.fill('12');
  await horizon.press('Enter');
  // 12 months x $1,800 = $21,600; the horizon is now the variant's own change, marked as such.
  await expect(page.getByTestId('kpi-totalCost')).toHaveText('$21,600');
  await expect(page.getByTestId('own-setting-horizonMonths')).toContainText('own change');
  await expect(page.getByTestId('linked-change-count')).toHaveText('1 change');
  await shot(page, 'linked-own-setting');
  await page.getByTestId('own-setting-horizonMonths').getByRole('button', { name: 'Revert to base' }).click();
  await expect(horizon).toHaveValue('24');
  await expect(page.getByTestId('kpi-totalCost')).toHaveText('$43,200');
  await expect(page.getByTestId('own-setting-horizonMonths')).toHaveCount(0);
  await expect(page.getByTestId('linked-change-count')).toHaveText('0 changes');
  expect(problems()).toEqual([]);
});
