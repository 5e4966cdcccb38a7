import { CARD_STRINGS } from '@/components/card/strings';
import { createTipsView } from '@/components/mount-tips';
import { pageContext } from '@/lib/content/context';
import type { Finding, PageControl } from '@/lib/findings';
import { parseFindings, type Message, type ShownTip, type TipsAnswer } from '@/lib/messages';
import { findControl, quotableLabel, rectInTop } from '@/lib/page/controls';
import { emailsIn, emailTypo } from '@/lib/page/email-typo';
import { fullWidthField, hasFullWidth, isFixableField, setFieldValue, toHalfWidth } from '@/lib/page/half-width';
import { countryCodeNear, isPhoneField, withoutTrunkZero } from '@/lib/page/phone';
import { CLOSED_CARDS_KEY, OPTIONS_KEY, validateClosedCards } from '@/lib/settings';
import { langFor } from '@/lib/tips';

/**
 * The cards, injected by the background into the top frame once any frame of the tab has something to
 * show. They show the findings of every frame (a login iframe, a slider dialog) together. The card itself
 * is an extension page in a frame the page cannot reach (components/mount-tips.ts, entrypoints/card/):
 * its buttons act there; this script does only what needs the page (the site's own controls, the typed
 * field, placing the frame).
 */
/** How much of the page's text is searched for an echoed address (a sign-in page's is far shorter). */
const PAGE_TEXT_MAX = 20_000;

