/**
 * The popup in a real browser: findings, badge, version line, and the site-data reset against real
 * cookies and storage (exactly AliExpress's go, Amazon's and an unrelated site's stay; undo restores).
 */
import { resolve } from 'node:path';
import type { Cookie, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD, contentStats, IN_A_YEAR, inContentWorld, launchWithExtension, startFixtureServer, tabIdOf, waitForMarker, type ExtensionBrowser, type FixtureServer } from './harness';

const ALI_LOGIN = 'https://login.aliexpress.com/';
const ALI_LOCKED = 'https://login.aliexpress.com/buyer.htm?return=x';
const AMAZON = 'https://www.amazon.co.jp/gp/css/homepage.html';
const OTHER = 'https://www.example.org/';

const extensionRequests: string[] = [];
/** The badge API as seen inside the service worker (evaluate() runs there). */
declare const chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } };

let server: FixtureServer;
let browser: ExtensionBrowser;

const ALI_COOKIES = [
  { name: 'host_only', value: 'h1', url: 'https://login.aliexpress.com/', httpOnly: false, secure: true, sameSite: 'Lax' as const, expires: IN_A_YEAR },
  { name: 'xman_t', value: 'd1', domain: '.aliexpress.com', path: '/', httpOnly: true, secure: true, sameSite: 'None' as const, expires: IN_A_YEAR },
  { name: 'session_only', value: 's1', domain: '.aliexpress.com', path: '/', httpOnly: false, secure: false, sameSite: 'Lax' as const },
  { name: '__Host-lr', value: 'hh', url: 'https://login.aliexpress.com/', httpOnly: true, secure: true, sameSite: 'Strict' as const, expires: IN_A_YEAR },
  { name: 'us_site', value: 'u1', domain: '.aliexpress.us', path: '/', httpOnly: false, secure: true, sameSite: 'Lax' as const, expires: IN_A_YEAR },
];
const OTHER_COOKIES = [
  { name: 'session-id', value: 'amz', domain: '.amazon.co.jp', path: '/', httpOnly: false, secure: true, sameSite: 'Lax' as const, expires: IN_A_YEAR },
  { name: 'other', value: 'o1', domain: 'www.example.org', path: '/', httpOnly: false, secure: true, sameSite: 'Lax' as const, expires: IN_A_YEAR },
];

const aliCookies = (all: Cookie[]) => all.filter((c) => /aliexpress\.(com|us|ru)$/.test(c.domain));
const comparable = (c: Cookie) => ({ name: c.name, value: c.value, domain: c.domain, path: c.path, expires: Math.round(c.expires), httpOnly: c.httpOnly, secure: c.secure, sameSite: c.sameSite });
const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);

async function worker(): Promise<Worker> {
  return browser.context.serviceWorkers()[0] ?? browser.context.waitForEvent('serviceworker');
}


/** The undo is the first thing under the popup's title, its button inside the first screen (380×600). */
async function expectUndoAtTop(popup: Page): Promise<void> {
  await popup.setViewportSize({ width: 380, height: 600 });
  const bar = popup.locator('[data-undo-bar]');
  await expect.poll(() => bar.count()).toBe(1);
  expect(await popup.evaluate(() => document.querySelector('main > header')?.nextElementSibling?.hasAttribute('data-undo-bar'))).toBe(true);
  const undo = await bar.getByRole('button', { name: 'Undo' }).boundingBox();
  expect(undo!.y + undo!.height).toBeLessThan(200);
  expect(await bar.textContent()).toMatch(/You can undo until \d\d:\d\d/);
}

async function openPopup(tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  return popup;
}

