/**
 * What the user cannot see never counts, live in Chromium: the browser's own layout decides
 * (`checkVisibility`), as the page's style sheets hide things, beside a visible notice that shows the
 * detector did run. The markup-only rows are tests/unit/hidden.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { form, HIDDEN_ROWS, page } from '../unit/hidden-rows';
import { CHROME_BUILD, launchWithExtension, QUIET_MS, startFixtureServer, waitForMarker, type ExtensionBrowser, type FixtureServer } from './harness';


const LIVE_ROWS: Array<[label: string, html: string]> = [
  ...HIDDEN_ROWS,
  ['opacity 0 from the page\'s style sheet', page(form('<p role="alert" class="_e2">Your password is incorrect.</p>'), '<style>._e2{opacity:0}</style>')],
  ['visibility hidden on an ancestor, from the style sheet', page(form('<div class="_e3"><p role="alert">Your password is incorrect.</p></div>'), '<style>._e3{visibility:hidden}</style>')],
  ['content-visibility hidden on an ancestor', page(form('<div class="_e4"><p role="alert">Your password is incorrect.</p></div>'), '<style>._e4{content-visibility:hidden}</style>')],
];

let server: FixtureServer;
let browser: ExtensionBrowser;

beforeAll(async () => {
  server = await startFixtureServer();
  browser = await launchWithExtension({ extensionDir: CHROME_BUILD, port: server.port });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('hidden messages never count, live', () => {
  it.each(LIVE_ROWS.map(([label, html], i) => [label, html, i] as const))('%s', async (_label, html, i) => {
    const url = `https://login.aliexpress.com/?hidden=${i}`;
    server.route(url, html);
    const tab = await browser.context.newPage();
    try {
      await tab.goto(url);
      expect(await waitForMarker(tab, (ids) => ids.length > 0)).toEqual(['account-locked']);
      // The hidden error never joins it, however long the page is watched.
      expect(await waitForMarker(tab, (ids) => ids.length !== 1, QUIET_MS)).toEqual(['account-locked']);
    } finally {
      await tab.close();
    }
  });
});
