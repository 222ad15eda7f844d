// Working like a spreadsheet: ranges, the system clipboard (tab-separated text and HTML tables,
// as Excel and Google Sheets exchange them), rows pasted past the end, fill down, and undo of
// each in one step. Every expected figure is hand arithmetic in the comments.
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import {
  cell,
  downloadText,
  openText,
  revealCell,
  SHOTS,
  shot,
  startApp,
  TEMPLATES,
  typeInto,
  watchConsole,
} from './app-helpers';
import { allowClipboard, openSonnet, pasteAt, readClipboard, rowsOf } from './sheet-helpers';

mkdirSync(SHOTS, { recursive: true });

test.beforeEach(async ({ context, page }) => {
  await allowClipboard(context);
  await startApp(page);
  await openSonnet(page);
});

test('copies a range to the system clipboard as text and as an HTML table', async ({ page }) => {
  const problems = watchConsole(page);
  await cell(page, 'lines-grid', 'inference', 'name').click();
  // Name, kind, model, input tokens/day, output tokens/day: the Bedrock inputs sit beside the name.
  for (let i = 0; i < 4; i++) await page.keyboard.press('Shift+ArrowRight');
  // The focus stays on the active cell while the range grows from it.
  await expect(cell(page, 'lines-grid', 'inference', 'name')).toBeFocused();
  await expect(page.getByTestId('lines-grid')).toHaveAttribute('data-range', 'r0c0:r0c4');
  await expect(page.getByTestId('lines-grid').locator('.ag-cell.cell-range')).toHaveCount(5);
  await page.keyboard.press('ControlOrMeta+C');
  const clip = await readClipboard(page);
  // Formulas copy as their text, choices by name, so a paste reads them back.
  expect(clip.text).toBe(
    'Claude Sonnet 5 inference\tBedrock\tClaude Sonnet 5\ttokens_in_per_day\ttokens_out_per_day\r\n',
  );
  expect(clip.html).toContain('<table>');
  expect(clip.html).toContain('<td>Claude Sonnet 5 inference</td><td>Bedrock</td>');
  await shot(page, 'range-selected');
  expect(problems()).toEqual([]);
});

test('pastes a tab-separated block into the lines grid, adds lines past the end, fills down, and undoes each in one step', async ({
  page,
}) => {
  // Row 1 replaces the Sonnet line's inputs; row 2 falls past the last line and becomes a new one.
  const block = 'Chat\tBedrock\tClaude Sonnet 5\t20M\t2M\r\nSearch\tBedrock\tClaude Sonnet 5\t"5,000,000"\t1M\r\n';
  await pasteAt(page, cell(page, 'lines-grid', 'inference', 'name'), { text: block });
  // Chat: 20M x $3 + 2M x $15 = $90 a day, $2,700 a month. Search: 5M x $3 + 1M x $15 = $30 a day, $900 a month.
  // $3,600 a month x 24 = $86,400. The $25K pool runs out after 25,000 / 3,600 = 6.94 months: month 6, Jul 2027.
  await expect(page.getByTestId('kpi-totalCost')).toHaveText('$86,400');
  await expect(page.getByTestId('kpi-creditCliffMonth')).toHaveText('Jul 2027');
  await expect(rowsOf(page, 'lines-grid')).toHaveCount(2);
  await expect(cell(page, 'lines-grid', 'bedrock-1', 'name')).toHaveText('Search');
  await expect(cell(page, 'lines-grid', 'bedrock-1', 'monthCost')).toHaveText('$900.00');
  await shot(page, 'after-tsv-paste');

  // Fill down the input tokens: Search takes Chat's 20M: 20M x 3 + 1M x 15 = $75 a day, $2,250 a month.
  // ($2,700 + $2,250) x 24 = $118,800.
  await cell(page, 'lines-grid', 'inference', 'inputTokensPerDay').click();
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('ControlOrMeta+D');
  await expect(page.getByTestId('kpi-totalCost')).toHaveText('$118,800');
  await expect(cell(page, 'lines-grid', 'bedrock-1', 'inputTokensPerDay')).toHaveText('20,000,000');
  // The new results redraw the totals row, and the grid puts its focus back on the active cell:
  // the range stays selected, as in a spreadsheet, ready for the next fill or copy.
  await expect(page.getByTestId('lines-grid')).toHaveAttribute('data-range', 'r0c3:r1c3');
  await expect(page.getByTestId('lines-grid').locator('.ag-cell.cell-range')).toHaveCount(2);

  // One undo takes back the whole fill, the next the whole paste (both lines' cells and the added line).
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(page.getByTestId('kpi-totalCost')).toHaveText('$86,400');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(page.getByTestId('kpi-totalCost')).toHaveText('$43,200');
  await expect(rowsOf(page, 'lines-grid')).toHaveCount(1);
  await expect(cell(page, 'lines-grid', 'inference', 'name')).toHaveText('Claude Sonnet 5 inference');
});

