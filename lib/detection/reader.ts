/**
 * Reads a page once into plain data (Bitwarden-style): the detectors are small predicates over this
 * snapshot and never touch the DOM themselves. Everything here is read-only; password values are never read.
 */
import type { VersionStatus } from '../browser-version';
import type { PageKind, Site } from '../sites';
import { cleanText, foldText, FULL_WIDTH } from './text';

export interface PageText {
  /** Visible text, cleaned (for evidence). */
  text: string;
  /** Folded text (for matching). */
  folded: string;
  /** Alert-like element, heading, or the document title. */
  kind: 'alert' | 'heading' | 'title';
  /** Looks like an error (role=alert, "error"/"invalid" in its class or id). */
  errorStyled: boolean;
  /** In the same form or sign-in box as an email / ID / password / code field. */
  nearField: boolean;
}

/** What the content script observed over time; a saved page (scan) has none of it and counts as settled. */
export interface PageEvents {
  capsLockOn?: boolean;
  numLockOff?: boolean;
  /** Failed slides seen since the page loaded. */
  sliderFailures?: number;
  /** Milliseconds since the page loaded (Infinity: a saved page, read as settled). */
  elapsedMs: number;
  /** A child frame too small to show a form (a helper frame): it is never a blank login page. */
  tinyFrame?: boolean;
  /** The browser running the page and how far behind it is (content script only). */
  browser?: { label: string; status: VersionStatus };
}

export interface PageSnapshot {
  url: URL;
  site: Site;
  kind: PageKind;
  /** Alert-like messages, headings and the title, visible and in a sign-in context. */
  messages: PageText[];
  /** Visible texts of slide-to-verify widgets. */
  sliderTexts: PageText[];
  /** Named elements asked for by detectors that are present and visible, with their text (or name). */
  elements: Map<string, string>;
  fields: { password: number; identifier: number; code: number; singleCharacter: number; inputs: number; frames: number };
  /** An email / ID / code field whose current value holds full-width characters. */
  fullWidthField: string | null;
  /** Visible text length of the body, counted up to 200 (for blank pages). */
  visibleTextLength: number;
  events: PageEvents;
}

export interface ReadOptions {
  /** What kind of sign-in page the URL is (worked out once by the caller). */
  kind: PageKind;
  /** Whether the gate saw a sign-in widget (then named elements are looked for). */
  widgets: boolean;
  /** Named selectors the detectors look for (see Detector.elements). */
  elements: Record<string, string>;
  /** A live page with layout (content script): visibility comes from the browser's own layout. */
  live: boolean;
  events: PageEvents;
}

/** `[attr*=word]` in the spellings pages use (happy-dom, which the scan command uses, has no `i` flag). */
function anyCase(attr: string, ...words: string[]): string {
  const spellings = (w: string) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()];
  return words.flatMap(spellings).map((w) => `[${attr}*=${w}]`).join(',');
}

/** Fragments of the classes and ids of alert-like elements. Each stem leaves out its first letter, so
 *  one case-sensitive test matches both spellings sites use ("error" / "loginError"): a third of the
 *  alternatives that three spellings each would cost, on every pass. */
const ALERT_CLASS_STEMS = ['rror', 'lert', 'arn', 'otice', 'sg', 'essage', 'ips', 'anner', 'erify', 'anger', 'nvalid', 'ext-red', 'eedback', 'ialog', 'odal', 'oast'];
const ALERT_ID_STEMS = ['rror', 'sg', 'essage', 'lert'];
const ALERT_SELECTOR = [
  '[role=alert]', '[role=alertdialog]', '[role=dialog]', '[aria-modal=true]', 'dialog', '[aria-live=assertive]', '[aria-live=polite]',
  '.a-alert-content', '.a-alert-heading', '.a-list-item', '.errloading', '.nc-lang-cnt',
  ...ALERT_CLASS_STEMS.map((stem) => `[class*=${stem}]`),
  ...ALERT_ID_STEMS.map((stem) => `[id*=${stem}]`),
].join(',');
/** A site's own modal or urgent notice (toast) speaks to the user about their account wherever it opens
 *  (never review text). */
