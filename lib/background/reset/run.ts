/**
 * Runs a site-data reset in the background (it survives the popup closing): cookie snapshot first, saved
 * before anything is removed, then each removal checked, then site storage. Undo re-creates the cookies.
 */
import { storage } from '#imports';
import { cookieHost, cookieKey, cookieUrl, restoreDetails, toSnapshot, type CookieSnapshot } from './cookies';
import { hostInDomain } from '../../sites';
import { inPlan, type ResetPlan } from './plan';
import { UNDO_WINDOW_MS } from '../../undo-window';

/** Undo stays available for UNDO_WINDOW_MS after the latest reset (lib/undo-window.ts), and no longer:
 *  checked on every read, and an alarm drops the snapshot when the window ends. */
export { UNDO_WINDOW_MS };
export const UNDO_EXPIRY_ALARM = 'reset-undo-expiry';
const STORAGE_TIMEOUT_MS = 15_000;

export interface DomainResult {
  domain: string;
  cookiesRemoved: number;
  /** Names of cookies whose removal the browser refused. */
  cookiesFailed: string[];
}

export interface ResetResult {
  site: ResetPlan['site'];
  at: number;
  /** 'running' is left behind when the service worker stopped mid-way: the snapshot still allows undo. */
  status: 'running' | 'done';
  domains: DomainResult[];
  storage: { cleared: boolean; types: readonly string[]; hosts: string[]; error?: string };
  undoUntil: number;
}

export interface UndoResult {
  restored: number;
  failed: string[];
  expired: number;
}

/** What undo restores: every cookie the resets of the window removed, at its value before the first of
 *  them. A reset within the window adds to it (never replaces it) and moves `until` on. */
interface UndoSnapshot {
  /** The latest reset's site. */
  site: ResetPlan['site'];
  /** The first reset whose cookies it holds. */
  takenAt: number;
  /** When undo ends: the latest reset + UNDO_WINDOW_MS. */
  until: number;
  cookies: CookieSnapshot[];
}

// Session storage: in memory, readable only by the extension's own pages and worker (never a content
// script), gone when the browser closes. The snapshot holds cookie values, HttpOnly ones included.
export const lastReset = storage.defineItem<ResetResult | null>('session:reset-last', { fallback: null });
const undoSnapshot = storage.defineItem<UndoSnapshot | null>('session:reset-undo', { fallback: null });

/** Drops a snapshot whose undo window has passed: cookie values are kept no longer than needed. */
export async function discardExpiredUndo(now = Date.now()): Promise<void> {
  await liveSnapshot(now);
}

/** The snapshot while its window lasts; an expired one is dropped. */
async function liveSnapshot(now: number): Promise<UndoSnapshot | null> {
  const snapshot = await undoSnapshot.getValue();
  if (!snapshot) return null;
  if (now <= (snapshot.until ?? snapshot.takenAt + UNDO_WINDOW_MS)) return snapshot;
  await undoSnapshot.setValue(null);
  return null;
}

/**
 * The snapshot of two resets in one window: every cookie of either, and where both hold the same cookie
 * (same name, domain, path, store and partition: `cookieKey`), the older value wins: the one the user had
 * before the first reset, not the one the site set in between.
 */
export function mergeSnapshots(older: CookieSnapshot[], newer: CookieSnapshot[]): CookieSnapshot[] {
  const merged = new Map<string, CookieSnapshot>(older.map((c) => [cookieKey(c), c]));
  for (const cookie of newer) if (!merged.has(cookieKey(cookie))) merged.set(cookieKey(cookie), cookie);
  return [...merged.values()];
}

/** Every cookie of the shop in the tab's store, partitioned ones included: the browser lists a domain with
 *  its subdomains, so the other services' cookies come back too and are dropped (`inPlan`). */
