import { parseMessage, parsePageMessage, type Message, type PageMessage, type ShownTip, type TabFindingsPush, type TabState } from '@/lib/messages';
import { planReset } from '@/lib/reset/plan';
import { discardExpiredUndo, resetSiteData, undoReset } from '@/lib/reset/run';
import { siteForUrl } from '@/lib/sites';
import { STATS_GLOBAL, type ContentStats } from '@/lib/stats';
import { readChecked, validateOptions } from '@/lib/settings';
import { optionsItem } from '@/lib/stored';
import { forgetTab, newTopDocument, setFrameFindings, tabFindings } from '@/lib/tab-findings';
import type { Finding } from '@/lib/findings';
import type { PageEvents } from '@/lib/page';
import { statusNow, thisBrowser } from '@/lib/this-browser';
import { tipFor } from '@/lib/tips';

/** Injected on demand: the bootstrap into loaded pages that do not declare it, the detector into frames
 *  whose gate opened, the tips into a top frame with something to show (see entrypoints/). */
const BOOT = '/content-scripts/content.js' as const;
const DETECTOR = '/content-scripts/detector.js' as const;
const TIPS = '/content-scripts/tips.js' as const;

export default defineBackground(() => {
  const extensionOrigin = browser.runtime.getURL('/');
  void discardExpiredUndo();

  browser.runtime.onMessage.addListener((raw, sender) => {
    if (sender.id !== browser.runtime.id) return undefined;
    // The popup and options pages may reset; a content script (whatever its page does) never can.
    if (sender.url?.startsWith(extensionOrigin)) {
      const message = parsePageMessage(raw);
      return message ? onPageMessage(message) : undefined;
    }
    const message = parseMessage(raw);
    const tabId = sender.tab?.id;
    const frame = { tabId: tabId ?? -1, frameId: sender.frameId ?? 0, url: sender.url ?? '' };
    return message && tabId !== undefined ? onContentMessage(message, frame) : undefined;
  });

  async function onContentMessage(message: Message, { tabId, frameId, url }: { tabId: number; frameId: number; url: string }): Promise<unknown> {
    switch (message.type) {
      case 'boot': {
        if (frameId === 0 && message.documentSince !== undefined && (await newTopDocument(tabId, message.documentSince))) await findingsChanged(tabId);
        const site = URL.canParse(url) ? siteForUrl(new URL(url)) : null;
        if (!site || !(await options()).sites[site.id]) return false;
        if (!message.detect) return true;
        await inject(tabId, frameId, DETECTOR);
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
        const state: TabState = { tabId: message.tabId, url, site: site?.id ?? null, findings: site ? await tabFindings(message.tabId) : [] };
        return state;
      }
      case 'reset': {
        const tab = await browser.tabs.get(message.tabId).catch(() => null);
        const url = tab?.url ? new URL(tab.url) : null;
        const site = url ? siteForUrl(url) : null;
        if (!url || !site) return { error: 'no-site' };
        const plan = planReset(site, url, import.meta.env.FIREFOX ? 'firefox' : 'chrome');
        // The tab may have gone to another site or marketplace since the user confirmed.
        if ([...plan.domains].sort().join() !== [...message.domains].sort().join()) return { error: 'tab-changed' };
        return resetSiteData(plan);
      }
      case 'undo':
        return undoReset();
    }
  }

  const options = async () => (await readChecked(optionsItem, validateOptions)).value;

  /** Tells the tips in the tab's top frame, and injects them there the first time there is something
   *  to show (most pages never load the tips' code). */
  async function findingsChanged(tabId: number): Promise<void> {
    const findings = await tabFindings(tabId);
    await updateBadge(tabId, findings);
    const push: TabFindingsPush = { type: 'tab-findings-changed', findings };
    const delivered = await browser.tabs.sendMessage(tabId, push, { frameId: 0 }).then(() => true, () => false);
    // Injected tips ask for the findings themselves when they start.
    if (!delivered && findings.length > 0 && (await options()).tips) await injectTipsOnce(tabId);
  }

  /** Two frames reporting together must not start two panels. */
  const tipsStarting = new Map<number, Promise<void>>();
  function injectTipsOnce(tabId: number): Promise<void> {
    const starting = tipsStarting.get(tabId) ?? inject(tabId, 0, TIPS).finally(() => tipsStarting.delete(tabId));
    tipsStarting.set(tabId, starting);
    return starting;
  }

  /** A frame may have gone (navigated, removed) by now: then there is nothing to inject into. */
  async function inject(tabId: number, frameId: number, file: typeof DETECTOR | typeof TIPS): Promise<void> {
    await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] }).catch(() => undefined);
  }

  /** The toolbar badge counts the tab's errors and warnings; info findings do not raise it. */
  async function updateBadge(tabId: number, findings?: Finding[]): Promise<void> {
    const count = (findings ?? (await tabFindings(tabId))).filter((f) => f.severity !== 'info').length;
    await browser.action.setBadgeText({ tabId, text: count ? String(count) : '' }).catch(() => undefined);
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#cf222e' }).catch(() => undefined);
  }

  // Gone to a page of no supported site: nothing there will report, so forget. (A new document of a
  // supported site replaces its predecessor's findings itself: see documentSince.)
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.url && !siteForUrl(new URL(change.url))) void forgetTab(tabId).then(() => updateBadge(tabId));
    if (change.status === 'complete' && tab.url && siteForUrl(new URL(tab.url))) void bootLoadedTab(tabId);
  });

  /** A page of the sites has loaded: its frames without the bootstrap (all but sign-in pages, which
   *  declare it) get it now, after their load event, never before. */
  async function bootLoadedTab(tabId: number): Promise<void> {
    const booted = await browser.scripting
      .executeScript({ target: { tabId, allFrames: true }, func: (name: string) => ((globalThis as unknown as Record<string, ContentStats | undefined>)[name]?.boots ?? 0) > 0, args: [STATS_GLOBAL] })
      .catch(() => []);
    const frameIds = booted.filter((frame) => frame.result === false).map((frame) => frame.frameId);
    if (frameIds.length) await browser.scripting.executeScript({ target: { tabId, frameIds }, files: [BOOT] }).catch(() => undefined);
  }
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});