const MODAL_SELECTOR = '[aria-modal=true], [role=alertdialog], dialog[open], [aria-live=assertive]';
const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, [role=heading]';
const SLIDER_SELECTOR = '.nc-container, .nc_wrapper, [id^="nc_"][id$="_wrapper"], #nocaptcha, .errloading';
const IDENTIFIER_SELECTOR = [
  'input[type=email]', 'input[type=tel]', 'input[autocomplete~=username]', 'input[autocomplete~=email]', '#fm-login-id',
  anyCase('name', 'email', 'login', 'account', 'phone', 'mobile'),
  anyCase('id', 'email', 'login-id', 'loginId', 'loginid', 'account'),
].join(',');
const CODE_SELECTOR = ['input[autocomplete=one-time-code]', anyCase('name', 'otp', 'code'), anyCase('id', 'otp', 'code')].join(',');
const CODE_NAME = /otp|verif|sms|auth.?code|security.?code|check.?code|(^|[-_])code$/i;
const NOT_CODE_NAME = /zip|post|promo|coupon|captcha|country|area|region/i;
const TEXT_INPUT_TYPES = new Set(['', 'text', 'email', 'tel', 'number', 'search', 'url']);
/** Where a sign-in form lives on a page that is not itself a sign-in page (a login dialog). */
const LOGIN_ROOT = ['form', '[role=dialog]', '[role=alertdialog]', 'dialog', anyCase('class', 'dialog', 'modal', 'popup', 'login')].join(',');
/** Longer than this, an alert-like element is a container of a page section, not a message. */
const MESSAGE_MAX = 240;
const FIELD_SELECTOR = 'input:not([type=hidden]), select, textarea, form';

const HIDDEN_CLASSES = ['aok-hidden', 'a-hidden', 'hidden', 'hide', 'is-hidden', 'd-none', 'invisible'];
const NEVER_SHOWN = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT', 'HEAD', 'META', 'LINK']);
const ERROR_STYLE = /error|err\b|errloading|invalid|fail|warn|danger|-red-|\bred\b/i;

