/**
 * Issue 19, walked as a shopper would, in Debian's Chromium (ja and en, at 1366×657, 800×600 and 400 px — the card
 * opens by itself from 520 px (components/card/dock.ts), below it is the pill that holds the primary): each page at its
 * real address, the card at the page's step, and its one primary button pressed for real (trusted clicks in
 * the card's frame; tests/e2e/card-frame.ts).
 * - AliExpress's lock → SMS asked → wrong code → send limit: the lock card presses the page's own
 *   「本人確認へ進む」 (the SMS page opens); 090-1234-5678 typed after +81 gets 「9012345678 に直す」, which writes
 *   the digits; the wrong code's card; the send limit's card (no resend; when it lifts, from the page).
 * - A restriction (AliExpress's closed account): support only, the primary button the site's help page.
 * - The slider: the reset in the card removes the site's cookies.
 * - A robot check that loops (AliExpress's punish page, the same check twice in the tab): the first has no
 *   button (its steps complete it); the second card says it keeps coming back, and its primary, the reset,
 *   removes the site's cookies.
 * - A wrong password: the primary link is the page's own forgot-password link (the marketplace's reset page).
 * - Full-width typed into the sign-in field: 「半角に直す」 fixes the field.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Locator, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CARD_STRINGS } from '@/components/card/strings';
import { NARROW_PX } from '@/components/card/dock';
import { tipOnPage } from '@/lib/tips';
import { ALI_COOKIES, CHROME_BUILD, launchWithExtension, resetExtensionState, startFixtureServer, waitForMarker, type ExtensionBrowser, type FixtureServer } from './harness';
import { cardFrame } from './card-frame';

const LANGS = [
  { lang: 'ja', launch: 'ja' },
  { lang: 'en', launch: 'en-US' },
] as const;
const SIZES = [
  { width: 1366, height: 657 },
  { width: 800, height: 600 },
  { width: 400, height: 760 },
] as const;

const URLS = {
  lockHome: 'https://ja.aliexpress.com/',
  sms: 'https://accounts.aliexpress.com/user/security/unlock_account.htm?_lang=ja_JP',
  smsWrong: 'https://accounts.aliexpress.com/user/security/unlock_account.htm?_lang=ja_JP&step=wrong',
  smsLimit: 'https://accounts.aliexpress.com/user/security/unlock_account.htm?_lang=ja_JP&step=limit',
  closed: 'https://www.aliexpress.us/',
  slider: 'https://login.aliexpress.com/?return_url=https%3A%2F%2Fja.aliexpress.com%2F',
  wrongPassword: 'https://login.aliexpress.com/?return_url=https%3A%2F%2Fja.aliexpress.com%2F&step=wrong-password',
  login: 'https://login.aliexpress.com/?flag=plain',
  punish: 'https://www.aliexpress.com/wholesale/_____tmd_____/punish?x5secdata=xd7a1c3e9f0b2d4c6a8e1f3b5d7c9e0a2b4&x5step=2&action=captcha',
};

/** AliExpress's SMS step (the unlock page, +81 chosen), with the site's error box saying `words`. */
const SMS_PAGE = readFileSync(resolve('tests/fixtures/training/set5/e10-ae-unlock-sms-plus81.html'), 'utf8');
const smsSaying = (words: string) => SMS_PAGE.replace('<label for="code">', `<div class="unlock--error" role="alert">${words}</div>\n    <label for="code">`);

