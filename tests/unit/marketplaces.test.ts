/**
 * Issue 20, per marketplace: every card (tipOnPage, for each finding id), the popup's contacts and the support
 * message, rendered for each supported marketplace's sign-in page, name that marketplace and link its own
 * pages, in the language of the card (ja / en) or of the help desk (the support message).
 */
import { describe, expect, it } from 'vitest';
import { supportMessage } from '@/lib/background/support-message';
import { FINDING_DETAILS, FINDING_IDS, type Contact, type FindingDetail, type FindingId, type Lang, type SiteId, type Tip } from '@/lib/findings';
import { amazon } from '@/lib/sites/amazon';
import { forMarketplace, hostInDomain, marketplaceName, siteForUrl, SUPPORT } from '@/lib/sites';
import { tipOnPage } from '@/lib/tips';

interface Marketplace {
  name: string;
  site: SiteId;
  url: string;
  /** Hosts a link may go to from this marketplace's pages. */
  linksTo: (host: string) => boolean;
  /** Words no text on this marketplace may say (another marketplace's name). */
  never: RegExp;
  /** The support message's language: the help desk's. */
  supportLang: 'ja' | 'en' | 'zh';
  /** Where the support message goes. */
  supportHost: string;
  /** What the lock card's contact page (or, without one, its support page) must be. */
  contactHost: string;
}

const AMAZON_OTHER = /Amazon\.co\.jp|amazon\.co\.jp|AliExpress|Alibaba\.com|1688|Taobao/;

const amazonMarketplaces: Marketplace[] = amazon.domains.map((domain) => ({
  name: domain,
  site: 'amazon',
  url: `https://www.${domain}/ap/signin`,
  // The marketplace's own hosts, and the hold page all marketplaces share (account-status.amazon.com).
  linksTo: (host) => host === `www.${domain}` || host === 'account-status.amazon.com',
  never: domain === 'amazon.co.jp' ? /AliExpress|Alibaba\.com|1688|Taobao/ : AMAZON_OTHER,
  supportLang: domain === 'amazon.co.jp' ? 'ja' : 'en',
  supportHost: `www.${domain}`,
  contactHost: `www.${domain}`,
}));

const ALIEXPRESS_HOSTS = (host: string) => ['aliexpress.com'].some((d) => hostInDomain(host, d));

const MARKETPLACES: Marketplace[] = [
  ...amazonMarketplaces,
  ...['https://login.aliexpress.com/', 'https://ja.aliexpress.com/p/login/index.html', 'https://login.aliexpress.us/', 'https://login.aliexpress.ru/'].map(
    (url): Marketplace => ({
      name: new URL(url).hostname,
      site: 'aliexpress',
      url,
      linksTo: ALIEXPRESS_HOSTS,
      never: /Amazon|Alibaba\.com|1688|Taobao/,
      supportLang: 'en',
      supportHost: 'helppage.aliexpress.com',
      contactHost: 'helppage.aliexpress.com',
    }),
  ),
  {
    name: 'Alibaba.com',
    site: 'alibaba',
    url: 'https://passport.alibaba.com/icbu_login.htm',
    linksTo: (host) => hostInDomain(host, 'alibaba.com'),
    never: /Amazon|AliExpress/,
    supportLang: 'en',
    supportHost: 'service.alibaba.com',
    contactHost: 'service.alibaba.com',
  },
  {
    name: "Alibaba.com's Japanese UI",
    site: 'alibaba',
    url: 'https://japanese.alibaba.com/login.htm',
    linksTo: (host) => hostInDomain(host, 'alibaba.com'),
    never: /Amazon|AliExpress/,
    // Its help desk is Alibaba.com's, in English: the message is in its language.
    supportLang: 'en',
    supportHost: 'service.alibaba.com',
    contactHost: 'service.alibaba.com',
  },
  {
    name: '1688',
    site: 'alibaba',
    url: 'https://login.1688.com/member/signin.htm',
    linksTo: (host) => hostInDomain(host, '1688.com'),
    never: /Amazon|AliExpress/,
    supportLang: 'zh',
    supportHost: 'www.1688.com',
    contactHost: 'www.1688.com',
  },
  {
    name: 'Taobao',
    site: 'alibaba',
    url: 'https://login.taobao.com/member/login.jhtml',
    // The shoppers' service, never the sellers' hall (helpcenter.taobao.com).
    linksTo: (host) => host === 'consumerservice.taobao.com',
    never: /Amazon|AliExpress/,
    supportLang: 'zh',
    supportHost: 'consumerservice.taobao.com',
    contactHost: 'consumerservice.taobao.com',
  },
];

const LANGS: Lang[] = ['ja', 'en'];
const KANA = /[\u3040-\u30ff]/;

function links(tip: Tip): Contact[] {
  return [tip.sitePage, ...(tip.contacts ?? [])].filter((c): c is Contact => !!c);
}

/** Every text of a card as the user reads it, links' labels included. */
function texts(tip: Tip): string[] {
  return [tip.title, tip.why, ...tip.steps.flatMap((s) => [s.text, s.otherwise ?? '', s.control?.label ?? '']), ...tip.causes, ...links(tip).map((c) => c.label)].filter(Boolean);
}

/** A text with the site's own labels (quoted) left out. */
const ours = (text: string, lang: Lang) => (lang === 'ja' ? text.replace(/「[^」]*」/g, '「」') : text.replace(/“[^”]*”/g, '“”'));

