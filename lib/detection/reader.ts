/**
 * Reads a page once into plain data (Bitwarden-style): the rules are small predicates over this snapshot
 * and never touch the DOM themselves. Everything here is read-only; password values are never read.
 *
 * Messages are found by what they are, not by class names: the page's text is read block by block as the
 * browser lays it out (open shadow roots and `srcdoc` / `about:blank` frames included); a block counts when
 * it says something a rule could mean (lexicon.ts) and a person can see it. ARIA roles, error colour, the
 * invalid field it describes and its closeness to the sign-in form say how to take it; class-name fragments
 * are one hint among those.
 */
import { MARKER_TAG } from '../marker';
import type { VersionStatus } from '../browser-version';
import type { PageKind, Site } from '../sites';
import { mentionsState, sentences, type Sentence } from './meaning';
import { cleanText, foldText, FULL_WIDTH, withoutInvisible } from './text';
import { ownFrameDocument } from './own-frames';
import { SHOWN_NOTICE } from './gate';

/** One message: the text of one block as the page renders it (inline elements joined, links and buttons
 *  left out as breaks), with what its look and place say about it. */
export interface Message {
  /** Visible text, cleaned (for evidence). */
  text: string;
  /** The message cut into sentences: each is judged on its own. */
  sentences: Sentence[];
  /** In an alert-like box (ARIA alert / status / dialog / live region, or a message-like class), a heading,
   *  the document title, or plain text. */
  kind: 'alert' | 'heading' | 'title' | 'text';
  /** Marked as an error: role=alert, an error-like class, the message of an invalid field, or error-red
   *  text (the colour the browser computed). */
  errorStyled: boolean;
  /** In the same form or sign-in box as an email / ID / password / code field. */
  nearField: boolean;
  /** Announced as an error wherever it stands: in an ARIA alert, or the message of an invalid field. */
  alerted: boolean;
  /** Marked as an error and about one field: the message an invalid field names, or one in the small box
   *  of a single field (a form item's explanation). */
  fieldMessage: boolean;
  /** Inside a slide-to-verify widget. */
  inSlider: boolean;
  /** About the field that repeats a new password (its message, or in its box): "do not match" there says
   *  the two entries differ, not that the account's password is wrong. */
  ofRepeatedPassword: boolean;
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
  /** Visible messages in a sign-in context that say something a rule may mean, every heading there, and
   *  (on sign-in pages) the title. */
  messages: Message[];
  /** Named elements asked for by detectors that are present and visible, with their text (or name). */
  elements: Map<string, string>;
  fields: { password: number; identifier: number; code: number; phone: number; singleCharacter: number; inputs: number; frames: number };
  /** An email / ID / code field whose current value holds full-width characters. */
  fullWidthField: string | null;
  /** Visible text length of the body, counted up to 200 (for blank pages). */
  visibleTextLength: number;
  /** A login frame the page shows with nothing in it (a white box where the form should be), when no
   *  sign-in field is visible: how a maintainer finds it (`iframe#alibaba-login-box`). */
  emptyLoginFrame: string | null;
  events: PageEvents;
}

export interface ReadOptions {
  /** What kind of sign-in page the URL is (worked out once by the caller). */
  kind: PageKind;
  /** Whether the gate saw a sign-in widget (then named elements are looked for). */
  widgets: boolean;
  /** Named selectors the detectors look for (see Detector.elements). */
  elements: Record<string, string>;
  /** A live page with layout (content script): visibility and colour come from the browser's own layout. */
  live: boolean;
  events: PageEvents;
}

/** `[attr*=word]` in the spellings pages use (happy-dom, which the scan command uses, has no `i` flag). */
function anyCase(attr: string, ...words: string[]): string {
  const spellings = (w: string) => [w, w[0]!.toUpperCase() + w.slice(1), w.toUpperCase()];
  return words.flatMap(spellings).map((w) => `[${attr}*=${w}]`).join(',');
}

