// Shared steps of the browser end-to-end tests: open files through the file picker, read what
// downloads wrote, and fail on any request that leaves the local page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Download, type Locator, type Page } from '@playwright/test';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const TEMPLATES = path.join(ROOT, 'assets/templates');
export const SHOTS = path.join(ROOT, 'test-results/screenshots');

/** Records every request; the app must never reach beyond the page's own origin. */
export function watchNetwork(page: Page): { external: () => string[]; all: () => string[] } {
  const origin = `http://127.0.0.1:${process.env.E2E_PORT ?? 4317}/`;
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return {
    all: () => [...urls],
    external: () => urls.filter((u) => !u.startsWith(origin) && !u.startsWith('blob:') && !u.startsWith('data:')),
  };
}

/** Fails the test on uncaught page errors or console errors. */
export function watchConsole(page: Page): () => string[] {
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console.error: ${m.text()}`);
  });
  return () => problems;
}

export async function startApp(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('kpi-totalCost')).not.toHaveText('—', { timeout: 15_000 });
}

export async function openFile(page: Page, filePath: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.locator('[data-command="file.open"]').click();
  await (await chooser).setFiles(filePath);
}

export async function openText(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.locator('[data-command="file.open"]').click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') });
}

/** A version 2 workbook file as the app saves one: a seed company with $100,000 of cash, no price overrides. */
export function workbookText(title: string, companyName: string, scenarios: unknown[]): string {
  return JSON.stringify({
    format: 'creditstack.workbook',
    version: 2,
    title,
    company: { name: companyName, stage: 'seed', cashOnHand: 100000, otherMonthlyBurn: 0 },
    priceOverrides: {},
    priceBook: null,
    scenarios,
  });
}

export async function downloadText(page: Page, trigger: () => Promise<void>): Promise<{ name: string; text: string }> {
  const pending = page.waitForEvent('download');
  await trigger();
  const download: Download = await pending;
  const file = await download.path();
  return { name: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
}

export async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
}

/**
 * A grid cell by row id and column id. The grids draw only the columns in view, so a cell of a
 * column off to the side exists only once the grid is scrolled to it: see revealCell.
 */
export function cell(page: Page, grid: string, rowId: string, colId: string): Locator {
  return page.getByTestId(grid).locator(`[role="row"][row-id="${rowId}"] [role="gridcell"][col-id="${colId}"]`).first();
}

/** Edits a cell as a user does: double-click, select all, type, Enter. */
export async function typeInto(page: Page, target: Locator, text: string): Promise<void> {
  await target.dblclick();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Scrolls a grid sideways, as a user would, until the cell is drawn; returns it. */
export async function revealCell(page: Page, grid: string, rowId: string, colId: string): Promise<Locator> {
  const target = cell(page, grid, rowId, colId);
  if ((await target.count()) > 0) return target;
  const scroller = page.getByTestId(grid).locator('.ag-body-horizontal-scroll-viewport');
  // The grid draws newly scrolled-in columns on the next frames.
  const frames = () =>
    page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
  await scroller.evaluate((el) => (el.scrollLeft = 0));
  await frames();
  for (let step = 0; step < 60 && (await target.count()) === 0; step++) {
    const moved = await scroller.evaluate((el) => {
      const before = el.scrollLeft;
      el.scrollLeft += 200;
      return el.scrollLeft !== before;
    });
    if (!moved) break;
    await frames();
  }
  await expect(target).toBeAttached();
  return target;
}

export interface StoredSummary {
  id: string;
  name: string;
  bytes: number;
  savedAt: string;
  marks: string[];
}

/** The recovery copies in IndexedDB, read from the page: which of `marks` each copy's text holds. */
export function storedCopies(page: Page, marks: string[]): Promise<StoredSummary[]> {
  return page.evaluate(
    (wanted) =>
      new Promise<StoredSummary[]>((resolve, reject) => {
        const open = indexedDB.open('creditstack', 1);
        // Same layout as the app's (web-recovery.ts), in case this runs first.
        open.onupgradeneeded = () => open.result.createObjectStore('recovery-copies', { keyPath: 'id' });
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('recovery-copies').objectStore('recovery-copies').getAll();
          all.onsuccess = () => {
            const rows = all.result as { id: string; name: string; text: string; savedAt: string }[];
            open.result.close();
            resolve(
              rows.map((r) => ({
                id: r.id,
                name: r.name,
                bytes: r.text.length,
                savedAt: r.savedAt,
                marks: wanted.filter((m) => r.text.includes(m)),
              })),
            );
          };
          all.onerror = () => reject(all.error);
        };
      }),
    marks,
  );
}
