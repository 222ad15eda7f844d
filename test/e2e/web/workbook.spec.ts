// A finance lead's session in the browser edition: open a plan, change a volume, add a line and
// a pool, make (and see) a mistake, undo and redo it all, save and reopen, export, and never
// touch the network. Expected figures are hand arithmetic in the comments.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import {
  cell,
  downloadText,
  openFile,
  openText,
  revealCell,
  SHOTS,
  shot,
  startApp,
  storedCopies,
  TEMPLATES,
  typeInto,
  watchConsole,
  watchNetwork,
} from './app-helpers';

mkdirSync(SHOTS, { recursive: true });
const COMPARISON = path.join(TEMPLATES, 'model-comparison.creditstack');

async function openSonnet(page: Page): Promise<void> {
  await openFile(page, COMPARISON);
  await expect(page.getByTestId('doc-name')).toContainText('Opus, Sonnet or Haiku');
  await page.getByTestId('scenario-tab-sonnet').click();
  // Sonnet 5 (global endpoint): 10M in x $3 + 2M out x $15 = $60 a day, $1,800 a month, $43,200 over 24 months.
  await expect(page.getByTestId('kpi-totalCost')).toHaveText('$43,200');
}

test.describe('the workbook in the browser', () => {
  test('opens the Series-A sample with results, and never uses the network', async ({ page }) => {
    const network = watchNetwork(page);
    const problems = watchConsole(page);
    await startApp(page);
    await expect(page.getByTestId('doc-name')).toContainText('Series A');
    await expect(page.getByTestId('lines-grid').locator('[role="row"][row-id]').first()).toBeVisible();
    await expect(page.getByTestId('pool-results-table')).toBeVisible();
    await shot(page, 'main-view');
    await page.getByRole('tab', { name: 'Month by month' }).click();
    await expect(page.getByTestId('monthly-table')).toBeVisible();
    await shot(page, 'monthly-table');
    expect(network.external()).toEqual([]);
    expect(problems()).toEqual([]);
  });

  test('a volume edit moves the cost, the pool depletion and the credit cliff; undo and redo follow', async ({
    page,
  }) => {
    const network = watchNetwork(page);
    await startApp(page);
    await openSonnet(page);
    // $25K lasts 13 + 1600/1800 = 13.89 months: runs out in month 13, Feb 2028.
    await expect(page.getByTestId('kpi-creditCliffMonth')).toHaveText('Feb 2028');
    await expect(page.getByTestId('pool-poc-depletion')).toContainText('Feb 2028');

    // Double the input tokens: 20M x 3 + 2M x 15 = $90 a day, $2,700 a month, $64,800 over 24 months.
    // 25,000 / 2,700: 9 months use 24,300, 700 left in month 9: depletion 9 + 700/2700 = 9.26, Oct 2027.
    await typeInto(page, await revealCell(page, 'lines-grid', 'inference', 'inputTokensPerDay'), '20M');
    await expect(page.getByTestId('kpi-totalCost')).toHaveText('$64,800');
    await expect(page.getByTestId('kpi-creditCliffMonth')).toHaveText('Oct 2027');
    await expect(page.getByTestId('pool-poc-depletion')).toContainText('Oct 2027');
    await expect(page.getByTestId('pool-poc-depletion')).toHaveAttribute('title', /9\.26 months/);
    await expect(cell(page, 'lines-grid', 'inference', 'monthCost')).toContainText('2,700');
    await shot(page, 'after-volume-edit');

    await page.keyboard.press('Escape');
    await page.keyboard.press('ControlOrMeta+Z');
    await expect(page.getByTestId('kpi-totalCost')).toHaveText('$43,200');
    await expect(page.getByTestId('kpi-creditCliffMonth')).toHaveText('Feb 2028');
    await page.keyboard.press('ControlOrMeta+Shift+Z');
    await expect(page.getByTestId('kpi-totalCost')).toHaveText('$64,800');
    await page.keyboard.press('ControlOrMeta+Z');
    await expect(page.getByTestId('kpi-totalCost')).toHaveText('$43,200');
    await page.keyboard.press('ControlOrMeta+Y');
    await expect(page.getByTestId('kpi-totalCost')).toHaveText('$64,800');
    expect(network.external()).toEqual([]);
  });

  test('adds a Bedrock line and a pool, flags a bad expression in the cell and the issues panel, and undoes it all', async ({
    page,
  }) => {
    await startApp(page);
    await openSonnet(page);
    // Add a Bedrock line and pick Claude Haiku 4.5 for it.
    await page.getByTestId('add-line').click();
    await page.getByTestId('add-line-bedrock').click();
    const newRow = page.getByTestId('lines-grid').locator('[role="row"][row-id="bedrock-1"]').first();
    await expect(newRow).toBeVisible();
    const model = await revealCell(page, 'lines-grid', 'bedrock-1', 'model');
    await model.dblclick();
    const option = page
      .locator('.ag-list-item, .ag-select-list-item, [role="option"]')
      .filter({ hasText: /Claude Haiku 4\.5/ })
      .first();
    await option.click();
    await expect(model).toContainText(/Haiku/);
    // The new line (global endpoint, $1 / $5 per 1M): 1M in x 1 + 0.2M out x 5 = 1 + 1 = $2 a day, $60 a month.
    await expect(cell(page, 'lines-grid', 'bedrock-1', 'monthCost')).toContainText('60.00');

    // Add a pool.
    // The program first: the pool gets its name, typical amount and validity, and an id from it.
    await page.getByTestId('add-pool').click();
    await page.getByTestId('add-pool-portfolio').click();
    await expect(page.getByTestId('pools-grid').locator('[role="row"][row-id="portfolio"]').first()).toBeVisible();

    // A formula with an unknown name: marked in the cell and listed in the issues panel.
    await typeInto(page, await revealCell(page, 'lines-grid', 'inference', 'outputTokensPerDay'), '2e6 * traffic');
    const issue = page.getByTestId('issue-row').filter({ hasText: 'traffic' });
    await expect(issue).toHaveAttribute('data-code', 'EXPR_ERROR');
    const bad = await revealCell(page, 'lines-grid', 'inference', 'outputTokensPerDay');
    await expect(bad).toHaveClass(/cell-error/);
    // Hovering the cell shows the formula and its message. (The pointer rests on the cell after
    // typing, with no new mouseenter to show a tooltip: move it off first, as a hand would.)
    await page.mouse.move(0, 0);
    await bad.hover();
    await expect(page.locator('.ag-tooltip, .ag-tooltip-custom').first()).toContainText('traffic');
    await shot(page, 'expression-error');
    // Clicking the issue puts the focus on that line's field. (The Bedrock inputs sit beside the
    // name now, so the cell is in view; the focus starts elsewhere.)
    await page.keyboard.press('Escape');
    await cell(page, 'lines-grid', 'inference', 'name').click();
    await expect(page.getByTestId('lines-grid').locator('.ag-cell-focus[col-id="outputTokensPerDay"]')).toHaveCount(0);
    await issue.click();
    await expect(page.getByTestId('lines-grid').locator('.ag-cell-focus[col-id="outputTokensPerDay"]')).toBeVisible();

    // Undo the formula, the pool, the model and the line: back to the file as opened.
    await page.keyboard.press('Escape');
    for (let i = 0; i < 4; i++) await page.keyboard.press('ControlOrMeta+Z');
    await expect(page.getByTestId('lines-grid').locator('[role="row"][row-id="bedrock-1"]')).toHaveCount(0);
    await expect(page.getByTestId('pools-grid').locator('[role="row"][row-id="portfolio"]')).toHaveCount(0);
    await expect(page.getByTestId('issue-row').filter({ hasText: 'traffic' })).toHaveCount(0);
    await expect(page.getByTestId('kpi-totalCost')).toHaveText('$43,200');
    // And redo brings the line back.
    await page.keyboard.press('ControlOrMeta+Shift+Z');
    await expect(newRow).toBeVisible();
  });

  test('save, reopen and save again give the identical workbook', async ({ page }) => {
    await startApp(page);
    await openSonnet(page);
    await typeInto(page, await revealCell(page, 'lines-grid', 'inference', 'inputTokensPerDay'), '10e6 * (1 + 0.02)^m');
    await expect(page.getByTestId('kpi-totalCost')).not.toHaveText('$43,200');
    const first = await downloadText(page, () => page.locator('[data-command="file.save"]').click());
    expect(first.name).toMatch(/\.creditstack$/);
    // The formula is stored exactly as typed.
    expect(first.text).toContain('"inputTokensPerDay": "10e6 * (1 + 0.02)^m"');
    await openText(page, first.name, first.text);
    const second = await downloadText(page, () => page.locator('[data-command="file.save"]').click());
    expect(second.text).toBe(first.text);
  });

  test('a corrupt file opens nothing and says what is wrong and where', async ({ page }) => {
    await startApp(page);
    const before = await page.getByTestId('doc-name').textContent();
    await openText(
      page,
      'broken.creditstack',
      '{ "format": "creditstack.workbook", "version": 1, "scenarios": [ { "id": "x", "startMonth": "2027-13" } ] }',
    );
    await expect(page.getByTestId('notice')).toContainText('broken.creditstack');
    await expect(page.getByTestId('notice')).toContainText('startMonth');
    await shot(page, 'corrupt-file');
    await openText(page, 'junk.creditstack', 'this is not json');
    await expect(page.getByTestId('notice')).toContainText('not valid JSON');
    // The open document is untouched and the app still works.
    await expect(page.getByTestId('doc-name')).toHaveText(before ?? '');
    await expect(page.getByTestId('kpi-totalCost')).not.toHaveText('—');
  });

  test('exports the monthly table as CSV with the figures on screen', async ({ page }) => {
    await startApp(page);
    await openSonnet(page);
    await page.locator('[data-command="file.export"]').click();
    await expect(page.getByTestId('export-dialog')).toBeVisible();
    await page.getByTestId('export-table-select').selectOption('monthly');
    await shot(page, 'export-dialog');
    const csv = await downloadText(page, () => page.getByTestId('export-confirm').click());
    expect(csv.name).toMatch(/monthly\.csv$/);
    const rows = Papa.parse<string[]>(csv.text.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
    const header = rows[0];
    const at = (name: RegExp) => header.findIndex((h) => name.test(h));
    // 24 months plus the header row.
    expect(rows.length).toBe(25);
    const month0 = rows[1];
    const month13 = rows[14];
    // Month 0: $1,800 cost, all credits. Month 13 (Feb 2028): 1,600 credits, 200 cash.
    expect(Number(month0[at(/^cost/i)])).toBe(1800);
    expect(Number(month0[at(/^cash/i)])).toBe(0);
    expect(month13.join(',')).toContain('2028-02');
    expect(Number(month13[at(/^credits/i)])).toBe(1600);
    expect(Number(month13[at(/^cash/i)])).toBe(200);
  });

  test('unsaved work survives a closed tab: offered back on the next start, kept until restored or discarded', async ({
    page,
  }) => {
    // Which edits the stored copies (IndexedDB, one per tab) hold.
    const stored = async () =>
      (await storedCopies(page, ['Fine-tuning, second try', 'Tickets v2'])).map((c) => c.marks.join('+')).sort();
    await startApp(page);
    await typeInto(page, cell(page, 'lines-grid', 'sm-training', 'name'), 'Fine-tuning, second try');
    // A recovery copy is written a few seconds after the last change.
    await expect.poll(stored, { timeout: 10_000 }).toEqual(['Fine-tuning, second try']);

    // The tab goes away without saving; the next start opens the sample and offers the work back.
    await page.reload();
    const offer = page.getByTestId('recovery-offer');
    await expect(offer).toContainText('Series A sample.creditstack');
    await expect(cell(page, 'lines-grid', 'sm-training', 'name')).toContainText('Classifier fine-tuning');
    await shot(page, 'recovery-offer');
    // While the offer stands, editing what is open does not overwrite the kept copy: it gets its own.
    await typeInto(page, cell(page, 'lines-grid', 'endpoint-tickets', 'name'), 'Tickets v2');
    await expect.poll(stored, { timeout: 10_000 }).toEqual(['Fine-tuning, second try', 'Tickets v2']);

    // Restore: asks before dropping the edit on screen, then shows the kept work, unsaved.
    const asked: string[] = [];
    page.once('dialog', (d) => {
      asked.push(d.message());
      void d.accept();
    });
    await page.getByTestId('recovery-restore').click();
    await expect(offer).toHaveCount(0);
    expect(asked).toEqual([expect.stringContaining('Discard unsaved changes to Series A sample.creditstack')]);
    await expect(cell(page, 'lines-grid', 'sm-training', 'name')).toContainText('Fine-tuning, second try');
    await expect(page.getByTestId('doc-name').getByLabel('unsaved changes')).toBeVisible();
    // The restored work is this tab's copy now; the offered one and the Tickets edit are gone.
    await expect.poll(stored, { timeout: 10_000 }).toEqual(['Fine-tuning, second try']);

    // Discard on a later start: the copy is gone and the clean sample stays.
    await page.reload();
    await expect(offer).toBeVisible();
    await page.getByTestId('recovery-discard').click();
    await expect(offer).toHaveCount(0);
    await expect.poll(stored).toEqual([]);
    await page.reload();
    await expect(page.getByTestId('kpi-totalCost')).not.toHaveText('—');
    await expect(offer).toHaveCount(0);
  });
});