/** Boxes that speak to the user: ARIA's alerts, live regions and dialogs. */
const ALERT_ROLES = '[role=alert],[role=alertdialog],[role=status],[role=dialog],[aria-live=assertive],[aria-live=polite],[aria-modal=true],dialog';
/** Class and id fragments of message boxes (a hint, never the only way in): toasts, tips, notices, banners. */
const ALERT_CLASS = /rror|lert|warn|notice|msg|message|tips?\b|banner|verify|danger|invalid|feedback|dialog|modal|toast|snackbar|notif|popup/i;
/** Class and id fragments of an error box, and utility classes that paint text or a box red. */
const ERROR_CLASS = /error|err\b|errloading|invalid|fail|warn|danger|(text|bg|border)-red|-red-|\bred\b/i;
/** How far up an element's classes still describe it (its box, the box's wrapper). */
const CLASS_LEVELS = 3;
/** A site's own modal or urgent notice (toast) speaks to the user about their account wherever it opens
 *  (never review text). */
const MODAL_SELECTOR = '[aria-modal=true], [role=alertdialog], dialog[open], [aria-live=assertive]';
const HEADING_SELECTOR = 'h1, h2, h3, h4, h5, h6, [role=heading]';
/** Slide-to-verify widgets: Alibaba's nc slider (ids numbered nc_1_, nc_2_, …), Aliyun captcha, and the
 *  class names slide-verify widgets go by. */
const SLIDER_SELECTOR = '.nc-container, .nc_wrapper, [id^="nc_"][id$="_wrapper"], #nocaptcha, .errloading, [id^=aliyunCaptcha], [class*=slide-verify], [class*=slider-verify], [class*=slidecode], [class*=captcha-slid]';
const IDENTIFIER_SELECTOR = [
  'input[type=email]', 'input[type=tel]', 'input[autocomplete~=username]', 'input[autocomplete~=email]', '#fm-login-id',
  anyCase('name', 'email', 'login', 'account', 'phone', 'mobile'),
  anyCase('id', 'email', 'login-id', 'loginId', 'loginid', 'account'),
].join(',');
const PHONE_SELECTOR = ['input[type=tel]', 'input[autocomplete~=tel]', anyCase('name', 'phone', 'mobile'), anyCase('id', 'phone', 'mobile')].join(',');
const CODE_SELECTOR = ['input[autocomplete=one-time-code]', anyCase('name', 'otp', 'code'), anyCase('id', 'otp', 'code')].join(',');
const CODE_NAME = /otp|verif|sms|auth.?code|security.?code|check.?code|(^|[-_])code$/i;
const NOT_CODE_NAME = /zip|post|promo|coupon|captcha|country|area|region/i;
const TEXT_INPUT_TYPES = new Set(['', 'text', 'email', 'tel', 'number', 'search', 'url']);
/** Where a sign-in form lives on a page that is not itself a sign-in page (a login dialog). */
const LOGIN_ROOT = ['form', '[role=dialog]', '[role=alertdialog]', 'dialog', anyCase('class', 'dialog', 'modal', 'popup', 'login')].join(',');
/** Longer than this, a block is a page's content, not a message to the user (a message of several
 *  sentences runs to a few hundred characters). */
const MESSAGE_MAX = 1000;
/** How many levels up from a message its sign-in box may start. */
const FORM_LEVELS = 3;
const FIELD_SELECTOR = 'input:not([type=hidden]), select, textarea, form';

/** Elements whose text is laid out in the line around them (HTML's phrasing elements): their text joins the
 *  surrounding block's, so a message cut into per-phrase spans (`<nobr>`, `<bdi>`, BudouX's `<wbr>`) reads
 *  as one phrase. */
