/**
 * An in-memory cookie API that behaves like the browser's where a reset depends on it: cookie stores kept
 * apart, a domain query matching the domain and its subdomains on label boundaries (never
 * `notaliexpress.com` for `aliexpress.com`), host-only and domain cookies, partitioned cookies visible only
 * when a partition key is given, removal by URL + name + store + partition (resolving null when nothing
 * matched), and `set` re-creating a cookie from its details.
 */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export interface FakeCookie {
  name: string;
  value: string;
  /** '.example.com' for a domain cookie, 'login.example.com' for a host-only one. */
  domain: string;
  hostOnly: boolean;
  path: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: string;
  session: boolean;
  expirationDate?: number;
  storeId: string;
  partitionKey?: { topLevelSite?: string };
}

export function cookie(name: string, domain: string, extra: Partial<FakeCookie> = {}): FakeCookie {
  return { name, value: `v-${name}`, domain, hostOnly: !domain.startsWith('.'), path: '/', secure: true, httpOnly: true, sameSite: 'lax', session: false, expirationDate: 4_000_000_000, storeId: '0', ...extra };
}

const host = (c: FakeCookie) => c.domain.replace(/^\./, '');
const under = (h: string, domain: string) => h === domain || h.endsWith(`.${domain}`);
const samePartition = (c: FakeCookie, key?: { topLevelSite?: string }) => (c.partitionKey?.topLevelSite ?? null) === (key?.topLevelSite ?? null);

/** Installs the fake on `fakeBrowser.cookies` over `jar` (changed in place); `refuse` names cookies the
 *  browser will not remove. `stores`: Chrome's stores with the tabs in each. */
export function installCookies(jar: FakeCookie[], options: { refuse?: Set<string>; stores?: Array<{ id: string; tabIds: number[] }> } = {}) {
  const api = fakeBrowser.cookies as unknown as Record<string, unknown>;
  api.getAllCookieStores = vi.fn(async () => options.stores ?? [{ id: '0', tabIds: [] }]);
  api.getAll = vi.fn(async (q: { domain?: string; storeId?: string; partitionKey?: { topLevelSite?: string } }) =>
    jar
      .filter((c) => c.storeId === (q.storeId ?? '0'))
      .filter((c) => !q.domain || under(host(c), q.domain.replace(/^\./, '')))
      // Without a key only unpartitioned cookies; `{}` every partition; a site that partition.
      .filter((c) => (q.partitionKey === undefined ? !c.partitionKey : q.partitionKey.topLevelSite === undefined || samePartition(c, q.partitionKey)))
      .map((c) => ({ ...c })),
  );
  api.remove = vi.fn(async (d: { url: string; name: string; storeId?: string; partitionKey?: { topLevelSite?: string } }) => {
    const url = new URL(d.url);
    const index = jar.findIndex(
      (c) =>
        c.name === d.name &&
        c.storeId === (d.storeId ?? '0') &&
        samePartition(c, d.partitionKey) &&
        (c.hostOnly ? host(c) === url.hostname : under(url.hostname, host(c))) &&
        url.pathname.startsWith(c.path),
    );
    if (index < 0 || options.refuse?.has(d.name)) return null;
    const [removed] = jar.splice(index, 1);
    return { name: removed!.name, url: d.url, storeId: removed!.storeId };
  });
  api.set = vi.fn(async (d: Record<string, unknown>) => {
    const url = new URL(String(d.url));
    const created: FakeCookie = {
      name: String(d.name), value: String(d.value), domain: typeof d.domain === 'string' ? d.domain : url.hostname, hostOnly: typeof d.domain !== 'string',
      path: String(d.path ?? '/'), secure: d.secure === true, httpOnly: d.httpOnly === true, sameSite: String(d.sameSite ?? 'unspecified'),
      session: d.expirationDate === undefined, expirationDate: d.expirationDate as number | undefined, storeId: String(d.storeId ?? '0'),
      ...(d.partitionKey ? { partitionKey: d.partitionKey as FakeCookie['partitionKey'] } : {}),
    };
    jar.push(created);
    return created;
  });
}
