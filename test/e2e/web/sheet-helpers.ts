// Steps of the spreadsheet tests: put a block on the system clipboard as a spreadsheet does
// (tab-separated text and/or an HTML table), paste it with the keyboard, read the clipboard back.
import path from 'node:path';
import { expect, type BrowserContext, type Locator, type Page } from '@playwright/test';
import { cell, openFile, TEMPLATES } from './app-helpers';

export async function allowClipboard(context: BrowserContext): Promise<void> {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
}

/** Writes the system clipboard: text/plain and/or text/html, as Excel or Google Sheets leave it. */
export async function setClipboard(page: Page, data: { text?: string; html?: string }): Promise<void> {
  await page.evaluate(async ({ text, html }) => {
    const parts: Record<string, Blob> = {};
    if (text !== undefined) parts['text/plain'] = new Blob([text], { type: 'text/plain' });
    if (html !== undefined) parts['text/html'] = new Blob([html], { type: 'text/html' });
    await navigator.clipboard.write([new ClipboardItem(parts)]);
  }, data);
}

export async function readClipboard(page: Page): Promise<{ text: string; html: string }> {
  return page.evaluate(async () => {
    const items = await navigator.clipboard.read();
    const read = async (type: string) =>
      items[0]?.types.includes(type) ? await (await items[0].getType(type)).text() : '';
    return { text: await read('text/plain'), html: await read('text/html') };
  });
}

/** Clicks a cell (the active cell) and pastes the clipboard there with Ctrl/Cmd+V. */
export async function pasteAt(page: Page, target: Locator, data: { text?: string; html?: string }): Promise<void> {
  await setClipboard(page, data);
  await target.click();
  await page.keyboard.press('ControlOrMeta+V');
}

export async function openSonnet(page: Page): Promise<void> {
  await openFile(page, path.join(TEMPLATES, 'model-comparison.creditstack'));
  await expect(page.getByTestId('doc-name')).toContainText('Opus, Sonnet or Haiku');
  await page.getByTestId('scenario-tab-sonnet').click();
  // Sonnet 5 (global endpoint): 10M in x $3 + 2M out x $15 = $60 a day, $1,800 a month, $43,200 over 24 months.
  await expect(page.getByTestId('kpi-totalCost')).toHaveText('$43,200');
  // The grids take a new scenario a task after the cards: start from the Sonnet line itself.
  await expect(cell(page, 'lines-grid', 'inference', 'name')).toHaveText('Claude Sonnet 5 inference');
}

/** The rows of a grid (not its total row), one name cell each. */
export const rowsOf = (page: Page, grid: string) =>
  page.getByTestId(grid).locator('[role="row"][row-id]:not([row-id="__total"]) [role="gridcell"][col-id="name"]');
