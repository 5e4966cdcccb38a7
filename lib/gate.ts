/**
 * Whether a page needs a full detection pass. Sign-in URLs always do; any other page of a supported site
 * only when it holds something sign-in related: a password field, a slider, a robot check, a verification
 * form, a modal. Asked with look-ups the browser answers from its own indexes and cached collections
 * (ids, classes, tags) instead of matching every element, so ordinary pages cost next to nothing.
 */
import type { PageKind } from './sites';

/** Ids of the sites' sign-in widgets (see the detectors' `elements`). */
const IDS = [
  'fm-login-id', 'nocaptcha', 'baxia-punish', 'baxia-dialog-content', 'nc-verify-form', 'aliyunCaptcha-window-embed', 'waf_nc_block',
  'captchacharacters', 'challenge-container', 'auth-captcha-image', 'auth-captcha-guess', 'auth-mfa-form', 'auth-select-device-form',
  'verification-code-form', 'cvf-input-code', 'intent-confirmation-form', 'intent-confirmation-container',
];
const CLASSES = ['nc-container', 'nc_wrapper', 'errloading', 'baxia-dialog', 'cvf-widget-form-captcha', 'cvf-widget-input-captcha', 'fwcim-captcha-guess'];
const TAGS = ['punish-component', 'dialog'];

/** A site's modal or urgent toast (a lock or security notice after sign-in). Asked one at a time: a
 *  browser answers a single attribute selector several times faster than a list of them. */
const NOTICES = ['[aria-modal=true]', '[role=alertdialog]', '[aria-live=assertive]'];

/** The same widgets and notices as one selector, for what a page added since the last look. */
const GATE_SELECTOR = [
  ...IDS.map((id) => `#${id}`),
  ...CLASSES.map((c) => `.${c}`),
  ...TAGS,
  ...['password', 'Password', 'PASSWORD'].map((type) => `input[type=${type}]`),
  'input[name=otpCode]',
  'form[action*=validateCaptcha]',
  'iframe[src*=_____tmd_____]',
  'script[src*=awswaf]',
  ...NOTICES,
].join(',');

export interface Gate {
  /** The page needs a full detection pass. */
  read: boolean;
  /** A robot check, slider, verification form or password field is there: what the detectors' named
   *  elements are made of (the page reader looks for those only then). */
  widgets: boolean;
}

export function gate(doc: Document, kind: PageKind): Gate {
  const widgets = hasSignInWidget(doc);
  const read = kind !== 'other' || widgets || NOTICES.some((notice) => doc.querySelector(notice) !== null);
  return { read, widgets };
}

/** Whether an element the page added holds a sign-in widget or notice (or, `subtree` false, one whose
 *  attributes changed is one): the bootstrap asks this instead of looking at the whole page again. */
export function opensGate(el: Element, subtree = true): boolean {
  return el.matches(GATE_SELECTOR) || (subtree && el.querySelector(GATE_SELECTOR) !== null);
}

function hasSignInWidget(doc: Document): boolean {
  if (IDS.some((id) => doc.getElementById(id)) || CLASSES.some((c) => doc.getElementsByClassName(c).length > 0)) return true;
  if (TAGS.some((tag) => doc.getElementsByTagName(tag).length > 0)) return true;
  for (const input of doc.getElementsByTagName('input')) {
    const type = input.getAttribute('type')?.toLowerCase();
    if (type === 'password' || input.getAttribute('name') === 'otpCode') return true;
  }
  for (const form of doc.getElementsByTagName('form')) if (form.getAttribute('action')?.includes('validateCaptcha')) return true;
  for (const frame of doc.getElementsByTagName('iframe')) if (frame.getAttribute('src')?.includes('_____tmd_____')) return true;
  for (const script of doc.getElementsByTagName('script')) if (script.getAttribute('src')?.includes('awswaf')) return true;
  return false;
}