/** Each finding id, and each step of its journey the page can say (`detail`): each has its own card. */
const CARDS: Array<[FindingId, FindingDetail | undefined]> = FINDING_IDS.flatMap((id) => [
  [id, undefined] as [FindingId, undefined],
  ...((FINDING_DETAILS as Partial<Record<FindingId, readonly FindingDetail[]>>)[id] ?? []).map((d) => [id, d] as [FindingId, FindingDetail]),
]);

const ROWS = MARKETPLACES.flatMap((m) => LANGS.flatMap((lang) => CARDS.map(([id, detail]) => [m.name, lang, detail ? `${id}/${detail}` : id, id, detail, m] as const)));

describe('each marketplace is a page of its site', () => {
  it.each(MARKETPLACES.map((m) => [m.name, m] as const))('%s', (_name, m) => {
    expect(siteForUrl(new URL(m.url))?.id).toBe(m.site);
  });
});

describe('every card on every marketplace: its names, its links and its language', () => {
  it.each(ROWS)('%s %s %s', (_name, lang, _card, id, detail, m) => {
    const tip = tipOnPage(m.site, id, lang, m.url, detail);
    // Names: no other marketplace's (on Amazon's others, no Amazon.co.jp).
    for (const text of texts(tip)) expect(text, text).not.toMatch(m.never);
    // Links: https, on this marketplace; no phone number.
    for (const link of links(tip)) {
      expect(link.href, link.label).toMatch(/^https:\/\//);
      expect(m.linksTo(new URL(link.href).hostname), `${link.label} → ${link.href}`).toBe(true);
    }
    // Language: a Japanese card reads Japanese; an English one has no Japanese outside a quoted page label.
    if (lang === 'ja') expect(tip.title).toMatch(KANA);
    else for (const text of texts(tip)) expect(ours(text, 'en'), text).not.toMatch(KANA);
  });
});

describe("a card for the site's support links this marketplace's own contact or help page", () => {
  const SUPPORT_CARDS: Array<[FindingId, FindingDetail | undefined]> = [['account-locked', undefined], ['account-locked', 'locked'], ['account-locked', 'restricted'], ['suspicious-activity', undefined], ['page-error', undefined]];
  it.each(MARKETPLACES.flatMap((m) => LANGS.flatMap((lang) => SUPPORT_CARDS.map(([id, detail]) => [m.name, lang, detail ? `${id}/${detail}` : id, id, detail, m] as const))))('%s %s %s', (_name, lang, _card, id, detail, m) => {
    const hosts = links(tipOnPage(m.site, id, lang, m.url, detail)).map((c) => new URL(c.href).hostname);
    expect(hosts).toContain(m.contactHost);
  });

  // On amazon.co.jp the contact page is the card's button, elsewhere beside account-status (review 20, M10).
  it.each(amazonMarketplaces.flatMap((m) => LANGS.map((lang) => [m.name, lang, m] as const)))("Amazon's lock card on %s (%s) names that marketplace's contact page", (domain, lang, m) => {
    const tip = tipOnPage('amazon', 'account-locked', lang, m.url);
    const contact = [tip.sitePage, ...(tip.contacts ?? [])].find((c) => c?.href.endsWith('/gp/help/customer/contact-us'));
    expect(contact?.href).toBe(`https://www.${domain}/gp/help/customer/contact-us`);
    expect(contact?.label).toContain(marketplaceName(domain));
  });
});

describe("the popup's contacts on every marketplace", () => {
  it.each(MARKETPLACES.flatMap((m) => LANGS.map((lang) => [m.name, lang, m] as const)))('%s %s', (_name, lang, m) => {
    const contacts = forMarketplace(m.site, SUPPORT[m.site].contacts[lang], new URL(m.url).hostname, lang);
    expect(contacts.length).toBeGreaterThan(0);
    for (const c of contacts) {
      expect(c.href).toMatch(/^https:\/\//);
      expect(m.linksTo(new URL(c.href).hostname), `${c.label} → ${c.href}`).toBe(true);
      expect(c.label).not.toMatch(m.never);
    }
  });
});

describe('the support message on every marketplace: the help desk\'s language and address', () => {
  const at = new Date('2026-11-28T10:17:00Z');
  it.each(MARKETPLACES.map((m) => [m.name, m] as const))('%s', (_name, m) => {
    const message = supportMessage({
      site: m.site,
      findings: [{ id: 'account-locked', site: m.site, severity: 'error', evidence: 'locked' }],
      pageUrl: m.url,
      at,
      timeZone: 'Asia/Tokyo',
      browser: 'Google Chrome 142',
      tried: [{ at: at.getTime() - 60_000, kind: 'ticked', what: 'lock-notice' }],
    });
    expect(message.lang).toBe(m.supportLang);
    expect(new URL(message.contact.href).hostname).toBe(m.supportHost);
    expect(message.contact.label).not.toMatch(m.never);
    const body = message.text.replace(/"[^"]*"|「[^」]*」|“[^”]*”/g, '');
    if (m.supportLang === 'en') expect(body).not.toMatch(KANA);
    if (m.supportLang === 'ja') expect(body).toMatch(KANA);
    if (m.supportLang === 'zh') expect(body).toMatch(/[您账号]/);
    // AliExpress locks for a while; Amazon puts on hold; Alibaba freezes: each in its own word.
    if (m.site === 'aliexpress') expect(message.text).not.toMatch(/on hold|保留/);
    if (m.site === 'amazon') expect(message.text).not.toMatch(/frozen|凍結/);
    // What was checked reads as what was looked at, never as a conclusion beside the quoted lock.
    expect(message.text).not.toMatch(/No (lock|hold|freeze) notice|notice.*not shown|通知が出ていない|没有冻结或限制的提示/);
  });
});
