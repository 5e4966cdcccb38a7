/**
 * npm run screenshots — regenerates the README's and store listings' images from the fixture pages in
 * Chromium, in Japanese and English, and the toolbar icons from assets/icon.svg.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { STRINGS } from '../../components/popup/strings';
import { cardFrame } from '../e2e/card-frame';
import { CHROME_BUILD, amazonJpWrongPasswordPage, launchChromium, launchWithExtension, startFixtureServer, tabIdOf, waitForMarker, type FixtureServer } from '../e2e/harness';

const OUT = resolve('assets/screenshots');
const ICON_SIZES = [16, 32, 48, 96, 128];

const PAGES = {
  'tip-amazon-wrong-password': {
    url: 'https://www.amazon.co.jp/ap/signin',
    html: amazonJpWrongPasswordPage(),
  },
  'tip-aliexpress-slider-stuck': { url: 'https://www.aliexpress.com/item/1005006000000.html', file: 'tests/fixtures/browser/aliexpress-item-with-captcha-dialog.html' },
  'tip-aliexpress-locked': { url: 'https://login.aliexpress.com/buyer.htm', file: 'tests/fixtures/browser/aliexpress-login-locked.html' },
} as const;

function routes(server: FixtureServer): void {
  server.route('https://www.aliexpress.com/_____tmd_____/punish', { file: 'tests/fixtures/browser/aliexpress-slider-error-frame.html' });
  for (const page of Object.values(PAGES)) server.route(page.url, 'html' in page ? page.html : { file: page.file });
}

async function icons(port: number): Promise<void> {
  const svg = readFileSync(resolve('assets/icon.svg'), 'utf8');
  const plain = await launchChromium({ port });
  try {
    const page = await plain.context.newPage();
    mkdirSync(resolve('public/icon'), { recursive: true });
    for (const size of ICON_SIZES) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(`<html><body style="margin:0;background:transparent"><img width="${size}" height="${size}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}"></body></html>`);
      await page.screenshot({ path: resolve(`public/icon/${size}.png`), omitBackground: true });
    }
  } finally {
    await plain.close();
  }
}

async function shots(port: number, lang: 'ja' | 'en'): Promise<void> {
  const browser = await launchWithExtension({ extensionDir: CHROME_BUILD, port, lang });
  try {
    for (const [name, { url }] of Object.entries(PAGES)) {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 1100, height: 720 });
      await page.goto(url);
      await waitForMarker(page, (ids) => ids.length > 0);
      // The card is drawn in its own frame once the marker is there (tests/e2e/card-frame.ts).
      await cardFrame(page);
      await page.screenshot({ path: resolve(OUT, `${name}-${lang}.png`) });
      if (name === 'tip-aliexpress-locked') {
        const tabId = await tabIdOf(browser, url);
        const popup = await browser.context.newPage();
        await popup.setViewportSize({ width: 380, height: 600 });
        await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
        await popup.locator('[data-finding]').first().waitFor();
        await popup.screenshot({ path: resolve(OUT, `popup-${lang}.png`), fullPage: true });
        // The full reset section below the lead card (the card has its own reset button too).
        const section = popup.locator('section[aria-labelledby="reset-h"]');
        await section.getByRole('button', { name: STRINGS[lang].reset }).click();
        await section.getByRole('button', { name: STRINGS[lang].resetConfirm, exact: true }).click();
        // What was removed, with its undo, is at the top of the popup (the undo bar), where the view goes back.
        await popup.locator('[data-undo-bar]').waitFor();
        await popup.screenshot({ path: resolve(OUT, `reset-result-${lang}.png`) });
        await popup.close();
      }
      await page.close();
    }
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  const server = await startFixtureServer();
  try {
    routes(server);
    await icons(server.port);
    for (const lang of ['ja', 'en'] as const) await shots(server.port, lang);
  } finally {
    await server.close();
  }
  console.log(`screenshots in ${OUT}, icons in public/icon/`);
}

void main().catch((error) => {
  console.error(`screenshots: ${(error as Error).stack ?? error}`);
  process.exitCode = 1;
});
