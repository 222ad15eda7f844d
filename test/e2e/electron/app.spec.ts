// The desktop app end to end: launch with a workbook argument, check the locked-down settings
// from inside the page and from the main process, edit a line, save, and check the file, its
// .bak and the window title. Needs an Electron binary (ELECTRON_PATH, or node_modules/electron
// with its downloaded dist/) and the built app; without them it skips and says why.
import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findElectronBinary } from '../../../electron/find-electron-binary.mjs';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const MAIN = path.join(ROOT, 'dist/electron/main.cjs');
const SAMPLE = path.join(ROOT, 'assets/templates/series-a.creditstack');

const found = findElectronBinary(ROOT);
const built = existsSync(MAIN) && existsSync(path.join(ROOT, 'dist/renderer/index.html'));
const exe = found.path !== null && built ? found.path : null;
const reason =
  found.path === null
    ? found.reason
    : 'the app is not built (run `npm run build:renderer && npm run build:electron` first)';
if (!exe) console.warn(`[electron e2e] SKIP: ${reason}`);

test.describe('desktop app', () => {
  test.skip(!exe, reason);

  let app: ElectronApplication;
  let page: Page;
  let workDir: string;
  let workbook: string;
  const requests: string[] = [];

  test.beforeAll(async () => {
    workDir = mkdtempSync(path.join(os.tmpdir(), 'creditstack-e2e-'));
    workbook = path.join(workDir, 'series-a.creditstack');
    copyFileSync(SAMPLE, workbook);
    app = await electron.launch({
      executablePath: exe as string,
      // --no-sandbox: CI containers run as root, where Chromium's own sandbox cannot start.
      args: ['--no-sandbox', MAIN, workbook],
      cwd: ROOT,
      env: {
        ...process.env,
        CREDITSTACK_USER_DATA: path.join(workDir, 'user-data'),
        ELECTRON_ENABLE_SECURITY_WARNINGS: 'true',
      },
    });
    page = await app.firstWindow();
    page.on('request', (request) => requests.push(request.url()));
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    rmSync(workDir, { recursive: true, force: true });
  });

  const title = () => app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '');

  test('the page has no Node, no eval, and only the api the preload builds', async () => {
    expect(page.url()).toBe('app://creditstack/index.html');
    const globals = await page.evaluate(() => {
      const g = globalThis as Record<string, unknown>;
      return [typeof g.require, typeof g.process, typeof g.module, typeof g.Buffer];
    });
    expect(globals).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);
    const apiKeys = await page.evaluate(() => Object.keys((globalThis as { api?: object }).api ?? {}).sort());
    expect(apiKeys).toEqual([
      'answerRecovery',
      'exportCsv',
      'onMenuCommand',
      'onWorkbookOpened',
      'openWorkbook',
      'readRecovery',
      'saveWorkbook',
      'saveWorkbookAs',
      'setDocumentState',
      'takePendingWorkbooks',
      'writeRecovery',
    ]);
    // From the page's own event loop (a timer task), not inside DevTools' evaluation, which lets
    // eval through whatever the policy says; and the policy itself reports each refusal.
    const evalBlocked = await page.evaluate(async () => {
      const reported: string[] = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        reported.push(`${e.effectiveDirective} ${e.blockedURI}`),
      );
      const inPageTask = (f: () => unknown) =>
        new Promise<string>((resolve) =>
          setTimeout(() => {
            try {
              f();
              resolve('allowed');
            } catch (e) {
              resolve((e as Error).name);
            }
          }, 0),
        );
      const results = [await inPageTask(() => eval('1')), await inPageTask(() => new Function('return 1')())];
      await new Promise((resolve) => setTimeout(resolve, 100));
      return { results, reported };
    });
    expect(evalBlocked).toEqual({
      results: ['EvalError', 'EvalError'],
      // Trusted Types refuses first (see test/e2e/web/security.spec.ts); both are the header policy's doing.
      reported: ['require-trusted-types-for trusted-types-sink', 'require-trusted-types-for trusted-types-sink'],
    });
  });

  test('every window is sandboxed and isolated', async () => {
    // getLastWebPreferences() is what Electron itself reads back; it is not in the public typings.
    type Prefs = Record<string, unknown>;
    const prefs = await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows().map((w) => {
        const contents = w.webContents as unknown as { getLastWebPreferences?: () => Prefs | null };
        const p = contents.getLastWebPreferences?.() ?? {};
        return {
          contextIsolation: p.contextIsolation,
          sandbox: p.sandbox,
          nodeIntegration: p.nodeIntegration,
          webSecurity: p.webSecurity,
        };
      }),
    );
    expect(prefs.length).toBeGreaterThan(0);
    for (const p of prefs)
      expect(p).toEqual({ contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true });
  });

  test('navigation, new windows and outside requests are refused', async () => {
    expect(await page.evaluate(() => window.open('https://example.com'))).toBeNull();
    await page.evaluate(() => {
      location.href = 'https://example.com/';
    });
    await page.evaluate(() =>
      fetch('file:///etc/passwd').then(
        () => 'loaded',
        () => 'refused',
      ),
    );
    expect(page.url()).toBe('app://creditstack/index.html');
    expect(await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)).toBe(1);
    const traversal = await page.evaluate(() =>
      fetch('app://creditstack/%2e%2e/%2e%2e/package.json').then((r) => r.status),
    );
    expect(traversal).toBe(404);
    // Whatever the page tried, nothing left the app's own scheme.
    expect(requests.filter((url) => !/^(app:\/\/creditstack\/|data:|blob:)/.test(url))).toEqual([]);
  });

  test('the workbook given on the command line opens, and an edit saves with a .bak', async () => {
    await expect.poll(title).toBe('series-a.creditstack — CreditStack');
    const original = readFileSync(workbook);

    // Rename the first line in the grid.
    const cell = page.locator('[role="gridcell"][col-id="name"]').first();
    await cell.dblclick();
    await page.keyboard.press('End');
    await page.keyboard.type(' edited');
    await page.keyboard.press('Enter');
    await expect.poll(title).toBe('• series-a.creditstack — CreditStack');

    // File > Save, as the menu sends it.
    await app.evaluate(({ BrowserWindow }) =>
      BrowserWindow.getAllWindows()[0].webContents.send('menu:command', 'file.save'),
    );
    await expect.poll(title).toBe('series-a.creditstack — CreditStack');
    expect(readFileSync(workbook, 'utf8')).toContain(' edited');
    expect(readFileSync(`${workbook}.bak`).equals(original)).toBe(true);
  });
});