test('a cell that does not read is named, the rest applies', async ({ page }) => {
  await pasteAt(page, cell(page, 'lines-grid', 'inference', 'inputTokensPerDay'), { text: 'lots\t4M\r\n' });
  // Only output tokens apply: 10M x 3 + 4M x 15 = $90 a day, $2,700 a month, $64,800 over 24 months.
  await expect(page.getByTestId('kpi-totalCost')).toHaveText('$64,800');
  await expect(page.getByTestId('notice')).toContainText(
    'Row 1 (Claude Sonnet 5 inference) · Input tokens/day: "lots" is not a number, and "lots" is not an assumption',
  );
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(page.getByTestId('kpi-totalCost')).toHaveText('$43,200');
});

test('pastes an HTML table into the assumptions grid and Ctrl+Enter writes one value into a range', async ({
  page,
}) => {
  // Only text/html on the clipboard, so the table is what is read.
  await pasteAt(page, cell(page, 'assumptions-grid', 'tokens_in_per_day', 'expr'), {
    html: '<table><tr><td>20M</td></tr><tr><td>4M</td></tr></table>',
  });
  // 20M x $3 + 4M x $15 = $120 a day, $3,600 a month, $86,400 over 24 months.
  await expect(page.getByTestId('kpi-totalCost')).toHaveText('$86,400');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(page.getByTestId('kpi-totalCost')).toHaveText('$43,200');

  // Select both values, type 1M in the active cell and Ctrl+Enter: both become 1M.
  // 1M x 3 + 1M x 15 = $18 a day, $540 a month, $12,960 over 24 months.
  await cell(page, 'assumptions-grid', 'tokens_in_per_day', 'expr').click();
  await page.keyboard.press('Shift+ArrowDown');
  await page.keyboard.press('Enter');
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('1M');
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(page.getByTestId('kpi-totalCost')).toHaveText('$12,960');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(page.getByTestId('kpi-totalCost')).toHaveText('$43,200');
});

test('pastes a Google Sheets table into the pools grid, adding a pool past the end', async ({ page }) => {
  const html =
    '<meta charset="utf-8"><google-sheets-html-origin><table xmlns="http://www.w3.org/1999/xhtml" cellspacing="0" cellpadding="0" dir="ltr" border="1"><colgroup><col width="100"></colgroup><tbody>' +
    '<tr><td>Bedrock POC</td><td>Bedrock POC funding</td><td>$10,000</td></tr>' +
    '<tr><td>Founders</td><td>Activate Founders</td><td style="text-align:right">5,000</td></tr></tbody></table>';
  await pasteAt(page, cell(page, 'pools-grid', 'poc', 'name'), { html, text: 'ignored\twhen\ta table is there' });
  // $10,000 + $5,000 of credit against $1,800 a month: all $15,000 is used within both pools' validity
  // (15,000 / 1,800 = 8.33 months < Founders' 12), so credits $15,000 and cash 43,200 - 15,000 = $28,200;
  // the credits run out in month 8, Sep 2027.
  await expect(page.getByTestId('kpi-creditsApplied')).toHaveText('$15,000');
  await expect(page.getByTestId('kpi-cashCost')).toHaveText('$28,200');
  await expect(page.getByTestId('kpi-creditCliffMonth')).toHaveText('Sep 2027');
  await expect(rowsOf(page, 'pools-grid')).toHaveCount(2);
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(page.getByTestId('kpi-creditsApplied')).toHaveText('$25,000');
  await expect(rowsOf(page, 'pools-grid')).toHaveCount(1);
});

