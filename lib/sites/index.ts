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

/** Hosts the content script runs on: every host of the site's own domains, and only the login hosts of
 *  shared domains (taobao.com is another shop; only its login belongs to 1688). */
function ownsPagesOf(site: Site, host: string): boolean {
  const own = site.domains.some((d) => !site.sharedDomains?.includes(d) && hostInDomain(host, d));
  return own || site.loginHosts.includes(host);
}

export function siteForUrl(url: URL): Site | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase();
  return SITES.find((site) => ownsPagesOf(site, host) && !site.excludedHosts?.some((pattern) => hostMatches(host, pattern))) ?? null;
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

/** The host permissions: exactly the sites' registrable domains (design §8). */
export function hostPermissionPatterns(): string[] {
  return [...new Set(SITES.flatMap((site) => site.domains.map((d) => `*://*.${d}/*`)))];
}

/** Hosts of the sites' domains that are other services: excluded from the content script. */
export function contentScriptExcludes(): string[] {
  return SITES.flatMap((site) => (site.excludedHosts ?? []).map((host) => `*://${host}/*`));
}

/** Every host of a shared domain (taobao.com is another shop: only its login hosts are the site's). */
const sharedWildcard = (site: Site, host: string) => site.sharedDomains?.some((d) => host === `*.${d}`) ?? false;

/**
 * Where the bootstrap is declared in the manifest (derived from the page rules, never written twice):
 * the sign-in pages, whole login hosts and the rules' `matchPaths`, in every frame. Every other page of
 * the sites gets it from the background once the page has loaded, so that an ordinary page does not pay
 * for a content script while it loads. Account pages are among those.
 */
export function contentScriptMatches(): string[] {
  const patterns = SITES.flatMap((site) =>
    site.pages
      .filter((rule) => rule.kind !== 'account')
      .flatMap((rule) => rule.hosts.filter((host) => !sharedWildcard(site, host)).flatMap((host) => (rule.paths ? (rule.matchPaths ?? []) : ['/*']).map((path) => `*://${host}${path}`))),
  );
  return [...new Set(patterns)];
}
