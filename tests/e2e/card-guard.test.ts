/**
 * The card against its own page (issue 17, item 2), in Chromium: a page script cannot find, press or read
 * the card (its host's shadow root is closed, the card is an extension page in a frame); a card made
 * transparent or covered by the page does not reset on a real click, and does when it is visible
 * (IntersectionObserver v2 in the frame); the popup opens at most once per click; the support message
 * never passes through the page, even where the page blocks clipboard writes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { CARD_STRINGS } from '@/components/card/strings';
import { ALI_COOKIES, CHROME_BUILD, launchWithExtension, QUIET_MS, resetExtensionState, startFixtureServer, waitForMarker, watchQuiet, type ExtensionBrowser, type FixtureServer } from './harness';
import { cardFrame, seenVisible } from './card-frame';

/** The extension's API where these tests run code in its own contexts (the worker, the card's frame). */
declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

const BLANK = 'https://login.aliexpress.com/buyer.htm?return=blank';
const WRONG = 'https://login.aliexpress.com/?return_url=guard';
const t = CARD_STRINGS.en;

const COOKIES = ALI_COOKIES;

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  server.route(BLANK, { file: 'tests/fixtures/own/aliexpress/login-blank.html' });
  server.route(WRONG, { file: 'tests/fixtures/own/aliexpress/login-wrong-password-ja.html' });
  browser = await launchWithExtension({ extensionDir: CHROME_BUILD, port: server.port, lang: 'en-US' });
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

beforeEach(async () => {
  await browser.context.clearCookies();
  await browser.context.addCookies(COOKIES);
  await resetExtensionState(browser);
});

afterEach(async () => {
  await Promise.all(browser.context.pages().slice(1).map((p) => p.close().catch(() => undefined)));
});

const aliCookies = async () => (await browser.context.cookies()).filter((c) => c.domain.endsWith('aliexpress.com')).length;

/** The blank sign-in page with its card open (it has the reset). */
async function blankPageCard(): Promise<{ page: Page; frame: Frame }> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto(BLANK);
  expect(await waitForMarker(page, (ids) => ids.includes('blank-login-page'), 20_000)).toContain('blank-login-page');
  const frame = await cardFrame(page);
  await frame.locator('[data-finding="blank-login-page"]').waitFor();
  return { page, frame };
}

/** A real mouse click at the middle of an element of the card (page coordinates). */
async function mouseClick(page: Page, frame: Frame, selector: string): Promise<void> {
  const box = (await frame.locator(selector).boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** The popup pages open now (a tab of popup.html, or the toolbar's popup), through the DevTools protocol. */
async function popupsOpen(): Promise<number> {
  const cdp = await browser.context.browser()!.newBrowserCDPSession();
  try {
    return (await cdp.send('Target.getTargets')).targetInfos.filter((target) => target.type === 'page' && target.url.includes('/popup.html')).length;
  } finally {
    await cdp.detach();
  }
}

describe('a script of the page', () => {
  it('cannot find, press or read the card: the host\'s shadow root is closed, the card is in an extension frame the page has no handle on (none in window.frames, nothing to post to), and clicks and dispatched events of the page do nothing', async () => {
    const { page, frame } = await blankPageCard();
    const title = (await frame.locator('[data-finding] h2').innerText()).trim();
    const tried = await page.evaluate(async () => {
      const host = document.querySelector('login-rescue-tips') as HTMLElement;
      const found = {
        shadowRoot: host.shadowRoot === null ? null : 'open',
        hooks: document.querySelectorAll('[data-action], [data-finding], iframe').length,
        text: document.body.innerText + (host.textContent ?? ''),
        // A frame in a shadow tree is not among the window's frames: the page gets no handle on it to
        // post to, read or navigate.
        frames: window.frames.length,
      };
      // Clicks and events where the card is: they reach the host, never the card's buttons.
      const box = host.getBoundingClientRect();
      for (let x = box.left + 5; x < box.right; x += 20) {
        for (let y = box.top + 5; y < box.bottom; y += 20) {
          const hit = document.elementFromPoint(x, y) as HTMLElement | null;
          hit?.click();
          hit?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: x, clientY: y }));
          hit?.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
        }
      }
      host.click();
      host.focus();
      return found;
    });
    expect(tried.shadowRoot).toBeNull();
    expect(tried.hooks).toBe(0);
    expect(tried.text).not.toContain(title);
    expect(tried.frames).toBe(0);
    // Nothing happened: no confirmation asked, the cookies are there, no card closed, no popup.
    const confirmAsked = await watchQuiet(() => frame.locator('.confirm, .result, .note').count(), (n) => n > 0);
    expect(confirmAsked).toBe(0);
    expect(await aliCookies()).toBe(COOKIES.length);
    expect(await popupsOpen()).toBe(0);
    expect(await waitForMarker(page, () => true)).toEqual(['blank-login-page']);
  });

  it('a script click inside the card\'s own frame does nothing either (only trusted clicks act)', async () => {
    const { frame } = await blankPageCard();
    await frame.locator('[data-action="reset"]').click();
    await frame.locator('[data-action="confirm-reset"]').waitFor();
    await frame.evaluate(() => (document.querySelector('[data-action="confirm-reset"]') as HTMLElement).click());
    const after = await watchQuiet(aliCookies, (n) => n < COOKIES.length);
    expect(after).toBe(COOKIES.length);
    expect(await frame.locator('.result').count()).toBe(0);
  });
});

