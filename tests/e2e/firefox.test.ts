/**
 * The built Firefox package in Debian's Firefox ESR: the paths that differ from Chromium. The detector is
 * injected by frame id (Firefox before 153 has no document ids), the bootstrap into loaded pages with
 * `executeScript` over all frames, and the tips answer the background's push with `sendResponse`.
 */
import { resolve } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { homeWithLateLockNotice, launchFirefoxWithExtension, startFixtureServer, waitForMarker, type FirefoxWithExtension, type FixtureServer } from './harness';

const EXTENSION = resolve('.output/firefox-mv3');

const URLS = {
  aliLogin: 'https://login.aliexpress.com/',
  aliItem: 'https://www.aliexpress.com/item/1005006000000.html',
  aliPunishFrame: 'https://www.aliexpress.com/_____tmd_____/punish',
  aliHomeLockLater: 'https://ja.aliexpress.com/?lock=later',
};

let server: FixtureServer;
let firefox: FirefoxWithExtension;

beforeAll(async () => {
  server = await startFixtureServer();
  server.route(URLS.aliLogin, { file: 'tests/fixtures/browser/aliexpress-login.html' });
  server.route(URLS.aliItem, { file: 'tests/fixtures/browser/aliexpress-item-with-captcha-dialog.html' });
  server.route(URLS.aliPunishFrame, { file: 'tests/fixtures/browser/aliexpress-slider-error-frame.html' });
  server.route(URLS.aliHomeLockLater, homeWithLateLockNotice());
  firefox = await launchFirefoxWithExtension({ port: server.port, extensionDir: EXTENSION });
});

afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

async function visit(url: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  await page.goto(url, { waitUntil: 'domcontentloaded' });
  return page;
}

describe('in-page tips in Firefox', () => {
  it('an error on a sign-in page (the declared bootstrap, the detector, the tips)', async () => {
    const page = await visit(URLS.aliLogin);
    await page.evaluate(() =>
      document.querySelector('form')!.insertAdjacentHTML('afterbegin', '<div class="fm-error" role="alert">パスワードが正しくありません</div>'),
    );
    expect(await waitForMarker(page, (ids) => ids.length > 0)).toEqual(['wrong-password']);
    await page.close();
  });

  it('a slider error inside the captcha dialog iframe of a product page is shown by the top page', async () => {
    const page = await visit(URLS.aliItem);
    expect(await waitForMarker(page, (ids) => ids.includes('slider-stuck'))).toEqual(['bot-check', 'slider-stuck']);
    await page.close();
  });

  it('a lock notice that opens on a home page after it has loaded (the bootstrap injected by the background)', async () => {
    const page = await visit(URLS.aliHomeLockLater);
    expect(await waitForMarker(page, (ids) => ids.includes('account-locked'))).toEqual(['account-locked']);
    await page.close();
  });
});
