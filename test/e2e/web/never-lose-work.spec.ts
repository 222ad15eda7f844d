// Issue 11 in the browser edition: recovery copies in IndexedDB, one per tab, kept while the
// restore offer is unanswered, failures said once; a picked file's size checked before reading.
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type BrowserContext, type Page } from '@playwright/test';
import {
  cell,
  openFile,
  openText,
  shot,
  startApp,
  storedCopies,
  TEMPLATES,
  typeInto,
  watchConsole,
  type StoredSummary,
} from './app-helpers';

/** Kills the tab's renderer (Chromium's own crash, no unload handlers run). */
async function crash(context: BrowserContext, page: Page): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const crashed = page.waitForEvent('crash');
  void cdp.send('Page.crash').catch(() => undefined);
  await crashed;
}

async function newTab(context: BrowserContext): Promise<Page> {
  const page = await context.newPage();
  await startApp(page);
  return page;
}

/** Renames the sample's first line, making the document dirty; a copy follows within ~3 s. */
async function renameLine(page: Page, name: string): Promise<void> {
  await typeInto(page, cell(page, 'lines-grid', 'sm-training', 'name'), name);
}

const marksOf = (copies: StoredSummary[]) => copies.map((c) => c.marks.join('+')).sort();

test.describe('recovery copies in IndexedDB', () => {
  test('a 6 MB workbook recovers after the tab crashes', async ({ context, page }) => {
    // 1,000 Sonnet lines (each 10M in x $3 + 2M out x $15 = $60 a day = $1,800 a month) with
    // 6,000-character notes: about 6 MB of workbook text, past localStorage's ~5 MB.
    const template = JSON.parse(readFileSync(path.join(TEMPLATES, 'model-comparison.creditstack'), 'utf8'));
    const sonnet = template.scenarios.find((s: { id: string }) => s.id === 'sonnet');
    const base = sonnet.lines[0];
    const note = 'Capacity note. '.repeat(400);
    sonnet.lines = Array.from({ length: 1000 }, (_, i) => ({
      ...base,
      id: `l${i}`,
      name: `Line ${i}`,
      fundedBy: null,
      notes: note,
    }));
    template.scenarios = [sonnet];
    const text = JSON.stringify(template);
    expect(text.length).toBeGreaterThan(6_000_000);

    await startApp(page);
    await openText(page, 'big.creditstack', text);
    // 1,000 x $1,800 x 24 months = $43,200,000.
    await expect(page.getByTestId('kpi-totalCost')).toHaveText('$43,200,000');
    await typeInto(page, cell(page, 'lines-grid', 'l0', 'name'), 'Edited before the crash');
    await expect
      .poll(
        async () =>
          (await storedCopies(page, ['Edited before the crash'])).filter(
            (c) => c.marks.length === 1 && c.bytes > 6_000_000,
          ).length,
        { timeout: 15_000 },
      )
      .toBe(1);

    await crash(context, page);
    const next = await newTab(context);
    const offer = next.getByTestId('recovery-offer');
    await expect(offer).toContainText('big.creditstack');
    await shot(next, 'recovery-offer-6mb');
    await next.getByTestId('recovery-restore').click();
    await expect(offer).toHaveCount(0);
    await expect(next.getByTestId('kpi-totalCost')).toHaveText('$43,200,000');
    await expect(cell(next, 'lines-grid', 'l0', 'name')).toContainText('Edited before the crash');
    // The restored work is now this tab's own copy; the crashed tab's copy is gone.
    await expect
      .poll(async () => (await storedCopies(next, ['Edited before the crash'])).map((c) => c.marks.length), {
        timeout: 15_000,
      })
      .toEqual([1]);
  });

  test("two tabs keep their own copies; one tab's Discard never removes the other's", async ({ context, page }) => {
    const MARKS = ['Tab A work', 'Tab B work'];
    await startApp(page);
    const tabB = await newTab(context);
    await renameLine(page, 'Tab A work');
    await renameLine(tabB, 'Tab B work');
    await expect
      .poll(async () => marksOf(await storedCopies(page, MARKS)), { timeout: 15_000 })
      .toEqual(['Tab A work', 'Tab B work']);

    // A third tab sees two live tabs' copies: nothing is offered.
    const tabC = await newTab(context);
    await expect(tabC.getByTestId('kpi-totalCost')).not.toHaveText('—');
    await tabC.waitForTimeout(500);
    await expect(tabC.getByTestId('recovery-offer')).toHaveCount(0);

    // Tab A crashes: its copy is offered to the next tab, and that tab's Discard removes only it.
    await crash(context, page);
    const tabD = await newTab(context);
    await expect(tabD.getByTestId('recovery-offer')).toBeVisible();
    await tabD.getByTestId('recovery-discard').click();
    await expect(tabD.getByTestId('recovery-offer')).toHaveCount(0);
    await expect.poll(async () => marksOf(await storedCopies(tabD, MARKS))).toEqual(['Tab B work']);
    // Tab B's work is untouched and still being copied.
    await renameLine(tabB, 'Tab B work, later');
    await expect
      .poll(async () => marksOf(await storedCopies(tabD, ['Tab B work, later'])), { timeout: 15_000 })
      .toContain('Tab B work, later');
  });

  test('while the restore offer is unanswered, new work gets its own copy and the offered copy stays', async ({
    context,
    page,
  }) => {
    const MARKS = ['Lost work', 'New work'];
    await startApp(page);
    await renameLine(page, 'Lost work');
    await expect.poll(async () => marksOf(await storedCopies(page, MARKS)), { timeout: 15_000 }).toEqual(['Lost work']);
    await crash(context, page);

    const second = await newTab(context);
    await expect(second.getByTestId('recovery-offer')).toContainText('Series A sample.creditstack');
    // The user works on without answering the banner.
    await typeInto(second, cell(second, 'lines-grid', 'endpoint-tickets', 'name'), 'New work');
    await expect
      .poll(async () => marksOf(await storedCopies(second, MARKS)), { timeout: 15_000 })
      .toEqual(['Lost work', 'New work']);
    await crash(context, second);

    // Both are offered, newest first, one at a time.
    const third = await newTab(context);
    await third.getByTestId('recovery-restore').click();
    await expect(cell(third, 'lines-grid', 'endpoint-tickets', 'name')).toContainText('New work');
    const fourth = await newTab(context);
    await fourth.getByTestId('recovery-restore').click();
    await expect(cell(fourth, 'lines-grid', 'sm-training', 'name')).toContainText('Lost work');
  });

  test('a copy that cannot be stored is reported once, and work goes on', async ({ context, page, baseURL }) => {
    // A site whose storage quota is used up. (Chromium fixes a database's quota when the browser
    // first opens it, so the override has to come before the app's first copy; that is why this
    // test cannot show an older copy surviving a later failure: IndexedDB's transactions do that.)
    const cdp = await context.newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(baseURL!).origin, quotaSize: 1 });
    await startApp(page);
    await renameLine(page, 'Not kept');
    const notice = page.getByTestId('notice');
    await expect(notice).toContainText(
      "Unsaved changes could not be copied for recovery: the browser's storage for this site is full. There is no earlier copy. Save to keep your work safe.",
      { timeout: 15_000 },
    );
    await shot(page, 'recovery-copy-failed');
    // Said once: the failures that follow (a copy is tried ~3 s after each change) do not repeat it.
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await renameLine(page, 'Still not kept');
    await page.waitForTimeout(4_500);
    await expect(notice).toHaveCount(0);
    expect(await storedCopies(page, [])).toEqual([]);
    // The work itself is on screen, unsaved, and can still be saved.
    await expect(cell(page, 'lines-grid', 'sm-training', 'name')).toContainText('Still not kept');
  });
});

test.describe('files that must not be read', () => {
  test('a 700 MB file is refused as too large, before it is read', async ({ page }) => {
    const dir = mkdtempSync(path.join(tmpdir(), 'cs-e2e-big-'));
    const big = path.join(dir, 'huge.creditstack');
    writeFileSync(big, '');
    // Sparse: the size is what the File object reports; no disk space is used. Reading it as text
    // fails in Chromium, which the old code reported as an empty file.
    truncateSync(big, 700 * 1024 * 1024);
    const problems = watchConsole(page);
    try {
      await startApp(page);
      const before = await page.getByTestId('doc-name').textContent();
      await openFile(page, big);
      // 700 MB = 734,003,200 bytes / 1,048,576 = 700.0 MB; the limit is 50 MB.
      await expect(page.getByTestId('notice')).toContainText(
        'huge.creditstack: the file is too large (700.0 MB; the limit is 50 MB)',
      );
      await expect(page.getByTestId('notice')).not.toContainText('empty');
      await expect(page.getByTestId('doc-name')).toHaveText(before ?? '');
      await shot(page, 'too-large-file');
      expect(problems()).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
