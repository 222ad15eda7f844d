// The content security policy, proved from inside the page: eval is refused AND the browser
// reports the refusal as a securitypolicyviolation event (which only the policy raises; code run
// through DevTools would not be refused at all), Trusted Types refuse markup strings and foreign
// script URLs, and a whole session of ordinary use raises no other violation.
import { expect, test, type Page } from '@playwright/test';
import { cell, startApp, typeInto } from './app-helpers';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

/** Records every CSP violation the page reports, from before its first script runs. */
async function recordViolations(page: Page): Promise<() => Promise<Violation[]>> {
  await page.addInitScript(() => {
    const seen: { directive: string; blocked: string; sample: string }[] = [];
    (window as unknown as { __violations: typeof seen }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample }),
    );
  });
  return () => page.evaluate(() => [...(window as unknown as { __violations: Violation[] }).__violations]);
}

test('the page refuses eval, markup strings and foreign scripts, and reports each refusal', async ({ page }) => {
  const violations = await recordViolations(page);
  await startApp(page);
  // Ordinary use: edit a line, open the charts and the month grid. Nothing here may be refused.
  await typeInto(page, cell(page, 'lines-grid', 'sm-training', 'name'), 'Fine-tuning, second try');
  await page.getByRole('tab', { name: 'Charts' }).click();
  await page.getByRole('tab', { name: 'Month by month' }).click();
  await page.getByRole('tab', { name: 'Compare', exact: true }).click();
  await page.getByRole('tab', { name: 'Workbook', exact: true }).click();
  await page.waitForTimeout(500);
  expect(await violations()).toEqual([]);

  // Each attempt runs in a task of the page's own event loop (a timer callback), not inside
  // DevTools' evaluation: Runtime.evaluate lets eval through whatever the policy says
  // (allowUnsafeEvalBlockedByCSP), which is how an eval check can pass with no policy at all.
  const refused = await page.evaluate(async () => {
    const inPageTask = (f: () => unknown) =>
      new Promise<string>((resolve) =>
        setTimeout(() => {
          try {
            const value = f();
            resolve(typeof value === 'string' ? value : 'allowed');
          } catch (e) {
            resolve((e as Error).name);
          }
        }, 0),
      );
    return {
      eval: await inPageTask(() => eval('1 + 1')),
      newFunction: await inPageTask(() => new Function('return 1')()),
      // Markup passes the sanitising default policy: the handler, the script and the javascript: URL are gone.
      innerHTML: await inPageTask(() => {
        const div = document.createElement('div');
        div.innerHTML =
          '<b onclick="window.__pwned=1">bold</b><script>window.__pwned=1</script><a href="javascript:window.__pwned=1">x</a>';
        return div.innerHTML;
      }),
      foreignWorker: await inPageTask(() => new Worker('https://evil.example/worker.js')),
      blobScript: await inPageTask(() => {
        const s = document.createElement('script');
        s.src = URL.createObjectURL(new Blob(['window.__pwned=1'], { type: 'text/javascript' }));
      }),
    };
  });
  expect(refused).toEqual({
    eval: 'EvalError',
    newFunction: 'EvalError',
    innerHTML: '<b>bold</b><a>x</a>',
    foreignWorker: 'TypeError',
    blobScript: 'TypeError',
  });
  // The browser reports why. eval and new Function: Trusted Types (no policy makes a TrustedScript),
  // before script-src (no 'unsafe-eval', checked in test/electron/main/content-security-policy.test.ts)
  // is even asked; without Trusted Types these two read "script-src eval". The onclick in the markup:
  // the inert document the sanitiser parses carries the page's policy, which refuses inline handlers.
  // The two script URLs are refused by the default policy itself (TypeError, no report).
  await expect
    .poll(async () => (await violations()).map((v) => `${v.directive} ${v.blocked}`))
    .toEqual([
      'require-trusted-types-for trusted-types-sink',
      'require-trusted-types-for trusted-types-sink',
      'script-src-attr inline',
    ]);
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
});
