/** What a site-data reset covers: exactly the site's own registrable domains, less the hosts that are not
 *  the shop, in the tab's own cookie store (design §5). Pure. */
import type { SiteId } from '../../findings';
import { hostInDomain, hostMatches, type Site } from '../../sites';

export type BrowserKind = 'chrome' | 'firefox';

/** Chrome: every type that `origins` can limit; cookies are removed one by one (snapshot for undo). */
export const CHROME_TYPES = ['cache', 'cacheStorage', 'fileSystems', 'indexedDB', 'localStorage', 'serviceWorkers', 'webSQL'] as const;
/** Firefox: the types `hostnames` can limit reliably (cache by hostname may clear every site's cache). */
export const FIREFOX_TYPES = ['indexedDB', 'localStorage', 'serviceWorkers'] as const;

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
  /** Registrable domains whose cookies are removed (and every subdomain's but the excluded hosts'). */
  domains: string[];
  /** Hosts under those domains that are other services (AWS, Seller Central…): left alone. */
  excludedHosts: string[];
  /** Hosts whose site storage is cleared (storage is per origin: every login host is listed). */
  hosts: string[];
  /** Chrome's `origins` filter. */
  origins: string[];
  /** Site storage types to clear; none where the browser cannot limit them to the tab's store (Chrome's
   *  browsingData has no way to name an incognito window's storage). */
  dataTypes: readonly string[];
}

export function planReset(site: Site, tabUrl: URL, browser: BrowserKind, store: CookieStore): ResetPlan {
  const tabHost = tabUrl.hostname.toLowerCase();
  const domains = site.resetPerDomain ? site.domains.filter((d) => hostInDomain(tabHost, d)) : [...site.domains];
  const inScope = (host: string) => domains.some((d) => hostInDomain(host, d));
  const hosts = [
    ...new Set([...domains.flatMap((d) => [d, `www.${d}`]), ...site.loginHosts.filter(inScope), ...(inScope(tabHost) ? [tabHost] : [])]),
  ];
  const storageReachable = browser === 'firefox' || store.kind === 'normal';
  return {
    site: site.id,
    browser,
    store,
    domains,
    excludedHosts: site.excludedHosts ?? [],
    hosts,
    origins: hosts.flatMap((h) => [`https://${h}`, `http://${h}`]),
    dataTypes: !storageReachable ? [] : browser === 'chrome' ? CHROME_TYPES : FIREFOX_TYPES,
  };
}

/** Whether a cookie's host is in the plan: under one of its domains, not under an excluded host. */
export function inPlan(plan: ResetPlan, host: string): boolean {
  return plan.domains.some((d) => hostInDomain(host, d)) && !plan.excludedHosts.some((pattern) => hostMatches(host, pattern));
}

/** The store of a tab: Firefox names it on the tab; Chrome lists the tabs of each store. */
export function tabStore(tab: { id?: number; incognito?: boolean; cookieStoreId?: string }, chromeStores: Array<{ id: string; tabIds?: number[] }>): CookieStore {
  const kind: CookieStore['kind'] = tab.incognito ? 'private' : tab.cookieStoreId && tab.cookieStoreId !== 'firefox-default' ? 'container' : 'normal';
  const id = tab.cookieStoreId ?? chromeStores.find((s) => tab.id !== undefined && s.tabIds?.includes(tab.id))?.id ?? (tab.incognito ? '1' : '0');
  return { id, kind };
}