const INLINE = new Set(
  'span em strong b i u s small mark font abbr code q sub sup time label img wbr nobr bdi bdo cite dfn kbd var samp data ins del big tt strike ruby rb output'.split(' '),
);
/** Ruby's reading above a word (furigana) and its fallback brackets: a person reads the word. */
const NOT_READ = new Set(['rt', 'rp']);
/** Never shown as text. */
const NEVER_SHOWN = new Set(['script', 'style', 'template', 'noscript', 'head', 'meta', 'link', 'svg', 'math', 'canvas', 'video', 'audio', 'object', 'embed']);
/** Controls: their text leads somewhere or is the user's ("Account locked? Learn more"): never part of a
 *  message, and a break within it. */
const CONTROLS = new Set(['a', 'button', 'select', 'option', 'textarea', 'input']);

const HIDDEN_CLASSES = ['aok-hidden', 'a-hidden', 'hidden', 'hide', 'is-hidden', 'd-none', 'invisible'];
/** A utility class that shows at some width what `hidden` hides at others (`hidden md:block`). */
const SHOWN_AT_SOME_WIDTH = /(^|\s)[a-z0-9]+:(block|flex|grid|inline|inline-block|inline-flex|table|contents)(\s|$)/;

/** Where a block's text breaks: a control or a nested block stood there. */
const BREAK = '\n';
/** A `<br>`: the line goes on in the same sentence. */
const LINE_BREAK = ' ';

interface Block {
  el: Element;
  /** Text nodes in order, and breaks where a control, a line break or a nested block stood. */
  parts: Array<Text | typeof BREAK | typeof LINE_BREAK>;
}

