/** A reset that fails half-way says exactly what was and was not removed, and undo still works. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { planReset } from '@/lib/background/reset/plan';
import { lastReset, resetSiteData, undoReset, UNDO_WINDOW_MS } from '@/lib/background/reset/run';
import { siteById } from '@/lib/sites';
import { cookie, installCookies, type FakeCookie } from './fake-cookies';

const plan = planReset(siteById('aliexpress'), new URL('https://login.aliexpress.com/'), 'chrome', { id: '0', kind: 'normal' });
const names = (jar: FakeCookie[]) => jar.map((c) => c.name).sort();

describe('reset failures', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    (fakeBrowser as unknown as { browsingData: unknown }).browsingData = { remove: vi.fn(async () => undefined) };
  });

  it('a cookie that will not delete is named in the result; the others are counted', async () => {
    const jar = [cookie('a', '.aliexpress.com'), cookie('stuck', '.aliexpress.com'), cookie('u', '.aliexpress.us')];
    installCookies(jar, { refuse: new Set(['stuck']) });
    const result = await resetSiteData(plan);
    expect(result.domains.find((d) => d.domain === 'aliexpress.com')).toEqual({ domain: 'aliexpress.com', cookiesRemoved: 1, cookiesFailed: ['stuck'] });
    expect(result.domains.find((d) => d.domain === 'aliexpress.us')?.cookiesRemoved).toBe(1);
    expect(result.status).toBe('done');
  });

  it('browsingData.remove throwing: storage reported as not cleared, with the error; cookies still removed', async () => {
    installCookies([cookie('a', '.aliexpress.com')]);
    (fakeBrowser as unknown as { browsingData: unknown }).browsingData = { remove: vi.fn(async () => Promise.reject(new Error('unsupported data type'))) };
    const result = await resetSiteData(plan);
    expect(result.storage).toMatchObject({ cleared: false, error: 'unsupported data type' });
    expect(result.domains[0]?.cookiesRemoved).toBe(1);
  });

  it('browsingData.remove never answering: a time-out, reported', async () => {
    vi.useFakeTimers();
    try {
      installCookies([]);
      (fakeBrowser as unknown as { browsingData: unknown }).browsingData = { remove: vi.fn(() => new Promise(() => undefined)) };
      const pending = resetSiteData(plan);
      await vi.advanceTimersByTimeAsync(16_000);
      expect((await pending).storage).toMatchObject({ cleared: false, error: expect.stringContaining('did not finish') });
    } finally {
      vi.useRealTimers();
    }
  });

  it('stopped half-way (worker restart): the snapshot was saved first, so undo restores every cookie', async () => {
    const jar = [cookie('a', '.aliexpress.com'), cookie('b', 'login.aliexpress.com')];
    installCookies(jar);
    // The worker dies during storage clearing: the reset never returns.
    (fakeBrowser as unknown as { browsingData: unknown }).browsingData = { remove: vi.fn(() => new Promise(() => undefined)) };
    void resetSiteData(plan);
    await vi.waitFor(() => expect(jar).toHaveLength(0));
    expect((await lastReset.getValue())?.status).toBe('running');
    const undone = await undoReset();
    expect(undone).toEqual({ restored: 2, failed: [], expired: 0 });
    expect(names(jar)).toEqual(['a', 'b']);
  });

  it('undo after the window has passed restores nothing, and the cookie values are gone', async () => {
    installCookies([cookie('a', '.aliexpress.com')]);
    await resetSiteData(plan);
    expect(JSON.stringify(await fakeBrowser.storage.session.get())).toContain('v-a');
    expect(await undoReset(Date.now() + UNDO_WINDOW_MS + 1000)).toBeNull();
    expect(JSON.stringify(await fakeBrowser.storage.session.get())).not.toContain('v-a');
    expect(JSON.stringify(await fakeBrowser.storage.local.get())).not.toContain('v-a');
  });
});
