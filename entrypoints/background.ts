import { route, type Frame } from '@/lib/background/boundary';
import { POPUP_FOCUS_KEY, type CardResetAnswer, type CardUndoAnswer, type FocusTips, type Message, PageMessage, ShownTip, TabFindingsPush, TabState, TipsAnswer } from '@/lib/messages';
import { planReset, tabStore, type CookieStore } from '@/lib/background/reset/plan';
import { discardExpiredUndo, lastReset, resetSiteData, undoReset, UNDO_EXPIRY_ALARM, type ResetResult } from '@/lib/background/reset/run';
import { readJourney, recordJourney } from '@/lib/background/journey';
import { supportMessage, type JourneyEvent } from '@/lib/background/support-message';
import { hostPermissionPatterns, siteForUrl } from '@/lib/sites';
import { BOOT_RUNNING, LOAD_WAIT_MS } from '@/lib/content/stats';
import { OPTIONS_KEY, readChecked, validateOptions, validateTicks } from '@/lib/settings';
import { optionsItem, ticksItem } from '@/lib/stored';
import { forgetTab, newTopDocument, returnedInTab, setFrameFindings, tabFindings, tabsWithFindings } from '@/lib/background/tab-findings';
import { isCauseOnly } from '@/lib/detection/detect';
import { FOCUS_COMMAND } from '@/lib/commands';
import type { Finding, FindingId, SiteId } from '@/lib/findings';
import type { PageEvents } from '@/lib/detection/reader';
import { statusNow, thisBrowser } from '@/lib/this-browser';
import { tipOnPage } from '@/lib/tips';
import { welcomeOnInstall } from '@/lib/first-run';
import { frameLanguages, type ChunkedLanguage } from '@/lib/detection/languages';

/** Injected on demand: the bootstrap into loaded pages that do not declare it, the detector into frames
 *  whose gate opened, the tips into a top frame with something to show (see entrypoints/). */
const BOOT = '/boot.js' as const;
const DETECTOR = '/detector.js' as const;
const TIPS = '/tips.js' as const;
/** The card's popup opens at most once in this time (a gesture's activation lasts a few seconds). */
const POPUP_EVERY_MS = 1000;

