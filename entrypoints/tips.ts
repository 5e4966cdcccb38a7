import { createTipsView } from '@/components/mount-tips';
import { pageContext } from '@/lib/content/context';
import type { Finding } from '@/lib/findings';
import { parseFindings, type Message, type ShownTip } from '@/lib/messages';
import { OPTIONS_KEY } from '@/lib/settings';
import { langFor } from '@/lib/tips';

/**
 * The tips panel, injected by the background into the top frame once any frame of the tab has
 * something to show. It shows the findings of every frame (a login iframe, a slider dialog) together.
 */
export default defineUnlistedScript({
  main() {
    // Ends when the extension goes, and only then (lib/content/context.ts).
    const ctx = pageContext();
    const send = (message: Message) => browser.runtime.sendMessage(message);
    let findings: Finding[] = [];
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
      const shown = findings.filter((f) => !dismissed.has(keyOf(f)));
      try {
        const tips: ShownTip[] = shown.length ? await send({ type: 'tips', findings: shown, lang }) : [];
        if (mine === generation && !ctx.isInvalid) view.show(tips);
      } catch {
        // The extension was updated or reloaded: this script is finished.
      }
    };

    let pushed = false;
    // Answered, so that the background knows the tips are here (otherwise it injects them).
    const onMessage = (message: unknown, _sender: unknown, respond: (delivered: boolean) => void) => {
      const m = message as { type?: string; findings?: unknown };
      if (m?.type !== 'tab-findings-changed') return;
      pushed = true;
      findings = parseFindings(m.findings);
      respond(true);
      void update();
    };
    browser.runtime.onMessage.addListener(onMessage);
    // Tips or a site switched off in the options: the open page follows at once.
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && OPTIONS_KEY in changes) void update();
    };
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.storage.onChanged.removeListener(onStorage);
    });

    void send({ type: 'tab-findings' })
      .then((found: unknown) => {
        // A push that arrived meanwhile is newer than this answer.
        if (pushed) return;
        findings = parseFindings(found);
        return update();
      })
      .catch(() => undefined);
  },
});
