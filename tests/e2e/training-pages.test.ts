/**
 * Training sets written blind (tests/fixtures/training/set4, set5, and the newest, set12 to set25) in Debian's Chromium with
 * the built extension, each page served at its real address: the live path (layout, computed styles,
 * `checkVisibility`, shadow roots, srcdoc frames, the bootstrap → detector → tips chain) must reach what
 * the scan command reaches. The page marker (design §4) is what is checked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRAINING_CASES, type OwnCase } from '../unit/cases';
import { CHROME_BUILD, launchWithExtension, QUIET_MS, startFixtureServer, waitForMarker, type ExtensionBrowser, type FixtureServer } from './harness';

/** `LR_SET=<folder>` (its cases.json beside its pages) runs that set instead: a new blind set's first run in
 *  Chromium, beside its first run with `npm run score` (README, Detection quality). */
const SET = process.env.LR_SET;
const CASES: OwnCase[] = SET
  ? (JSON.parse(readFileSync(join(SET, 'cases.json'), 'utf8')) as OwnCase[]).map((c) => ({ ...c, file: join(SET, c.file) }))
  : TRAINING_CASES.filter((c) => /^training\/set(4|5|1[2-9]|2[0-5])\//.test(c.file)).map((c) => ({ ...c, file: `tests/fixtures/${c.file}` }));
/** Long enough for the bootstrap, the detector and the tips on a 2-core machine. Ordinary pages are
 *  watched past every timer of the scripts (QUIET_MS). */
const SETTLE_MS = 4000;

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

describe('training pages in Chromium', () => {
  it.each(CASES.map((c) => [c.file, c] as const))('%s', async (_name, c) => {
    // Several pages share an address: each is served while it is visited.
    server.route(c.url, { file: c.file });
    const page = await browser.context.newPage();
    try {
      await page.goto(c.url, { waitUntil: 'load' });
      const expected = [...c.expected].sort();
      const done = (ids: string[]) => expected.length > 0 && JSON.stringify(ids) === JSON.stringify(expected);
      // A blank page is one only after its scripts had their time (the blank-login-page rule's wait).
      const ids = await waitForMarker(page, done, expected.includes('blank-login-page') ? QUIET_MS + SETTLE_MS : expected.length > 0 ? SETTLE_MS : QUIET_MS);
      if (c.known_miss) expect(ids, `a known miss now passes: take its known_miss off (${c.known_miss})`).not.toEqual(expected);
      else expect(ids).toEqual(expected);
    } finally {
      await page.close();
    }
  });
});
