// The command registry in the browser: the keys the desktop menu shows (Ctrl/Cmd+Enter adds a
// line, Ctrl/Cmd+Shift+D duplicates, Ctrl/Cmd+Delete deletes, Ctrl/Cmd+1..6 the View items) act as the
// menu items do, row keys belong to the focused grid, and one key press is one undo step.
import { expect, test, type Page } from '@playwright/test';
import { cell, shot, startApp, watchConsole } from './app-helpers';

const rows = (page: Page, grid: string, id: string) => page.getByTestId(grid).locator(`[role="row"][row-id="${id}"]`);
const focusedIn = (page: Page, panel: string) =>
  page.evaluate((p) => document.activeElement?.closest(`[data-panel="${p}"]`) !== null, panel);

test.describe('commands', () => {
  test('row keys act on the focused grid; the View keys bring each panel forward', async ({ page }) => {
    const problems = watchConsole(page);
    await startApp(page);
    // Aurora is a service line: Ctrl/Cmd+Enter adds a service line below it, focused on its name.
    await cell(page, 'lines-grid', 'aurora', 'name').click();
    await page.keyboard.press('ControlOrMeta+Enter');
    await expect(rows(page, 'lines-grid', 'service-1').first()).toBeVisible();
    await expect(
      page.getByTestId('lines-grid').locator('[row-id="service-1"] .ag-cell-focus[col-id="name"]'),
    ).toBeVisible();
    // The new line sits right after Aurora.
    const rowIndex = async (id: string) => Number(await rows(page, 'lines-grid', id).first().getAttribute('row-index'));
    expect(await rowIndex('service-1')).toBe((await rowIndex('aurora')) + 1);
    // Ctrl/Cmd+Shift+D duplicates (Ctrl/Cmd+D alone fills down, as in spreadsheets).
    await page.keyboard.press('ControlOrMeta+Shift+D');
    await expect(rows(page, 'lines-grid', 'service-2').first()).toBeVisible();
    await page.keyboard.press('ControlOrMeta+Delete');
    await expect(rows(page, 'lines-grid', 'service-2')).toHaveCount(0);

    // The same key in the pools grid adds a pool, not a line.
    const linesBefore = await page.locator('.lines-panel .grid-count').textContent();
    await cell(page, 'pools-grid', 'build', 'name').click();
    await page.keyboard.press('ControlOrMeta+Enter');
    // Series A has a pool "portfolio" already: the new Activate Portfolio pool is portfolio-2.
    await expect(rows(page, 'pools-grid', 'portfolio-2').first()).toBeVisible();
    await expect(page.locator('.lines-panel .grid-count')).toHaveText(linesBefore!);

    // View items: Ctrl/Cmd+3 puts the keyboard in the assumptions grid, 5 opens Compare, 1 comes back to the lines.
    await page.keyboard.press('ControlOrMeta+3');
    await expect.poll(() => focusedIn(page, 'assumptions')).toBe(true);
    await page.keyboard.press('ControlOrMeta+6');
    await expect.poll(() => focusedIn(page, 'issues')).toBe(true);
    await page.keyboard.press('ControlOrMeta+5');
    await expect(page.getByTestId('view-compare')).toHaveAttribute('aria-selected', 'true');
    await page.keyboard.press('ControlOrMeta+1');
    await expect(page.getByTestId('view-workbook')).toHaveAttribute('aria-selected', 'true');
    await expect.poll(() => focusedIn(page, 'lines')).toBe(true);
    await shot(page, 'commands-after-view-keys');

    // In a new, empty scenario the first pool added takes the keyboard too.
    await page.getByTestId('add-scenario').click();
    await page.getByTestId('add-pool').click();
    await page.getByTestId('add-pool-founders').click();
    await expect(
      page.getByTestId('pools-grid').locator('[row-id="founders"] .ag-cell-focus[col-id="name"]'),
    ).toBeVisible();
    expect(problems()).toEqual([]);
  });

  test('Ctrl/Cmd+Z on a checkbox cell undoes one step, not two', async ({ page }) => {
    await startApp(page);
    await cell(page, 'pools-grid', 'build', 'name').click();
    await page.getByTestId('add-pool').click();
    await page.getByTestId('add-pool-portfolio').click();
    await expect(rows(page, 'pools-grid', 'portfolio-2').first()).toBeVisible();
    // Untick "included" of the Build pool, then undo once: the new pool must stay.
    const included = cell(page, 'pools-grid', 'build', 'included');
    await included.locator('input[type="checkbox"]').click();
    await expect(page.getByTestId('notice')).toHaveCount(0);
    await included.locator('input[type="checkbox"]').focus();
    await page.keyboard.press('ControlOrMeta+Z');
    await expect(page.getByTestId('notice')).toContainText('Undid: Edit');
    await expect(rows(page, 'pools-grid', 'portfolio-2').first()).toBeVisible();
  });
});
