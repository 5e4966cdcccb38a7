/**
 * Undo restores only the site it is pressed for: a reset of another site (or in another cookie store)
 * within the window starts a snapshot of its own instead of adding to the first.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { planReset } from '@/lib/background/reset/plan';
import { resetSiteData, undoReset } from '@/lib/background/reset/run';
import { siteById } from '@/lib/sites';
import { cookie, installCookies, type FakeCookie } from './fake-cookies';

const NORMAL = { id: '0', kind: 'normal' } as const;
const state = (jar: FakeCookie[]) => jar.map((c) => `${c.name}@${c.domain}`).sort();

beforeEach(() => {
  fakeBrowser.reset();
  (fakeBrowser as unknown as { browsingData: unknown }).browsingData = { remove: vi.fn(async () => undefined) };
});

describe('undo is for one site', () => {
  it('reset Amazon, then AliExpress: undo brings back AliExpress\'s cookies and never Amazon\'s', async () => {
    const jar = [cookie('session-id', '.amazon.co.jp'), cookie('xman_t', '.aliexpress.com')];
    installCookies(jar);
    await resetSiteData(planReset(siteById('amazon'), new URL('https://www.amazon.co.jp/ap/signin'), 'chrome', NORMAL));
    expect(state(jar)).toEqual(['xman_t@.aliexpress.com']);
    await resetSiteData(planReset(siteById('aliexpress'), new URL('https://login.aliexpress.com/'), 'chrome', NORMAL));
    expect(jar).toEqual([]);
    expect(await undoReset()).toMatchObject({ restored: 1 });
    expect(state(jar)).toEqual(['xman_t@.aliexpress.com']);
  });
});