test('the lines-by-month grid shows, copies and exports each line by month', async ({ page }) => {
  await page.getByTestId('results-tab-line-months').click();
  const grid = page.getByTestId('line-month-grid');
  // $1,800 a month from Jan 2027, $43,200 over the 24 months.
  await expect(cell(page, 'line-month-grid', 'inference', 'm0')).toHaveText('$1,800.00');
  await expect(cell(page, 'line-month-grid', 'inference', 'total')).toHaveText('$43,200');
  await cell(page, 'line-month-grid', 'inference', 'm0').click();
  await page.keyboard.press('ControlOrMeta+A');
  await expect(grid).toHaveAttribute('data-range', 'r0c0:r0c25');
  await page.keyboard.press('ControlOrMeta+C');
  const clip = await readClipboard(page);
  // Name, 24 months of 1800, then the total (pinned right): 26 cells, money as plain numbers.
  expect(clip.text).toBe(
    ['Claude Sonnet 5 inference', ...Array.from({ length: 24 }, () => '1800'), '43200'].join('\t') + '\r\n',
  );
  const csv = await downloadText(page, () => page.getByTestId('line-month-export').click());
  expect(csv.name).toBe('Opus, Sonnet or Haiku - Claude Sonnet 5 - lines.csv');
  expect(csv.text.split(/\r?\n/)[1]).toContain('inference');
  // The browser writes the lines CSV from the footed cents too: total 43,200, then 24 months of
  // 1800 (whole dollars are written without decimals), and the record ends in CRLF.
  expect(csv.text.split('\r\n')[1]).toMatch(/,43200,1800(,1800){23}$/);
  expect(csv.text.endsWith('\r\n')).toBe(true);
  await shot(page, 'lines-by-month');
});

test('layout: each kind’s inputs beside the name at 1440 and 1024 px', async ({ page }) => {
  // The Series-A sample has all four kinds.
  await page.goto('/');
  await expect(page.getByTestId('kpi-totalCost')).not.toHaveText('—');
  await expect(page.getByTestId('doc-name')).toContainText('Series A');
  for (const width of [1440, 1024]) {
    await page.setViewportSize({ width, height: 1000 });
    // The grids redraw for the new width over the next frames.
    await page.evaluate(
      () => new Promise((done) => setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(done)), 300)),
    );
    await expect(page.getByTestId('pools-grid').locator('[role="gridcell"][col-id="name"]').first()).toBeVisible();
    await shot(page, `layout-${width}`);
    await page.getByTestId('kind-filter-training').click();
    // Only training lines, and the training inputs right after name and kind.
    const headers = page.getByTestId('lines-grid').locator('.ag-header-cell[col-id]');
    await expect(headers.nth(0)).toHaveAttribute('col-id', 'name');
    await expect(page.getByTestId('lines-grid').locator('.ag-header-cell[col-id="hoursPerRun"]')).toBeVisible();
    await expect(page.getByTestId('lines-grid').locator('.ag-header-cell[col-id="inputTokensPerDay"]')).toHaveCount(0);
    await shot(page, `layout-${width}-training`);
    await page.getByTestId('kind-filter-all').click();
  }
});