export function readPage(doc: Document, url: URL, site: Site, options: ReadOptions): PageSnapshot {
  const visibility = new Visibility(site, options.live);
  const visible = (el: Element) => !visibility.hidden(el);
  const kind = options.kind;
  const signInPage = kind !== 'other';

  // The page's readable documents: itself, open shadow roots, and frames that belong to it (srcdoc, about:blank).
  const scopes = scopesOf(doc);
  const all = (selector: string) => scopes.flatMap((scope) => [...scope.querySelectorAll(selector)]);

  const inputs = all('input, textarea, select').filter((el) => inputType(el) !== 'hidden' && visible(el));
  const passwordInputs = inputs.filter((el) => inputType(el) === 'password');
  // A password field shown as text ("show password") is still a password field: never an ID field whose
  // value is read.
  const textInputs = inputs.filter((el) => isTextInput(el) && !isPasswordField(el));
  const identifierInputs = textInputs.filter((el) => el.matches(IDENTIFIER_SELECTOR));
  const codeInputs = textInputs.filter((el) => el.matches(CODE_SELECTOR) && isCodeField(el));
  const phoneInputs = textInputs.filter((el) => el.matches(PHONE_SELECTOR));
  const credentials = [...passwordInputs, ...identifierInputs, ...codeInputs];
  const invalidFields = inputs.filter((el) => el.getAttribute('aria-invalid') === 'true');

  // Where a message stands beside a field: the field's sign-in form or dialog, or a box a few levels up from
  // both (never the whole page). Worked out once from the fields, so each message only walks up.
  const formRoots = new Set(credentials.map((field) => field.closest(LOGIN_ROOT)).filter((root): root is Element => !!root));
  const fieldBoxes = new Set(credentials.flatMap((field) => ancestors(field, FORM_LEVELS + 1)));
  const nearCredential = (el: Element) => {
    for (let box: Element | null = el, level = 0; box && box !== box.ownerDocument.body; box = box.parentElement, level++) {
      if (formRoots.has(box) || (level <= FORM_LEVELS && fieldBoxes.has(box))) return true;
    }
    return false;
  };
  const describedByInvalid = new Set(invalidFields.flatMap(describedBy));
  // The field that repeats a new password: a password field after another in the same form.
  const repeated = passwordInputs.filter((field, i) => i > 0 && (field as HTMLInputElement).form === (passwordInputs[i - 1] as HTMLInputElement).form && field.getAttribute('autocomplete') !== 'current-password');
  const aboutRepeated = new Set(repeated.flatMap((field) => [...describedBy(field), ...ancestors(field, 2).filter((box) => box.querySelectorAll(TYPED_FIELD).length === 1)]));
  const sliders = all(SLIDER_SELECTOR);
  // Asked of every block: the page's alert boxes are found once, and each element's classes read once.
  const alerts = new Set(all('[role=alert]'));
  const alertBoxes = new Set(all(ALERT_ROLES));
  const classes = new ClassHints();

  // On a sign-in page, its whole text; elsewhere only a sign-in form or dialog and the site's modals and
  // urgent notices (never reviews, descriptions or order history).
  const roots = signInPage
    ? scopes.map((scope) => (scope as Document).body ?? (scope as Document).documentElement ?? scope)
    : outermost([...credentials.map((el) => el.closest(LOGIN_ROOT) ?? el.parentElement!), ...all(`${MODAL_SELECTOR}, ${SHOWN_NOTICE}`).filter(visible)]);

  const messages: Message[] = [];
  const seen = new Map<string, Message>();
  for (const block of blocksOf(roots)) {
    const el = block.el;
    const heading = el.matches(HEADING_SELECTOR);
    const inSlider = sliders.some((slider) => slider.contains(el));
    const alerted = within(el, alerts) || within(el, describedByInvalid);
    const marked = alerted || classes.say(el, ERROR_CLASS);
    const alertLike = marked || within(el, alertBoxes) || classes.say(el, ALERT_CLASS);
    const near = credentials.length === 0 || nearCredential(el);
    // On a sign-in page that has a form, plain text away from it is the page's content (an article, reviews
    // below a login box), not a message to the user: it is never read further.
    if (signInPage && !heading && !inSlider && !alertLike && !near) continue;
    const raw = block.parts.map((part) => (typeof part === 'string' ? part : part.nodeValue ?? '')).join('');
    // Longer than a message can be: a page's content (an article, a script's text), never read further.
    if (raw.length > MESSAGE_MAX * 2) continue;
    // Most of what is left says nothing a rule could mean: it is never measured or styled, unless it is
    // marked as an error (the fallback's unknown wording).
    if (!heading && !inSlider && !marked && !mentionsState(foldText(cleanText(raw)))) continue;
    if (!visible(el)) continue;
    const text = visibility.text(block.parts);
    if (!text || text.length > MESSAGE_MAX) continue;
    const styling = marked || errorRed(el, options.live) || redText(block, options.live);
    const message: Message = {
      text,
      sentences: sentences(text, foldText),
      kind: heading ? 'heading' : alertLike ? 'alert' : 'text',
      errorStyled: styling,
      nearField: styling && credentials.length > 0 && near,
      alerted,
      fieldMessage: styling && (within(el, describedByInvalid) || ofOneField(el)),
      inSlider,
      ofRepeatedPassword: within(el, aboutRepeated),
    };
    // One message per text: nested boxes and repeated templates say it once.
    const known = seen.get(`${message.kind}:${text}`);
    if (known) {
      known.errorStyled ||= message.errorStyled;
      known.nearField ||= message.nearField;
      known.alerted ||= message.alerted;
      known.fieldMessage ||= message.fieldMessage;
      known.ofRepeatedPassword ||= message.ofRepeatedPassword;
      continue;
    }
    seen.set(`${message.kind}:${text}`, message);
    messages.push(message);
  }
  if (signInPage) {
    const title = cleanText(doc.title ?? '');
    if (title) messages.push({ text: title, sentences: sentences(title, foldText), kind: 'title', errorStyled: false, nearField: false, alerted: false, fieldMessage: false, inSlider: false, ofRepeatedPassword: false });
  }

  const elements = new Map<string, string>();
  // One query for all named elements (skipped when the indexes say there are none); the few hits are then
  // sorted to their names.
  const named = Object.entries(options.elements);
  const hits = options.widgets ? all(named.map(([, selector]) => selector).join(',')) : [];
  for (const hit of hits) {
    for (const [name, selector] of named) {
      if (!elements.has(name) && hit.matches(selector) && visible(hit)) elements.set(name, visibility.elementText(hit) || selector);
    }
  }

  const fullWidth = [...identifierInputs, ...codeInputs].find((el) => FULL_WIDTH.test((el as HTMLInputElement).value ?? ''));
  // A frame whose document the page holds and which stays empty is no content: on a sign-in page any such
  // frame, elsewhere one named or boxed as the login frame (only looked for while no sign-in field shows).
  const shownFrames = all('iframe, frame, embed, object').filter(visible);
  const empty = credentials.length === 0 ? shownFrames.filter((el) => emptyFrame(el, options.live, 0)) : [];
  const emptyLogin = empty.find((el) => signInPage || LOGIN_FRAME.test(`${el.id} ${el.getAttribute('name') ?? ''} ${el.getAttribute('class') ?? ''} ${el.getAttribute('title') ?? ''}`) || !!el.closest(LOGIN_BOX));

  return {
    url,
    site,
    kind,
    messages,
    elements,
    fields: {
      password: passwordInputs.length,
      identifier: identifierInputs.length,
      code: codeInputs.length,
      phone: phoneInputs.length,
      singleCharacter: inputs.filter((el) => isTextInput(el) && el.getAttribute('maxlength') === '1').length,
      inputs: inputs.length,
      frames: shownFrames.length - empty.length,
    },
    fullWidthField: fullWidth ? describeField(fullWidth) : null,
    visibleTextLength: signInPage && inputs.length === 0 ? visibility.textLength(doc.body, 200) : 200,
    emptyLoginFrame: emptyLogin ? describeField(emptyLogin) : null,
    events: options.events,
  };
}


