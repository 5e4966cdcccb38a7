/**
 * First run (issue 19, item 7): a fresh profile with the extension opens one page that explains it, in the
 * browser's language (ja under --lang=ja), with the shortcut as the browser has it bound; no network request
 * from it; axe finds nothing serious. Not on update: tests/unit/first-run.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WELCOME } from '@/components/welcome/strings';
import { CHROME_BUILD, launchWithExtension, seriousAxeViolations, startFixtureServer, watchQuiet, welcomePage, type ExtensionBrowser, type FixtureServer } from './harness';


let server: FixtureServer;
let browser: ExtensionBrowser;
const requests: string[] = [];

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension({ extensionDir: CHROME_BUILD, port: server.port, lang: 'ja', keepWelcome: true });
  browser.context.on('request', (request) => requests.push(request.url()));
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const welcomes = (url: string) => browser.context.pages().filter((p) => p.url() === url);


describe('first run', () => {
  it('opens the welcome page once, in Japanese under --lang=ja, with the real shortcut; no network request; axe clean', async () => {
    const page = await welcomePage(browser.context, browser.extensionId, 10_000);
    expect(page, 'the welcome page').not.toBeNull();
    const url = `chrome-extension://${browser.extensionId}/welcome.html`;
    await page!.locator('h1').waitFor();
    expect(await page!.evaluate(() => document.documentElement.lang)).toBe('ja');
    expect(await page!.locator('h1').textContent()).toBe(WELCOME.ja.title);
    expect(await page!.title()).toBe(WELCOME.ja.title);
    const text = (await page!.locator('main').textContent())!;
    for (const site of ['AliExpress', 'Amazon', 'Alibaba.com', '1688', 'Taobao']) expect(text).toContain(site);
    expect(text).toContain(WELCOME.ja.pinChrome[1]);
    // The binding as chrome.commands.getAll() has it (the manifest suggests Alt+Shift+L).
    await expect.poll(() => page!.locator('[data-shortcut]').getAttribute('data-shortcut')).toBe('Alt+Shift+L');
    expect(text).toContain(WELCOME.ja.privacy[0]);
    console.log(`welcome page (ja): ${text.slice(0, 400)}…`);

    expect(await seriousAxeViolations(page!)).toEqual([]);
    // Once: no second welcome page came meanwhile.
    expect(await watchQuiet(async () => welcomes(url).length, (n) => n !== 1)).toBe(1);
    // Nothing but the extension's own files.
    expect(requests.filter((r) => !r.startsWith(`chrome-extension://${browser.extensionId}/`))).toEqual([]);
  });
});
