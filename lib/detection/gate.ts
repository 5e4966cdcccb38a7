/**
 * Whether a page needs a full detection pass. Sign-in URLs always do; any other page of a supported site
 * only when it holds something sign-in related: a password field, a slider, a robot check, a verification
 * form, a modal. Asked in the shapes a browser answers without matching every element against a list.
 */
import type { PageKind } from '../sites';
import { ownFrameDocument, ownFrameDocuments } from './own-frames';

/** Ids of the sites' sign-in widgets (see the detectors' `elements`). */
const IDS = [
  'fm-login-id', 'nocaptcha', 'baxia-punish', 'baxia-dialog-content', 'nc-verify-form', 'aliyunCaptcha-window-embed', 'waf_nc_block',
  'captchacharacters', 'challenge-container', 'auth-captcha-image', 'auth-captcha-guess', 'auth-mfa-form', 'auth-select-device-form',
  'verification-code-form', 'cvf-input-code', 'intent-confirmation-form', 'intent-confirmation-container',
];
/** Everything else a widget is recognised by. Asked one selector at a time: Chromium mostly answers a lone
 *  class the page does not have at once, and matches a selector led by a tag in full only on that tag's
 *  elements, while a list of selectors is matched against every element, one selector after another
 *  (on a large page these checks take 950 µs as one list, about 400 µs one by one). */
const WIDGETS = [
  ...['nc-container', 'nc_wrapper', 'errloading', 'baxia-dialog', 'cvf-widget-form-captcha', 'cvf-widget-input-captcha', 'fwcim-captcha-guess'].map((c) => `.${c}`),
  'input:is([type=password],[name=otpCode],[autocomplete=one-time-code])',
  // A one-time code field the page marks wrong: a code step embedded in any page (an unlock frame, a dialog).
  'input[aria-invalid=true]:is([name*=code],[name*=Code],[id*=code],[id*=Code],[name*=otp],[name*=Otp],[id*=otp],[id*=Otp])',
  'dialog',
  'punish-component',
  'form[action*=validateCaptcha]',
  'iframe[src*=_____tmd_____]',
  'script[src*=awswaf]',
];

/** A site's modal or urgent toast (a lock or security notice after sign-in), also asked one at a time. */
const NOTICES = ['[aria-modal=true]', '[role=alertdialog]', '[aria-live=assertive]'];
/** A notice, status banner or dialog on an ordinary page (an account frozen, an email to verify, a lock's
 *  dialog without aria-modal): counted only when shown, since pages keep hidden alert templates and
 *  popovers on every page (Amazon's product pages do). */
export const SHOWN_NOTICE = '[role=alert], [role=status], [role=dialog]';

/** The same widgets and notices as one selector, for what a page added since the last look. */
const GATE_SELECTOR = [...IDS.map((id) => `#${id}`), ...WIDGETS, ...NOTICES].join(',');

export interface Gate {
  /** The page needs a full detection pass. */
  read: boolean;
  /** A robot check, slider, verification form or password field is there: what the detectors' named
   *  elements are made of (the page reader looks for those only then). */
  widgets: boolean;
}

export function gate(doc: Document, kind: PageKind): Gate {
  const widgets = hasSignInWidget(doc) || (!!doc.body && holdsGate(shadowRootsNear(doc.body))) || (kind === 'other' && ownFrameDocuments(doc).some(hasSignInWidget));
  const read = kind !== 'other' || widgets || NOTICES.some((notice) => doc.querySelector(notice) !== null) || holdsShownNotice(doc);
  return { read, widgets };
}

/** Whether an element the page added holds a sign-in widget or notice (or, `subtree` false, one whose
 *  attributes changed is one): the bootstrap asks this instead of looking at the whole page again. */
export function opensGate(el: Element, subtree = true, shadows: ShadowRoot[] = subtree ? shadowRootsNear(el) : []): boolean {
  return (
    el.matches(GATE_SELECTOR) ||
    (el.matches(SHOWN_NOTICE) && shown(el)) ||
    (subtree && (el.querySelector(GATE_SELECTOR) !== null || holdsShownNotice(el) || holdsGate(shadows) || framesOf(el).some(hasSignInWidget)))
  );
}

/** A notice with words the user can see: its markup, and the browser where it can tell (asked only of the
 *  page's few alert and status boxes). */
function shown(el: Element): boolean {
  if (!el.textContent?.trim()) return false;
  return !el.closest(HIDDEN_BY_MARKUP) && (typeof el.checkVisibility !== 'function' || el.checkVisibility());
}
const HIDDEN_BY_MARKUP = '[hidden],[aria-hidden=true],.aok-hidden,.hidden';
const holdsShownNotice = (root: Document | Element): boolean => [...root.querySelectorAll(SHOWN_NOTICE)].some(shown);

/** The documents of the page's own frames an added element is or holds (a dialog's srcdoc frame). */
const framesOf = (el: Element): Document[] => (el.localName === 'iframe' ? [ownFrameDocument(el as HTMLIFrameElement) ?? []].flat() : ownFrameDocuments(el));

/** Open shadow roots looked into, nested at most this deep. */
const SHADOW_DEPTH = 4;

/** The open shadow roots of `root` and of the elements up to two levels below it (a toast or account
 *  dialog drawn by a custom element: the body's child, or its app root's), nested up to SHADOW_DEPTH.
 *  Selectors do not reach into shadow roots, and a walk of every element would cost the page on every
 *  look: these hosts are where pages append their overlays. The content scripts also watch these roots
 *  for changes (lib/content/changes.ts). */
export function shadowRootsNear(root: Element | ShadowRoot, depth = 0, found: ShadowRoot[] = []): ShadowRoot[] {
  if (depth >= SHADOW_DEPTH) return found;
  const own = (root as Element).shadowRoot;
  // A grandchild's root is reached from its parent's walk too: each is looked into once.
  if (own && !found.includes(own)) found.push(own), shadowRootsNear(own, depth + 1, found);
  for (const child of root.children) {
    if (child.shadowRoot) shadowRootsNear(child, depth + 1, found);
    for (const grandchild of child.children) if (grandchild.shadowRoot) shadowRootsNear(grandchild, depth + 1, found);
  }
  return found;
}

/** Whether a widget or notice stands in one of those shadow roots. */
function holdsGate(shadows: ShadowRoot[]): boolean {
  return shadows.some((shadow) => shadow.querySelector(GATE_SELECTOR) !== null);
}

function hasSignInWidget(doc: Document): boolean {
  return IDS.some((id) => doc.getElementById(id) !== null) || WIDGETS.some((widget) => doc.querySelector(widget) !== null);
}