/** The document, its open shadow roots and the frames that are part of it (`srcdoc`, `about:blank`), each
 *  with theirs. A frame with an address of its own gets its own detector and is not read here. */
function scopesOf(doc: Document): Array<Document | ShadowRoot> {
  const scopes: Array<Document | ShadowRoot> = [];
  const visit = (scope: Document | ShadowRoot) => {
    scopes.push(scope);
    for (const el of scope.querySelectorAll('*')) {
      if (el.shadowRoot && el.localName !== MARKER_TAG) visit(el.shadowRoot);
      const frameDoc = el.localName === 'iframe' || el.localName === 'frame' ? ownFrameDocument(el as HTMLIFrameElement) : null;
      if (frameDoc) visit(frameDoc);
    }
  };
  visit(doc);
  return scopes;
}

/** Smaller than this (px), a frame is a helper (a tracker, a messaging bridge), never a login box. */
export const TINY_FRAME: [width: number, height: number] = [120, 60];
/** What a login frame is named (AliExpress's `alibaba-login-box`, Havana's `havana_login_iframe`). */
const LOGIN_FRAME = /login|sign-?in|passport|havana/i;
const LOGIN_BOX = [anyCase('class', 'login'), anyCase('id', 'login')].join(',');
/** Fewer characters than this, and no field, link or button: a frame shows nothing a user could act on. */
const EMPTY_TEXT_MAX = 20;

/** A frame whose document is the page's own (no address, `about:`, `srcdoc`) and holds nothing a user
 *  could act on: no field, link or button, almost no text, and only such frames. A frame with an address
 *  of its own gets its own detector (and a cross-origin one cannot be read). */
