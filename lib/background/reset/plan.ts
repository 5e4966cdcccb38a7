/** What a site-data reset covers: the shop's own hosts (the site's allow-list) and the domain-wide cookies of
 *  its registrable domains, in the tab's own cookie store (design §5). Pure. */
import type { SiteId } from '../../findings';
import { hostInDomain, type Site } from '../../sites';

export type BrowserKind = 'chrome' | 'firefox';

/** Chrome: every type that `origins` can limit; cookies are removed one by one (snapshot for undo). */
export const CHROME_TYPES = ['cache', 'cacheStorage', 'fileSystems', 'indexedDB', 'localStorage', 'serviceWorkers', 'webSQL'] as const;
/**
 * Firefox: the types that both `hostnames` (exact hosts) and `cookieStoreId` (the tab's container or normal
 * window) limit. Not service workers: Firefox refuses them with a `cookieStoreId`, and by hostname it
 * removes every subdomain's too (ServiceWorkerCleanUp.removeFromHost); not the cache, which it cannot limit
 * to a site. Both stay (README, Site-data reset).
 */
export const FIREFOX_TYPES = ['indexedDB', 'localStorage'] as const;

/** The tab's cookie store: what the user is signed in with in that window or container, and only that. */
export interface CookieStore {
  id: string;
  /** A normal window, a private (incognito) window, or a Firefox container tab. */
  kind: 'normal' | 'private' | 'container';
}

export interface ResetPlan {
  site: SiteId;
  browser: BrowserKind;
  store: CookieStore;
  /** Registrable domains whose domain-wide cookies (`.amazon.co.jp`) are removed. */
  domains: string[];
  /** The shop's hosts under those domains (the site's allow-list): their cookies and site storage are
   *  removed. No other host's. */
  hosts: string[];
  /** Chrome's `origins` filter: the hosts over https. */
  origins: string[];
  /** Site storage types to clear; none where the browser cannot limit them to the tab's store (Chrome's
   *  browsingData has no way to name an incognito window's storage; Firefox keeps none for a private one). */
  dataTypes: readonly string[];
}

export function planReset(site: Site, tabUrl: URL, browser: BrowserKind, store: CookieStore): ResetPlan {
  const tabHost = tabUrl.hostname.toLowerCase();
  const domains = site.resetPerDomain ? site.domains.filter((d) => hostInDomain(tabHost, d)) : [...site.domains];
  const hosts = site.hosts.filter((host) => domains.some((d) => hostInDomain(host, d)));
  return {
    site: site.id,
    browser,
    store,
    domains,
    hosts,
    origins: hosts.map((h) => `https://${h}`),
    dataTypes: store.kind === 'private' ? [] : browser === 'chrome' ? CHROME_TYPES : FIREFOX_TYPES,
  };
}

/**
 * Whether the reset takes a cookie, by its domain (the leading dot dropped): yes when it is one of the
 * shop's hosts (host-only or domain cookie of that host) or one of the registrable domains themselves (the
 * domain-wide cookies the shop signs in with, sent to every host of the domain). Never a cookie of any other
 * host, host-only or domain-wide (`brandregistry.amazon.com`, `.aws.amazon.com`). Exact names, no suffixes.
 */
export function inPlan(plan: ResetPlan, cookieDomain: string): boolean {
  const host = cookieDomain.replace(/^\./, '').toLowerCase();
  return plan.hosts.includes(host) || plan.domains.includes(host);
}

/** The store of a tab: Firefox names it on the tab; Chrome lists the tabs of each store. */
export function tabStore(tab: { id?: number; incognito?: boolean; cookieStoreId?: string }, chromeStores: Array<{ id: string; tabIds?: number[] }>): CookieStore {
  const kind: CookieStore['kind'] = tab.incognito ? 'private' : tab.cookieStoreId && tab.cookieStoreId !== 'firefox-default' ? 'container' : 'normal';
  const id = tab.cookieStoreId ?? chromeStores.find((s) => tab.id !== undefined && s.tabIds?.includes(tab.id))?.id ?? (tab.incognito ? '1' : '0');
  return { id, kind };
}
