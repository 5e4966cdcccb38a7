import { CARD_STRINGS } from '@/components/card/strings';
import { createTipsView } from '@/components/mount-tips';
import { pageContext } from '@/lib/content/context';
import type { Finding, PageControl } from '@/lib/findings';
import { parseFindings, type Message, type ShownTip, type TipsAnswer } from '@/lib/messages';
import { chosenControl, shownFix, type TypedFix } from '@/lib/card-frame';
import { bringIntoView, controlScope, findControls, quotableLabel, rectInTop } from '@/lib/page/controls';
import { siteForUrl } from '@/lib/sites';
import { emailsIn, emailTypo } from '@/lib/page/email-typo';
import { fullWidthField, hasFullWidth, isFixableField, setFieldValue, toHalfWidth } from '@/lib/page/half-width';
import { countryCodeNear, isPhoneField, withoutTrunkZero } from '@/lib/page/phone';
import { CLOSED_CARDS_KEY, closedKey, OPTIONS_KEY, validateClosedCards } from '@/lib/settings';
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
    /** What the user typed that one press corrects, with its field (written on the user's click only). */
    let typedFixes: Array<TypedFix & { field: HTMLInputElement }> = [];
    /** The last field of the page the user was in that 「半角に直す」 may correct (never a password field). */
    let lastField: HTMLInputElement | null = null;

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
    /** Where the page's message is (the first shown finding's words on the page): the control nearest it
     *  is the one meant (AliExpress's forgot-password link under the error, not the footer's). */
    const messageRect = (): DOMRect | null => {
      const words = findings.map((f) => f.evidence.replace(/[…\s]+$/u, '').slice(0, 40)).find((e) => e.length >= 4 && !/^[\w-]*[#.[]/.test(e));
      if (!words || !document.body) return null;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        if (!text.includes(words.slice(0, 12))) continue;
        const el = node.parentElement;
        const rect = el?.getBoundingClientRect();
        if (rect && rect.width > 0 && rect.height > 0) return rect;
      }
      return null;
    };
    /** The whole message a finding's words are in (its evidence is one sentence of it): where the page
     *  says when a limit lifts, it is often the next sentence (「…上限に達しました。明日もう一度お試しください。」). */
    const messageAround = (evidence: string): string | null => {
      const words = evidence.replace(/[…\s]+$/u, '').slice(0, 12);
      if (words.length < 4 || !document.body) return null;
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!(node.textContent ?? '').includes(words)) continue;
        let box = node.parentElement;
        // Up while the box holds that sentence alone (the message split into lines), to the message's box.
        while (box?.parentElement && box.parentElement !== document.body && (box.parentElement.innerText ?? '').length <= 200 && box.innerText.trim().length <= evidence.length + 2) box = box.parentElement;
        const text = (box?.innerText ?? '').replace(/\s+/g, ' ').trim();
        return text ? text.slice(0, 200) : null;
      }
      return null;
    };
    /** The page's control the user can see in front, brought into view and checked again there (not covered
     *  by a sticky header or a banner once scrolled); null where none is. */
    const controlInView = (kind: PageControl): Element | null => {
      for (const control of findControls(kind, document, messageRect())) if (bringIntoView(control)) return control;
      return null;
    };
    const locate = (kind: PageControl) => {
      const control = controlInView(kind);
      if (control) view.outline(rectInTop(control));
    };
    /** 「本人確認へ進む」 and the like: pointed at, then pressed, after the user's click in the card. Only
     *  the control chosen for that kind when the card's state was pushed (a control the shown tips point
     *  at), where the card quoted its label, still saying it and in front once scrolled to; where the page
     *  drew it again, one of that kind that says the same. */
    const press = (kind: PageControl, label: string): boolean => {
      const kept = chosenControl({ kind, label }, chosen);
      if (!kept) return false;
      const usable = (el: Element) => el.isConnected && quotableLabel(el) === label && bringIntoView(el);
      const control = usable(kept) ? kept : findControls(kind, document, messageRect()).find(usable);
      if (!control) return false;
      view.outline(rectInTop(control));
      (control as HTMLElement).click();
      return true;
    };
    /** Writes the typed fix into its field, as the user would (the site's own listeners hear it): only the
     *  value the card showed. */
    const fixTyped = (kind: TypedFix['kind'], value: string): boolean => {
      const fix = shownFix({ kind, value }, typedFixes.filter((f) => f.field.isConnected));
      if (!fix) return false;
      setFieldValue(fix.field, fix.value);
      typedFixes = typedFixes.filter((f) => f !== fix);
      typedHints = [];
      void update();
      return true;
    };
    const view = createTipsView(ctx, (request, reply) => {
      switch (request.type) {
        case 'locate':
          return locate(request.kind);
        case 'fix-width':
          return reply({ type: 'fixed', ok: fixWidth(request.evidence) });
        case 'press':
          return reply({ type: 'fixed', ok: press(request.kind, request.label) });
        case 'fix-typed':
          return reply({ type: 'fixed', ok: fixTyped(request.kind, request.value) });
        case 'reload':
          return location.reload();
      }
    });

    /** The page's controls the last pushed tips point at, by kind, with the label the card quotes. */
    let chosen = new Map<PageControl, { element: Element; label: string }>();
    /** The labels of the page's own controls that the shown steps point at, as the page shows them. */
    const controlsFor = (tips: ShownTip[]) => {
      const kinds = new Set(tips.flatMap((s) => s.tip.steps.flatMap((step) => (step.control ? [step.control.kind] : []))));
      for (const { tip } of tips) {
        if (tip.primary?.do === 'press') kinds.add(tip.primary.control);
        if (tip.primary?.do === 'site-page' && tip.primary.ownLink) kinds.add(tip.primary.ownLink);
      }
      const found: Partial<Record<PageControl, string>> = {};
      const links: Partial<Record<PageControl, string>> = {};
      const elements = new Map<PageControl, { element: Element; label: string }>();
      if (kinds.size === 0) return { found, links, elements };
      // Read once for every kind: where the page's message is, its open modal, its clickable elements.
      const near = messageRect();
      const scope = controlScope(document);
      const here = siteForUrl(new URL(location.href));
      for (const kind of kinds) {
        const control = findControls(kind, document, near, scope)[0];
        if (!control) continue;
        const label = quotableLabel(control);
        found[kind] = label;
        elements.set(kind, { element: control, label });
        // The page's own link, where it is an https page of this same site (with the sign-in's own parameters).
        if (control instanceof HTMLAnchorElement && URL.canParse(control.href)) {
          const target = new URL(control.href);
          if (target.protocol === 'https:' && here && siteForUrl(target)?.id === here.id) links[kind] = target.href;
        }
      }
      return { found, links, elements };
    };
    /** A mail domain one slip off a common one, where the page echoes the address back (「taro@gmial.com
     *  のアカウントが見つかりません」, Amazon's claimed address): read in the page, never sent anywhere. The
     *  findings' evidence masks addresses, so the page's visible text is read instead. */
    const typoHints = () =>
      [...new Set(emailsIn((document.body?.innerText ?? '').slice(0, PAGE_TEXT_MAX)))].flatMap((typed) => {
        const meant = emailTypo(typed);
        return meant ? [t.emailTypo(typed, meant)] : [];
      });

    /** What is read of the page's text for the findings (an echoed address, the message around a limit):
     *  read again only when the findings change, not on every update (a keystroke, a storage change). */
    let readFor: Finding[] | null = null;
    let pageHints: string[] = [];
    let around: Partial<Record<string, string>> = {};
    const readPageText = () => {
      if (readFor === findings) return;
      readFor = findings;
      pageHints = typoHints();
      around = Object.fromEntries(findings.flatMap((f) => (f.detail === 'send-limit' || f.detail === 'try-limit' ? [[f.id, messageAround(f.evidence) ?? f.evidence]] : [])));
    };

    // Each update supersedes the ones before it: a slow answer for older findings is dropped.
    let generation = 0;
    const update = async () => {
      const mine = ++generation;
      try {
        const closed = await closedCards();
        const shown = findings.filter((f) => !(closedKey(f.site, f.id) in closed));
        const answer: TipsAnswer = shown.length ? await send<TipsAnswer>({ type: 'tips', findings: shown, lang }) : { tips: [], afterReset: false };
        if (mine !== generation || ctx.isInvalid) return;
        const { found, links, elements } = controlsFor(answer.tips);
        chosen = elements;
        readPageText();
        const page = {
          controls: found,
          links,
          around,
          fixes: typedFixes.filter((f) => f.field.isConnected).map(({ kind, value, shown: label }) => ({ kind, value, shown: label })),
          hints: [...new Set([...typedHints, ...pageHints])],
          afterReset: answer.afterReset,
          address: location.origin + location.pathname,
          hasPasswordField: [...document.querySelectorAll('input[type=password]')].some((field) => field.getClientRects().length > 0),
        };
        view.show({ lang, tips: answer.tips, page });
      } catch {
        // The extension was updated or reloaded: this script is finished.
      }
    };

    // What the user types, read only in phone and mail fields (never a password): a Japanese number with
    // its leading 0 after +81, a mail domain one slip off.
    const onInput = (event: Event) => {
      // The user's own typing only: a page's script that sets a field and dispatches `input` would put its
      // words into the card's hint and its fix.
      if (!event.isTrusted) return;
      const field = event.target;
      if (!(field instanceof HTMLInputElement) || field.type === 'password') return;
      if (isFixableField(field)) lastField = field;
      const hints: string[] = [];
      const fixes: typeof typedFixes = [];
      if (isPhoneField(field)) {
        const digits = withoutTrunkZero(field.value, countryCodeNear(field));
        if (digits) {
          hints.push(t.phoneHint(digits));
          fixes.push({ kind: 'phone', value: digits, shown: digits, field });
        }
      } else if (field.type === 'email' || /mail/i.test(`${field.name} ${field.id} ${field.autocomplete}`)) {
        const meant = emailTypo(field.value.trim());
        if (meant) {
          hints.push(t.emailTypo(field.value.trim(), meant));
          fixes.push({ kind: 'email', value: meant, shown: meant.slice(meant.lastIndexOf('@') + 1), field });
        }
      } else return;
      if (hints.join() === typedHints.join()) return;
      typedHints = hints;
      typedFixes = fixes;
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
