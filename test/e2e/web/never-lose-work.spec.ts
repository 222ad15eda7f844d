// Issue 11 in the browser edition: a picked file's size is checked before it is read.
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { openFile, shot, startApp, watchConsole } from './app-helpers';

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
      await expect(page.getByTestId('notice')).toContainText('huge.creditstack: the file is too large (700.0 MB; the limit is 50 MB)');
      await expect(page.getByTestId('notice')).not.toContainText('empty');
      await expect(page.getByTestId('doc-name')).toHaveText(before ?? '');
      await shot(page, 'too-large-file');
      expect(problems()).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
