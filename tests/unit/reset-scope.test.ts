/**
 * The reset touches the shop and nothing else (design §5, issue 12): only the tab's cookie store, only the
 * shop's hosts. Run against a cookie API that behaves like the browser's (fake-cookies.ts).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { inPlan, planReset, tabStore } from '@/lib/background/reset/plan';
import { resetSiteData, undoReset } from '@/lib/background/reset/run';
import { siteById, siteForUrl } from '@/lib/sites';
import { NOT_THE_SHOP } from '@/lib/sites/amazon';
import { cookie, installCookies } from './fake-cookies';

const NORMAL = { id: '0', kind: 'normal' } as const;
const names = (jar: Array<{ name: string }>) => jar.map((c) => c.name).sort();
const amazonCom = (store = NORMAL) => planReset(siteById('amazon'), new URL('https://www.amazon.com/ap/signin'), 'chrome', store);

beforeEach(() => {
  fakeBrowser.reset();
  (fakeBrowser as unknown as { browsingData: unknown }).browsingData = { remove: vi.fn(async () => undefined) };
});

describe('reset scope', () => {
  it('a normal window\'s reset leaves private windows and other stores signed in, and copies none of their cookies', async () => {
    const jar = [cookie('shop', '.aliexpress.com'), cookie('private', '.aliexpress.com', { storeId: '1' }), cookie('container', '.aliexpress.com', { storeId: 'firefox-container-2' })];
    // The browser lists every store the extension may reach (the reset used to walk them all).
    installCookies(jar, { stores: [{ id: '0', tabIds: [5] }, { id: '1', tabIds: [9] }, { id: 'firefox-container-2', tabIds: [] }] });
    await resetSiteData(planReset(siteById('aliexpress'), new URL('https://login.aliexpress.com/'), 'chrome', NORMAL));
    expect(names(jar)).toEqual(['container', 'private']);
    expect(JSON.stringify(await fakeBrowser.storage.session.get())).not.toMatch(/v-private|v-container/);
  });

  it('a private window\'s reset removes its own cookies only, and no site storage in Chrome (it cannot name an incognito window\'s storage)', async () => {
    const jar = [cookie('normal', '.aliexpress.com'), cookie('private', '.aliexpress.com', { storeId: '1' })];
    installCookies(jar);
    const remove = (fakeBrowser as unknown as { browsingData: { remove: ReturnType<typeof vi.fn> } }).browsingData.remove;
    const result = await resetSiteData(planReset(siteById('aliexpress'), new URL('https://login.aliexpress.com/'), 'chrome', { id: '1', kind: 'private' }));
    expect(names(jar)).toEqual(['normal']);
    expect(remove).not.toHaveBeenCalled();
    expect(result.storage).toMatchObject({ cleared: false, error: 'private-window' });
  });

  it('Firefox: storage removal is limited to the tab\'s container', async () => {
    installCookies([]);
    const remove = (fakeBrowser as unknown as { browsingData: { remove: ReturnType<typeof vi.fn> } }).browsingData.remove;
    await resetSiteData(planReset(siteById('aliexpress'), new URL('https://login.aliexpress.com/'), 'firefox', { id: 'firefox-container-2', kind: 'container' }));
    expect(remove.mock.calls[0]![0]).toMatchObject({ cookieStoreId: 'firefox-container-2' });
  });

  it('Amazon: the shop\'s cookies go; AWS console, Seller Central and Vendor Central sessions stay, and are not copied', async () => {
    const jar = [
      cookie('session-id', '.amazon.com'),
      cookie('at-main', '.amazon.com'),
      cookie('aws-session', '.aws.amazon.com'),
      cookie('console', 'us-east-1.console.aws.amazon.com'),
      cookie('sc', 'sellercentral.amazon.com'),
      cookie('sc-eu', '.sellercentral-europe.amazon.com'),
      cookie('vc', 'vendorcentral.amazon.com'),
      cookie('jp', '.amazon.co.jp'),
    ];
    installCookies(jar);
    await resetSiteData(amazonCom());
    expect(names(jar)).toEqual(['aws-session', 'console', 'jp', 'sc', 'sc-eu', 'vc']);
    expect(JSON.stringify(await fakeBrowser.storage.session.get())).not.toMatch(/v-aws|v-console|v-sc|v-vc/);
  });

  it('domains match on label boundaries: another site ending in the same letters is never touched', async () => {
    const jar = [cookie('shop', '.aliexpress.com'), cookie('other', '.notaliexpress.com'), cookie('host-only', 'login.aliexpress.com')];
    installCookies(jar);
    await resetSiteData(planReset(siteById('aliexpress'), new URL('https://login.aliexpress.com/'), 'chrome', NORMAL));
    expect(names(jar)).toEqual(['other']);
  });

  it('partitioned cookies of the shop are removed and restored with their partition', async () => {
    const jar = [cookie('chips', '.aliexpress.com', { partitionKey: { topLevelSite: 'https://aliexpress.com' } })];
    installCookies(jar);
    await resetSiteData(planReset(siteById('aliexpress'), new URL('https://login.aliexpress.com/'), 'chrome', NORMAL));
    expect(jar).toHaveLength(0);
    await undoReset();
    expect(jar).toEqual([expect.objectContaining({ name: 'chips', partitionKey: { topLevelSite: 'https://aliexpress.com' } })]);
  });
});

describe('the hosts that are not the shop', () => {
  it.each(['console.aws.amazon.com', 'signin.aws.amazon.com', 'aws.amazon.com', 'sellercentral.amazon.com', 'sellercentral.amazon.co.jp', 'sellercentral-japan.amazon.com', 'sellercentral-europe.amazon.com', 'sellercentral.amazon.de', 'vendorcentral.amazon.com', 'vendorcentral.amazon.co.jp', 'developer.amazon.com', 'advertising.amazon.co.jp', 'kdp.amazon.co.jp', 'affiliate.amazon.co.jp'])(
    '%s: no content script, no reset',
    (host) => {
      expect(siteForUrl(new URL(`https://${host}/`))).toBeNull();
      expect(inPlan(amazonCom(), host) || inPlan(planReset(siteById('amazon'), new URL('https://www.amazon.co.jp/'), 'chrome', NORMAL), host)).toBe(false);
    },
  );

  it('every pattern names a host under one of the marketplaces (a typo would silently exclude nothing)', () => {
    for (const pattern of NOT_THE_SHOP) expect(siteById('amazon').domains.some((d) => pattern.replace(/^\*\./, '').endsWith(`.${d}`))).toBe(true);
  });

  it.each(['www.amazon.com', 'www.amazon.co.jp', 'account-status.amazon.com', 'amazon.com'])('%s is the shop', (host) => {
    expect(siteForUrl(new URL(`https://${host}/`))?.id).toBe('amazon');
  });
});

describe('the tab\'s store', () => {
  it.each([
    ['Chrome, normal window', { id: 5, incognito: false }, [{ id: '0', tabIds: [5] }, { id: '1', tabIds: [9] }], { id: '0', kind: 'normal' }],
    ['Chrome, incognito window', { id: 9, incognito: true }, [{ id: '0', tabIds: [5] }, { id: '1', tabIds: [9] }], { id: '1', kind: 'private' }],
    ['Firefox, default', { id: 5, incognito: false, cookieStoreId: 'firefox-default' }, [], { id: 'firefox-default', kind: 'normal' }],
    ['Firefox, container', { id: 5, incognito: false, cookieStoreId: 'firefox-container-3' }, [], { id: 'firefox-container-3', kind: 'container' }],
    ['Firefox, private window', { id: 5, incognito: true, cookieStoreId: 'firefox-private' }, [], { id: 'firefox-private', kind: 'private' }],
  ] as const)('%s', (_label, tab, stores, expected) => {
    expect(tabStore(tab, stores as never)).toEqual(expected);
  });
});
