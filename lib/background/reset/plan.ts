/** What a site-data reset covers: exactly the site's own registrable domains (design §5). Pure. */
import type { SiteId } from '../../findings';
import { hostInDomain, type Site } from '../../sites';

export type BrowserKind = 'chrome' | 'firefox';

/** Chrome: every type that `origins` can limit; cookies are removed one by one (snapshot for undo). */
export const CHROME_TYPES = ['cache', 'cacheStorage', 'fileSystems', 'indexedDB', 'localStorage', 'serviceWorkers', 'webSQL'] as const;
/** Firefox: the types `hostnames` can limit reliably (cache by hostname may clear every site's cache). */
export const FIREFOX_TYPES = ['indexedDB', 'localStorage', 'serviceWorkers'] as const;

export interface ResetPlan {
  site: SiteId;
  browser: BrowserKind;
  /** Registrable domains whose cookies are removed (and every subdomain's). */
  domains: string[];
  /** Hosts whose site storage is cleared (storage is per origin: every login host is listed). */
  hosts: string[];
  /** Chrome's `origins` filter. */
  origins: string[];
  dataTypes: readonly string[];
}

export function planReset(site: Site, tabUrl: URL, browser: BrowserKind): ResetPlan {
  const tabHost = tabUrl.hostname.toLowerCase();
  const domains = site.resetPerDomain ? site.domains.filter((d) => hostInDomain(tabHost, d)) : [...site.domains];
  const inScope = (host: string) => domains.some((d) => hostInDomain(host, d));
  const hosts = [
    ...new Set([...domains.flatMap((d) => [d, `www.${d}`]), ...site.loginHosts.filter(inScope), ...(inScope(tabHost) ? [tabHost] : [])]),
  ];
  return {
    site: site.id,
    browser,
    domains,
    hosts,
    origins: hosts.flatMap((h) => [`https://${h}`, `http://${h}`]),
    dataTypes: browser === 'chrome' ? CHROME_TYPES : FIREFOX_TYPES,
  };
}
