/**
 * The browser's age and the day, pinned (tests/e2e/environment.ts): an abandoned browser is named beside
 * the trouble it can cause and nowhere else, and the key paths give the same answers a year from now.
 */
import { resolve } from 'node:path';
import { afterEach, beforeAll, afterAll, describe, expect, it } from 'vitest';
import { on, type PinnedEnvironment } from './environment';
import { launchWithExtension, QUIET_MS, startFixtureServer, tabIdOf, waitForMarker, type ExtensionBrowser, type FixtureServer } from './harness';

const EXTENSION = process.env.LR_EXTENSION ?? resolve('.output/chrome-mv3');
/** The days and versions these tests are about, fixed: their answers never depend on the day they run. */
const TODAY = '2026-12-07';
const A_YEAR_ON = '2027-12-07';
/** Chrome's release on each day (153 on 2026-09-08, then every two weeks): 159 on 2026-12-01, 183 in 2027. */
const CURRENT_TODAY = 159;
const CURRENT_A_YEAR_ON = 183;
/** Released in June 2026: a browser left behind half a year. */
const ABANDONED = 146;
const WRONG_PASSWORD = 'https://login.aliexpress.com/?return_url=https%3A%2F%2Fja.aliexpress.com%2F';
const SLIDER = 'https://login.aliexpress.com/?return_url=https%3A%2F%2Fwww.aliexpress.com%2F';

let server: FixtureServer;
let browser: ExtensionBrowser | undefined;

beforeAll(async () => {
  server = await startFixtureServer();
});
afterEach(async () => {
  await browser?.close();
  browser = undefined;
});
afterAll(async () => {
  await server?.close();
});

/** What the tab's frames reported, before the tab's rules chose what to show (session storage). */
async function reported(b: ExtensionBrowser, tabId: number): Promise<string[]> {
  const worker = b.context.serviceWorkers()[0]!;
  return worker.evaluate(async (id) => {
    const api = (globalThis as unknown as { chrome: { storage: { session: { get(k: string): Promise<Record<string, unknown>> } } } }).chrome;
    const frames = (await api.storage.session.get(`tab-findings-${id}`))[`tab-findings-${id}`] as Record<string, { findings: Array<{ id: string }> }> | undefined;
    return Object.values(frames ?? {}).flatMap((frame) => frame.findings.map((f) => f.id)).sort();
  }, tabId);
}

async function visit(b: ExtensionBrowser, url: string, file: string, expected: string[]) {
  server.route(url, { file: `tests/fixtures/own/aliexpress/${file}` });
  const page = await b.context.newPage();
  await page.goto(url);
  const ids = await waitForMarker(page, (shown) => JSON.stringify(shown) === JSON.stringify(expected));
  return { page, ids, tabId: await tabIdOf(b, url) };
}

async function launch(environment: PinnedEnvironment) {
  browser = await launchWithExtension({ extensionDir: EXTENSION, port: server.port, environment });
  return browser;
}

describe('a browser that stopped updating', () => {
  it('is named beside a stuck slider, and not beside a wrong password', async () => {
    const b = await launch(on(TODAY, ABANDONED));
    const slider = await visit(b, SLIDER, 'login-slider-fail-en.html', ['outdated-browser', 'slider-stuck']);
    expect(slider.ids).toEqual(['outdated-browser', 'slider-stuck']);
    await slider.page.close();

    const wrong = await visit(b, WRONG_PASSWORD, 'login-wrong-password-ja.html', ['wrong-password']);
    // The frame did report the old browser: the tab shows it only where it is a cause, however long
    // the page is watched (past every timer of the extension's scripts).
    await expect.poll(() => reported(b, wrong.tabId)).toEqual(['outdated-browser', 'wrong-password']);
    expect(await waitForMarker(wrong.page, (shown) => shown.includes('outdated-browser'), QUIET_MS)).toEqual(['wrong-password']);
    await wrong.page.close();
  });
});

describe('a year from now', () => {
  it('the cards and the popup give the same answers, and a browser that updates stays up to date', async () => {
    const b = await launch(on(A_YEAR_ON, CURRENT_A_YEAR_ON));
    // The harness's own check: the extension's clock is the pinned day's.
    expect(await b.context.serviceWorkers()[0]!.evaluate(() => new Date().toISOString().slice(0, 10))).toBe(A_YEAR_ON);

    const slider = await visit(b, SLIDER, 'login-slider-fail-en.html', ['slider-stuck']);
    expect(slider.ids).toEqual(['slider-stuck']);
    await expect.poll(() => reported(b, slider.tabId)).toEqual(['slider-stuck']);
    await slider.page.close();

    const wrong = await visit(b, WRONG_PASSWORD, 'login-wrong-password-ja.html', ['wrong-password']);
    expect(wrong.ids).toEqual(['wrong-password']);
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${wrong.tabId}`);
    await expect.poll(() => popup.locator('section[data-finding="wrong-password"]').count()).toBe(1);
    await expect.poll(() => popup.locator('[data-version-line]').textContent()).toMatch(/Up to date|最新です/);
    await popup.close();
    await wrong.page.close();
  });

  it('a browser still on today\'s release is then outdated: named beside the stuck slider, and in the popup', async () => {
    const b = await launch(on(A_YEAR_ON, CURRENT_TODAY));
    const slider = await visit(b, SLIDER, 'login-slider-fail-en.html', ['outdated-browser', 'slider-stuck']);
    expect(slider.ids).toEqual(['outdated-browser', 'slider-stuck']);
    const popup = await b.context.newPage();
    await popup.goto(`chrome-extension://${b.extensionId}/popup.html?tabId=${slider.tabId}`);
    await expect.poll(() => popup.locator('[data-version-line]').textContent()).toMatch(/24 versions behind|24バージョン遅れ/);
    await popup.close();
    await slider.page.close();
  });
});