export default defineUnlistedScript({
  main() {
    // Ends when the extension goes, and only then (lib/content/context.ts).
    const ctx = pageContext();
    const send = <T>(message: Message) => browser.runtime.sendMessage(message) as Promise<T>;
    // The service worker reports the default UI language; the page's context has the browser's own.
    const lang = langFor(browser.i18n.getUILanguage());
    const t = CARD_STRINGS[lang];
    let findings: Finding[] = [];
    let typedHints: string[] = [];
    /** The last field of the page the user was in that 「半角に直す」 may correct (never a password field). */
    let lastField: HTMLInputElement | null = null;

    const closedKey = (f: Finding) => `${f.site}:${f.id}`;
    /** The field a finding's evidence names (`input#fm-login-id`, `input[name=loginId]`), in this document. */
    const fieldNamed = (evidence: string) => {
      try {
        return document.querySelector(evidence);
      } catch {
        return null;
      }
    };
    const closedCards = async () => validateClosedCards((await browser.storage.local.get(CLOSED_CARDS_KEY))[CLOSED_CARDS_KEY], Date.now());

    /** 「半角に直す」: the field the user was in (pressing the button moved the focus to the card), else
     *  the one the finding names (an email / ID / phone / code field), else the first one. */
    const fixWidth = (evidence: string) => {
      const candidates = [lastField, fieldNamed(evidence)];
      const field = candidates.find((f): f is HTMLInputElement => !!f?.isConnected && isFixableField(f) && hasFullWidth(f.value)) ?? fullWidthField(document);
      if (!field) return false;
      setFieldValue(field, toHalfWidth(field.value));
      return true;
    };
    const locate = (kind: PageControl) => {
      const control = findControl(kind);
      if (!control) return;
      control.scrollIntoView({ block: 'center' });
      view.outline(rectInTop(control));
    };
    const view = createTipsView(ctx, (request, reply) => {
      switch (request.type) {
        case 'locate':
          return locate(request.kind);
        case 'fix-width':
          return reply({ type: 'fixed', ok: fixWidth(request.evidence) });
        case 'reload':
          return location.reload();
      }
    });

    /** The labels of the page's own controls that the shown steps point at, as the page shows them. */
    const controlsFor = (tips: ShownTip[]) => {
      const kinds = new Set(tips.flatMap((s) => s.tip.steps.flatMap((step) => (step.control ? [step.control.kind] : []))));
      const found: Partial<Record<PageControl, string>> = {};
      for (const kind of kinds) {
        const control = findControl(kind);
        if (control) found[kind] = quotableLabel(control);
      }
      return found;
    };
    /** A mail domain one slip off a common one, where the page echoes the address back (「taro@gmial.com
     *  のアカウントが見つかりません」, Amazon's claimed address): read in the page, never sent anywhere. The
     *  findings' evidence masks addresses, so the page's visible text is read instead. */
    const typoHints = () =>
      [...new Set(emailsIn((document.body?.innerText ?? '').slice(0, PAGE_TEXT_MAX)))].flatMap((typed) => {
        const meant = emailTypo(typed);
        return meant ? [t.emailTypo(typed, meant)] : [];
      });

    // Each update supersedes the ones before it: a slow answer for older findings is dropped.
    let generation = 0;
    const update = async () => {
      const mine = ++generation;
      try {
        const closed = await closedCards();
        const shown = findings.filter((f) => !(closedKey(f) in closed));
        const answer: TipsAnswer = shown.length ? await send<TipsAnswer>({ type: 'tips', findings: shown, lang }) : { tips: [], siteName: '', afterReset: false };
        if (mine !== generation || ctx.isInvalid) return;
        const page = {
          controls: controlsFor(answer.tips),
          hints: [...new Set([...typedHints, ...typoHints()])],
          afterReset: answer.afterReset,
          address: location.origin + location.pathname,
          hasPasswordField: [...document.querySelectorAll('input[type=password]')].some((field) => field.getClientRects().length > 0),
        };
        view.show({ lang, tips: answer.tips, siteName: answer.siteName, page });
      } catch {
        // The extension was updated or reloaded: this script is finished.
      }
    };

    // What the user types, read only in phone and mail fields (never a password): a Japanese number with
    // its leading 0 after +81, a mail domain one slip off.
    const onInput = (event: Event) => {
      const field = event.target;
      if (!(field instanceof HTMLInputElement) || field.type === 'password') return;
      if (isFixableField(field)) lastField = field;
      const hints: string[] = [];
      if (isPhoneField(field)) {
        const digits = withoutTrunkZero(field.value, countryCodeNear(field));
        if (digits) hints.push(t.phoneHint(digits));
      } else if (field.type === 'email' || /mail/i.test(`${field.name} ${field.id} ${field.autocomplete}`)) {
        const meant = emailTypo(field.value.trim());
        if (meant) hints.push(t.emailTypo(field.value.trim(), meant));
      } else return;
      if (hints.join() === typedHints.join()) return;
      typedHints = hints;
      void update();
    };
    addEventListener('input', onInput, true);
    const onFocus = (event: Event) => {
      if (isFixableField(event.target as Element)) lastField = event.target as HTMLInputElement;
    };
    addEventListener('focusin', onFocus, true);
    // The user may have been typing before the cards were needed (they load with the first finding).
    if (isFixableField(document.activeElement)) lastField = document.activeElement;

    let pushed = false;
    // Answered, so that the background knows the tips are here (otherwise it injects them).
    const onMessage = (message: unknown, _sender: unknown, respond: (delivered: boolean) => void) => {
      const m = message as { type?: string; findings?: unknown };
      if (m?.type === 'focus-tips') {
        view.focus();
        return;
      }
      if (m?.type !== 'tab-findings-changed') return;
      pushed = true;
      findings = parseFindings(m.findings);
      respond(true);
      void update();
    };
    browser.runtime.onMessage.addListener(onMessage);
    // Tips or a site switched off in the options, closed cards brought back: the open page follows at once.
    const onStorage = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && (OPTIONS_KEY in changes || CLOSED_CARDS_KEY in changes)) void update();
    };
    browser.storage.onChanged.addListener(onStorage);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(onMessage);
      browser.storage.onChanged.removeListener(onStorage);
      removeEventListener('input', onInput, true);
      removeEventListener('focusin', onFocus, true);
    });

    void send<unknown>({ type: 'tab-findings' })
      .then((found) => {
        // A push that arrived meanwhile is newer than this answer.
        if (pushed) return;
        findings = parseFindings(found);
        return update();
      })
      .catch(() => undefined);
  },
});