export default defineBackground(() => {
  const extensionOrigin = browser.runtime.getURL('/');
  void discardExpiredUndo();

  browser.runtime.onMessage.addListener((raw, sender) => {
    // Who may send what: lib/background/boundary.ts.
    const routed = route(raw, sender, { id: browser.runtime.id, origin: extensionOrigin });
    if (!routed) return undefined;
    if (routed.from === 'card-relay') {
      // Firefox: the card's frame to the tips script in its own tab's top frame (lib/card-frame.ts).
      return browser.tabs.sendMessage(routed.tabId, { type: 'card-relay', token: routed.token, message: routed.message }, { frameId: 0 }).catch(() => undefined);
    }
    if (routed.from === 'card-confirm') return openPopup(routed.tabId, routed.finding, routed.close ? 'close' : 'tab');
    if (routed.from === 'card-push') {
      // Firefox: the tips script to the card's frame in the same tab.
      return browser.tabs.sendMessage(routed.tabId, { type: 'card-push', token: routed.token, message: routed.message }, { frameId: routed.frameId }).catch(() => undefined);
    }
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
        // With the lexicon of the frame's languages first (lib/detection/languages.ts): their terms wait in
        // the frame's isolated world for the detector.
        await inject(frame, DETECTOR, frameLanguages(message.lang, new URL(url)).map((lang) => `/lexicon-${lang}.js` as const));
        // The detector watches from now on: the bootstrap stops.
        return false;
      }
      case 'frame-findings': {
        await setFrameFindings(tabId, frameId, message.findings);
        // What the site said, with when: "what I tried" in the support message.
        for (const f of message.findings) if (f.severity !== 'info' && !isCauseOnly(f.id)) await recordJourney(f.site, { at: Date.now(), kind: 'seen', what: f.id });
        return findingsChanged(tabId);
      }
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
        const site = siteForUrl(new URL(url))!;
        const reset = await lastReset.getValue();
        // Back in the tab after the user passed or tried it (a robot check that loops): its card says so.
        const back = new Set(await returnedInTab(tabId));
        const answer: TipsAnswer = {
          tips: shown.map((finding): ShownTip => ({ finding, tip: tipOnPage(finding.site, finding.id, message.lang, url, finding.detail, back.has(finding.id)) })),
          afterReset: !!reset && reset.site === site.id && reset.undoUntil > Date.now(),
        };
        return answer;
      }
      case 'card-reset': {
        const tab = await browser.tabs.get(tabId).catch(() => null);
        const answer = tab?.url ? await resetTab(tab, null) : { error: 'no-site' };
        const done: CardResetAnswer =
          'error' in answer
            ? { ok: false }
            : { ok: true, cookies: answer.domains.reduce((sum, d) => sum + d.cookiesRemoved, 0), storageCleared: answer.storage.cleared, undoUntil: answer.undoUntil };
        return done;
      }
      case 'card-undo': {
        // Only the snapshot of this tab's own site.
        const site = siteForUrl(new URL(url))!;
        if ((await lastReset.getValue())?.site !== site.id) return null;
        const undone = await undoAndRecord(site.id);
        const answer: CardUndoAnswer = undone && { restored: undone.restored, failed: undone.failed.length };
        return answer;
      }
      case 'support-message': {
        const site = siteForUrl(new URL(url))!;
        return (await supportFor(site.id, await tabFindings(tabId), url)).text;
      }
      case 'open-popup':
        return openPopup(tabId, message.finding);
    }
  }

  async function onPageMessage(message: PageMessage): Promise<unknown> {
    switch (message.type) {
      case 'tab-state': {
        const tab = await browser.tabs.get(message.tabId).catch(() => null);
        const url = tab?.url ?? null;
        const site = url ? siteForUrl(new URL(url)) : null;
        const state: TabState = {
          tabId: message.tabId,
          url,
          site: site?.id ?? null,
          findings: site ? await tabFindings(message.tabId) : [],
          back: site ? await returnedInTab(message.tabId) : [],
          store: tab ? await storeOf(tab) : null,
          reachable: site ? await reachable(message.tabId, site.id) : true,
        };
        return state;
      }
      case 'reset': {
        const tab = await browser.tabs.get(message.tabId).catch(() => null);
        return tab?.url ? resetTab(tab, message.domains) : { error: 'no-site' };
      }
      case 'undo': {
        const site = (await lastReset.getValue())?.site;
        return site ? undoAndRecord(site) : undoReset();
      }
      case 'support-message': {
        const tab = await browser.tabs.get(message.tabId).catch(() => null);
        const site = tab?.url && URL.canParse(tab.url) ? siteForUrl(new URL(tab.url)) : null;
        return site ? supportFor(site.id, await tabFindings(message.tabId), tab!.url!) : null;
      }
    }
  }

  /** Resets the tab's site. `confirmed`: the domains the popup showed; the reset is refused if the tab has
   *  gone to another site or marketplace since. The card confirms in words, on the tab itself. */
  async function resetTab(tab: Browser.tabs.Tab, confirmed: string[] | null): Promise<ResetResult | { error: string }> {
    const url = new URL(tab.url!);
    const site = siteForUrl(url);
    if (!site) return { error: 'no-site' };
    const plan = planReset(site, url, import.meta.env.FIREFOX ? 'firefox' : 'chrome', await storeOf(tab));
    if (confirmed && [...plan.domains].sort().join() !== [...confirmed].sort().join()) return { error: 'tab-changed' };
    try {
      const result = await resetSiteData(plan);
      // The snapshot (cookie values) is dropped when undo's window ends, even if no one asks for it.
      await browser.alarms.create(UNDO_EXPIRY_ALARM, { when: result.undoUntil + 1000 });
      await recordJourney(site.id, { at: result.at, kind: result.status === 'done' && result.storage.cleared ? 'reset' : 'reset-failed', what: site.id });
      return result;
    } catch (error) {
      await recordJourney(site.id, { at: Date.now(), kind: 'reset-failed', what: site.id });
      return { error: String(error) };
    }
  }

  async function undoAndRecord(site: SiteId) {
    const undone = await undoReset();
    if (undone) await recordJourney(site, { at: Date.now(), kind: 'undo', what: site });
    return undone;
  }

  /** The message for the site's support: what the tab shows, and what was tried (the journey, the ticks). */
  async function supportFor(site: SiteId, findings: Finding[], pageUrl: string) {
    const identity = await thisBrowser();
    const ticks = validateTicks(await ticksItem.getValue()).value[site];
    const ticked: JourneyEvent[] = Object.entries(ticks).map(([item, at]) => ({ at, kind: 'ticked', what: item }));
    return supportMessage({
      site,
      findings,
      pageUrl,
      at: new Date(),
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      browser: `${identity.name} ${identity.version}`,
      tried: [...(await readJourney(site)), ...ticked].sort((a, b) => a.at - b.at),
    });
  }

  /** When the popup (or its page in a tab) was last opened for the card: at most once a second, whatever
   *  asks (the card's frame also asks once per click of the user's). */
  let popupOpenedAt = 0;

  /** 「くわしく」: the popup where the browser opens it for an extension (Chrome 127+), else the popup
   *  page in a tab of its own, on this tab and this problem. */
  async function openPopup(tabId: number, finding: FindingId | null, inTab?: 'tab' | 'close'): Promise<void> {
    if (Date.now() - popupOpenedAt < POPUP_EVERY_MS) return;
    popupOpenedAt = Date.now();
    if (inTab) return openPopupPage(tabId, finding, inTab === 'close');
    await browser.storage.session.set({ [POPUP_FOCUS_KEY]: { tabId, finding } });
    const opened = await (browser.action as { openPopup?: () => Promise<void> }).openPopup?.().then(
      () => true,
      () => false,
    );
    if (opened) return;
    await openPopupPage(tabId, finding);
  }

  /** The popup's page in a tab of its own, on that tab and problem (design §7); `close`: it asks first
   *  whether to close that problem's card for a day (the card's × where the card cannot tell whether it
   *  is visible). */
  async function openPopupPage(tabId: number, finding: FindingId | null, close = false): Promise<void> {
    const query = new URLSearchParams({ tabId: String(tabId), ...(finding ? { finding } : {}), ...(finding && close ? { close: '1' } : {}) });
    await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?${query}`) });
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
  async function inject(frame: Pick<Frame, 'tabId' | 'frameId' | 'documentId'>, file: typeof DETECTOR | typeof TIPS, before: Array<`/lexicon-${ChunkedLanguage}.js`> = []): Promise<void> {
    const target =
      frame.documentId && !import.meta.env.FIREFOX ? { tabId: frame.tabId, documentIds: [frame.documentId] } : { tabId: frame.tabId, frameIds: [frame.frameId] };
    await browser.scripting.executeScript({ target, files: [...before, file] }).catch(() => undefined);
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

  /** Whether the bootstrap runs in the tab's page; a page of the site without it gets it now (it was open
   *  before the extension came). False when the browser will not let it in: the page must be reloaded. */
  async function reachable(tabId: number, site: SiteId): Promise<boolean> {
    const running = () =>
      browser.scripting
        .executeScript({ target: { tabId }, func: (flag: string) => (globalThis as unknown as Record<string, unknown>)[flag] === true, args: [BOOT_RUNNING] })
        .then(([frame]) => frame?.result === true, () => false);
    if (await running()) return true;
    await bootTab(tabId, site);
    return running();
  }

  /** Tabs of the sites already open when the extension is installed, updated or the browser starts
   *  (restored tabs may load before this worker listens): each gets the bootstrap now. */
  async function bootOpenTabs(): Promise<void> {
    const tabs = await browser.tabs.query({ url: hostPermissionPatterns() }).catch(() => []);
    await Promise.all(
      tabs.map((tab) => {
        const site = tab.id !== undefined && tab.url && URL.canParse(tab.url) ? siteForUrl(new URL(tab.url)) : null;
        // Loading ones too: the bootstrap waits for the page's load itself, and a tab still loading when
        // the extension came may never report "complete" to this worker (seen on a fresh profile).
        return site ? bootTab(tab.id!, site.id) : undefined;
      }),
    );
  }
  browser.runtime.onInstalled.addListener(({ reason }) => {
    void bootOpenTabs();
    // First run only (not on update): one page that explains the extension, in the browser's language.
    void welcomeOnInstall(reason, { getURL: (path) => browser.runtime.getURL(path as '/welcome.html'), create: (props) => browser.tabs.create(props) }).catch(() => undefined);
  });
  browser.runtime.onStartup.addListener(() => void bootOpenTabs());

  // The shortcut (manifest `commands`) puts the keyboard in the card of the active tab.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command !== FOCUS_COMMAND) return;
    void (async () => {
      const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
      if (tabId === undefined) return;
      const focus: FocusTips = { type: 'focus-tips' };
      const delivered = await browser.tabs.sendMessage(tabId, focus, { frameId: 0 }).then(() => true, () => false);
      // No card in that page yet (it was never needed, or tips are off): nothing to focus.
      if (!delivered && (await tabFindings(tabId)).length > 0) {
        await findingsChanged(tabId);
        await browser.tabs.sendMessage(tabId, focus, { frameId: 0 }).catch(() => undefined);
      }
    })();
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    clearTimeout(stillLoading.get(tabId));
    stillLoading.delete(tabId);
    void forgetTab(tabId);
  });
});