test('the Prices panel shows the prices used and an override changes the result, undoably', async ({ page }) => {
  const input = cell(page, 'prices-grid', 'bedrock/claude-sonnet-5#input', 'value');
  await expect(input).toHaveText('$3.00');
  await expect(cell(page, 'prices-grid', 'bedrock/claude-sonnet-5#input', 'status')).toHaveText('Listed');
  await expect(cell(page, 'prices-grid', 'bedrock/claude-sonnet-5#output', 'value')).toHaveText('$15.00');
  // Input at $6 per 1M: 10M x 6 + 2M x 15 = $90 a day, $2,700 a month, $64,800 over 24 months.
  await typeInto(page, input, '6');
  await expect(page.getByTestId('kpi-totalCost')).toHaveText('$64,800');
  await expect(cell(page, 'prices-grid', 'bedrock/claude-sonnet-5#input', 'status')).toHaveText('Your override');
  await shot(page, 'prices-override');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(page.getByTestId('kpi-totalCost')).toHaveText('$43,200');
  await page.keyboard.press('ControlOrMeta+Y');
  await expect(page.getByTestId('kpi-totalCost')).toHaveText('$64,800');
  // Delete clears the override: back to the book's $3, $43,200.
  await input.click();
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('kpi-totalCost')).toHaveText('$43,200');
  await expect(cell(page, 'prices-grid', 'bedrock/claude-sonnet-5#input', 'status')).toHaveText('Listed');
});

test('the Prices panel shows the regional row an EU line uses and the promotion row of the months it covers', async ({
  page,
}) => {
  const plan = JSON.parse(readFileSync(path.join(TEMPLATES, 'model-comparison.creditstack'), 'utf8'));
  plan.scenarios = plan.scenarios.filter((s: { id: string }) => s.id === 'sonnet');
  const scenario = plan.scenarios[0];
  // Jul 2026 start: the book's Sonnet 5 launch promotion ($2 / $10) is in force through 2026-08, $3 / $15 from 2026-09.
  scenario.startMonth = '2026-07';
  const line = scenario.lines[0];
  scenario.lines = [
    { ...line, model: 'claude-sonnet-5' },
    { ...line, id: 'eu-nova', name: 'EU Nova Pro', model: 'nova-pro', region: 'eu-central-1' },
  ];
  await openText(page, 'promo.creditstack', JSON.stringify(plan));
  const promo = 'bedrock/claude-sonnet-5@through-2026-08#input';
  await expect(cell(page, 'prices-grid', promo, 'value')).toHaveText('$2.00');
  await expect(cell(page, 'prices-grid', promo, 'status')).toHaveText('Promotion');
  await expect(cell(page, 'prices-grid', promo, 'effective')).toHaveText('through 2026-08');
  await expect(cell(page, 'prices-grid', 'bedrock/claude-sonnet-5#input', 'value')).toHaveText('$3.00');
  await expect(cell(page, 'prices-grid', 'bedrock/claude-sonnet-5#input', 'effective')).toHaveText('from 2026-09');
  // Nova Pro in eu-central-1 uses the book's "eu" row: $1.05 in, $4.20 out (us-east-1: $0.80 / $3.20).
  await expect(cell(page, 'prices-grid', 'bedrock/nova-pro@eu#input', 'value')).toHaveText('$1.05');
  await expect(cell(page, 'prices-grid', 'bedrock/nova-pro@eu#output', 'region')).toHaveText('eu');
  await expect(cell(page, 'prices-grid', 'bedrock/nova-pro@eu#output', 'status')).toHaveText('Listed');
  await page.getByTestId('prices-panel').scrollIntoViewIfNeeded();
  await shot(page, 'prices-promotion');
});

test('a PRICE_MISSING issue opens the missing price, and typing it fixes the plan', async ({ page }) => {
  const plan = JSON.parse(readFileSync(path.join(TEMPLATES, 'model-comparison.creditstack'), 'utf8'));
  plan.scenarios = plan.scenarios.filter((s: { id: string }) => s.id === 'sonnet');
  plan.scenarios[0].lines[0].model = 'acme-llm';
  await openText(page, 'acme.creditstack', JSON.stringify(plan));
  const issue = page.getByTestId('issue-row').filter({ hasText: 'acme-llm' }).first();
  await expect(issue).toHaveAttribute('data-code', 'PRICE_MISSING');
  await issue.click();
  await expect(page.getByTestId('prices-grid').locator('.ag-cell-focus[col-id="value"]')).toBeVisible();
  await expect(cell(page, 'prices-grid', 'bedrock/acme-llm#input', 'value')).toHaveText('missing');
  // Type $1 and $5 per 1M: 10M x 1 + 2M x 5 = $20 a day, $600 a month, $14,400 over 24 months.
  await page.keyboard.type('1');
  await page.keyboard.press('Enter');
  await typeInto(page, cell(page, 'prices-grid', 'bedrock/acme-llm#output', 'value'), '5');
  await expect(page.getByTestId('kpi-totalCost')).toHaveText('$14,400');
  await expect(page.getByTestId('issue-row').filter({ hasText: 'acme-llm' })).toHaveCount(0);
});

