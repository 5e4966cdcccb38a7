/** Cookie snapshots and the exact parameters that re-create them (undo). Pure. */

export type SameSite = 'no_restriction' | 'lax' | 'strict' | 'unspecified';

/** Everything `cookies.set` can give back; creation and last-access times cannot be restored. */
export interface CookieSnapshot {
  name: string;
  value: string;
  domain: string;
  hostOnly: boolean;
  path: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: SameSite;
  session: boolean;
  expirationDate?: number;
  storeId: string;
  partitionKey?: { topLevelSite?: string; hasCrossSiteAncestor?: boolean };
  firstPartyDomain?: string;
}

export interface CookieSetDetails {
  url: string;
  name: string;
  value: string;
  domain?: string;
  path: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: SameSite;
  expirationDate?: number;
  storeId: string;
  partitionKey?: CookieSnapshot['partitionKey'];
  firstPartyDomain?: string;
}

export function cookieHost(cookie: Pick<CookieSnapshot, 'domain'>): string {
  return cookie.domain.replace(/^\./, '');
}

/** The URL a cookie is removed and re-created through: its own host and path, always https (an https
 *  request carries a cookie whether it is Secure or not, and the extension's host access is https: only
 *  Chrome's listing of non-Secure cookies needs http access, lib/sites `chromeCookiePatterns`). */
export function cookieUrl(cookie: Pick<CookieSnapshot, 'domain' | 'path'>): string {
  return `https://${cookieHost(cookie)}${cookie.path || '/'}`;
}

/** `cookies.set` details that re-create the cookie with all its attributes, or null when it has expired
 *  since (setting it would only delete it). */
export function restoreDetails(cookie: CookieSnapshot, nowSeconds: number): CookieSetDetails | null {
  if (!cookie.session && cookie.expirationDate !== undefined && cookie.expirationDate <= nowSeconds) return null;
  const details: CookieSetDetails = {
    url: cookieUrl(cookie),
    name: cookie.name,
    value: cookie.value,
    path: cookie.path || '/',
    secure: cookie.secure,
    httpOnly: cookie.httpOnly,
    sameSite: cookie.sameSite,
    storeId: cookie.storeId,
  };
  // Host-only (and every __Host- cookie) must be set without a domain, or it would become a domain cookie.
  if (!cookie.hostOnly && !cookie.name.startsWith('__Host-')) details.domain = cookie.domain;
  if (!cookie.session && cookie.expirationDate !== undefined) details.expirationDate = cookie.expirationDate;
  if (cookie.partitionKey) details.partitionKey = cookie.partitionKey;
  if (cookie.firstPartyDomain !== undefined) details.firstPartyDomain = cookie.firstPartyDomain;
  return details;
}

/** One identity per cookie: the same name can exist per domain, path, store and partition. */
export function cookieKey(c: CookieSnapshot): string {
  return JSON.stringify([c.name, c.domain, c.path, c.storeId, c.partitionKey?.topLevelSite ?? '', c.firstPartyDomain ?? null]);
}

/** Keeps what the snapshot needs from a browser cookie (drops unknown fields, fixes types). */
export function toSnapshot(raw: Record<string, unknown>): CookieSnapshot | null {
  if (typeof raw.name !== 'string' || typeof raw.value !== 'string' || typeof raw.domain !== 'string') return null;
  const sameSite = (['no_restriction', 'lax', 'strict', 'unspecified'] as const).find((s) => s === raw.sameSite) ?? 'unspecified';
  const snapshot: CookieSnapshot = {
    name: raw.name,
    value: raw.value,
    domain: raw.domain,
    hostOnly: raw.hostOnly === true,
    path: typeof raw.path === 'string' ? raw.path : '/',
    secure: raw.secure === true,
    httpOnly: raw.httpOnly === true,
    sameSite,
    session: raw.session === true,
    storeId: typeof raw.storeId === 'string' ? raw.storeId : '0',
  };
  if (typeof raw.expirationDate === 'number') snapshot.expirationDate = raw.expirationDate;
  if (raw.partitionKey && typeof raw.partitionKey === 'object') snapshot.partitionKey = raw.partitionKey as CookieSnapshot['partitionKey'];
  // Firefox: '' is a real value (not isolated) and must be passed back as it is.
  if (typeof raw.firstPartyDomain === 'string') snapshot.firstPartyDomain = raw.firstPartyDomain;
  return snapshot;
}