export function readPage(doc: Document, url: URL, site: Site, options: ReadOptions): PageSnapshot {
  const visibility = new Visibility(doc, site, options.live);
  const visible = (el: Element) => !visibility.hidden(el);
  const kind = options.kind;
  const signInPage = kind !== 'other';

  const inputs = [...doc.querySelectorAll('input, textarea, select')].filter((el) => inputType(el) !== 'hidden' && visible(el));
  const passwordInputs = inputs.filter((el) => inputType(el) === 'password');
  // A password field shown as text ("show password") is still a password field: never an ID field whose
  // value is read.
  const textInputs = inputs.filter((el) => isTextInput(el) && !isPasswordField(el));
  const identifierInputs = textInputs.filter((el) => el.matches(IDENTIFIER_SELECTOR));
  const codeInputs = textInputs.filter((el) => el.matches(CODE_SELECTOR) && isCodeField(el));

  const credentials = [...passwordInputs, ...identifierInputs, ...codeInputs];

  // On a page that is not a sign-in page, only a sign-in form or dialog counts as context (never reviews,
  // descriptions or order history).
  const roots = signInPage
    ? [doc.documentElement]
    : unique([...credentials.map((el) => el.closest(LOGIN_ROOT) ?? el.parentElement!), ...[...doc.querySelectorAll(MODAL_SELECTOR)].filter(visible)]);
  const inContext = (el: Element) => roots.some((root) => root.contains(el));
  // The message's own form or sign-in box, or failing that its surroundings three levels up.
  const nearCredential = (el: Element) => {
    const box = el.parentElement?.closest(LOGIN_ROOT) ?? el.parentElement?.parentElement?.parentElement ?? null;
    return !!box && credentials.some((field) => box.contains(field));
  };

  const messages: PageText[] = [];
  /** One message per text: nested boxes repeat it; the most error-like reading of it is kept. */
  const seen = new Map<string, PageText>();
  const addText = (el: Element, kind: PageText['kind'], describesInvalidField = false) => {
    // Links and buttons lead somewhere ("Account locked? Learn more"): they state nothing about this account.
    if (el.closest('a, button') || !inContext(el) || !visible(el)) return;
    // A box that holds fields or a whole form is a container, not a message.
    if (kind === 'alert' && el.querySelector(FIELD_SELECTOR)) return;
    // Read no further than a message can be long: a container's text (or its scripts) is never copied.
    const text = visibility.text(el, MESSAGE_MAX + 1);
    if (!text || text.length > MESSAGE_MAX) return;
    const errorStyled =
      describesInvalidField ||
      el.getAttribute('role') === 'alert' ||
      ERROR_STYLE.test(`${el.className} ${el.id}`) ||
      !!el.parentElement?.querySelector('[aria-invalid=true]');
    const nearField = errorStyled && nearCredential(el);
    const known = seen.get(`${kind}:${text}`);
    if (known) {
      known.errorStyled ||= errorStyled;
      known.nearField ||= nearField;
      return;
    }
    const message: PageText = { text, folded: foldText(text), kind, errorStyled, nearField };
    seen.set(`${kind}:${text}`, message);
    messages.push(message);
  };
  for (const el of doc.querySelectorAll(ALERT_SELECTOR)) addText(el, 'alert');
  // An invalid field names its own error message (the accessible pattern), whatever its classes.
  for (const field of inputs.filter((el) => el.getAttribute('aria-invalid') === 'true')) {
    for (const id of `${field.getAttribute('aria-describedby') ?? ''} ${field.getAttribute('aria-errormessage') ?? ''}`.split(/\s+/)) {
      const described = id ? doc.getElementById(id) : null;
      if (described) addText(described, 'alert', true);
    }
    const next = field.nextElementSibling;
    if (next && !next.matches(FIELD_SELECTOR)) addText(next, 'alert', true);
  }
  if (signInPage) {
    for (const el of doc.querySelectorAll(HEADING_SELECTOR)) addText(el, 'heading');
    const title = cleanText(doc.title ?? '');
    if (title) messages.push({ text: title, folded: foldText(title), kind: 'title', errorStyled: false, nearField: false });
  }

  const sliderTexts: PageText[] = [];
  for (const el of doc.querySelectorAll(SLIDER_SELECTOR)) {
    if (!visible(el)) continue;
    const text = visibility.text(el);
    if (text && text.length <= MESSAGE_MAX) sliderTexts.push({ text, folded: foldText(text), kind: 'alert', errorStyled: el.classList.contains('errloading'), nearField: false });
  }

  const elements = new Map<string, string>();
  // One query for all named elements (skipped when the indexes say there are none); the few hits are then
  // sorted to their names.
  const named = Object.entries(options.elements);
  const hits = options.widgets ? doc.querySelectorAll(named.map(([, selector]) => selector).join(',')) : [];
  for (const hit of hits) {
    for (const [name, selector] of named) {
      if (!elements.has(name) && hit.matches(selector) && visible(hit)) elements.set(name, visibility.text(hit, MESSAGE_MAX) || selector);
    }
  }

  const fullWidth = [...identifierInputs, ...codeInputs].find((el) => FULL_WIDTH.test((el as HTMLInputElement).value ?? ''));
  const frames = [...doc.querySelectorAll('iframe, frame, embed, object')].filter(visible).length;

  return {
    url,
    site,
    kind,
    messages,
    sliderTexts,
    elements,
    fields: {
      password: passwordInputs.length,
      identifier: identifierInputs.length,
      code: codeInputs.length,
      singleCharacter: inputs.filter((el) => isTextInput(el) && el.getAttribute('maxlength') === '1').length,
      inputs: inputs.length,
      frames,
    },
    fullWidthField: fullWidth ? describeField(fullWidth) : null,
    visibleTextLength: signInPage && inputs.length === 0 ? visibility.textLength(doc.body, 200) : 200,
    events: options.events,
  };
}

/** The input's type, lower case ('' for textarea/select); by attribute, so it works across realms. */
function inputType(el: Element): string | null {
  return el.tagName === 'INPUT' ? (el.getAttribute('type') ?? 'text').toLowerCase() : '';
}

function isTextInput(el: Element): boolean {
  return el.tagName === 'INPUT' && TEXT_INPUT_TYPES.has(inputType(el)!);
}

const PASSWORD_NAME = /pass|pwd|current-password|new-password|パスワード|密码/i;

