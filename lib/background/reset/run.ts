/**
 * Runs a site-data reset in the background (it survives the popup closing): cookie snapshot first, saved
 * before anything is removed, then each removal checked, then site storage. Undo re-creates the cookies.
 */
import { storage } from '#imports';
import { cookieHost, cookieKey, cookieUrl, restoreDetails, toSnapshot, type CookieSnapshot } from './cookies';
import { inPlan, type ResetPlan } from './plan';

/** Undo stays available this long (design §5: at least 10 minutes), and no longer: the snapshot holds
 *  cookie values. Checked on every read, and an alarm drops it when the window ends. */
export const UNDO_WINDOW_MS = 30 * 60_000;
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

interface UndoSnapshot {
  site: ResetPlan['site'];
  takenAt: number;
  cookies: CookieSnapshot[];
}

// Session storage: in memory, readable only by the extension's own pages and worker (never a content
// script), gone when the browser closes. The snapshot holds cookie values, HttpOnly ones included.
export const lastReset = storage.defineItem<ResetResult | null>('session:reset-last', { fallback: null });
const undoSnapshot = storage.defineItem<UndoSnapshot | null>('session:reset-undo', { fallback: null });

/** Drops a snapshot whose undo window has passed: cookie values are kept no longer than needed. */
export async function discardExpiredUndo(now = Date.now()): Promise<void> {
  const snapshot = await undoSnapshot.getValue();
  if (snapshot && now > snapshot.takenAt + UNDO_WINDOW_MS) await undoSnapshot.setValue(null);
}

/** Every cookie of the plan's domains in the tab's store, partitioned ones included, less the excluded
 *  hosts' (the browser matches a domain with its subdomains, so AWS's come back too and are dropped). */
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
        if (snapshot && snapshot.storeId === plan.store.id && inPlan(plan, cookieHost(snapshot))) found.set(cookieKey(snapshot), snapshot);
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
  // Chrome cannot name an incognito window's storage: there the cookies alone go.
  if (plan.dataTypes.length === 0) return { cleared: false, types: [], hosts: plan.hosts, error: 'private-window' };
  const types = Object.fromEntries(plan.dataTypes.map((t) => [t, true]));
  // Firefox: a container's or private window's removal names its store. Not for the default store: with
  // it, Firefox ESR 153 left local storage in place (browser test).
  const filter =
    plan.browser === 'chrome' ? { origins: plan.origins } : { hostnames: plan.hosts, ...(plan.store.kind === 'normal' ? {} : { cookieStoreId: plan.store.id }) };
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
  // The snapshot is saved before anything is removed: whatever happens next, undo can restore it.
  await undoSnapshot.setValue({ site: plan.site, takenAt: at, cookies });
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
    const domain = result.domains.find((d) => cookieHost(cookie) === d.domain || cookieHost(cookie).endsWith(`.${d.domain}`))!;
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
