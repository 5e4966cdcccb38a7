/**
 * The site's own controls that a card's step is done with, found by what they say (or, for icon-only
 * ones, what they are named), in the page and its same-origin frames. The card quotes the label as the
 * page shows it and can point at the control.
 */
import type { PageControl } from '../findings';
import { RECOVERY_PATH } from '../sites/types';

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

/** The first visible control of that kind, or null. */
export function findControl(kind: PageControl, doc: Document = document): Element | null {
  for (const d of documentsOf(doc)) {
    const found = [...d.querySelectorAll(kind === 'slider-refresh' ? `${CLICKABLE}, ${ICON_REFRESH}` : CLICKABLE)].find((el) => matches(kind, el) && visible(el));
    if (found) return found;
  }
  return null;
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