function isPasswordField(el: Element): boolean {
  return PASSWORD_NAME.test(`${el.getAttribute('name') ?? ''} ${el.id} ${el.getAttribute('autocomplete') ?? ''} ${el.getAttribute('placeholder') ?? ''}`);
}

function isCodeField(el: Element): boolean {
  const name = `${el.getAttribute('name') ?? ''} ${el.id} ${el.getAttribute('autocomplete') ?? ''}`;
  return (CODE_NAME.test(name) || name.includes('one-time-code')) && !NOT_CODE_NAME.test(name);
}

/** A field named the way a maintainer can find it again; never its value. */
export function describeField(el: Element): string {
  const name = el.id ? `#${el.id}` : el.getAttribute('name') ? `[name=${el.getAttribute('name')}]` : '';
  return `${el.tagName.toLowerCase()}${name}`.slice(0, 80);
}

function unique<T>(items: T[]): T[] {
  return [...new Set(items)];
}

/** Decides visibility once per element per pass (cached), from the page's markup and, when live, its layout. */
class Visibility {
  private readonly cache = new Map<Element, boolean>();
  private readonly untilShown: string;

  constructor(
    private readonly doc: Document,
    site: Site,
    private readonly live: boolean,
  ) {
    this.untilShown = (site.hiddenUntilShown ?? []).join(',');
  }

  hidden(el: Element): boolean {
    if (this.live && typeof el.checkVisibility === 'function' && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) {
      return true;
    }
    return this.hiddenByMarkup(el);
  }

  private hiddenByMarkup(el: Element | null): boolean {
    if (!el || el === this.doc.documentElement) return false;
    const cached = this.cache.get(el);
    if (cached !== undefined) return cached;
    const result = this.hiddenItself(el) || this.hiddenByMarkup(el.parentElement);
    this.cache.set(el, result);
    return result;
  }

  private hiddenItself(el: Element): boolean {
    if (NEVER_SHOWN.has(el.tagName)) return true;
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
    if (HIDDEN_CLASSES.some((c) => el.classList.contains(c))) return true;
    const style = inlineStyle(el);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
    if (this.untilShown && el.matches(this.untilShown) && !shownByScript(el)) return true;
    // Without layout (a saved page), the page's own <style> rules still decide.
    if (!this.live && this.doc.defaultView) {
      const computed = this.doc.defaultView.getComputedStyle(el);
      if (computed.display === 'none' || computed.visibility === 'hidden') return true;
    }
    return false;
  }

  /** Visible text of an element, hidden descendants left out; reading stops past `cap` characters. */
  text(el: Element, cap = Infinity): string {
    return cleanText(this.collect(el, cap).join(' '));
  }

  textLength(el: Element | null, cap: number): number {
    return el ? cleanText(this.collect(el, cap).join('')).length : 0;
  }

  private collect(root: Element, cap: number): string[] {
    const parts: string[] = [];
    let length = 0;
    const walker = this.doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    for (let node = walker.nextNode(); node && length < cap; node = walker.nextNode()) {
      // Hidden first (cached per element): a script's text is never even read.
      if (!node.parentElement || this.hiddenByMarkup(node.parentElement)) continue;
      const value = node.nodeValue ?? '';
      const visible = value.trim().length;
      if (!visible) continue;
      parts.push(value);
      length += visible;
    }
    return parts;
  }
}

/** An element's inline style, only when it has a style attribute: asking for `style` makes Chromium
 *  create and keep a declaration object on the element (a pass asks each alert and its ancestors). */
function inlineStyle(el: Element): CSSStyleDeclaration | undefined {
  return el.hasAttribute('style') ? (el as HTMLElement).style : undefined;
}

/** The site's script shows a hidden-until-shown alert with an inline style, a "show" class or an error
 *  state on the field beside it. */
function shownByScript(el: Element): boolean {
  const display = inlineStyle(el)?.display;
  if (display && display !== 'none') return true;
  if (el.classList.contains('show')) return true;
  // Its own field group, not the whole form: one invalid field must not show every alert template.
  return !!el.parentElement?.querySelector('.a-form-error, [aria-invalid=true]');
}
