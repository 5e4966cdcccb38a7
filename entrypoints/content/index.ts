import { createTipsView } from '@/components/mount-tips';
import { withoutSuperseded } from '@/lib/detect';
import type { Finding } from '@/lib/findings';
import type { PageEvents } from '@/lib/page';
import { mergeFindings, parseFindings, type Message, type ShownTip } from '@/lib/messages';
import { OPTIONS_KEY, readChecked, validateOptions } from '@/lib/settings';
import { contentScriptExcludes, contentScriptMatches, siteForUrl } from '@/lib/sites';
import { langFor } from '@/lib/tips';
import { watchPage } from '@/lib/watch';

const LOAD_WAIT_MS = 3000;

export default defineContentScript({
  matches: contentScriptMatches(),
  excludeMatches: contentScriptExcludes(),
  allFrames: true,
  runAt: 'document_idle',
  cssInjectionMode: 'manual',
  async main(ctx) {
    // Nothing of ours on the page's critical path: start once it has loaded, or after a few seconds for a
    // page stuck on one resource (a blank login page is one of the troubles this is for).
    if (document.readyState !== 'complete') {
      await new Promise((start) => {
        addEventListener('load', start, { once: true });
        setTimeout(start, LOAD_WAIT_MS);
      });
    }
    const site = siteForUrl(new URL(location.href));
    // Read directly: WXT's storage module would double this script's size for one key.
    const stored = { getValue: async () => (await browser.storage.local.get(OPTIONS_KEY))[OPTIONS_KEY] };
    const { value: options } = await readChecked(stored, validateOptions);
    if (!site || !options.sites[site.id] || ctx.isInvalid) return;
    const send = (message: Message) => browser.runtime.sendMessage(message);
    // The top frame says when its document began, so that frames of the previous one are dropped.
    const documentSince = window.top === window ? performance.timeOrigin : undefined;
    const report = (findings: Finding[]) => send({ type: 'frame-findings', findings, documentSince }).catch(() => undefined);

    // A login or slider frame reports to the background; the top frame shows everything.
    const browserStatus = send({ type: 'browser-status' }) as Promise<PageEvents['browser']>;
    if (window.top !== window) {
      watchPage(ctx, { onFindings: report, browser: browserStatus });
      return;
    }

    let own: Finding[] = [];
    let children: Finding[] = [];
    const dismissed = new Set<string>();
    let dismissedOn = location.href;
    const keyOf = (f: Finding) => `${f.id}\n${f.evidence}`;
    // The service worker reports the default UI language; the page's context has the browser's own.
    const lang = langFor(browser.i18n.getUILanguage());
    const view = createTipsView(ctx, lang, (shown: ShownTip) => {
      dismissed.add(keyOf(shown.finding));
      void update();
    });

    // Each update supersedes the ones before it: a slow answer for older findings is dropped.
    let generation = 0;
    const update = async () => {
      const mine = ++generation;
      // A dismissed tip stays dismissed until the page changes.
      if (location.href !== dismissedOn) {
        dismissed.clear();
        dismissedOn = location.href;
      }
      const shown = withoutSuperseded(mergeFindings([own, children])).filter((f) => !dismissed.has(keyOf(f)));
      try {
        const tips: ShownTip[] = shown.length && options.tips ? await send({ type: 'tips', findings: shown, lang }) : [];
        if (mine === generation && !ctx.isInvalid) view.show(tips);
      } catch {
        // The extension was updated or reloaded: this content script is finished.
      }
    };

    let childrenPushed = false;
    const onMessage = (message: unknown) => {
      const m = message as { type?: string; findings?: unknown };
      if (m?.type === 'child-findings-changed') {
        childrenPushed = true;
        children = parseFindings(m.findings);
        void update();
      }
    };
    browser.runtime.onMessage.addListener(onMessage);
    ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));

    void send({ type: 'child-findings' })
      .then((found: unknown) => {
        // A push that arrived meanwhile is newer than this answer.
        if (childrenPushed) return;
        children = parseFindings(found);
        return update();
      })
      .catch(() => undefined);
    watchPage(ctx, {
      browser: browserStatus,
      onFindings: (findings) => {
        own = findings;
        void report(findings);
        void update();
      },
    });
  },
});
