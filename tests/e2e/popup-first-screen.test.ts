/**
 * The popup's first screen (issue 19, item 6): at 380×600 it holds the answer and the primary action for
 * every situation — the lead card's title and its first button (and its primary one) lie inside 600 px for
 * each finding kind on each site, in ja and en; with nothing found, 「どうなっていますか？」 and each chosen
 * situation's card the same. Findings are given to the background as a frame of the tab would report them.
 */
import type { Locator, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SITUATIONS } from '@/components/popup/Lead';
import { STRINGS } from '@/components/popup/strings';
import { FINDING_IDS, type FindingId, type SiteId } from '@/lib/findings';
import { CHROME_BUILD, launchWithExtension, seriousAxeViolations, startFixtureServer, tabIdOf, type ExtensionBrowser, type FixtureServer } from './harness';

/** Quiet pages of each site: nothing for the detector to find there. */
const PAGES: Record<SiteId, string> = {
  aliexpress: 'https://www.aliexpress.com/p/first-screen.html',
  amazon: 'https://www.amazon.co.jp/gp/css/homepage.html',
  alibaba: 'https://www.1688.com/first-screen.html',
};
const HEIGHT = 600;

/** Never a card of its own (design §2). */
const KINDS = FINDING_IDS.filter((id) => id !== 'outdated-browser');

let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
  for (const url of Object.values(PAGES)) server.route(url, '<!doctype html><html lang="ja"><title>Shop</title><p>おすすめの商品</p></html>');
});

afterAll(async () => {
  await server?.close();
});

/** The bottom edge of an element in the popup's viewport. */
async function bottom(locator: Locator): Promise<number> {
  const box = await locator.boundingBox();
  expect(box, 'shown').not.toBeNull();
  return box!.y + box!.height;
}

/** The card's title, its first button and its primary one (where it has one) inside the first screen. */
async function firstScreen(card: Locator): Promise<{ title: string; button: string; lowest: number }> {
  const title = card.locator('header h2, header h3').first();
  const button = card.locator('button:visible, a.button:visible').first();
  const primary = card.locator('.primary:visible');
  const edges = [await bottom(title), await bottom(button), ...((await primary.count()) ? [await bottom(primary.first())] : [])];
  return { title: (await title.textContent())!.trim(), button: (await button.textContent())!.trim(), lowest: Math.round(Math.max(...edges)) };
}

for (const lang of ['ja', 'en'] as const) {
  describe(`the popup's first screen (${lang})`, () => {
    let browser: ExtensionBrowser;
    let worker: Worker;
    const tabs = {} as Record<SiteId, number>;

    beforeAll(async () => {
      browser = await launchWithExtension({ extensionDir: CHROME_BUILD, port: server.port, lang });
      worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
      for (const [site, url] of Object.entries(PAGES) as Array<[SiteId, string]>) {
        const page = await browser.context.newPage();
        await page.goto(url);
        tabs[site] = await tabIdOf(browser, url);
      }
    });

    afterAll(async () => {
      await browser?.close();
    });

    /** The tab's findings as one of its frames would report them (lib/background/tab-findings.ts). */
    async function give(tabId: number, site: SiteId, ids: FindingId[]): Promise<void> {
      const findings = ids.map((id) => ({ id, site, severity: 'error', evidence: 'x' }));
      await worker.evaluate(
        ([key, value]) => (globalThis as unknown as { chrome: { storage: { session: { set(v: object): Promise<void> } } } }).chrome.storage.session.set({ [key as string]: value }),
        [`tab-findings-${tabId}`, ids.length ? { 999: { findings, at: Date.now() + 3_600_000 } } : {}] as const,
      );
    }

    async function popupOf(tabId: number): Promise<Page> {
      const popup = await browser.context.newPage();
      await popup.setViewportSize({ width: 380, height: HEIGHT });
      await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
      return popup;
    }

    it.each(Object.keys(PAGES) as SiteId[])('%s: each finding kind — its title and first button inside 600 px', async (site) => {
      const popup = await popupOf(tabs[site]);
      const lines: string[] = [];
      try {
        for (const id of KINDS) {
          await give(tabs[site], site, [id]);
          await popup.reload();
          const card = popup.locator(`section.card[data-finding="${id}"]`);
          await card.waitFor({ timeout: 10_000 });
          const seen = await firstScreen(card);
          lines.push(`${lang} ${site} ${id}: 「${seen.title}」 → [${seen.button}] (to ${seen.lowest} px)`);
          expect(seen.lowest, `${site} ${id}`).toBeLessThanOrEqual(HEIGHT);
        }
      } finally {
        console.log(lines.join('\n'));
        await give(tabs[site], site, []);
        await popup.close();
      }
    });

    it.each(Object.keys(PAGES) as SiteId[])('%s, nothing found: 「どうなっていますか？」; each situation\'s card inside 600 px', async (site) => {
      await give(tabs[site], site, []);
      const popup = await popupOf(tabs[site]);
      const lines: string[] = [];
      try {
        const heading = popup.getByRole('heading', { name: STRINGS[lang].chooserTitle });
        await heading.waitFor({ timeout: 10_000 });
        expect(await bottom(popup.locator('[data-situation]').last())).toBeLessThanOrEqual(HEIGHT);
        expect(await seriousAxeViolations(popup)).toEqual([]);
        for (const situation of SITUATIONS) {
          await popup.locator(`[data-situation="${situation.key}"]`).click();
          const card = popup.locator(`section.card[data-finding="${situation.id}"]`);
          await card.waitFor();
          const seen = await firstScreen(card);
          lines.push(`${lang} ${site} chose ${situation.key}: 「${seen.title}」 → [${seen.button}] (to ${seen.lowest} px)`);
          expect(seen.lowest, `${site} ${situation.key}`).toBeLessThanOrEqual(HEIGHT);
          if (situation.key === 'blank-login-page') {
            // The card's reset opens the popup's confirmation, in consequences, right under it.
            await card.locator('[data-action="reset"]').click();
            const confirm = popup.locator('[data-reset-confirm]');
            await confirm.waitFor();
            expect(await confirm.locator('.lose li').count()).toBeGreaterThanOrEqual(2);
            expect(await seriousAxeViolations(popup)).toEqual([]);
            await confirm.getByRole('button', { name: STRINGS[lang].cancel }).click();
          }
          await popup.locator('[data-action="choose-again"]').click();
          await heading.waitFor();
        }
      } finally {
        console.log(lines.join('\n'));
        await popup.close();
      }
    });
  });
}
