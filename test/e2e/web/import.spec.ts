// A finance lead brings AWS's own figures in: opens the sample plan, imports the credits through
// the file picker, drops the credit allocation history on the Import dialog and the Cost Explorer
// CSV on the window, and reads the plan against the actual months and the forecast from today.
// A foreign file is refused in one line and changes nothing. Expected figures are the hand
// arithmetic of test/shared/engine/actuals/replay-and-reforecast.test.ts.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { openFile, ROOT, SHOTS, shot, startApp, watchConsole, watchNetwork } from './app-helpers';

mkdirSync(SHOTS, { recursive: true });
const SAMPLES = path.join(ROOT, 'assets/aws-samples');
const sample = (name: string) => path.join(SAMPLES, name);

/** Drops a file on an element the way a browser does (a DataTransfer holding a File). */
async function dropFile(page: Page, target: Locator, name: string, text: string): Promise<void> {
  const transfer = await page.evaluateHandle(
    ([fileName, content]) => {
      const dt = new DataTransfer();
      dt.items.add(
        new File([content], fileName, { type: fileName.endsWith('.csv') ? 'text/csv' : 'application/json' }),
      );
      return dt;
    },
    [name, text] as const,
  );
  await target.dispatchEvent('dragover', { dataTransfer: transfer });
  await target.dispatchEvent('drop', { dataTransfer: transfer });
}

async function chooseInDialog(page: Page, file: string | { name: string; text: string }): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('import-choose').click();
  await (
    await chooser
  ).setFiles(
    typeof file === 'string'
      ? file
      : { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text, 'utf8') },
  );
}

test('imports credits, allocations and costs from AWS; plan against actual; forecast from today', async ({ page }) => {
  const network = watchNetwork(page);
  const problems = watchConsole(page);
  await startApp(page);
  await openFile(page, sample('sample-plan.creditstack'));
  // The plan as typed: 12 months x 3,295 = 39,540.
  await expect(page.getByTestId('kpi-totalCost')).toContainText('39,540');
  await expect(page.getByTestId('kpi-as-of')).toHaveCount(0);
  // A long title ends in an ellipsis, the whole of it in the tooltip: the commands stay on one line.
  await expect(page.getByTestId('doc-name').locator('.doc-title')).toHaveAttribute(
    'title',
    'SAMPLE plan from September 2026 (for the AWS import walk-through)',
  );
  const topOf = async (command: string) => (await page.locator(`[data-command="${command}"]`).boundingBox())?.y;
  expect(await topOf('view.settings')).toBe(await topOf('file.new'));

  await page.locator('[data-command="file.import"]').click();
  const dialog = page.getByTestId('import-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('aws billing get-credits');

  // A foreign file: one line saying what it is not; nothing changes (no undo step either).
  await chooseInDialog(page, { name: 'ec2.json', text: '{"Reservations": []}' });
  await expect(page.getByTestId('import-reports')).toContainText(
    'Not imported: ec2.json: not an AWS export CreditStack reads',
  );
  await expect(page.locator('[data-command="edit.undo"]')).toBeDisabled();

  // 1. Credits through the picker: the typed pools are linked, the bootcamp credit added (paused).
  await chooseInDialog(page, sample('get-credits.sample.json'));
  await expect(page.getByTestId('import-reports')).toContainText('Imported AWS credits from get-credits.sample.json');
  await expect(page.getByTestId('import-reports')).toContainText('added aws-100000000003');
  // 2. The allocation history dropped on the dialog.
  await dropFile(
    page,
    page.getByTestId('import-drop'),
    'allocations.json',
    readFileSync(sample('get-credit-allocation-history.sample.json'), 'utf8'),
  );
  await expect(page.getByTestId('import-reports')).toContainText(
    'Imported AWS credit allocations from allocations.json',
  );
  await expect(page.getByTestId('import-reports')).toContainText('estimated (not final) bills: 2026-11');
  await shot(page, 'import-dialog');
  await page.getByRole('button', { name: 'Close' }).click();

  // 3. The Cost Explorer CSV dropped on the window is imported into the open workbook.
  await dropFile(page, page.locator('body'), 'costs.csv', readFileSync(sample('cost-explorer.sample.csv'), 'utf8'));
  await expect(page.getByTestId('notice')).toContainText('Imported AWS costs from costs.csv');

  // Forecast from today (Dec 2026): 9 months x 3,295 = 29,655; runway 14.96 months.
  await expect(page.getByTestId('kpi-as-of')).toContainText('As of Nov 2026 actuals: forecast from Dec 2026');
  await expect(page.getByTestId('kpi-totalCost')).toContainText('29,655');
  await expect(page.getByTestId('kpi-cashRunwayMonths')).toContainText('15.0 months');

  await page.getByTestId('results-tab-actuals').click();
  const months = page.getByTestId('plan-vs-actual-months');
  await expect(months.locator('tbody tr')).toHaveCount(3);
  // October: 3,645 actual against 3,295 planned (+350); credits 4,045 against 3,195 (+850).
  await expect(months.locator('tbody tr').nth(1)).toContainText('$3,645');
  await expect(months.locator('tbody tr').nth(1)).toContainText('+$850');
  await expect(months.locator('tbody tr').nth(1)).toContainText('✗ differs');
  await expect(page.getByTestId('replay-verdict')).toContainText(
    'Oct 2026: Activate Portfolio paid $1,635.00, the order gives $1,135.00',
  );
  await expect(page.getByTestId('chart-plan-vs-actual')).toBeVisible();
  await page.getByTestId('plan-vs-actual').scrollIntoViewIfNeeded();
  await shot(page, 'plan-vs-actual');

  // The months before the forecast are marked as actual in the month-by-month table.
  await page.getByRole('tab', { name: 'Month by month' }).click();
  await expect(page.getByTestId('month-0')).toContainText('actual');
  await expect(page.getByTestId('month-3')).not.toContainText('actual');
  await page.getByTestId('month-0').scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'monthly-after-import.png') });

  // Each import is one undo step.
  await page.locator('[data-command="edit.undo"]').click();
  await expect(page.getByTestId('kpi-as-of')).toContainText('As of Nov 2026 actuals');

  expect(network.external()).toEqual([]);
  expect(problems()).toEqual([]);
});
