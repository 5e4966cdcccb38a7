import type { Contact, SiteId } from '../findings';
import { alibaba, alibabaSupport } from './alibaba';
import { aliexpress, aliexpressSupport } from './aliexpress';
import { amazon, amazonSupport } from './amazon';
import type { PageKind, Site, SiteSupport } from './types';

export type { PageKind, Site, SiteSupport } from './types';

export const SITES: readonly Site[] = [aliexpress, amazon, alibaba];

/** Contacts and reset warnings per site (only the extension pages import this). */
export const SUPPORT: Record<SiteId, SiteSupport> = { aliexpress: aliexpressSupport, amazon: amazonSupport, alibaba: alibabaSupport };

/**
 * Where to send the message: the marketplace's own contact or help page. Sources (README, Links):
 * AliExpress — lib/sites/aliexpress.ts, the chat reached from it (knowledge base: Help → Customer service →
 * "Chat Now", English only); Amazon — the contact-us page of amazon.co.jp and of amazon.com, as linked from
 * their own help pages; 1688 — helpcenter.1688.com; Taobao — helpcenter.taobao.com; Alibaba.com —
 * service.alibaba.com/page/home (its Help Center).
 */
export function contactFor(site: SiteId, host: string | null, lang: 'ja' | 'en' | 'zh'): Contact {
  const page = (href: string, ja: string, en: string, zh: string): Contact => ({ href, label: { ja, en, zh }[lang] });
  switch (site) {
    case 'aliexpress':
      return page('https://helppage.aliexpress.com/buyercenter/index.html', 'AliExpress ヘルプセンター（チャットは英語のみ）', 'AliExpress Help Center (chat in English only)', 'AliExpress 帮助中心（在线客服仅限英文）');
    case 'amazon':
      return host === null || hostInDomain(host, 'amazon.co.jp')
        ? page('https://www.amazon.co.jp/gp/help/customer/contact-us', 'Amazon.co.jp カスタマーサービス', 'Amazon.co.jp Customer Service', 'Amazon.co.jp 客户服务')
        : page('https://www.amazon.com/gp/help/customer/contact-us', 'Amazon カスタマーサービス', 'Amazon Customer Service', 'Amazon 客户服务');
    case 'alibaba':
      if (host !== null && hostInDomain(host, '1688.com')) return page('https://helpcenter.1688.com/', '1688 ヘルプセンター（中国語）', '1688 Help Center (Chinese)', '1688 帮助中心');
      if (host !== null && hostInDomain(host, 'taobao.com')) return page('https://helpcenter.taobao.com/', 'Taobao ヘルプセンター（中国語）', 'Taobao Help Center (Chinese)', '淘宝帮助中心');
      return page('https://service.alibaba.com/page/home', 'Alibaba.com ヘルプセンター（英語）', 'Alibaba.com Help Center (English)', 'Alibaba.com 帮助中心');
  }
}
/** Amazon.co.jp's phone numbers are for amazon.co.jp: on Amazon's other marketplaces they are left out. */
export function forMarketplace(site: SiteId, contacts: Contact[], host: string | null): Contact[] {
  const otherMarketplace = site === 'amazon' && host !== null && !hostInDomain(host, 'amazon.co.jp');
  return otherMarketplace ? contacts.filter((c) => !c.href.startsWith('tel:')) : contacts;
}

export function siteById(id: SiteId): Site {
  return SITES.find((site) => site.id === id)!;
}

/** True when `host` is `domain` or one of its subdomains. */
export function hostInDomain(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/** `pattern`: a host, or `*.` and a domain for every host under it. */
export function hostMatches(host: string, pattern: string): boolean {
  return pattern.startsWith('*.') ? hostInDomain(host, pattern.slice(2)) : host === pattern;
}

/** The site whose shop this host is (exact names: `Site.hosts`), or null. */
export function siteForHost(host: string): Site | null {
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