let server: FixtureServer;
beforeAll(async () => {
  server = await startFixtureServer();
  server.route(URLS.lockHome, { file: 'tests/fixtures/browser/aliexpress-home-lock-verify.html' });
  server.route(URLS.sms, SMS_PAGE);
  server.route(URLS.smsWrong, smsSaying('認証コードが正しくありません。'));
  server.route(URLS.smsLimit, smsSaying('本日の認証コードの送信回数が上限に達しました。明日もう一度お試しください。'));
  server.route(URLS.closed, { file: 'tests/fixtures/training/set5/e36-ae-us-account-disabled-modal.html' });
  server.route(URLS.slider, { file: 'tests/fixtures/own/aliexpress/login-slider-error-ja.html' });
  server.route(URLS.wrongPassword, { file: 'tests/fixtures/own/aliexpress/login-wrong-password-ja.html' });
  server.route(URLS.login, { file: 'tests/fixtures/browser/aliexpress-login.html' });
  // AliExpress's punish page as punishpage.min.js draws it (the slider idle: a robot check, nothing failed yet).
  server.route(URLS.punish, { file: 'tests/fixtures/training/set6/ae-punish-unusual-traffic.html' });
});
afterAll(async () => {
  await server?.close();
});

const act = (scope: Locator | Frame, name: string) => scope.locator(`[data-action="${name}"]`);

