/**
 * Undo never loses the first snapshot (issue 17): a second reset within the window keeps the first one's
 * cookies, oldest value first, and the window is one constant that every text states.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { CookieSnapshot } from '@/lib/background/reset/cookies';
import { planReset } from '@/lib/background/reset/plan';
import { lastReset, mergeSnapshots, resetSiteData, undoReset } from '@/lib/background/reset/run';
import { siteById } from '@/lib/sites';
import { resetConsequences } from '@/lib/reset-consequences';
import { UNDO_WINDOW_MINUTES, UNDO_WINDOW_MS } from '@/lib/undo-window';
import { CARD_STRINGS } from '@/components/card/strings';
import { STRINGS } from '@/components/popup/strings';
import { cookie, installCookies, type FakeCookie } from './fake-cookies';

const NORMAL = { id: '0', kind: 'normal' } as const;
const ali = () => planReset(siteById('aliexpress'), new URL('https://login.aliexpress.com/'), 'chrome', NORMAL);
const state = (jar: FakeCookie[]) => jar.map((c) => `${c.name}=${c.value}@${c.domain}`).sort();

beforeEach(() => {
  fakeBrowser.reset();
  (fakeBrowser as unknown as { browsingData: unknown }).browsingData = { remove: vi.fn(async () => undefined) };
});

describe('a second reset within the window', () => {
  it('reset, reset again, undo: every cookie of the first reset comes back with its first value', async () => {
    const jar = [cookie('xman_t', '.aliexpress.com'), cookie('host_only', 'login.aliexpress.com'), cookie('us_site', '.aliexpress.us')];
    const before = state(jar);
    installCookies(jar);
    await resetSiteData(ali());
    expect(jar).toEqual([]);
    // The site sets new cookies meanwhile (a fresh anonymous session, one of the same name).
    jar.push(cookie('xman_t', '.aliexpress.com', { value: 'fresh' }), cookie('new_one', '.aliexpress.com'));
    await resetSiteData(ali());
    expect(jar).toEqual([]);
    expect(await undoReset()).toMatchObject({ restored: 4, failed: [] });
    // The first reset's cookies at their first values; the one only the second reset took, too.
    expect(state(jar)).toEqual([...before, 'new_one=v-new_one@.aliexpress.com'].sort());
  });

  it('the window runs from the latest reset; the cookie values are dropped when it ends', async () => {
    const jar = [cookie('a', '.aliexpress.com')];
    installCookies(jar);
    const first = await resetSiteData(ali());
    expect(first.undoUntil - first.at).toBe(UNDO_WINDOW_MINUTES * 60_000);
    const second = await resetSiteData(ali());
    expect(second.undoUntil - second.at).toBe(UNDO_WINDOW_MINUTES * 60_000);
    expect((await lastReset.getValue())?.undoUntil).toBe(second.undoUntil);
    expect(await undoReset(second.undoUntil + 1)).toBeNull();
    expect(JSON.stringify(await fakeBrowser.storage.session.get())).not.toContain('v-a');
  });

  it('a reset after the window has ended starts a new snapshot (the old values are gone)', async () => {
    const jar = [cookie('a', '.aliexpress.com')];
    installCookies(jar);
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      await resetSiteData(ali());
      vi.setSystemTime(Date.now() + UNDO_WINDOW_MS + 1000);
      jar.push(cookie('b', '.aliexpress.com'));
      await resetSiteData(ali());
      expect(await undoReset()).toMatchObject({ restored: 1 });
      expect(state(jar)).toEqual(['b=v-b@.aliexpress.com']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('merging: oldest wins per cookie (name, domain, path, partition, store); every other cookie is kept', () => {
    const c = (name: string, value: string, extra: Partial<CookieSnapshot> = {}): CookieSnapshot => ({
      name, value, domain: '.aliexpress.com', hostOnly: false, path: '/', secure: true, httpOnly: true, sameSite: 'lax', session: true, storeId: '0', ...extra,
    });
    const older = [c('sid', 'old'), c('sid', 'old-p', { path: '/p' })];
    const newer = [c('sid', 'new'), c('sid', 'new-store', { storeId: '1' }), c('sid', 'new-part', { partitionKey: { topLevelSite: 'https://aliexpress.com' } }), c('sid', 'new-dom', { domain: 'login.aliexpress.com' })];
    expect(mergeSnapshots(older, newer).map((x) => x.value).sort()).toEqual(['new-dom', 'new-part', 'new-store', 'old', 'old-p']);
  });
});

describe('the undo window is stated from one constant', () => {
  it('the card (its confirmation is the consequences\' words) says it', () => {
    expect(resetConsequences('aliexpress', 'ja', null).undo).toContain(`${UNDO_WINDOW_MINUTES}分以内`);
    expect(CARD_STRINGS.ja.undoGone).toContain(`${UNDO_WINDOW_MINUTES}分`);
    expect(resetConsequences('aliexpress', 'en', null).undo).toContain(`${UNDO_WINDOW_MINUTES} minutes`);
    expect(CARD_STRINGS.en.undoGone).toContain(`${UNDO_WINDOW_MINUTES} minutes`);
  });

  it('the popup says it', () => {
    expect(STRINGS.ja.undoNote(UNDO_WINDOW_MINUTES)).toContain(`${UNDO_WINDOW_MINUTES}分以内`);
    expect(STRINGS.en.undoNote(UNDO_WINDOW_MINUTES)).toContain(`${UNDO_WINDOW_MINUTES} minutes`);
  });

  it('no text in the code states the window as a number of its own (each reads lib/undo-window.ts)', () => {
    const sources = (dir: string): string[] =>
      readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : []));
    const stated = ['components', 'lib', 'entrypoints'].flatMap(sources).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .filter((line) => /元に戻|undo|restore/i.test(line) && /\d+\s*(分|minutes?\b)/.test(line) && !/^\s*(\/\/|\*|\/\*\*)/.test(line))
        .map((line) => `${file}: ${line.trim()}`),
    );
    expect(stated).toEqual([]);
  });

  // Texts that cannot import it say it in words: each must say this window and no other.
  it.each([
    ['assets/store/listing.ja.md', /Cookieは(\d+)分以内なら元に戻せます/g],
    ['assets/store/listing.en.md', /restore the cookies for (\d+) minutes/g],
    ['README.md', /(\d+) minutes/g],
  ])('%s states the window as the code has it', (file, pattern) => {
    const stated = [...readFileSync(file, 'utf8').matchAll(pattern)].map((m) => Number(m[1]));
    expect(stated.length).toBeGreaterThan(0);
    for (const minutes of stated) expect(minutes).toBe(UNDO_WINDOW_MINUTES);
  });
});
