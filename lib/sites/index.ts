import type { Contact, SiteId } from '../findings';
import { alibaba, alibabaSupport } from './alibaba';
import { aliexpress, aliexpressSupport } from './aliexpress';
import { amazon, amazonSupport } from './amazon';
import type { PageKind, Site, SiteSupport } from './types';

export type { PageKind, Site, SiteSupport } from './types';

export const SITES: readonly Site[] = [aliexpress, amazon, alibaba];

/** Contacts and reset warnings per site (only the extension pages import this). */
export const SUPPORT: Record<SiteId, SiteSupport> = { aliexpress: aliexpressSupport, amazon: amazonSupport, alibaba: alibabaSupport };

/** Amazon's marketplace a host is on (`amazon.co.jp`, `amazon.com`, `amazon.de`…), or null. */
export function amazonMarketplace(host: string | null): string | null {
  if (host === null) return null;
  return amazon.domains.filter((d) => hostInDomain(host, d)).sort((a, b) => b.length - a.length)[0] ?? null;
}

/** `Amazon.co.jp`, `Amazon.com`, `Amazon.de`: how each marketplace names itself. */
export const marketplaceName = (domain: string) => `Amazon${domain.slice('amazon'.length)}`;

/** Every marketplace has its contact page at the same path on its own host (README, Links). */
const AMAZON_CONTACT_PATH = '/gp/help/customer/contact-us';

/**
 * Where to send the message: the marketplace's own contact or help page, on that marketplace. Sources
 * (README, Links and their sources): AliExpress — its Help Center, the chat reached from it (knowledge
 * base: Help → Customer service → "Chat Now", English only); Amazon — the contact page of the tab's own
 * marketplace (amazon.co.jp without a page), where a call back is requested (no phone number is shown:
 * none is confirmed by a current public source); Taobao — its shopper service (「消费者客服」 in
 * taobao.com's own header; helpcenter.taobao.com is the sellers'); 1688 — no shopper help address is
 * confirmed, so 1688 itself; Alibaba.com (its Japanese UI included) — its Help Center, in English.
 */
export function contactFor(site: SiteId, host: string | null, lang: 'ja' | 'en' | 'zh'): Contact {
  const page = (href: string, ja: string, en: string, zh: string): Contact => ({ href, label: { ja, en, zh }[lang] });
  switch (site) {
    case 'aliexpress':
      return page('https://helppage.aliexpress.com/buyercenter/index.html', 'AliExpressのヘルプセンター', 'AliExpress Help Center', 'AliExpress 帮助中心');
    case 'amazon': {
      const domain = amazonMarketplace(host) ?? 'amazon.co.jp';
      const name = marketplaceName(domain);
      return page(`https://www.${domain}${AMAZON_CONTACT_PATH}`, `${name}カスタマーサービス（問い合わせページ）`, `${name} Customer Service (contact page)`, `${name} 客户服务（联系页面）`);
    }
    case 'alibaba':
      if (host !== null && hostInDomain(host, '1688.com')) return page('https://www.1688.com/', '1688のサイト（ヘルプは中国語）', '1688 (help in Chinese)', '1688');
      if (host !== null && hostInDomain(host, 'taobao.com')) return page('https://consumerservice.taobao.com/', 'Taobaoの購入者向けカスタマーサービス（中国語）', 'Taobao customer service for shoppers (Chinese)', '淘宝消费者客服');
      return page('https://service.alibaba.com/page/home', 'Alibaba.comのヘルプセンター（英語）', 'Alibaba.com Help Center (English)', 'Alibaba.com 帮助中心');
  }
}

/** The contacts as said on the tab's marketplace: Amazon.co.jp's contact page becomes the tab's own
 *  marketplace's; on Alibaba's sites only the tab's own site's help (Alibaba.com, 1688 or Taobao). */