function emptyFrame(frame: Element, live: boolean, depth: number): boolean {
  if (frame.localName !== 'iframe' && frame.localName !== 'frame') return false;
  const src = frame.getAttribute('src')?.trim() ?? '';
  if (src && !/^about:/i.test(src) && !frame.hasAttribute('srcdoc')) return false;
  const [width, height] = live ? ((r) => [r.width, r.height])(frame.getBoundingClientRect()) : [sizeOf(frame, 'width'), sizeOf(frame, 'height')];
  if (width < TINY_FRAME[0] || height < TINY_FRAME[1]) return false;
  let frameDoc: Document | null = null;
  try {
    frameDoc = (frame as HTMLIFrameElement).contentDocument;
  } catch {
    return false;
  }
  if (frame.hasAttribute('srcdoc') && !frameDoc?.body?.firstChild) frameDoc = ownFrameDocument(frame as HTMLIFrameElement);
  if (!frameDoc) return !frame.hasAttribute('srcdoc');
  if (frameDoc.querySelector('input:not([type=hidden]), select, textarea, button, a[href], embed, object')) return false;
  if (cleanText(frameDoc.body?.textContent ?? '').length >= EMPTY_TEXT_MAX) return false;
  return depth < 2 && [...frameDoc.querySelectorAll('iframe, frame')].every((inner) => emptyFrame(inner, live, depth + 1));
}

/** A frame's size without layout (a saved page): its attribute or inline style in pixels; a browser's
 *  300 × 150 when neither says. */
function sizeOf(frame: Element, side: 'width' | 'height'): number {
  const said = inlineStyle(frame)?.[side] || frame.getAttribute(side) || '';
  const px = /^\s*(\d+(?:\.\d+)?)\s*(px)?\s*$/.exec(said);
  return px ? Number(px[1]) : side === 'width' ? 300 : 150;
}

/** What a user types into: a field's own box holds one. */
const TYPED_FIELD = 'input:not([type=hidden]):not([type=checkbox]):not([type=radio]):not([type=submit]):not([type=button]):not([type=image]), select, textarea';

/** Whether an element stands in the box of one field (its form item, up to two levels up): the first box
 *  up that holds a field holds exactly one. */
function ofOneField(el: Element): boolean {
  for (let box = el.parentElement, level = 0; box && level < 2 && box !== box.ownerDocument.body; box = box.parentElement, level++) {
    const fields = box.querySelectorAll(TYPED_FIELD).length;
    if (fields > 0) return fields === 1;
  }
  return false;
}

/** What a field names as its description or error message, and the element just after it (where sites
 *  draw a field's message without naming it). */
function describedBy(field: Element): Element[] {
  return [
    ...`${field.getAttribute('aria-describedby') ?? ''} ${field.getAttribute('aria-errormessage') ?? ''}`
      .split(/\s+/)
      .map((id) => (id ? (field.getRootNode() as Document | ShadowRoot).getElementById(id) : null)),
    field.nextElementSibling,
  ].filter((el): el is Element => !!el && !el.matches(FIELD_SELECTOR));
}

/** Up to `levels` ancestors of an element, short of the page's body. */
function ancestors(el: Element, levels: number): Element[] {
  const found: Element[] = [];
  for (let up = el.parentElement; up && found.length < levels && up !== up.ownerDocument.body && up !== up.ownerDocument.documentElement; up = up.parentElement) found.push(up);
  return found;
}

/** Roots that no other root holds. */
function outermost(roots: Element[]): Element[] {
  const unique = [...new Set(roots)];
  return unique.filter((root) => !unique.some((other) => other !== root && other.contains(root)));
}

/** The text of `roots` as the browser lays it out: one block per block-level element, holding the text of
 *  its inline descendants joined as written (`账户名或<em>登录密码</em>不正确` is one phrase). */
