/**
 * Accessibility in the real browser: axe-core on the popup, the options page and each kind of in-page
 * tip (in the card's own frame, an extension page inside the tips host's closed shadow root), and
 * keyboard use of the tips.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROME_BUILD, launchWithExtension, seriousAxeViolations, startFixtureServer, tabIdOf, waitForMarker, watchQuiet, type ExtensionBrowser, type FixtureServer } from './harness';
import { NARROW_PX } from '@/components/card/dock';
import { cardFrame } from './card-frame';



let server: FixtureServer;
let browser: ExtensionBrowser;

const TIP_PAGES = {
  'wrong password (Amazon JP)': 'https://www.amazon.co.jp/ap/signin',
  'lock (AliExpress)': 'https://login.aliexpress.com/buyer.htm',
  'slider stuck in the dialog (AliExpress)': 'https://www.aliexpress.com/item/1005006000000.html',
};

beforeAll(async () => {
  server = await startFixtureServer();
  server.route(TIP_PAGES['wrong password (Amazon JP)'], readFileSync(resolve('tests/fixtures/amazon-real/post-signin-invalid-password.html'), 'utf8'));
  server.route(TIP_PAGES['lock (AliExpress)'], { file: 'tests/fixtures/browser/aliexpress-login-locked.html' });
  server.route(TIP_PAGES['slider stuck in the dialog (AliExpress)'], { file: 'tests/fixtures/browser/aliexpress-item-with-captcha-dialog.html' });
  server.route('https://www.aliexpress.com/_____tmd_____/punish', { file: 'tests/fixtures/browser/aliexpress-slider-error-frame.html' });
  browser = await launchWithExtension({ extensionDir: CHROME_BUILD, port: server.port, lang: 'ja' });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('accessibility', () => {
  it.each(Object.entries(TIP_PAGES).flatMap(([name, url]) => (['light', 'dark'] as const).map((scheme) => [`${name}, ${scheme}`, url, scheme] as const)))('the tip for %s: no serious or critical axe violation', async (_name, url, scheme) => {
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(url);
    await waitForMarker(page, (ids) => ids.length > 0);
    // The card's own document: the frame the host holds.
    expect(await seriousAxeViolations(await cardFrame(page), { include: '.panel' })).toEqual([]);
    await page.close();
  });

  it.each(['popup.html', 'options.html'].flatMap((file) => (['light', 'dark'] as const).map((scheme) => [file, scheme] as const)))('%s (%s): no serious or critical axe violation', async (file, scheme) => {
    const target = await browser.context.newPage();
    await target.goto(TIP_PAGES['lock (AliExpress)']);
    await waitForMarker(target, (ids) => ids.length > 0);
    const page = await browser.context.newPage();
    await page.emulateMedia({ colorScheme: scheme });
    // The popup of the tab with the lock notice: findings, checklist, reset and support all shown.
    const tabId = await tabIdOf(browser, TIP_PAGES['lock (AliExpress)']);
    await page.goto(`chrome-extension://${browser.extensionId}/${file}?tabId=${tabId}`);
    await page.locator('main').waitFor();
    if (file === 'popup.html') await page.locator('section[data-finding="account-locked"]').waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await Promise.all([page.close(), target.close()]);
  });

  it('keyboard: Tab reaches the card, Escape folds it into the pill (the marker stays), and the page never sees those keys', async () => {
    const page = await browser.context.newPage();
    await page.goto(TIP_PAGES['lock (AliExpress)']);
    await waitForMarker(page, (ids) => ids.length > 0);
    const frame = await cardFrame(page);
    await frame.locator('section[data-finding="account-locked"]').waitFor();
    // From the page's last control, Tab goes on into the card (its host comes last in the page, its frame
    // inside it).
    await page.locator('button.login-submit').focus();
    await page.keyboard.press('Tab');
    // The card's frame is the extension's own process: focus reaches it a moment after the key (a loaded
    // machine read the page's body before it had).
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('login-rescue-tips');
    await expect.poll(() => frame.evaluate(() => document.activeElement?.closest('[data-finding]')?.getAttribute('data-finding'))).toBe('account-locked');
    await page.evaluate(() => {
      (window as unknown as { pageKeys: string[] }).pageKeys = [];
      for (const type of ['keydown', 'keyup']) document.addEventListener(type, (e) => (window as unknown as { pageKeys: string[] }).pageKeys.push(`${type} ${(e as KeyboardEvent).key}`));
    });
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect.poll(() => frame.locator('.panel.pill').count()).toBe(1);
    expect(await frame.locator('section[data-finding]').count()).toBe(0);
    expect(await waitForMarker(page, () => true)).toEqual(['account-locked']);
    // The keyboard stays in the pill, ready to open the card again.
    expect(await page.evaluate(() => document.activeElement?.tagName.toLowerCase())).toBe('login-rescue-tips');
    expect(await frame.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('expand');
    expect(await page.evaluate(() => (window as unknown as { pageKeys: string[] }).pageKeys)).toEqual([]);
    await page.close();
  });
});

describe('accessibility (issue 19, item 8)', () => {
  it('a new card is announced once (a polite live region in the frame), × is last in the Tab order, the shortcut is shown, and the pill\'s focus ring after Escape is inside the frame', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 657 });
    await page.goto(TIP_PAGES['lock (AliExpress)']);
    await waitForMarker(page, (ids) => ids.length > 0);
    const frame = await cardFrame(page);
    const card = frame.locator('section[data-finding="account-locked"]');
    await card.waitFor();
    // The live region: polite, and it says the card's title once.
    const live = frame.locator('[data-live]');
    expect(await live.getAttribute('aria-live')).toBe('polite');
    const title = await card.locator('h2').innerText();
    await expect.poll(() => live.innerText()).toContain(title);
    // × is the card's last focusable control, shown at its top right.
    const last = await card.evaluate((el) => [...el.querySelectorAll('button, a[href], summary, textarea')].filter((c) => (c as HTMLElement).offsetParent !== null).at(-1)?.getAttribute('data-action'));
    expect(last).toBe('close');
    // The shortcut, as commands.getAll() has it bound (Alt+Shift+L by default).
    expect(await card.locator('.shortcut').innerText()).toMatch(/Alt\+Shift\+L/);
    // Escape folds it into the pill; the pill's ring is drawn inside the frame.
    await card.focus();
    await page.keyboard.press('Escape');
    const pill = frame.locator('.pill-button');
    await expect.poll(() => frame.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('expand');
    // Measured once the frame has taken the pill's size (it follows the fold within a frame or two).
    const ringOf = () => pill.evaluate((el) => {
      const style = getComputedStyle(el);
      const r = el.getBoundingClientRect();
      const offset = parseFloat(style.outlineOffset);
      const width = parseFloat(style.outlineWidth);
      const out = Math.max(0, offset + width);
      return { style: style.outlineStyle, inside: r.left - out >= 0 && r.top - out >= 0 && r.right + out <= innerWidth && r.bottom + out <= innerHeight };
    });
    await expect.poll(async () => (await ringOf()).inside).toBe(true);
    expect((await ringOf()).style).not.toBe('none');
    // Re-rendered (a new state from the page), the same card is not announced again. The window narrowed
    // below 520 px (components/card/dock.ts NARROW_PX) re-renders the pill as the bar and resizes the frame.
    const said = await live.innerText();
    const drawn = () => frame.evaluate(() => `${document.querySelector('.panel')?.className} ${innerWidth}x${innerHeight}`);
    const before = await drawn();
    await page.setViewportSize({ width: NARROW_PX - 120, height: 657 });
    await expect.poll(drawn).not.toBe(before);
    expect(await watchQuiet(() => live.innerText(), (text) => text !== said)).toBe(said);
    await page.close();
  });

  it('「ここ」 is a target of at least 24×24 px', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 657 });
    await page.goto(TIP_PAGES['wrong password (Amazon JP)']);
    await waitForMarker(page, (ids) => ids.includes('wrong-password'));
    const frame = await cardFrame(page);
    const card = frame.locator('section[data-finding="wrong-password"]');
    // Where no corner is free the card starts as the pill: the user opens it.
    const pill = frame.locator('.panel.pill [data-action="expand"]');
    if (await pill.count()) await pill.click();
    await card.waitFor();
    const how = card.locator('details.how');
    if (await how.count()) await how.locator('summary').click();
    const here = card.locator('[data-action="locate"]').first();
    await here.waitFor();
    const box = (await here.boundingBox())!;
    expect(box.width).toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
    await page.close();
  });
});