async function snapshotCookies(plan: ResetPlan): Promise<CookieSnapshot[]> {
  const found = new Map<string, CookieSnapshot>();
  for (const domain of plan.domains) {
    const base: Record<string, unknown> = { domain, storeId: plan.store.id };
    if (plan.browser === 'firefox') base.firstPartyDomain = null;
    // Partitioned cookies are invisible unless a partitionKey is given; older browsers reject the key.
    for (const query of [base, { ...base, partitionKey: {} }]) {
      const cookies = await browser.cookies.getAll(query as never).catch(() => []);
      for (const raw of cookies) {
        const snapshot = toSnapshot(raw as unknown as Record<string, unknown>);
        if (snapshot && snapshot.storeId === plan.store.id && inPlan(plan, snapshot.domain)) found.set(cookieKey(snapshot), snapshot);
      }
    }
  }
  return [...found.values()];
}

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} did not finish in ${ms / 1000} s`)), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error) => (clearTimeout(timer), reject(error)),
    );
  });
}

async function clearStorage(plan: ResetPlan): Promise<ResetResult['storage']> {
  // Chrome cannot name an incognito window's storage, and Firefox keeps none for a private window that an
  // extension may clear: there the cookies alone go.
  if (plan.dataTypes.length === 0) return { cleared: false, types: [], hosts: plan.hosts, error: 'private-window' };
  const types = Object.fromEntries(plan.dataTypes.map((t) => [t, true]));
  // Chrome: exact origins, the normal window's storage (the only one it can name). Firefox: exact hostnames
  // in the tab's own store (its container, or the normal window's `firefox-default`): without the store,
  // Firefox clears the hosts' storage in every container.
  const filter = plan.browser === 'chrome' ? { origins: plan.origins } : { hostnames: plan.hosts, cookieStoreId: plan.store.id };
  try {
    await withTimeout(browser.browsingData.remove(filter as never, types), STORAGE_TIMEOUT_MS, 'browsingData.remove');
    return { cleared: true, types: plan.dataTypes, hosts: plan.hosts };
  } catch (error) {
    return { cleared: false, types: plan.dataTypes, hosts: plan.hosts, error: String((error as Error)?.message ?? error) };
  }
}

export async function resetSiteData(plan: ResetPlan): Promise<ResetResult> {
  const at = Date.now();
  const cookies = await snapshotCookies(plan);
  // The snapshot is saved before anything is removed: whatever happens next, undo can restore it. A reset
  // of the same site in the same store within the window keeps the earlier one's cookies (undo restores
  // both); one of another site or store starts a snapshot of its own, so that undo never restores cookies
  // of a site other than the one it is pressed for.
  const live = await liveSnapshot(at);
  const earlier = live && live.site === plan.site && live.cookies.every((c) => c.storeId === plan.store.id) ? live : null;
  await undoSnapshot.setValue({
    site: plan.site,
    takenAt: earlier?.takenAt ?? at,
    until: at + UNDO_WINDOW_MS,
    cookies: earlier ? mergeSnapshots(earlier.cookies, cookies) : cookies,
  });
  const result: ResetResult = {
    site: plan.site,
    at,
    status: 'running',
    domains: plan.domains.map((domain) => ({ domain, cookiesRemoved: 0, cookiesFailed: [] })),
    storage: { cleared: false, types: plan.dataTypes, hosts: plan.hosts },
    undoUntil: at + UNDO_WINDOW_MS,
  };
  await lastReset.setValue(result);

  for (const cookie of cookies) {
    const domain = result.domains.find((d) => hostInDomain(cookieHost(cookie), d.domain))!;
    const details: Record<string, unknown> = { url: cookieUrl(cookie), name: cookie.name, storeId: cookie.storeId };
    if (cookie.partitionKey) details.partitionKey = cookie.partitionKey;
    if (cookie.firstPartyDomain !== undefined) details.firstPartyDomain = cookie.firstPartyDomain;
    // remove() resolves null when nothing was removed: checked, not assumed.
    const removed = await browser.cookies.remove(details as never).catch(() => null);
    if (removed) domain.cookiesRemoved++;
    else domain.cookiesFailed.push(cookie.name);
  }
  result.storage = await clearStorage(plan);
  result.status = 'done';
  await lastReset.setValue(result);
  return result;
}

/** Re-creates the snapshotted cookies with all their attributes. Storage cannot be restored. */
export async function undoReset(now = Date.now()): Promise<UndoResult | null> {
  await discardExpiredUndo(now);
  const snapshot = await undoSnapshot.getValue();
  if (!snapshot) return null;
  const result: UndoResult = { restored: 0, failed: [], expired: 0 };
  for (const cookie of snapshot.cookies) {
    const details = restoreDetails(cookie, now / 1000);
    if (!details) {
      result.expired++;
      continue;
    }
    const set = await browser.cookies.set(details as never).catch(() => null);
    if (set) result.restored++;
    else result.failed.push(cookie.name);
  }
  await undoSnapshot.setValue(null);
  const last = await lastReset.getValue();
  if (last) await lastReset.setValue({ ...last, undoUntil: 0 });
  return result;
}