function blocksOf(roots: Array<Element | ShadowRoot>): Block[] {
  const blocks: Block[] = [];
  const walk = (node: Node, block: Block) => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        block.parts.push(child as Text);
        continue;
      }
      if (child.nodeType !== 1) continue;
      const el = child as Element;
      const tag = el.localName;
      if (NEVER_SHOWN.has(tag) || NOT_READ.has(tag) || tag === MARKER_TAG || tag === 'iframe' || tag === 'frame') continue;
      if (CONTROLS.has(tag)) {
        block.parts.push(BREAK);
        continue;
      }
      // A line break within a sentence ("We cannot find an<br>account with that email").
      if (tag === 'br') {
        block.parts.push(LINE_BREAK);
        continue;
      }
      // A custom element or a shadow host lays out its own content: a block of its own.
      const inline = INLINE.has(tag) && !el.shadowRoot;
      const inner = inline ? block : open(el);
      if (!inline) block.parts.push(BREAK);
      if (el.shadowRoot) walk(el.shadowRoot, inner);
      walk(el, inner);
      if (!inline) block.parts.push(BREAK);
    }
  };
  const open = (el: Element) => {
    const block: Block = { el, parts: [] };
    blocks.push(block);
    return block;
  };
  for (const root of roots) {
    const el = root.nodeType === 11 ? (root as ShadowRoot).host : (root as Element);
    walk(root, open(el));
  }
  return blocks.filter((block) => block.parts.some((part) => typeof part !== 'string' && /\S/.test(part.nodeValue ?? '')));
}

/** Whether an element is one of `boxes` or inside one. */
function within(el: Element, boxes: Set<Element>): boolean {
  if (boxes.size === 0) return false;
  for (let box: Element | null = el; box; box = box.parentElement) if (boxes.has(box)) return true;
  return false;
}

/** What an element's classes and id say, read once per element for a pass (blocks share their boxes). */
class ClassHints {
  private readonly read = new Map<Element, string>();

  /** Whether the element, or its box up to a few levels, has classes or an id that say `pattern`. */
  say(el: Element, pattern: RegExp): boolean {
    let box: Element | null = el;
    for (let level = 0; box && level < CLASS_LEVELS; level++, box = box.parentElement) {
      let names = this.read.get(box);
      if (names === undefined) this.read.set(box, (names = `${box.getAttribute('class') ?? ''} ${box.id}`));
      if (names.length > 1 && pattern.test(names)) return true;
    }
    return false;
  }
}

/** Red text, as the browser computed it (or the saved page's own styles say); not a label's (a red
 *  「必須」 names a required field). */
function errorRed(el: Element, live: boolean): boolean {
  if (el.closest('label')) return false;
  const view = el.ownerDocument.defaultView;
  if (!view) return false;
  const color = live ? view.getComputedStyle(el).color : inlineStyle(el)?.color || view.getComputedStyle(el).color;
  const rgb = parseColor(color ?? '');
  if (!rgb) return false;
  const [r, g, b] = rgb;
  return r >= 150 && r >= 1.8 * g && r >= 1.8 * b;
}


/** A block whose every piece of text is in red inline elements (`<div><span style="color:#c40000">…</span></div>`):
 *  the eye reads the block as red. */
function redText(block: Block, live: boolean): boolean {
  const holders = new Set<Element>();
  for (const part of block.parts) {
    if (typeof part === 'string' || !part.nodeValue?.trim()) continue;
    const holder = part.parentElement;
    if (!holder || holder === block.el) return false;
    holders.add(holder);
  }
  return holders.size > 0 && [...holders].every((holder) => errorRed(holder, live));
}

function parseColor(color: string): [number, number, number] | null {
  const value = color.trim().toLowerCase();
  const rgb = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)/.exec(value);
  if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})\b/.exec(value)?.[1];
  if (hex) {
    const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
  }
  // A saved page's style sheet may name its red; a browser always answers in rgb().
  return value === 'red' ? [255, 0, 0] : null;
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

/**
 * Decides visibility once per element per pass (cached). Live, the browser's own layout decides first
 * (`checkVisibility`: display, visibility, opacity, content-visibility); a saved page has no layout, so its
 * inline styles and its own style sheets decide. Either way the hiding classes sites use count too: a test
 * server or a saved page may lack the site's style sheet (Amazon's `aok-hidden` alert templates), but never
 * a class that shows the element at some width (`hidden md:block`).
 */