test('the model and instance pickers show their prices', async ({ page }) => {
  await cell(page, 'lines-grid', 'inference', 'model').dblclick();
  // Claude Sonnet 5 lists $3 per 1M input tokens and $15 per 1M output tokens (its regular price).
  await expect(
    page
      .locator('.ag-list-item, .ag-select-list-item')
      .filter({ hasText: 'Claude Sonnet 5 — $3 in / $15 out per 1M tokens' })
      .first(),
  ).toBeVisible();
  await shot(page, 'model-picker-prices');
  await page.keyboard.press('Escape');
});

test('Add pool offers the program first, and a program change carries the proposals along', async ({ page }) => {
  await page.getByTestId('add-pool').click();
  await expect(page.getByTestId('add-pool-founders')).toContainText('typically up to $5,000, valid 12 months');
  await page.getByTestId('add-pool-founders').click();
  await expect(cell(page, 'pools-grid', 'founders', 'name')).toHaveText('Activate Founders');
  await expect(cell(page, 'pools-grid', 'founders', 'amount')).toHaveText('$5,000.00');
  await expect(cell(page, 'pools-grid', 'founders', 'validityMonths')).toHaveText('12 mo');
  // Founders $5,000 (valid months 0-11) + Bedrock POC $25,000 against $1,800 a month: all $30,000 is
  // used (30,000 / 1,800 = 16.7 months, Founders' share long before month 12): cash 43,200 - 30,000 = $13,200.
  await expect(page.getByTestId('kpi-cashCost')).toHaveText('$13,200');
  // To Build for Startups: its name, $25,000 and 24 months, since none was changed by hand.
  const program = cell(page, 'pools-grid', 'founders', 'program');
  await program.dblclick();
  await page.locator('.ag-list-item, .ag-select-list-item').filter({ hasText: 'Build for Startups' }).first().click();
  await expect(cell(page, 'pools-grid', 'founders', 'name')).toHaveText('Build for Startups');
  await expect(cell(page, 'pools-grid', 'founders', 'amount')).toHaveText('$25,000');
  await expect(cell(page, 'pools-grid', 'founders', 'validityMonths')).toHaveText('24 mo');
  // A second pool may not take a name that is in use.
  await typeInto(page, cell(page, 'pools-grid', 'poc', 'name'), 'build for startups');
  await expect(page.getByTestId('notice')).toContainText(
    'there is already a pool named "Build for Startups" in this scenario',
  );
  await expect(cell(page, 'pools-grid', 'poc', 'name')).toHaveText('Bedrock POC');
});

test('the Bedrock details take a cache-write share, priced at the cache-write price', async ({ page }) => {
  // The Bedrock group opens on its chevron to show its details, cache-write share among them.
  await page.locator('.ag-header-group-cell[col-id^="group-bedrock"] .ag-header-expand-icon-collapsed').click();
  const share = await revealCell(page, 'lines-grid', 'inference', 'cacheWriteShare');
  // Absent from the file: no input tokens are written to the cache.
  await expect(share).toHaveText('0%');
  await typeInto(page, share, '20%');
  await expect(share).toHaveText('20%');
  // Sonnet 5 writes cost $3.75 per 1M against $3 input. Per day: 8M x $3 + 2M x $3.75 + 2M x $15
  // = 24 + 7.5 + 30 = $61.50; x 30 days = $1,845 a month; x 24 months = $44,280.
  await expect(page.getByTestId('kpi-totalCost')).toHaveText('$44,280');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect(page.getByTestId('kpi-totalCost')).toHaveText('$43,200');
});
