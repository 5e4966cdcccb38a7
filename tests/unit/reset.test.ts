import { describe, expect, it } from 'vitest';
import { cookieKey, restoreDetails, toSnapshot, type CookieSnapshot } from '@/lib/background/reset/cookies';
import { CHROME_TYPES, FIREFOX_TYPES, planReset } from '@/lib/background/reset/plan';
import { siteById } from '@/lib/sites';

const NORMAL = { id: '0', kind: 'normal' } as const;

describe('reset planner', () => {
  it('AliExpress: its three domains, every login host, Chrome origins', () => {
    const plan = planReset(siteById('aliexpress'), new URL('https://login.aliexpress.com/'), 'chrome', NORMAL);
    expect(plan.domains).toEqual(['aliexpress.com', 'aliexpress.us', 'aliexpress.ru']);
    expect(plan.hosts).toEqual(expect.arrayContaining(['aliexpress.com', 'www.aliexpress.com', 'login.aliexpress.com', 'passport.aliexpress.com', 'accounts.aliexpress.com', 'login.aliexpress.us']));
    expect(plan.origins).toContain('https://passport.aliexpress.com');
    expect(plan.origins.every((o) => o.startsWith('https://'))).toBe(true);
    expect(plan.dataTypes).toEqual(CHROME_TYPES);
  });

  it('Amazon: only the tab marketplace (each is its own account store)', () => {
    const plan = planReset(siteById('amazon'), new URL('https://www.amazon.co.jp/ap/signin'), 'chrome', NORMAL);
    expect(plan.domains).toEqual(['amazon.co.jp']);
    expect(plan.hosts).toEqual(['amazon.co.jp', 'www.amazon.co.jp', 'account-status.amazon.co.jp']);
    expect(planReset(siteById('amazon'), new URL('https://www.amazon.com/'), 'chrome', NORMAL).hosts).toEqual(['amazon.com', 'www.amazon.com', 'account-status.amazon.com']);
    expect(plan.origins.every((o) => o.endsWith('amazon.co.jp'))).toBe(true);
  });

  it('Alibaba: alibaba.com, 1688.com and taobao.com (1688 signs in through Taobao)', () => {
    const plan = planReset(siteById('alibaba'), new URL('https://login.1688.com/member/signin.htm'), 'firefox', NORMAL);
    expect(plan.domains).toEqual(['alibaba.com', '1688.com', 'taobao.com']);
    expect(plan.hosts).toEqual(expect.arrayContaining(['login.taobao.com', 'login.1688.com', 'passport.alibaba.com']));
    // Taobao's own shop is not 1688's: only its sign-in hosts.
    expect(plan.hosts.filter((h) => h.endsWith('taobao.com')).sort()).toEqual(['login.m.taobao.com', 'login.taobao.com', 'passport.taobao.com']);
    expect(plan.dataTypes).toEqual(FIREFOX_TYPES);
  });

  it('never another site, never types that make Chrome refuse an origins filter', () => {
    for (const id of ['aliexpress', 'amazon', 'alibaba'] as const) {
      const site = siteById(id);
      const plan = planReset(site, new URL(`https://${site.hosts[0]}/`), 'chrome', NORMAL);
      for (const host of plan.hosts) expect(plan.domains.some((d) => host === d || host.endsWith(`.${d}`))).toBe(true);
      for (const banned of ['history', 'downloads', 'formData', 'passwords', 'cookies']) expect(plan.dataTypes).not.toContain(banned);
    }
  });
});

const base: CookieSnapshot = {
  name: 'sid', value: 'v', domain: '.aliexpress.com', hostOnly: false, path: '/', secure: true, httpOnly: true,
  sameSite: 'lax', session: false, expirationDate: 2_000_000_000, storeId: '0',
};
const NOW = 1_800_000_000;

describe('cookie restore parameters', () => {
  it.each([
    ['domain cookie', base, { url: 'https://aliexpress.com/', domain: '.aliexpress.com', expirationDate: 2_000_000_000 }],
    ['host-only: no domain', { ...base, domain: 'login.aliexpress.com', hostOnly: true }, { url: 'https://login.aliexpress.com/', domain: undefined }],
    ['__Host-: no domain, path /', { ...base, name: '__Host-x', domain: 'login.aliexpress.com', hostOnly: true }, { domain: undefined, path: '/', secure: true }],
    ['__Secure-: secure kept', { ...base, name: '__Secure-y' }, { secure: true, domain: '.aliexpress.com' }],
    ['session: no expiry', { ...base, session: true, expirationDate: undefined }, { expirationDate: undefined }],
    ['SameSite=None: secure', { ...base, sameSite: 'no_restriction' as const }, { sameSite: 'no_restriction', secure: true }],
    ['insecure cookie: an https URL (it carries non-Secure cookies too), Secure kept off', { ...base, secure: false, path: '/p' }, { url: 'https://aliexpress.com/p', secure: false }],
    ['partitioned: key passed back', { ...base, partitionKey: { topLevelSite: 'https://example.com' } }, { partitionKey: { topLevelSite: 'https://example.com' } }],
    ['store id passed back', { ...base, storeId: '1' }, { storeId: '1' }],
    ['Firefox first-party domain', { ...base, firstPartyDomain: 'aliexpress.com' }, { firstPartyDomain: 'aliexpress.com' }],
  ] as const)('%s', (_label, cookie, expected) => {
    const details = restoreDetails(cookie as CookieSnapshot, NOW)!;
    expect(details).toMatchObject({ name: cookie.name, value: 'v', httpOnly: true });
    for (const [key, value] of Object.entries(expected)) expect(details[key as keyof typeof details]).toEqual(value);
  });

  it('an expired cookie is not re-created', () => {
    expect(restoreDetails({ ...base, expirationDate: NOW - 1 }, NOW)).toBeNull();
  });

  it('snapshots keep only known fields, with safe types', () => {
    expect(toSnapshot({ name: 'a', value: 'b', domain: 'x.com', sameSite: 'weird', evil: 1 })).toEqual({
      name: 'a', value: 'b', domain: 'x.com', hostOnly: false, path: '/', secure: false, httpOnly: false, sameSite: 'unspecified', session: false, storeId: '0',
    });
    expect(toSnapshot({ name: 1 })).toBeNull();
  });

  it('the same name in two partitions is two cookies', () => {
    expect(cookieKey(base)).not.toBe(cookieKey({ ...base, partitionKey: { topLevelSite: 'https://a.com' } }));
  });
});
