import { route, type Frame } from '@/lib/background/boundary';
import type { Message, PageMessage, ShownTip, TabFindingsPush, TabState } from '@/lib/messages';
import { planReset, tabStore, type CookieStore } from '@/lib/background/reset/plan';
import { discardExpiredUndo, resetSiteData, undoReset, UNDO_EXPIRY_ALARM } from '@/lib/background/reset/run';
import { siteForUrl } from '@/lib/sites';
import { BOOT_RUNNING, LOAD_WAIT_MS } from '@/lib/content/stats';
import { OPTIONS_KEY, readChecked, validateOptions } from '@/lib/settings';
import { optionsItem } from '@/lib/stored';
import { forgetTab, newTopDocument, setFrameFindings, tabFindings, tabsWithFindings } from '@/lib/background/tab-findings';
import type { Finding, SiteId } from '@/lib/findings';
import type { PageEvents } from '@/lib/detection/reader';
import { statusNow, thisBrowser } from '@/lib/this-browser';
import { tipFor } from '@/lib/tips';

/** Injected on demand: the bootstrap into loaded pages that do not declare it, the detector into frames
 *  whose gate opened, the tips into a top frame with something to show (see entrypoints/). */
const BOOT = '/boot.js' as const;
const DETECTOR = '/detector.js' as const;
const TIPS = '/tips.js' as const;