describe('clickjacking: a destructive action needs the card really visible', () => {
  it('the card at opacity 0.05 under a bait: a real click on confirm-reset does not reset; visible again, it does', async () => {
    const { page, frame } = await blankPageCard();
    await mouseClick(page, frame, '[data-action="reset"]');
    await frame.locator('[data-action="confirm-reset"]').waitFor();
    await expect.poll(() => seenVisible(frame)).toBe('true');
    // The page makes the card all but transparent (a bait would be drawn beneath it).
    await page.evaluate(() => ((document.querySelector('login-rescue-tips') as HTMLElement).style.opacity = '0.05'));
    await expect.poll(() => seenVisible(frame)).toBe('false');
    await mouseClick(page, frame, '[data-action="confirm-reset"]');
    await expect.poll(() => frame.locator('.note').allInnerTexts()).toEqual([t.notVisible]);
    expect(await watchQuiet(aliCookies, (n) => n < COOKIES.length)).toBe(COOKIES.length);
    expect(await frame.locator('.result').count()).toBe(0);

    await page.evaluate(() => ((document.querySelector('login-rescue-tips') as HTMLElement).style.opacity = ''));
    await expect.poll(() => seenVisible(frame)).toBe('true');
    await mouseClick(page, frame, '[data-action="confirm-reset"]');
    await expect.poll(aliCookies).toBe(0);
    await frame.locator('.result').waitFor();
  });

  it('the card covered by an element of the page that lets clicks through: no reset; uncovered, the reset runs', async () => {
    const { page, frame } = await blankPageCard();
    await mouseClick(page, frame, '[data-action="reset"]');
    await frame.locator('[data-action="confirm-reset"]').waitFor();
    await expect.poll(() => seenVisible(frame)).toBe('true');
    await page.evaluate(() => {
      const bait = document.createElement('div');
      bait.id = 'bait';
      bait.textContent = 'Click here to win!';
      bait.style.cssText = 'position:fixed;inset:0;z-index:2147483647;pointer-events:none;background:#ffd;font-size:40px';
      document.body.append(bait);
    });
    await expect.poll(() => seenVisible(frame)).toBe('false');
    await mouseClick(page, frame, '[data-action="confirm-reset"]');
    await expect.poll(() => frame.locator('.note').allInnerTexts()).toEqual([t.notVisible]);
    expect(await watchQuiet(aliCookies, (n) => n < COOKIES.length)).toBe(COOKIES.length);

    await page.evaluate(() => document.getElementById('bait')!.remove());
    await expect.poll(() => seenVisible(frame)).toBe('true');
    await mouseClick(page, frame, '[data-action="confirm-reset"]');
    await expect.poll(aliCookies).toBe(0);
  });

  it('close: not while the card is transparent; visible, it closes', async () => {
    const { page, frame } = await blankPageCard();
    await expect.poll(() => seenVisible(frame)).toBe('true');
    await page.evaluate(() => ((document.querySelector('login-rescue-tips') as HTMLElement).style.opacity = '0.05'));
    await expect.poll(() => seenVisible(frame)).toBe('false');
    await mouseClick(page, frame, '[data-action="close"]');
    await expect.poll(() => frame.locator('.note').allInnerTexts()).toEqual([t.notVisible]);
    expect(await waitForMarker(page, (ids) => ids.length === 0, QUIET_MS)).toEqual(['blank-login-page']);
    await page.evaluate(() => ((document.querySelector('login-rescue-tips') as HTMLElement).style.opacity = ''));
    await expect.poll(() => seenVisible(frame)).toBe('true');
    await mouseClick(page, frame, '[data-action="close"]');
    expect(await waitForMarker(page, (ids) => ids.length === 0)).toEqual([]);
  });
});

