/**
 * The site's own controls that a card's step is done with, found by what they say (or, for icon-only
 * ones, what they are named), in the page and its same-origin frames. The card quotes the label as the
 * page shows it and can point at the control.
 */
import type { PageControl } from '../findings';
import { RECOVERY_PATH } from '../sites/types';
import { MARKER_TAG } from '../marker';

const CLICKABLE = 'a[href], button, [role=button], [role=link], input[type=submit], input[type=button]';

const SOCIAL = /google|apple|facebook|twitter|instagram|tiktok|\bline\b|yahoo/i;
/** A social sign-in button says the service and little else, or a sign-in verb with it ("Continue with
 *  Google", 「Googleでログイン」); a product link that names a brand ("Google Pixel 8 case") does not. */
const SIGN_IN_VERB = /sign|log|continue|ログイン|続行|続ける|サインイン|登录|登錄|登入|连接/i;

/** What each control says, in the sites' languages. Anchored where a broad word would match other links. */
const SAYS: Record<PageControl, RegExp> = {
  'forgot-password': /忘れ|forgot|forget|忘记|忘記|找回密码|重置密码|(reset|recover) (your )?password|パスワード(の)?再設定|olvidaste|oublié|esqueceu|забыли/i,
  'verify-identity': /本人確認|verify (your )?identity|identity verification|身份验证|验证身份|身份驗證|去验证|立即验证|verify now|unlock|ロック(を)?解除|解除する|解冻|解凍/i,
  'social-sign-in': SOCIAL,
  'slider-refresh': /refresh|retry|try again|再試行|もう一度|再読み込み|リロード|刷新|重试|重試|重新加载/i,
  'resend-code': /resend|send (the )?code|get (a |the |new )*code|再送|再発行|コードを(取得|送信)|获取验证码|重新(发送|获取)|重新發送|獲取驗證碼|send again/i,
  'sign-in': /^(sign[ -]?in|log[ -]?in|ログイン|サインイン|登录|登錄|登入)( ?(now|here|to .*|する|へ))?$/i,
  'contact-support': /contact (us|customer service|support)|customer service|chat now|appeal|お問い合わせ|問い合わせ|カスタマーサービス|联系客服|联系我们|在线客服|申诉|聯絡客服/i,
};

/** Icon-only controls carry their meaning in a class or id (nc_refresh, btn-google). */
const NAMED: Partial<Record<PageControl, RegExp>> = {
  'slider-refresh': /refresh|reload|retry/i,
  'social-sign-in': /google|apple|facebook|twitter|instagram|tiktok/i,
};

/** A slider's refresh is often an icon in a span, made clickable by the site's script. */
const ICON_REFRESH = '[class*=refresh], [class*=Refresh], [id*=refresh], [id*=Refresh]';

const MAX_LABEL = 40;

/** The label a user sees on the control: its text, else its accessible name or the image's alt. */
export function labelOf(el: Element): string {
  const text = (el as HTMLElement).innerText ?? el.textContent ?? '';
  const name = [text, el.getAttribute('aria-label'), el.getAttribute('title'), el.querySelector('img[alt]')?.getAttribute('alt'), (el as HTMLInputElement).value]
    .map((s) => (s ?? '').replace(/\s+/g, ' ').trim())
    .find((s) => s.length > 0);
  return name && name.length <= MAX_LABEL ? name : '';
}

/** Longer than this, the control's text is a sentence (AliExpress's whole slider error is its refresh
 *  button): the card points at it without quoting it. */
const QUOTE_MAX = 24;

/** The label to quote in a step, or '' when the control has no short label of its own. */
export function quotableLabel(el: Element): string {
  const label = labelOf(el);
  return label.length <= QUOTE_MAX ? label : '';
}

const visible = (el: Element) => (typeof el.checkVisibility === 'function' ? el.checkVisibility() : el.getClientRects().length > 0);

function matches(kind: PageControl, el: Element): boolean {
  const label = labelOf(el);
  if (label && SAYS[kind].test(label)) return kind !== 'social-sign-in' || SIGN_IN_VERB.test(label) || label.replace(SOCIAL, '').trim().length <= 2;
  if (kind === 'forgot-password' && el instanceof HTMLAnchorElement && RECOVERY_PATH.test(el.pathname)) return true;
  const named = NAMED[kind];
  return !!named && named.test(`${el.id} ${el.getAttribute('class') ?? ''}`);
}

/** The documents a user sees: the page and its frames that the extension may read (same origin). */
function documentsOf(doc: Document): Document[] {
  const frames = [...doc.querySelectorAll('iframe')].flatMap((frame) => {
    try {
      return frame.contentDocument ? [frame.contentDocument] : [];
    } catch {
      return [];
    }
  });
  return [doc, ...frames];
}

/** Whether the browser lays the document out (a DOM without layout, as in unit tests, has no boxes). */
const laidOut = (doc: Document) => doc.documentElement.getBoundingClientRect().width > 0;

/** An open modal dialog the user is in front of: `<dialog>` opened as a modal, aria-modal, or a dialog the
 *  site calls a modal (AliExpress's comet-v2-modal); a cookie banner's non-modal role=dialog is not one.
 *  The last one in the document is the one on top. */
const MODALS = 'dialog[open], [aria-modal="true"], [role="dialog"][class*="modal" i], [role="alertdialog"][class*="modal" i]';
function openModal(doc: Document = document): Element | null {
  const shown = [...doc.querySelectorAll(MODALS)].filter((el) => {
    if (el instanceof HTMLDialogElement && !el.matches(':modal') && el.getAttribute('aria-modal') !== 'true') return false;
    const r = el.getBoundingClientRect();
    return (!laidOut(doc) || (r.width > 0 && r.height > 0)) && visible(el);
  });
  return shown.at(-1) ?? null;
}

