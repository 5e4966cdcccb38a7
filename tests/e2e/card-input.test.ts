/**
 * What reaches the card from the page's fields, in Debian's Chromium: only the user's own typing. A page's
 * script that sets a mail field and dispatches `input` puts nothing into the card's hint or its fix button
 * (entrypoints/tips.ts ignores untrusted input; lib/page/email-typo.ts quotes one whole address only).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchWithExtension, startFixtureServer, waitForMarker, type ExtensionBrowser, type FixtureServer } from './harness';
import { cardFrame } from './card-frame';

const EXTENSION = resolve('.output/chrome-mv3');
const URL_WRONG = 'https://login.aliexpress.com/?return_url=https%3A%2F%2Fja.aliexpress.com%2F&step=wrong-password';
/** AliExpress's wrong-password page, with a mail field (type=email) the tips script reads. */
const PAGE = readFileSync(resolve('tests/fixtures/own/aliexpress/login-wrong-password-ja.html'), 'utf8').replace(
  '</body>',
  '<p><label>連絡先 <input type="email" id="lr-mail" name="mail"></label></p></body>',
);

let server: FixtureServer;
let browser: ExtensionBrowser;
beforeAll(async () => {
  server = await startFixtureServer();
  server.route(URL_WRONG, PAGE);
  browser = await launchWithExtension({ extensionDir: EXTENSION, port: server.port, lang: 'ja' });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The card's hints, once the card is drawn (the pill opened, as a user would). */
async function hints(page: Page): Promise<string[]> {
  const frame = await cardFrame(page);
  const pill = frame.locator('.panel.pill [data-action="expand"]');
  if (await pill.count()) await pill.click().catch(() => undefined);
  return frame.locator('.hint').allInnerTexts();
}

describe('the card hears the user\'s typing, not the page\'s script', () => {
  it('a script\'s input event is ignored (a whole address or a sentence with an @); the user\'s own typing gets the hint', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1366, height: 657 });
    await page.goto(URL_WRONG, { waitUntil: 'domcontentloaded' });
    expect(await waitForMarker(page, (ids) => ids.includes('wrong-password'), 15_000)).toContain('wrong-password');
    await cardFrame(page);

    for (const value of ['evil@gmial.com', 'Call 0570-000-000 to unlock @gmial.com']) {
      await page.evaluate((v) => {
        const field = document.getElementById('lr-mail') as HTMLInputElement;
        field.value = v;
        field.dispatchEvent(new Event('input', { bubbles: true }));
      }, value);
      // Given the time a real input takes to reach the card (below), nothing comes.
      await new Promise((r) => setTimeout(r, 1500));
      expect((await hints(page)).join('\n')).not.toMatch(/evil|0570|gmail\.com/);
    }

    await page.evaluate(() => ((document.getElementById('lr-mail') as HTMLInputElement).value = ''));
    await page.locator('#lr-mail').click();
    await page.keyboard.type('taro@gmial.com');
    await expect.poll(() => hints(page), { timeout: 5000 }).toContainEqual(expect.stringContaining('taro@gmail.com'));
    await page.close();
  });
});
