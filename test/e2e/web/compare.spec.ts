// A finance lead compares plans: the open Series-A sample next to another file's Opus, Sonnet and
// Haiku scenarios, the change of every figure against a baseline, what changed line by line, the
// comparison as CSV; model variants made from a Bedrock line in one undoable step; the charts,
// saved as PNG. Expected figures are hand arithmetic in the comments.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { downloadText, SHOTS, shot, startApp, TEMPLATES, watchConsole, watchNetwork } from './app-helpers';

mkdirSync(SHOTS, { recursive: true });
const COMPARISON = path.join(TEMPLATES, 'model-comparison.creditstack');

async function addFile(page: Page, file: string | { name: string; text: string }): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByTestId('compare-add-file').click();
  await (
    await chooser
  ).setFiles(
    typeof file === 'string'
      ? file
      : { name: file.name, mimeType: 'application/json', buffer: Buffer.from(file.text, 'utf8') },
  );
}

/** The number in a money text: "$21,398" -> 21398, "−$172,800" -> -172800. */
function money(text: string): number {
  const n = Number(text.replace(/[^0-9.]/g, ''));
  return /[−-]/.test(text) ? -n : n;
}

test.describe('the Compare view', () => {
  test('compares scenarios of two files, with changes against a chosen baseline, a diff and CSV', async ({ page }) => {
    const network = watchNetwork(page);
    const problems = watchConsole(page);
    await startApp(page);
    await page.getByTestId('view-compare').click();
    await expect(page.getByTestId('compare-view')).toBeVisible();
    // First visit: both scenarios of the open Series-A sample are compared.
    await expect(page.getByTestId('cmp-head-1')).toContainText('Stack + Generative AI Accelerator');

    await addFile(page, COMPARISON);
    await expect(page.getByTestId('cmp-pick-file:1-opus')).toBeChecked();
    // Leave only the other file's three scenarios; Opus, picked first, is the baseline.
    await page.getByTestId('cmp-pick-open-stack').uncheck();
    await page.getByTestId('cmp-pick-open-stack-accelerator').uncheck();
    const table = page.getByTestId('compare-kpi-table');
    await expect(table).toBeVisible();
    await expect(page.getByTestId('cmp-head-0')).toContainText('Claude Opus 5');
    await expect(page.getByTestId('cmp-head-0')).toContainText('Baseline');

    // 10M input + 2M output tokens a day, 30-day months, 24 months, global-endpoint prices:
    // Opus 5 $5/$25 -> $100 a day, $3,000 a month, $72,000; Sonnet 5 $3/$15 -> $60, $1,800, $43,200;
    // Haiku 4.5 $1/$5 -> $20, $600, $14,400.
    await expect(page.getByTestId('cmp-totalCost-0')).toHaveText('$72,000');
    await expect(page.getByTestId('cmp-totalCost-1')).toHaveText('$43,200');
    await expect(page.getByTestId('cmp-totalCost-2')).toHaveText('$14,400');
    // 43,200 - 72,000 = -28,800 = -40.0% of 72,000: cheaper, so better (said in words, not colour alone).
    await expect(page.getByTestId('cmp-totalCost-1-delta')).toHaveText('▼ −$28,800 (−40.0%) · better');
    // $25K at $3,000 a month: 8 months use 24,000, cash from month 8 = Sep 2027; at $1,800: month 13
    // = Feb 2028, 13 - 8 = 5 months later.
    await expect(page.getByTestId('cmp-creditCliffMonth-0')).toHaveText('Sep 2027');
    await expect(page.getByTestId('cmp-creditCliffMonth-1')).toHaveText('Feb 2028');
    await expect(page.getByTestId('cmp-creditCliffMonth-1-delta')).toContainText('5.0 months later');
    // Haiku uses 24 x 600 = 14,400 of the 25,000: no cliff, and 10,600 forfeited when the pool expires.
    await expect(page.getByTestId('cmp-creditCliffMonth-2')).toHaveText('No cliff');
    await expect(page.getByTestId('cmp-pool:poc:forfeited-2')).toHaveText('$10,600');
    await expect(page.getByTestId('cmp-pool:poc:forfeited-2-delta')).toContainText('worse');
    await expect(page.getByTestId('compare-diff')).toContainText('Claude Sonnet 5');
    await shot(page, 'compare-view');

    // Sonnet as the baseline: Opus costs 72,000 - 43,200 = +28,800, 28,800 / 43,200 = +66.7%.
    await page.getByTestId('cmp-baseline-1').click();
    await expect(page.getByTestId('cmp-head-0')).toContainText('Claude Sonnet 5');
    await expect(page.getByTestId('cmp-totalCost-1')).toHaveText('$72,000');
    await expect(page.getByTestId('cmp-totalCost-1-delta')).toHaveText('▲ +$28,800 (+66.7%) · worse');

    // The diff from Sonnet to Opus: the one line's model, and 28,800 more over the horizon.
    const diff = page.getByTestId('compare-diff');
    await expect(page.getByTestId('diff-from')).toHaveValue('file:1#sonnet');
    await expect(page.getByTestId('diff-to')).toHaveValue('file:1#opus');
    await expect(page.getByTestId('diff-line-inference')).toContainText('Model: Claude Sonnet 5 → Claude Opus 5');
    await expect(page.getByTestId('diff-line-inference')).toContainText('+$28,800');
    await expect(diff.getByTestId('diff-total')).toContainText('$43,200 → $72,000');

    // The comparison as CSV: the KPI table and the diff in one file.
    const csv = await downloadText(page, () => page.getByTestId('compare-export-csv').click());
    expect(csv.name).toMatch(/^Comparison - Claude Sonnet 5 vs 2 more\.csv$/);
    const rows = Papa.parse<string[]>(csv.text.trim(), { skipEmptyLines: false }).data;
    expect(rows[0].slice(0, 6)).toEqual([
      'key',
      'kpi',
      'unit',
      'model-comparison.creditstack#sonnet value',
      'model-comparison.creditstack#sonnet delta',
      'model-comparison.creditstack#sonnet pct',
    ]);
    const total = rows.find((r) => r[0] === 'totalCost')!;
    // Sonnet 43,200 (baseline); Opus 72,000, +28,800, 28,800 / 43,200 = +0.666667; Haiku 14,400,
    // 14,400 - 43,200 = -28,800, -0.666667.
    expect(total.slice(3)).toEqual(['43200', '0', '0', '72000', '28800', '0.666667', '14400', '-28800', '-0.666667']);
    expect(
      rows.some((r) => r[0] === 'line' && r[4] === 'model' && r[5] === 'claude-sonnet-5' && r[6] === 'claude-opus-5'),
    ).toBe(true);

    // A file that is not a workbook only brings a notice; the comparison stays as it was.
    await addFile(page, { name: 'junk.creditstack', text: 'this is not JSON' });
    await expect(page.getByTestId('notice')).toContainText('junk.creditstack');
    await expect(page.getByTestId('compare-sources')).not.toContainText('junk.creditstack');
    await expect(page.getByTestId('cmp-totalCost-0')).toHaveText('$43,200');

    expect(network.external()).toEqual([]);
    expect(problems()).toEqual([]);
  });

  test('"Compare models" on a Bedrock line makes two based-on scenarios in one undoable step and compares them', async ({
    page,
  }) => {
    const problems = watchConsole(page);
    await startApp(page);
    const line = page
      .getByTestId('lines-grid')
      .locator('[role="row"][row-id="summarize-production"] [role="gridcell"][col-id="name"]')
      .first();
    await line.click();
    await page.getByTestId('compare-models').click();
    const dialog = page.getByTestId('variants-dialog');
    await expect(dialog).toBeVisible();
    // A Claude line on Sonnet 5: the current Opus and Haiku preselected; Sonnet, the line's own
    // model, is the baseline itself.
    await expect(dialog.getByTestId('variant-model-claude-opus-5')).toBeChecked();
    await expect(dialog.getByTestId('variant-model-claude-sonnet-5')).toBeDisabled();
    await expect(dialog.getByTestId('variant-model-claude-sonnet-5')).not.toBeChecked();
    await expect(dialog.getByTestId('variant-model-claude-haiku-4-5')).toBeChecked();
    // The older models are offered, unticked.
    await expect(dialog.getByTestId('variant-model-claude-opus-4-1')).not.toBeChecked();
    await expect(dialog.getByTestId('variant-model-claude-3-haiku')).not.toBeChecked();
    await shot(page, 'compare-models-dialog');
    await page.getByTestId('variants-confirm').click();

    await expect(page.getByTestId('compare-view')).toBeVisible();
    await expect(page.getByTestId('cmp-head-0')).toContainText('Baseline');
    await expect(page.getByTestId('cmp-head-1')).toContainText('Claude Opus 5');
    await expect(page.getByTestId('cmp-head-2')).toContainText('Claude Haiku 4.5');
    // No redundant copy of the source on Sonnet 5.
    await expect(page.getByTestId('cmp-head-3')).toHaveCount(0);

    // The diff of source -> Opus: only the model changes. The production line on Sonnet 5 costs
    // 1,057.50 x (1.03^12 + ... + 1.03^23) = 1,057.50 x 20.2344 = $21,397.92 over months 12-23.
    // Opus 5's prices are 5/3 of Sonnet 5's ($5/$25 vs $3/$15), so the line costs 5/3 of that,
    // $35,663.20, and the effect is 2/3 of it, +$14,265.28.
    const row = page.getByTestId('diff-line-summarize-production');
    await expect(row).toContainText('Model: Claude Sonnet 5 → Claude Opus 5');
    const cells = row.locator('td.num');
    await expect(cells.nth(0)).toHaveText('$21,398');
    await expect(cells.nth(1)).toHaveText('$35,663');
    await expect(cells.nth(2)).toContainText('$14,265');
    // The whole scenario's total moves by the same amount.
    expect(
      money(await page.getByTestId('cmp-totalCost-1').innerText()) -
        money(await page.getByTestId('cmp-totalCost-0').innerText()),
    ).toBeCloseTo(14_265, -1);
    // Haiku 4.5's prices are 1/3 of Sonnet 5's ($1/$5): the total falls by 2/3 of the line's cost.
    await expect(page.getByTestId('cmp-totalCost-2-delta')).toContainText('−$14,265');
    await shot(page, 'compare-model-variants');

    // One undo takes both scenarios away again.
    await page.keyboard.press('ControlOrMeta+Z');
    await expect(page.getByTestId('cmp-head-1')).toHaveCount(0);
    await expect(page.getByTestId('cmp-head-0')).toContainText('Portfolio + Build + Bedrock POC');
    await page.getByTestId('view-workbook').click();
    await expect(page.locator('[data-testid^="scenario-tab-"]')).toHaveCount(2);
    expect(problems()).toEqual([]);
  });

  test('"GPU fallback" on a training line compares the run on its fallback instance', async ({ page }) => {
    await startApp(page);
    await page
      .getByTestId('lines-grid')
      .locator('[role="row"][row-id="sm-training"] [role="gridcell"][col-id="name"]')
      .first()
      .click();
    await page.getByTestId('gpu-fallback').click();
    // The line names g5.48xlarge as its fallback: preselected.
    await expect(page.getByTestId('variant-instance-g5.48xlarge')).toBeChecked();
    await page.getByTestId('variants-confirm').click();
    await expect(page.getByTestId('cmp-head-1')).toContainText('fallback g5.48xlarge');
    await expect(page.getByTestId('diff-line-sm-training')).toContainText('Instance type: p4d.24xlarge → g5.48xlarge');
    // 8x A10G at $20.36 an hour costs less than 8x A100 at $25.25: the total falls, which is better.
    await expect(page.getByTestId('cmp-totalCost-1-delta')).toContainText('better');
  });

  test('charts of the active scenario and of the comparison save as PNG', async ({ page }) => {
    const problems = watchConsole(page);
    await startApp(page);
    await page.getByRole('tab', { name: 'Charts' }).click();
    const paid = page.getByTestId('chart-paid-by');
    await expect(paid.locator('canvas').first()).toBeVisible();
    await expect(page.getByTestId('chart-pool-balances').locator('canvas').first()).toBeVisible();
    await expect(paid).toContainText('Credits pay $150,000 of');

    const pending = page.waitForEvent('download');
    await paid.getByTestId('save-chart-png').click();
    const download = await pending;
    expect(download.suggestedFilename()).toMatch(/monthly cost by payer\.png$/);
    const bytes = readFileSync(await download.path());
    // Every PNG starts with 89 50 4E 47 0D 0A 1A 0A.
    expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    // From the top, so the sticky toolbar sits where it belongs in the full-page picture.
    await page.evaluate(() => window.scrollTo(0, 0));
    await shot(page, 'charts');

    await page.getByTestId('view-compare').click();
    const cumulative = page.getByTestId('chart-cumulative-cash');
    await expect(cumulative.locator('canvas').first()).toBeVisible();
    const pending2 = page.waitForEvent('download');
    await cumulative.getByTestId('save-chart-png').click();
    const bytes2 = readFileSync(await (await pending2).path());
    expect([...bytes2.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(problems()).toEqual([]);
  });
});