class Visibility {
  private readonly cache = new Map<Element, boolean>();
  private readonly markupCache = new Map<Element, boolean>();
  private readonly untilShown: string;

  constructor(
    site: Site,
    private readonly live: boolean,
  ) {
    this.untilShown = (site.hiddenUntilShown ?? []).join(',');
  }

  hidden(el: Element): boolean {
    const cached = this.cache.get(el);
    if (cached !== undefined) return cached;
    const result =
      (this.live && typeof el.checkVisibility === 'function' && !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) ||
      this.hiddenByMarkup(el);
    this.cache.set(el, result);
    return result;
  }

  private hiddenByMarkup(el: Element): boolean {
    const cached = this.markupCache.get(el);
    if (cached !== undefined) return cached;
    const parent = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
    const result = this.hiddenItself(el) || (!!parent && parent !== el.ownerDocument.documentElement && this.hiddenByMarkup(parent));
    this.markupCache.set(el, result);
    return result;
  }

  private hiddenItself(el: Element): boolean {
    if (NEVER_SHOWN.has(el.localName)) return true;
    // A closed <details> shows only its <summary> (a saved page has no layout to say so).
    if (el.parentElement?.localName === 'details' && !el.parentElement.hasAttribute('open') && el.localName !== 'summary') return true;
    if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
    const classes = el.getAttribute('class') ?? '';
    if (HIDDEN_CLASSES.some((c) => el.classList.contains(c)) && !SHOWN_AT_SOME_WIDTH.test(classes)) return true;
    const style = inlineStyle(el);
    if (style && (style.display === 'none' || style.visibility === 'hidden')) return true;
    if (this.untilShown && el.matches(this.untilShown) && !shownByScript(el)) return true;
    // Without layout (a saved page), the page's own <style> rules still decide.
    const view = this.live ? null : el.ownerDocument.defaultView;
    if (view) {
      const computed = view.getComputedStyle(el);
      if (computed.display === 'none' || computed.visibility === 'hidden') return true;
    }
    return false;
  }

  /** The visible text of a block's parts, hidden ones left out, breaks kept as spaces between sentences. */
  text(parts: Block['parts']): string {
    // White space in the markup, new lines included, is one space on screen: only breaks end a line.
    const shown = parts.map((part) => (typeof part === 'string' ? part : this.hiddenText(part) ? '' : withoutInvisible(part.nodeValue ?? '').replace(/\s+/g, ' ')));
    return shown
      .join('')
      .split(BREAK)
      .map((line) => cleanText(line))
      .filter(Boolean)
      .join(BREAK);
  }

  private hiddenText(node: Text): boolean {
    const parent = node.parentElement ?? ((node.parentNode as ShadowRoot | null)?.host as Element | undefined);
    return !parent || this.hidden(parent);
  }

  /** Visible text of an element and everything in it. */
  elementText(el: Element): string {
    return cleanText(blocksOf([el]).map((block) => this.text(block.parts)).join(' '));
  }

  /** Visible text of an element and everything in it, less the page's frame around its content (the logo,
   *  the footer's links and copyright): text a user could act on. */
  textLength(el: Element | null, cap: number): number {
    if (!el) return 0;
    let length = 0;
    for (const block of blocksOf([el])) {
      if (block.el.closest(PAGE_FRAME)) continue;
      length += this.text(block.parts).replace(/\s/g, '').length;
      if (length >= cap) return cap;
    }
    return length;
  }
}

/** A page's header and footer (landmarks, and the sites' own footer ids). */
const PAGE_FRAME = 'header, footer, nav, [role=banner], [role=contentinfo], [role=navigation], #footer, #navFooter, .auth-footer, .nav-footer';

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
