/**
 * Installing and starting (issue 13): a tab of a supported site that was open before the extension came
 * gets its card without a reload; a fresh profile's very first page gets its card, launch after launch;
 * the popup of a supported tab where the extension's scripts cannot run says to reload, not "nothing
 * found". In Debian's Chromium.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STRINGS } from '@/components/popup/strings';
import { currentChromium, pinEnvironment } from './environment';
import { CHROME_BUILD, CHROMIUM, chromiumFlags, launchChromium, launchWithExtension, startFixtureServer, tabIdOf, waitForMarker, type FixtureServer } from './harness';

/** An AliExpress home page (not a sign-in address: no script is declared for it) with the lock notice
 *  open from the start. */
const LOCKED_HOME = 'https://ja.aliexpress.com/';
/** A sign-in address whose page did not load (the browser shows its own error page there). */
const FAILED_SIGNIN = 'https://login.aliexpress.com/buyer.htm?return=unreachable';
const LAUNCHES = 12;

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  server.route(LOCKED_HOME, { file: 'tests/fixtures/browser/aliexpress-home-lock-verify.html' });
  // FAILED_SIGNIN has no route: an empty 404, which Chromium replaces with its error page.
});

afterAll(async () => {
  await server?.close();
});

/** Chromium without any extension, with the DevTools protocol on a port and extensions loadable through
 *  it (Extensions.loadUnpacked, Chrome 126+), as a user's browser before the install; the identity and
 *  clock of the extension it will load are pinned (tests/e2e/environment.ts) as launchChromium's are. */
async function chromiumForLaterInstall(port: number): Promise<{ browser: Browser; close(): Promise<void> }> {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'login-rescue-install-'));
  const child: ChildProcess = spawn(
    CHROMIUM,
    [
      '--headless',
      '--remote-debugging-port=0',
      '--enable-unsafe-extension-debugging',
      `--user-data-dir=${userDataDir}`,
      '--ignore-certificate-errors',
      ...chromiumFlags(port, 'en-US'),
      'about:blank',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const stop = async () => {
    if (child.exitCode === null) {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill();
      await Promise.race([exited, new Promise((done) => setTimeout(done, 5000))]);
    }
    await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  };
  try {
    const endpoint = await new Promise<string>((found, fail) => {
      let said = '';
      const timer = setTimeout(() => fail(new Error(`Chromium gave no DevTools address: ${said}`)), 15_000);
      child.stderr!.on('data', (chunk: Buffer) => {
        said += chunk.toString();
        const match = /DevTools listening on (ws:\/\/\S+)/.exec(said);
        if (match) {
          clearTimeout(timer);
          found(match[1]!);
        }
      });
      child.once('exit', (code) => fail(new Error(`Chromium exited (${code}): ${said}`)));
    });
    const browser = await chromium.connectOverCDP(endpoint);
    // Before the extension comes: its worker is pinned as it starts, its pages by their init script.
    await pinEnvironment(browser.contexts()[0]!, currentChromium());
    return {
      browser,
      async close() {
        await browser.close().catch(() => undefined);
        await stop();
      },
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

describe('install and start', () => {
  it('a tab of a supported site open before the extension is loaded gets its card without a reload', async () => {
    const { browser, close } = await chromiumForLaterInstall(server.port);
    try {
      const context = browser.contexts()[0]!;
      const page = await context.newPage();
      await page.goto(LOCKED_HOME, { waitUntil: 'load' });
      await page.evaluate(() => ((window as unknown as { openBeforeInstall: boolean }).openBeforeInstall = true));
      expect(await page.locator('login-rescue-tips').count()).toBe(0);

      const cdp = await browser.newBrowserCDPSession();
      const { id } = await cdp.send('Extensions.loadUnpacked' as never, { path: CHROME_BUILD } as never) as { id: string };
      expect(id).toMatch(/^[a-p]{32}$/);

      const found = await waitForMarker(page, (ids) => ids.includes('account-locked'), 15_000);
      console.log(`before-load tab: ${found.includes('account-locked') ? 'card shown' : 'no card'} (${JSON.stringify(found)})`);
      expect(found).toEqual(['account-locked']);
      // The same document: never reloaded.
      expect(await page.evaluate(() => (window as unknown as { openBeforeInstall?: boolean }).openBeforeInstall ?? false)).toBe(true);
      expect(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).type)).toBe('navigate');
      await cdp.detach();
    } finally {
      await close();
    }
  }, 60_000);

  it(`a fresh profile's first page with a lock notice gets its card, ${LAUNCHES} launches out of ${LAUNCHES}`, async () => {
    const results: boolean[] = [];
    for (let i = 0; i < LAUNCHES; i++) {
      // The extension's worker is not waited for: the page is opened the moment the browser is up.
      const browser = await launchChromium({ port: server.port, extensionDir: CHROME_BUILD });
      try {
        // The user's first page: the browser's first tab, not the welcome page the install opens beside it.
        const page = browser.context.pages().find((p) => !p.url().endsWith('/welcome.html')) ?? (await browser.context.newPage());
        await page.goto(LOCKED_HOME, { waitUntil: 'domcontentloaded' });
        const ids = await waitForMarker(page, (found) => found.includes('account-locked'), 10_000);
        results.push(ids.includes('account-locked'));
      } finally {
        await browser.close();
      }
    }
    const found = results.filter(Boolean).length;
    console.log(`first page of a fresh profile: card found in ${found} of ${LAUNCHES} launches (${results.map((r) => (r ? '✓' : '✗')).join('')})`);
    expect(found).toBe(LAUNCHES);
  }, 240_000);

  it('the popup of a supported tab where the scripts cannot run (the page failed to load) says to reload, not "nothing found"', async () => {
    const browser = await launchWithExtension({ extensionDir: CHROME_BUILD, port: server.port });
    try {
      const page = await browser.context.newPage();
      // The sign-in address failed: the tab shows the browser's error page, where no extension may run.
      await page.goto(FAILED_SIGNIN).catch(() => undefined);
      await expect.poll(() => page.evaluate(() => location.href).catch(() => '')).toMatch(/^chrome-error:/);
      const tabId = await tabIdOf(browser, FAILED_SIGNIN);
      const popup = await browser.context.newPage();
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
      const main = popup.locator('main');
      await expect.poll(() => main.textContent(), { timeout: 10_000 }).toContain(STRINGS.en.unreachable);
      expect(await main.textContent()).not.toContain(STRINGS.en.nothingDetected);
      expect(await popup.locator('h1').textContent()).toContain('AliExpress');
    } finally {
      await browser.close();
    }
  }, 60_000);
});
