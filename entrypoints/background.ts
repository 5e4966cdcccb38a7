import { parseMessage, parsePageMessage, type ChildFindingsPush, type Message, type PageMessage, type ShownTip, type TabState } from '@/lib/messages';
import { planReset } from '@/lib/reset/plan';
import { discardExpiredUndo, resetSiteData, undoReset } from '@/lib/reset/run';
import { siteForUrl } from '@/lib/sites';
import { childFindings, forgetTab, setFrameFindings, tabFindings } from '@/lib/tab-findings';
import type { PageEvents } from '@/lib/page';
import { statusNow, thisBrowser } from '@/lib/this-browser';
import { tipFor } from '@/lib/tips';

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
    return message && tabId !== undefined ? onContentMessage(message, tabId, sender.frameId ?? 0) : undefined;
  });

  async function onContentMessage(message: Message, tabId: number, frameId: number): Promise<unknown> {
    switch (message.type) {
      case 'frame-findings': {
        await setFrameFindings(tabId, frameId, message.findings, frameId === 0 ? message.documentSince : undefined);
        await updateBadge(tabId);
        if (frameId === 0) return undefined;
        const push: ChildFindingsPush = { type: 'child-findings-changed', findings: await childFindings(tabId) };
        // The top frame may not have its content script yet; it asks on start.
        return browser.tabs.sendMessage(tabId, push, { frameId: 0 }).catch(() => undefined);
      }
      case 'child-findings':
        return childFindings(tabId);
      case 'browser-status': {
        // Worked out here, so that every page's content script stays small.
        const identity = await thisBrowser();
        const status: NonNullable<PageEvents['browser']> = { label: `${identity.name} ${identity.version}`, status: statusNow(identity) };
        return status;
      }
      case 'tips':
        // The tip tables stay here, out of every page's content script.
        return message.findings.map((finding): ShownTip => ({ finding, tip: tipFor(finding.site, finding.id, message.lang) }));
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

  /** The toolbar badge counts the tab's errors and warnings; info findings do not raise it. */
  async function updateBadge(tabId: number): Promise<void> {
    const count = (await tabFindings(tabId)).filter((f) => f.severity !== 'info').length;
    await browser.action.setBadgeText({ tabId, text: count ? String(count) : '' }).catch(() => undefined);
    await browser.action.setBadgeBackgroundColor({ tabId, color: '#cf222e' }).catch(() => undefined);
  }

  // Gone to a page of no supported site: nothing there will report, so forget. (A new document of a
  // supported site replaces its predecessor's findings itself: see documentSince.)
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.url && !siteForUrl(new URL(change.url))) void forgetTab(tabId).then(() => updateBadge(tabId));
  });
  browser.tabs.onRemoved.addListener((tabId) => void forgetTab(tabId));
});