describe('the popup opens at most once per click', () => {
  it('one real click on 「くわしく」 opens one popup; script clicks in the frame and a burst of messages from it open no other', async () => {
    const { page, frame } = await blankPageCard();
    expect(await popupsOpen()).toBe(0);
    await mouseClick(page, frame, '[data-action="open-popup"]');
    await expect.poll(popupsOpen).toBe(1);
    await frame.evaluate(() => {
      for (let i = 0; i < 5; i++) (document.querySelector('[data-action="open-popup"]') as HTMLElement).click();
    });
    // QUIET_MS (watchQuiet's default) is well past the background's popup interval (POPUP_EVERY_MS, 1 s,
    // in entrypoints/background.ts): a second popup allowed by it would have opened.
    expect(await watchQuiet(popupsOpen, (n) => n > 1)).toBe(1);
  });

  it('the background opens it at most once a second, whoever asks', async () => {
    const { frame } = await blankPageCard();
    await frame.evaluate(async () => {
      await Promise.all([...Array(5)].map(() => chrome.runtime.sendMessage({ type: 'open-popup', finding: null })));
    });
    expect(await watchQuiet(popupsOpen, (n) => n > 1)).toBe(1);
  });
});

describe('the support message never passes through the page', () => {
  it('with clipboard writes blocked by the page\'s permissions policy, the page\'s copy listener hears nothing and no text area appears in the page; the message is copied in the frame or shown there', async () => {
    const page = await browser.context.newPage();
    await page.route(WRONG, (route) =>
      route.fulfill({
        status: 200,
        headers: { 'content-type': 'text/html; charset=utf-8', 'permissions-policy': 'clipboard-write=(), clipboard-read=()' },
        body: readFileSync(resolve('tests/fixtures/own/aliexpress/login-wrong-password-ja.html'), 'utf8'),
      }),
    );
    await page.goto(WRONG);
    await page.evaluate(() => {
      const heard: string[] = ((window as unknown as { heard: string[] }).heard = []);
      for (const type of ['copy', 'cut', 'selectionchange', 'beforeinput']) document.addEventListener(type, () => heard.push(type), true);
      new MutationObserver((changes) => {
        for (const change of changes) for (const node of change.addedNodes) if (node.nodeName === 'TEXTAREA') heard.push(`textarea: ${(node as HTMLTextAreaElement).value.slice(0, 40)}`);
      }).observe(document, { childList: true, subtree: true });
    });
    expect(await waitForMarker(page, (ids) => ids.includes('wrong-password'))).toContain('wrong-password');
    const frame = await cardFrame(page);
    await mouseClick(page, frame, '[data-action="copy-support"]');
    await expect.poll(async () => (await frame.locator('.note').allInnerTexts()).join()).toMatch(new RegExp(`^(${escape(t.copied)}|${escape(t.copyByHand)})$`));
    const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard.filter((h) => h !== 'selectionchange'));
    expect(heard).toEqual([]);
    if ((await frame.locator('.note').innerText()) === t.copyByHand) expect(await frame.locator('[data-action="support-text"]').inputValue()).toContain('AliExpress');
  });
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