/** Shown to the eye: not hidden, transparent or collapsed to nothing, and not put off the page's left or top
 *  edge (the "visually hidden" trick that keeps a link for screen readers only). */
function seeable(el: Element): boolean {
  const options = { checkOpacity: true, checkVisibilityCSS: true } as CheckVisibilityOptions;
  if (typeof el.checkVisibility === 'function' ? !el.checkVisibility(options) : el.getClientRects().length === 0) return false;
  if (!laidOut(el.ownerDocument)) return true;
  const r = el.getBoundingClientRect();
  if (r.width < 2 || r.height < 2) return false;
  const win = el.ownerDocument.defaultView;
  const x = r.left + (win?.scrollX ?? 0);
  const y = r.top + (win?.scrollY ?? 0);
  return x + r.width > 0 && y + r.height > 0;
}

/** Whether the control is what a click at its centre reaches now (nothing of the page over it). Only
 *  checked where the centre is in the viewport; `locate` scrolls it there first and checks again. */
function inFront(el: Element): boolean {
  if (!laidOut(el.ownerDocument) || typeof el.ownerDocument.elementFromPoint !== 'function') return true;
  const r = rectInTop(el);
  const cx = r.left + r.width / 2;
  const cy = r.top + r.height / 2;
  const top = el.ownerDocument.defaultView?.top ?? window;
  let topDoc: Document;
  try {
    topDoc = top.document;
  } catch {
    topDoc = el.ownerDocument;
  }
  if (cx < 0 || cy < 0 || cx >= (topDoc.defaultView?.innerWidth ?? 0) || cy >= (topDoc.defaultView?.innerHeight ?? 0)) return true;
  const local = el.getBoundingClientRect();
  const hit = el.ownerDocument.elementFromPoint(local.left + local.width / 2, local.top + local.height / 2);
  // The extension's own card is not the page covering it (it moves off what it points at).
  const ours = (node: Element | null) => node?.localName === MARKER_TAG;
  if (!hit || !(hit === el || el.contains(hit) || hit.contains(el) || ours(hit))) return false;
  // In a frame: the frame itself must be what the top document shows there.
  const frame = el.ownerDocument.defaultView?.frameElement;
  if (!frame) return true;
  const topHit = topDoc.elementFromPoint(cx, cy);
  return topHit === frame || !!topHit?.contains(frame) || ours(topHit);
}

/** Where the controls may be: inside the open modal when there is one (never behind it), else anywhere. */
function inScope(el: Element, modal: Element | null): boolean {
  if (!modal) return true;
  for (let node: Element | null | undefined = el; node; node = node.ownerDocument.defaultView?.frameElement) {
    if (modal.contains(node)) return true;
    if (node.ownerDocument === modal.ownerDocument) return false;
  }
  return false;
}

const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });
const distance = (a: DOMRect, b: DOMRect) => {
  const p = centre(a);
  const q = centre(b);
  return Math.hypot(p.x - q.x, p.y - q.y);
};

/** What findControls searches: the open modal and the clickable elements of the page and its same-origin
 *  frames (with the slider's icon refreshes), read once where several kinds are asked for at a time. */
export interface ControlScope {
  modal: Element | null;
  clickables: Element[];
  withIcons: Element[];
}
export function controlScope(doc: Document = document): ControlScope {
  const withIcons = documentsOf(doc).flatMap((d) => [...d.querySelectorAll(`${CLICKABLE}, ${ICON_REFRESH}`)]);
  return { modal: openModal(doc), clickables: withIcons.filter((el) => el.matches(CLICKABLE)), withIcons };
}

/** Every control of that kind the user can see in front: inside the open modal dialog when one is open,
 *  shown, not covered; the one nearest the page's message (`near`) first, else in the page's order. */
export function findControls(kind: PageControl, doc: Document = document, near?: DOMRect | null, scope: ControlScope = controlScope(doc)): Element[] {
  const { modal } = scope;
  const found = (kind === 'slider-refresh' ? scope.withIcons : scope.clickables).filter((el) => matches(kind, el) && inScope(el, modal) && seeable(el) && inFront(el));
  // Nested matches (a button and its label span): the outermost.
  const outer = found.filter((el) => !found.some((other) => other !== el && other.contains(el)));
  return near ? outer.map((el, i) => ({ el, i, d: distance(rectInTop(el), near) })).sort((a, b) => a.d - b.d || a.i - b.i).map((x) => x.el) : outer;
}

/** The control of that kind the user can see in front (see findControls), or null. */
export function findControl(kind: PageControl, doc: Document = document, near?: DOMRect | null): Element | null {
  return findControls(kind, doc, near)[0] ?? null;
}

/** Brings the control into view and says whether a click at its centre now reaches it (not covered by a
 *  sticky header, a cookie banner or the site's dialog). */
export function bringIntoView(el: Element): boolean {
  el.scrollIntoView({ block: 'center', inline: 'nearest' });
  return inFront(el);
}

/** Where an element is in the top window's viewport (adding the offsets of the frames it is in). */
export function rectInTop(el: Element): DOMRect {
  const rect = el.getBoundingClientRect();
  let x = rect.left;
  let y = rect.top;
  for (let frame = el.ownerDocument.defaultView?.frameElement; frame; frame = frame.ownerDocument.defaultView?.frameElement) {
    const r = frame.getBoundingClientRect();
    x += r.left;
    y += r.top;
  }
  return new DOMRect(x, y, rect.width, rect.height);
}