export default defineBackground(() => {
  const extensionOrigin = browser.runtime.getURL('/');
  void discardExpiredUndo();

  browser.runtime.onMessage.addListener((raw, sender) => {
    // Who may send what: lib/background/boundary.ts.
    const routed = route(raw, sender, { id: browser.runtime.id, origin: extensionOrigin });
    if (!routed) return undefined;
    return routed.from === 'extension-page' ? onPageMessage(routed.message) : onContentMessage(routed.message, routed.frame);
  });

  async function onContentMessage(message: Message, frame: Frame): Promise<unknown> {
    const { tabId, frameId, url } = frame;
    switch (message.type) {
      case 'boot': {
        if (frameId === 0 && message.documentSince !== undefined && (await newTopDocument(tabId, message.documentSince))) await findingsChanged(tabId);
        const site = URL.canParse(url) ? siteForUrl(new URL(url)) : null;
        if (!site || !(await options()).sites[site.id]) return false;
        if (!message.detect) return true;
        await inject(frame, DETECTOR);
        // The detector watches from now on: the bootstrap stops.
        return false;
      }
      case 'frame-findings':
        await setFrameFindings(tabId, frameId, message.findings);
        return findingsChanged(tabId);
      case 'tab-findings':
        return tabFindings(tabId);
      case 'browser-status': {
        // Worked out here, so that every page's content script stays small.
        const identity = await thisBrowser();
        const status: NonNullable<PageEvents['browser']> = { label: `${identity.name} ${identity.version}`, status: statusNow(identity) };
        return status;
      }
      case 'tips': {
        // Asked on every update, so that switching tips off (or a site) in the options takes effect on
        // open pages too. The tip tables stay here, out of every page's content script.
        const { tips, sites } = await options();
        const shown = tips ? message.findings.filter((finding) => sites[finding.site]) : [];
        return shown.map((finding): ShownTip => ({ finding, tip: tipFor(finding.site, finding.id, message.lang) }));
      }
    }
  }

  async function onPageMessage(message: PageMessage): Promise<unknown> {
    switch (message.type) {
      case 'tab-state': {
        const tab = await browser.tabs.get(message.tabId).catch(() => null);
        const url = tab?.url ?? null;
        const site = url ? siteForUrl(new URL(url)) : null;
        const state: TabState = { tabId: message.tabId, url, site: site?.id ?? null, findings: site ? await tabFindings(message.tabId) : [], store: tab ? await storeOf(tab) : null };
        return state;
      }
      case 'reset': {
        const tab = await browser.tabs.get(message.tabId).catch(() => null);
        const url = tab?.url ? new URL(tab.url) : null;
        const site = url ? siteForUrl(url) : null;
        if (!url || !site) return { error: 'no-site' };
        const plan = planReset(site, url, import.meta.env.FIREFOX ? 'firefox' : 'chrome', await storeOf(tab!));
        // The tab may have gone to another site or marketplace since the user confirmed.
        if ([...plan.domains].sort().join() !== [...message.domains].sort().join()) return { error: 'tab-changed' };
        const result = await resetSiteData(plan);
        // The snapshot (cookie values) is dropped when undo's window ends, even if no one asks for it.
        await browser.alarms.create(UNDO_EXPIRY_ALARM, { when: result.undoUntil + 1000 });
        return result;
      }
      case 'undo':
        return undoReset();
    }
  }

  const options = async () => (await readChecked(optionsItem, validateOptions)).value;

  /** The tab's own cookie store (its window's private state, its container): the reset's scope. */
  async function storeOf(tab: Browser.tabs.Tab): Promise<CookieStore> {
    const stores = import.meta.env.FIREFOX ? [] : await browser.cookies.getAllCookieStores().catch(() => []);
    return tabStore(tab as { id?: number; incognito?: boolean; cookieStoreId?: string }, stores);
  }

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === UNDO_EXPIRY_ALARM) void discardExpiredUndo();
  });

  /** Tells the tips in the tab's top frame, and injects them there the first time there is something
   *  to show (most pages never load the tips' code). One tab at a time, so that a slow push never
   *  overtakes a newer one. */
  const pushes = new Map<number, Promise<void>>();
  function findingsChanged(tabId: number): Promise<void> {
    const push = async () => {
      const findings = await tabFindings(tabId);
      await updateBadge(tabId, findings);
      const message: TabFindingsPush = { type: 'tab-findings-changed', findings };
      // The tips answer `true`; nothing else in the page answers this.
      const delivered = await browser.tabs.sendMessage(tabId, message, { frameId: 0 }).then((answer) => answer === true, () => false);
      // Injected tips ask for the findings themselves when they start.
      if (!delivered && findings.length > 0 && (await options()).tips) await injectTipsOnce(tabId);
    };
    const next = (pushes.get(tabId) ?? Promise.resolve()).then(push, push);
    pushes.set(tabId, next);
    void next.finally(() => pushes.get(tabId) === next && pushes.delete(tabId));
    return next;
  }

  // Tips switched back on (or a site): pages that have findings but never loaded the tips get them now.
  browser.storage.onChanged.addListener((changes, area) => {
    if (area !== 'local' || !(OPTIONS_KEY in changes)) return;
    void tabsWithFindings().then((tabIds) => tabIds.forEach((tabId) => void findingsChanged(tabId)));
  });

  /** Two frames reporting together must not start two panels. */
  const tipsStarting = new Map<number, Promise<void>>();
  function injectTipsOnce(tabId: number): Promise<void> {
    const starting = tipsStarting.get(tabId) ?? inject({ tabId, frameId: 0 }, TIPS).finally(() => tipsStarting.delete(tabId));
    tipsStarting.set(tabId, starting);
    return starting;
  }

  /** Into the document that asked, where the browser can name it (Chrome; Firefox from 153 only): by the
   *  time the answer comes, the frame may hold another one. A document that has gone gets nothing. */
  async function inject(frame: Pick<Frame, 'tabId' | 'frameId' | 'documentId'>, file: typeof DETECTOR | typeof TIPS): Promise<void> {
    const target =
      frame.documentId && !import.meta.env.FIREFOX ? { tabId: frame.tabId, documentIds: [frame.documentId] } : { tabId: frame.tabId, frameIds: [frame.frameId] };
    await browser.scripting.executeScript({ target, files: [file] }).catch(() => undefined);
  }

  /** The toolbar badge counts the tab's errors and warnings; info findings do not raise it. */
  async function updateBadge(tabId: number, findings?: Finding[]): Promise<void> {
    const count = (findings ?? (await tabFindings(tabId))).filter((f) => f.severity !== 'info').length;
    await browser.action.setBadgeText({ tabId, text: count ? String(count) : '' }).catch(() => undefined);
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#cf222e' }).catch(() => undefined);
  }

  /** Per tab, the timer for a page that has not finished loading. */
  const stillLoading = new Map<number, ReturnType<typeof setTimeout>>();

  // Gone to a page of no supported site: nothing there will report, so forget. Without the "tabs"
  // permission the browser gives no address for such a page: a status change without one means the same.
  // (A new document of a supported site replaces its predecessor's findings itself: see documentSince.)
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    const site = tab.url && URL.canParse(tab.url) ? siteForUrl(new URL(tab.url)) : null;
    if ((change.url || change.status) && !site) void forgetTab(tabId).then(() => updateBadge(tabId));
    // A new status (loaded, or loading another page) ends the wait for the previous one.
    if (change.status) clearTimeout(stillLoading.get(tabId));
    if (!site) return;
    if (change.status === 'complete') void bootTab(tabId, site.id);
    // A page stuck on one resource: its bootstrap after a few seconds, as the declared one does.
    if (change.status === 'loading') stillLoading.set(tabId, setTimeout(() => void bootTab(tabId, site.id), LOAD_WAIT_MS));
  });

  /** A page of the sites has loaded (or is stuck loading): its frames without the bootstrap (all but
   *  sign-in pages, which declare it) get it now, never before. Two of these racing (a tab that reports
   *  "complete" twice) may both inject into a frame: the bootstrap runs once there (boot.ts). Each frame
   *  gets its own call: one frame gone since the question would make a call for all of them fail. */
  async function bootTab(tabId: number, site: SiteId): Promise<void> {
    if (!(await options()).sites[site]) return;
    const frames = await browser.scripting
      .executeScript({
        target: { tabId, allFrames: true },
        // Exactly `true` (see bootRunning): injected as source, so it cannot import the helper.
        func: (running: string) => ({ free: (globalThis as unknown as Record<string, unknown>)[running] !== true, href: location.href }),
        args: [BOOT_RUNNING],
      })
      .catch(() => []);
    // Only the shop's frames: the scripts in the page do not carry the list of other services (AWS, Seller
    // Central…) under its domains, so they are kept off those frames here.
    const shop = (href: unknown) => typeof href === 'string' && URL.canParse(href) && siteForUrl(new URL(href))?.id === site;
    const without = frames.filter((frame) => frame.result?.free === true && shop(frame.result.href)).map((frame) => frame.frameId);
    await Promise.all(without.map((frameId) => browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [BOOT] }).catch(() => undefined)));
  }

  browser.tabs.onRemoved.addListener((tabId) => {
    clearTimeout(stillLoading.get(tabId));
    stillLoading.delete(tabId);
    void forgetTab(tabId);
  });
});
