/** Updating or reloading the extension while a page is open: the orphaned content script stops (no
 *  errors in the page's console, no observer or listener left reacting). Headless Chromium does not bring
 *  an unpacked extension back after `runtime.reload()`, so "a reopened page works" is checked by every
 *  other browser test opening pages afresh, not here. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { CHROME_BUILD, launchWithExtension, startFixtureServer, waitForMarker, watchQuiet, type ExtensionBrowser, type FixtureServer } from './harness';
import { cardFrame } from './card-frame';

const LOCKED = 'https://login.aliexpress.com/buyer.htm';
let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  server.route(LOCKED, { file: 'tests/fixtures/browser/aliexpress-login-locked.html' });
  browser = await launchWithExtension({ extensionDir: CHROME_BUILD, port: server.port });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

it('reloading the extension leaves the open page quiet', async () => {
  const page = await browser.context.newPage();
  const problems: string[] = [];
  page.on('console', (m) => {
    // The page's own missing favicon is the page's business.
    const pageResource = m.text().startsWith('Failed to load resource') && !m.location().url.startsWith('chrome-extension://');
    if (m.type() === 'error' && !pageResource) problems.push(`${m.text()} (${m.location().url})`);
  });
  page.on('pageerror', (e) => problems.push(String(e)));
  await page.goto(LOCKED);
  await waitForMarker(page, (ids) => ids.length > 0);
  // The card drawn and its page loaded first: a card page still loading its own files when its extension goes
  // is refused them by the browser (ERR_BLOCKED_BY_CLIENT), which says nothing of the orphaned script (a
  // loaded machine made this test fail on that race).
  await (await cardFrame(page)).waitForLoadState('load');

  const worker = browser.context.serviceWorkers()[0]!;
  // The worker goes away with the reload, so the call itself may never answer: what is awaited is the
  // worker gone (headless Chromium does not start the unpacked extension again).
  void worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
  await expect.poll(() => browser.context.serviceWorkers().includes(worker), { timeout: 10_000 }).toBe(false);

  // The orphaned content script must not react any more: changes, keys and typing in the old page.
  await page.evaluate(() => {
    for (let i = 0; i < 50; i++) document.body.appendChild(document.createElement('p')).textContent = `change ${i}`;
  });
  await page.focus('#fm-login-password');
  await page.keyboard.type('abc');
  // Watched past every timer of the scripts: an orphaned script that still reacts reports an error.
  await watchQuiet(async () => problems.length, (n) => n > 0);
  expect(problems, problems.join("\n")).toEqual([]);

  await page.close();
});