beforeAll(async () => {
  server = await startFixtureServer();
  server.route(ALI_LOGIN, { file: 'tests/fixtures/browser/aliexpress-login.html' });
  server.route(ALI_LOCKED, { file: 'tests/fixtures/browser/aliexpress-login-locked.html' });
  server.route(AMAZON, '<!doctype html><title>Amazon</title><p>アカウントサービス</p>');
  server.route(OTHER, '<!doctype html><title>Other</title><p>other</p>');
  browser = await launchWithExtension({ extensionDir: CHROME_BUILD, port: server.port });
  // Every request a popup page makes (it runs with the extension's privileges).
  browser.context.on('request', (request) => {
    const origin = request.serviceWorker()?.url() ?? request.frame().url();
    if (origin.startsWith('chrome-extension://')) extensionRequests.push(request.url());
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('popup', () => {
  it('lists the tab findings, sets the badge, names the browser and its version', async () => {
    const page = await browser.context.newPage();
    await page.goto(ALI_LOCKED);
    await waitForMarker(page, (ids) => ids.length > 0);
    const tabId = await tabIdOf(browser, ALI_LOCKED);
    const sw = await worker();
    expect(await sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('1');

    const popup = await openPopup(tabId);
    // The popup leads with the finding's card (the same card as in the page).
    await expect.poll(() => popup.locator('section[data-finding="account-locked"]').count()).toBe(1);
    const version = await popup.locator('[data-version-line]').textContent();
    const major = String(await popup.evaluate(() => (navigator as Navigator & { userAgentData: { brands: Array<{ brand: string; version: string }> } }).userAgentData.brands.find((b) => b.brand === 'Chromium')!.version));
    expect(version).toContain(major);
    expect(version).toMatch(/Chromium|Chrome/);
    await expect.poll(() => popup.locator('[data-item="lock-notice"] .auto.fail').count()).toBe(1);
    await popup.setViewportSize({ width: 380, height: 600 });
    // Written by `npm run screenshots` only: `npm test` leaves the tracked pictures alone.
    if (process.env.SCREENSHOTS === '1') await popup.screenshot({ path: resolve('assets/screenshots/popup-en.png'), fullPage: true });
    await popup.close();

    // Leaving for a site the extension cannot see (its address is hidden without the "tabs" permission):
    // the findings and the badge go with the page.
    await page.goto(OTHER);
    await expect.poll(() => sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe('');
    await page.close();
  });

  it('on a tab of no supported site: an explanation and the supported sites, no reset', async () => {
    const page = await browser.context.newPage();
    await page.goto(OTHER);
    // No host permission there, so the tab's URL is hidden from the extension: it is the active tab.
    await page.bringToFront();
    const popup = await openPopup(await tabIdOf(browser));
    await expect.poll(() => popup.locator('main').textContent()).toContain('AliExpress');
    expect(await popup.getByRole('button', { name: /Reset/ }).count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('resets exactly the AliExpress cookies and storage, and undo restores every cookie attribute', async () => {
    await browser.context.addCookies([...ALI_COOKIES, ...OTHER_COOKIES]);
    const ali = await browser.context.newPage();
    await ali.goto(ALI_LOGIN);
    await ali.evaluate(() => localStorage.setItem('lr-test', 'ali'));
    const amazon = await browser.context.newPage();
    await amazon.goto(AMAZON);
    await amazon.evaluate(() => localStorage.setItem('lr-test', 'amazon'));

    const before = await browser.context.cookies();
    expect(aliCookies(before)).toHaveLength(ALI_COOKIES.length);
    const others = before.filter((c) => !aliCookies(before).includes(c)).map(comparable).sort(byName);

    const popup = await openPopup(await tabIdOf(browser, ALI_LOGIN));
    await popup.getByRole('button', { name: 'Reset site data' }).click();
    const confirm = popup.getByRole('group', { name: 'This will remove' });
    // What the user loses on this site, in words; the addresses fold away.
    await expect.poll(() => confirm.locator('.lose').textContent()).toContain('You will be signed out of AliExpress.');
    expect(await confirm.locator('.lose').textContent()).toContain('language, currency and ship-to country');
    expect(await confirm.textContent()).toContain('Stored data (local storage etc.) does not');
    expect(await confirm.locator('details').getAttribute('open')).toBeNull();
    expect(await confirm.locator('details').textContent()).toContain('aliexpress.com, aliexpress.us, aliexpress.ru');
    // The window, in words: this tab's store only.
    expect(await confirm.textContent()).toContain('normal windows only (Incognito windows stay signed in)');
    await confirm.getByRole('button', { name: 'Reset', exact: true }).click();
    await expect.poll(() => popup.locator('.result').textContent()).toContain('Reset done');
    await expectUndoAtTop(popup);
    // The snapshot of the removed cookies is dropped when undo's 30 minutes end, by an alarm.
    const alarm = await (await worker()).evaluate(() => (globalThis as unknown as { chrome: { alarms: { get(n: string): Promise<{ scheduledTime: number } | undefined> } } }).chrome.alarms.get('reset-undo-expiry'));
    expect(alarm!.scheduledTime - Date.now()).toBeGreaterThan(29 * 60_000);
    expect(alarm!.scheduledTime - Date.now()).toBeLessThan(31 * 60_000);
    expect(await popup.locator('[data-domain="aliexpress.com"]').textContent()).toContain('4 cookies removed');
    expect(await popup.locator('[data-domain="aliexpress.us"]').textContent()).toContain('1 cookie removed');

    const after = await browser.context.cookies();
    expect(aliCookies(after)).toEqual([]);
    expect(after.map(comparable).sort(byName)).toEqual(others);
    await ali.reload();
    expect(await ali.evaluate(() => localStorage.getItem('lr-test'))).toBeNull();
    expect(await amazon.evaluate(() => localStorage.getItem('lr-test'))).toBe('amazon');

    // Undo stays at the top of the popup for the whole window: opened again after the page reloaded too.
    await popup.close();
    await ali.reload();
    const again = await openPopup(await tabIdOf(browser, ALI_LOGIN));
    await expectUndoAtTop(again);
    await again.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => again.locator('main').textContent()).toContain('5 cookies restored');
    expect(await again.locator('[data-undo-bar]').count()).toBe(0);
    const restored = aliCookies(await browser.context.cookies()).map(comparable).sort(byName);
    expect(restored).toEqual(aliCookies(before).map(comparable).sort(byName));
    await Promise.all([popup.close(), ali.close(), amazon.close()]);
  });

  it('reset, reset again, undo: the first reset\'s cookies come back at their first values (a second reset adds to the snapshot, never replaces it)', async () => {
    await browser.context.addCookies(ALI_COOKIES);
    const ali = await browser.context.newPage();
    await ali.goto(ALI_LOGIN);
    const before = aliCookies(await browser.context.cookies()).map(comparable).sort(byName);
    expect(before).toHaveLength(ALI_COOKIES.length);

    const popup = await openPopup(await tabIdOf(browser, ALI_LOGIN));
    await popup.getByRole('button', { name: 'Reset site data' }).click();
    await popup.getByRole('group', { name: 'This will remove' }).getByRole('button', { name: 'Reset', exact: true }).click();
    await expect.poll(() => popup.locator('[data-domain="aliexpress.com"]').textContent()).toContain('4 cookies removed');
    // The site signs the user in afresh meanwhile: a new value under an old name, and a new cookie.
    await browser.context.addCookies([
      { name: 'xman_t', value: 'fresh', domain: '.aliexpress.com', path: '/', httpOnly: true, secure: true, sameSite: 'None', expires: IN_A_YEAR },
      { name: 'between', value: 'b1', domain: '.aliexpress.com', path: '/', httpOnly: false, secure: true, sameSite: 'Lax', expires: IN_A_YEAR },
    ]);
    // The popup's reset stays under the lead (the undo is at the top).
    await popup.getByRole('button', { name: 'Reset site data' }).click();
    await popup.getByRole('group', { name: 'This will remove' }).getByRole('button', { name: 'Reset', exact: true }).click();
    await expect.poll(() => popup.locator('[data-domain="aliexpress.com"]').textContent()).toContain('2 cookies removed');
    expect(aliCookies(await browser.context.cookies())).toEqual([]);

    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => popup.locator('main').textContent()).toContain(`${ALI_COOKIES.length + 1} cookies restored`);
    const restored = aliCookies(await browser.context.cookies());
    expect(restored.filter((c) => c.name !== 'between').map(comparable).sort(byName)).toEqual(before);
    expect(restored.find((c) => c.name === 'between')?.value).toBe('b1');
    await browser.context.clearCookies({ name: 'between' });
    await Promise.all([popup.close(), ali.close()]);
  });

  it('nothing found: the chosen card\'s reset asks under the card, in consequences; then the view is back at the top, on undo', async () => {
    await browser.context.addCookies(OTHER_COOKIES);
    const amazon = await browser.context.newPage();
    await amazon.goto(AMAZON);
    const popup = await browser.context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${await tabIdOf(browser, AMAZON)}`);
    await popup.getByRole('button', { name: 'The sign-in page is blank' }).click();
    await popup.locator('section.card[data-finding="blank-login-page"] [data-action="reset"]').click();
    const confirm = popup.getByRole('group', { name: 'This will remove' });
    expect(await confirm.locator('.lose').textContent()).toContain('You will be signed out of Amazon.co.jp.');
    expect(await confirm.locator('.lose').textContent()).toContain('the next sign-in may ask for a verification code');
    await popup.evaluate(() => window.scrollTo({ top: document.body.scrollHeight }));
    await confirm.getByRole('button', { name: 'Reset', exact: true }).click();
    await expectUndoAtTop(popup);
    expect(await popup.evaluate(() => window.scrollY)).toBe(0);
    await popup.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => popup.locator('main').textContent()).toContain('restored');
    await Promise.all([popup.close(), amazon.close()]);
  });

  it('a content script cannot reset, undo or read a tab\'s state, whatever its page does', async () => {
    await browser.context.addCookies(ALI_COOKIES);
    const ali = await browser.context.newPage();
    await ali.goto(ALI_LOGIN);
    const tabId = await tabIdOf(browser, ALI_LOGIN);
    await expect.poll(() => contentStats(ali), { timeout: 10_000 }).not.toBeNull();
    for (const message of [{ type: 'reset', tabId, domains: ['aliexpress.com', 'aliexpress.us', 'aliexpress.ru'] }, { type: 'undo' }, { type: 'tab-state', tabId }]) {
      const answer = await inContentWorld(ali, `chrome.runtime.sendMessage(${JSON.stringify(message)}).then((a) => a ?? 'no answer', (e) => 'refused: ' + e.message)`);
      expect(answer, JSON.stringify(message)).toMatch(/^(no answer|refused)/);
    }
    expect(aliCookies(await browser.context.cookies())).toHaveLength(ALI_COOKIES.length);
    await ali.close();
  });

  it('no extension context made a network request', async () => {
    // Resource timing of the service worker: any fetch it made would be listed here.
    const sw = await worker();
    expect(await sw.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))).toEqual([]);
    expect(extensionRequests.filter((url) => !url.startsWith('chrome-extension://'))).toEqual([]);
  });
});
