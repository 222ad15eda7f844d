// Shared steps of the browser end-to-end tests: open files through the file picker, read what
// downloads wrote, and fail on any request that leaves the local page.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, type Download, type Page } from '@playwright/test';

export const ROOT = path.resolve(import.meta.dirname, '../../..');
export const TEMPLATES = path.join(ROOT, 'assets/templates');
export const SHOTS = path.join(ROOT, 'test-results/screenshots');

/** Records every request; the app must never reach beyond the page's own origin. */
export function watchNetwork(page: Page): { external: () => string[]; all: () => string[] } {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return {
    all: () => [...urls],
    external: () => urls.filter((u) => !u.startsWith('http://127.0.0.1:4317/') && !u.startsWith('blob:') && !u.startsWith('data:')),
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