export function forMarketplace(site: SiteId, contacts: Contact[], host: string | null, lang: 'ja' | 'en' = 'ja'): Contact[] {
  if (site === 'alibaba') {
    // Alibaba.com, 1688 and Taobao are separate sites with separate help: only the tab's own.
    const domain = host === null ? null : alibaba.domains.find((d) => hostInDomain(host, d));
    if (!domain) return contacts;
    const own = contacts.filter((c) => URL.canParse(c.href) && hostInDomain(new URL(c.href).hostname, domain));
    return own.length > 0 ? own : [contactFor('alibaba', host, lang)];
  }
  if (site !== 'amazon') return contacts;
  return contacts.map((c) => (c.href === `https://www.amazon.co.jp${AMAZON_CONTACT_PATH}` ? contactFor('amazon', host, lang) : c));
}

export function siteById(id: SiteId): Site {
  return SITES.find((site) => site.id === id)!;
}

/** True when `host` is `domain` or one of its subdomains. */
export function hostInDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** `pattern`: a host, or `*.` and a domain for every host under it. */
function hostMatches(host: string, pattern: string): boolean {
  return pattern.startsWith('*.') ? hostInDomain(host, pattern.slice(2)) : host === pattern;
}

/** The site whose shop this host is (exact names: `Site.hosts`), or null. */
function siteForHost(host: string): Site | null {
  const name = host.toLowerCase();
  return SITES.find((site) => site.hosts.includes(name)) ?? null;
}

/** The site of a page: https only, and only on a host that is the shop (`Site.hosts`). Every other host,
 *  the sites' other services and plain http included, gets no content script, no card and no reset. */
export function siteForUrl(url: URL): Site | null {
  if (url.protocol !== 'https:') return null;
  return siteForHost(url.hostname);
}

/** What kind of sign-in page a URL is; the first matching rule of the site wins. */
export function pageKind(site: Site, url: URL): PageKind {
  const host = url.hostname.toLowerCase();
  const path = url.pathname + url.search;
  const rule = site.pages.find(
    (r) => r.hosts.some((h) => hostMatches(host, h)) && (!r.paths || r.paths.some((p) => p.test(path))),
  );
  return rule?.kind ?? 'other';
}

/** Hosts the extension needs access to: the shop's hosts, and the bare registrable domains (a browser
 *  lets an extension read a domain cookie such as `.taobao.com` only with access to that domain). */
function permittedHosts(): string[] {
  return [...new Set(SITES.flatMap((site) => [...site.hosts, ...site.domains]))];
}

/** The host permissions (design §8): https only, exact hosts, never a whole domain's subdomains. */
export function hostPermissionPatterns(): string[] {
  return permittedHosts().map((host) => `https://${host}/*`);
}

/** The shop's own pages, https, exact hosts (not the bare domains the cookies need): where the card may
 *  be framed. */
export function shopPagePatterns(): string[] {
  return [...new Set(SITES.flatMap((site) => site.hosts))].map((host) => `https://${host}/*`);
}

/**
 * Chrome only: the same hosts over http, for the cookies API alone. Chrome lists (and lets an extension
 * remove) a cookie only with access to `http://` + its domain when it is not Secure, `https://` when it is
 * (Chromium's cookies_helpers: GetURLFromCanonicalCookie), so without these the reset would leave every
 * non-Secure cookie of the shop. No page gets anything over http: the content script's matches and
 * `siteForUrl` are https only, and the background injects only where `siteForUrl` says so. Firefox matches a
 * cookie, Secure or not, with an https pattern (MatchPattern::MatchesCookie).
 */
export function chromeCookiePatterns(): string[] {
  return permittedHosts().map((host) => `http://${host}/*`);
}

/**
 * Where the bootstrap is declared in the manifest (derived from the page rules, never written twice):
 * the sign-in pages, whole login hosts and the rules' `matchPaths`, in every frame. Every other page of
 * the sites gets it from the background once the page has loaded, so that an ordinary page does not pay
 * for a content script while it loads. Account pages are among those.
 */
export function contentScriptMatches(): string[] {
  const patterns = SITES.flatMap((site) =>
    site.hosts.flatMap((host) => {
      const rules = site.pages.filter((rule) => rule.kind !== 'account' && rule.hosts.some((pattern) => hostMatches(host, pattern)));
      // A rule for the whole host covers its paths.
      const paths = rules.some((rule) => !rule.paths) ? ['/*'] : rules.flatMap((rule) => rule.matchPaths ?? []);
      return paths.map((path) => `https://${host}${path}`);
    }),
  );
  return [...new Set(patterns)];
}