describe.each(LANGS.map((l) => [l.lang, l] as const))('the journey in %s', (_name, { lang, launch }) => {
  const t = CARD_STRINGS[lang];
  let browser: ExtensionBrowser;

  beforeAll(async () => {
    browser = await launchWithExtension({ extensionDir: CHROME_BUILD, port: server.port, lang: launch });
  });
  afterAll(async () => {
    await browser?.close();
  });
  beforeEach(async () => {
    await browser.context.clearCookies();
    await resetExtensionState(browser);
  });
  afterEach(async () => {
    await Promise.all(browser.context.pages().slice(1).map((p) => p.close().catch(() => undefined)));
  });

  async function visit(url: string, size: { width: number; height: number }): Promise<Page> {
    const page = await browser.context.newPage();
    await page.setViewportSize(size);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    return page;
  }

  /** The card of `id` at the page's step, opened as a user would (from the pill at 400 px). */
  async function cardAt(page: Page, id: string, detail?: string): Promise<{ frame: Frame; card: Locator }> {
    expect(await waitForMarker(page, (ids) => ids.includes(id), 15_000)).toContain(id);
    const frame = await cardFrame(page);
    const selector = `section[data-finding="${id}"]${detail ? `[data-detail="${detail}"]` : ''}`;
    await expect
      .poll(async () => {
        const pill = frame.locator('.panel.pill [data-action="expand"]');
        if (await pill.count()) await pill.click().catch(() => undefined);
        const other = frame.locator(`button[data-show="${id}"]`);
        if (await other.count()) await other.click().catch(() => undefined);
        return frame.locator(selector).count();
      }, { timeout: 10_000 })
      .toBe(1);
    return { frame, card: frame.locator(selector) };
  }

  /** The card's primary button: the first of its buttons, and the visually primary one. */
  async function primaryOf(card: Locator): Promise<Locator> {
    const primary = card.locator('[data-primary]');
    await expect.poll(() => primary.count()).toBe(1);
    // The first of the card's buttons (after the header's – and ×, which fold and close it).
    expect(await card.locator('button:not(.icon), a.button').first().getAttribute('data-primary')).toBe('');
    expect(await primary.getAttribute('class')).toContain('primary');
    return primary;
  }

  describe.each(SIZES.map((s) => [`${s.width}×${s.height}`, s] as const))('%s', (_size, size) => {
    it('lock → SMS asked → wrong code → send limit: each card matches the page\'s step, and its primary button does the fix', async () => {
      // 1. The lock notice: the primary button presses the page's own 「本人確認へ進む」.
      const page = await visit(URLS.lockHome, size);
      let { card } = await cardAt(page, 'account-locked');
      expect(await card.getAttribute('data-detail')).toBe('locked');
      let primary = await primaryOf(card);
      expect(await primary.getAttribute('data-action')).toBe('press');
      expect(await primary.innerText()).toBe(t.press('本人確認へ進む'));
      const navigated = page.waitForURL(URLS.sms, { timeout: 10_000 });
      await primary.click();
      await navigated;

      // 2. The SMS step: 090-1234-5678 typed after +81 → 「9012345678 に直す」 writes the digits.
      const phone = page.locator('#phone');
      await cardAt(page, 'account-locked');
      await phone.click();
      await page.keyboard.press('ControlOrMeta+A');
      await page.keyboard.press('Backspace');
      await page.keyboard.type('090-1234-5678');
      const frame = await cardFrame(page);
      const fix = frame.locator('[data-action="fix-phone"]');
      await expect.poll(async () => {
        const pill = frame.locator('.panel.pill [data-action="expand"]');
        if ((await fix.count()) === 0 && (await pill.count())) await pill.click().catch(() => undefined);
        return fix.count();
      }, { timeout: 10_000 }).toBeGreaterThan(0);
      expect(await fix.first().innerText()).toBe(t.fixTyped('9012345678'));
      await fix.first().click();
      await expect.poll(() => phone.inputValue()).toBe('9012345678');

      // 3. The wrong code: its own card, no resend pressed for the user.
      await page.goto(URLS.smsWrong, { waitUntil: 'domcontentloaded' });
      ({ card } = await cardAt(page, 'verification-code', 'wrong'));
      expect(await card.locator('h2').innerText()).toBe(tipOnPage('aliexpress', 'verification-code', lang, URLS.smsWrong, 'wrong').title);

      // 4. The send limit: wait, no resend; when it lifts, as the page says (tomorrow).
      await page.goto(URLS.smsLimit, { waitUntil: 'domcontentloaded' });
      ({ card } = await cardAt(page, 'verification-code', 'send-limit'));
      expect(await card.locator('h2').innerText()).toBe(tipOnPage('aliexpress', 'verification-code', lang, URLS.smsLimit, 'send-limit').title);
      expect(await card.locator('.answer').innerText()).toMatch(lang === 'ja' ? /明日/ : /tomorrow/);
      expect(await card.locator('[data-primary]').count()).toBe(0);
      expect(await card.locator('[data-control="resend-code"]').count()).toBe(0);
    }, 90_000);

    it('a restriction: support only — the primary button is the site\'s help page, and no unlock step', async () => {
      const page = await visit(URLS.closed, size);
      const { card } = await cardAt(page, 'account-locked', 'restricted');
      const primary = await primaryOf(card);
      expect(await primary.getAttribute('data-action')).toBe('site-page');
      expect(await primary.getAttribute('href')).toBe('https://helppage.aliexpress.com/buyercenter/index.html');
      expect(await card.locator('[data-control="verify-identity"]').count()).toBe(0);
      expect(await card.locator('ol.steps').textContent()).not.toMatch(lang === 'ja' ? /本人確認|ロックを解除/ : /unlock|verify your identity/i);
    });

    it('the slider: the primary button is the reset in the card, and it removes the site\'s cookies', async () => {
      await browser.context.addCookies(ALI_COOKIES);
      const page = await visit(URLS.slider, size);
      const { card } = await cardAt(page, 'slider-stuck');
      const primary = await primaryOf(card);
      expect(await primary.getAttribute('data-action')).toBe('reset');
      await primary.click();
      await act(card, 'confirm-reset').click();
      await expect.poll(() => card.locator('.result').isVisible()).toBe(true);
      expect((await browser.context.cookies()).filter((c) => /aliexpress\.com$/.test(c.domain))).toEqual([]);
    });

    it('a robot check that loops: the first has no reset; the same check again in the tab says it loops, and its primary, the reset, removes the site\'s cookies', async () => {
      await browser.context.addCookies(ALI_COOKIES);
      // 1. The first check: completed, not reset — no primary, no reset button; its steps are the answer.
      const page = await visit(URLS.punish, size);
      let { card } = await cardAt(page, 'bot-check');
      const first = tipOnPage('aliexpress', 'bot-check', lang, URLS.punish);
      expect(await card.locator('h2').innerText()).toBe(first.title);
      expect(await card.locator('[data-primary]').count()).toBe(0);
      expect(await card.locator('[data-action="reset"]').count()).toBe(0);
      expect(await card.locator('ol.steps li').count()).toBe(first.steps.length);

      // 2. Passed or tried, and the site sends the shopper back to the same check in this tab: a loop.
      await page.goto(URLS.punish, { waitUntil: 'domcontentloaded' });
      ({ card } = await cardAt(page, 'bot-check'));
      const loop = tipOnPage('aliexpress', 'bot-check', lang, URLS.punish, undefined, true);
      expect(loop.title).not.toBe(first.title);
      await expect.poll(() => card.locator('h2').innerText()).toBe(loop.title);
      const primary = await primaryOf(card);
      expect(await primary.getAttribute('data-action')).toBe('reset');
      expect(await primary.innerText()).toBe(t.reset);
      await primary.click();
      await act(card, 'confirm-reset').click();
      // The card's words on failure: the result's line, or what stood in its way.
      await expect.poll(() => card.innerText(), { timeout: 10_000 }).toMatch(lang === 'ja' ? /Cookie（\d+件）.*を削除しました/ : /Removed \d+ cookies?/);
      expect(await card.locator('.result').isVisible()).toBe(true);
      expect((await browser.context.cookies()).filter((c) => /aliexpress\.com$/.test(c.domain))).toEqual([]);
    });

    // The two layouts: each size gets the test of its own (none is reported skipped). From 520 px (1366 and
    // 800) the card opens by itself: the answer and the primary with no pill to press.
    if (size.width >= NARROW_PX) it('from 520 px the card opens by itself, not as the pill (the slider: the reset is its primary)', async () => {
      const page = await visit(URLS.slider, size);
      expect(await waitForMarker(page, (ids) => ids.includes('slider-stuck'), 15_000)).toContain('slider-stuck');
      const frame = await cardFrame(page);
      const card = frame.locator('section[data-finding="slider-stuck"]');
      await card.waitFor();
      expect(await frame.locator('.panel.pill').count()).toBe(0);
      expect(await card.locator('h2').innerText()).toBe(tipOnPage('aliexpress', 'slider-stuck', lang, URLS.slider).title);
      expect(await (await primaryOf(card)).getAttribute('data-action')).toBe('reset');
    });

    // Below 520 px, the pill.
    else it('below 520 px the pill says the answer and holds the primary button (the slider: the reset, asked in the card)', async () => {
      const page = await visit(URLS.slider, size);
      expect(await waitForMarker(page, (ids) => ids.includes('slider-stuck'), 15_000)).toContain('slider-stuck');
      const frame = await cardFrame(page);
      const bar = frame.locator('.panel.pill.bar');
      await bar.waitFor();
      const tip = tipOnPage('aliexpress', 'slider-stuck', lang, URLS.slider);
      expect(await bar.locator('.pill-answer').innerText()).toBe(tip.why);
      const primary = bar.locator('[data-primary]');
      expect(await primary.getAttribute('data-action')).toBe('reset');
      await primary.click();
      await frame.locator('section[data-finding="slider-stuck"] [data-action="confirm-reset"]').waitFor();
    });

    it('a wrong password: the primary link is the page\'s own forgot-password link, a page of AliExpress\'s', async () => {
      const page = await visit(URLS.wrongPassword, size);
      const { card } = await cardAt(page, 'wrong-password');
      const primary = await primaryOf(card);
      expect(await primary.getAttribute('data-action')).toBe('site-page');
      const own = await page.locator('a.password-look-up').evaluate((a) => (a as HTMLAnchorElement).href);
      expect(await primary.getAttribute('href')).toBe(own);
      expect(new URL(own).hostname).toMatch(/(^|\.)aliexpress\.com$/);
      expect(await primary.getAttribute('target')).toBe('_blank');
    });

    it('full-width typed into the sign-in field: 「半角に直す」 is the primary button and fixes the field', async () => {
      const page = await visit(URLS.login, size);
      const field = page.locator('#fm-login-id');
      await field.click();
      await page.keyboard.insertText('ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ');
      const { card } = await cardAt(page, 'full-width-input');
      const primary = await primaryOf(card);
      expect(await primary.getAttribute('data-action')).toBe('fix-width');
      await primary.click();
      await expect.poll(() => field.inputValue()).toBe('taro@example.com');
    });
  });
});
