import { describe, expect, it } from 'vitest';
import { loadSavedPage } from '@/lib/cli/saved-page';
import { detectFindings } from '@/lib/detection/detect';
import { DETECTOR_ELEMENTS } from '@/lib/detection/rules';
import { gate, opensGate, shadowRootsNear } from '@/lib/detection/gate';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { contentScriptMatches, pageKind, siteForUrl } from '@/lib/sites';
import { AMAZON_REAL_CASES, TRAINING_CASES, OWN_CASES } from './cases';

/** For every element a detector looks for, markup that has it: the gate must open for each. */
const SNIPPETS: Record<string, string> = {
  'amazon-robot-check': '<form action="/errors/validateCaptcha"><input id="captchacharacters"></form>',
  'amazon-captcha': '<form class="cvf-widget-form-captcha" action="verify"></form>',
  'amazon-waf-challenge': '<div id="challenge-container"></div><script src="https://x.token.awswaf.com/x/challenge.js"></script>',
  'alibaba-punish-page': '<punish-component></punish-component>',
  'alibaba-captcha-dialog': '<div class="baxia-dialog"><iframe id="baxia-dialog-content" src="https://www.aliexpress.com/_____tmd_____/punish?x5secdata=1"></iframe></div>',
  'slider-error': '<div class="nc-container"><div class="nc_wrapper"><div class="errloading">Net Err</div></div></div>',
  'amazon-otp-form': '<form id="auth-mfa-form"><input name="otpCode"></form>',
  'amazon-register-intent': '<form id="intent-confirmation-form"></form>',
};
const PRODUCT = 'https://www.aliexpress.com/item/1005001.html';
const open = (body: string, url = PRODUCT) => {
  const page = loadSavedPage(`<html><body><header><input name="SearchText"></header>${body}</body></html>`, new URL(url));
  const site = siteForUrl(new URL(url));
  return !!site && gate(page.document, pageKind(site, new URL(url))).read;
};

/** The same markup as something the page added after the bootstrap's first look. */
const openedByAddition = (body: string) => {
  const page = loadSavedPage(`<html><body><header><input name="SearchText"></header><section id="added">${body}</section></body></html>`, new URL(PRODUCT));
  return opensGate(page.document.getElementById('added')!);
};

describe('the gate', () => {
  it('has a snippet for every element a detector looks for', () => {
    expect(Object.keys(SNIPPETS).sort()).toEqual(Object.keys(DETECTOR_ELEMENTS).sort());
  });

  it.each(Object.entries(SNIPPETS))('opens for %s on an ordinary page, whole or added later', (_name, snippet) => {
    expect(open(snippet)).toBe(true);
    expect(openedByAddition(snippet)).toBe(true);
  });

  it.each([
    ['a password field', '<input type="password">'],
    ['a password field spelt "PassWord" (browsers read the type in any case)', '<input type="PassWord">'],
    ['a slider', '<div id="nc_1_wrapper" class="nc_wrapper"></div>'],
    ['a modal', '<div role="dialog" aria-modal="true">x</div>'],
    ['an alert dialog', '<div role="alertdialog">x</div>'],
    ['a dialog element', '<dialog open>x</dialog>'],
    ['an urgent notice (toast)', '<div role="alert" aria-live="assertive">x</div>'],
    ['a one-time code field the page marks wrong', '<input name="checkCode" aria-invalid="true">'],
  ])('opens for %s, whole or added later', (_label, snippet) => {
    expect(open(snippet)).toBe(true);
    expect(openedByAddition(snippet)).toBe(true);
  });

  // Issue 18: a notice drawn by a custom element, in its open shadow root (or one nested in it).
  const shadow = (inner: string) => `<ae-toast><template shadowrootmode="open">${inner}</template></ae-toast>`;
  it.each([
    ['a modal in a shadow root', shadow('<div role="dialog" aria-modal="true">x</div>')],
    ['an urgent notice in a shadow root inside another', shadow(`<div>${shadow('<p aria-live="assertive">x</p>')}</div>`)],
    ['a password field in the shadow root of the app root\'s child', `<div id="app">${shadow('<form><input type="password"></form>')}</div>`],
  ])('opens for %s, whole or added later', (_label, snippet) => {
    expect(open(snippet)).toBe(true);
    expect(openedByAddition(snippet)).toBe(true);
  });

  // Blind set 13: an account's notice on an ordinary page of the site (Alibaba's frozen account, AliExpress's
  // email to verify), shown as an alert or a status banner.
  it.each([
    ['a frozen account\'s alert', '<div role="alert"><div>お客様のアカウントは凍結されています</div></div>'],
    ['a status banner asking to verify the email', '<div role="status"><span>アカウントを保護するため、メールアドレスを認証してください。</span></div>'],
    // Blind set 14: Vant's dialog on m.aliexpress.com sets role=dialog and no aria-modal.
    ['a lock\'s dialog without aria-modal', '<div class="van-dialog" role="dialog"><div>お客様のアカウントは一時的にロックされています。</div></div>'],
  ])('opens for %s shown on an ordinary page, whole or added later', (_label, snippet) => {
    expect(open(snippet)).toBe(true);
    expect(openedByAddition(snippet)).toBe(true);
  });

  it.each([
    ['an alert template hidden by its class', '<div class="a-alert aok-hidden" role="alert">x</div>'],
    ['a status box hidden by its attribute', '<div hidden><p role="status">x</p></div>'],
    ['an empty status region (a screen reader\'s live region)', '<div role="status" aria-live="polite"></div>'],
    ['a popover dialog kept hidden', '<div role="dialog" class="a-popover aok-hidden"><p>Deliver to</p></div>'],
  ])('stays shut for %s', (_label, snippet) => {
    expect(open(snippet)).toBe(false);
    expect(openedByAddition(snippet)).toBe(false);
  });

  it('opens for a sign-in widget in a frame of the page\'s own (srcdoc) that it adds later', () => {
    const slider = '<div class="nc-container"><div id="nc_1_wrapper" class="nc_wrapper"></div></div>';
    const frame = `<iframe srcdoc="${`<!doctype html><html><body>${slider}</body></html>`.replace(/"/g, '&quot;')}"></iframe>`;
    expect(openedByAddition(frame)).toBe(true);
    expect(openedByAddition('<iframe srcdoc="<p>Recommended for you</p>"></iframe>')).toBe(false);
  });

  it('stays shut for a shadow root with nothing sign-in related', () => {
    const plain = shadow('<div class="toast">Added to cart</div>');
    expect(open(plain)).toBe(false);
    expect(openedByAddition(plain)).toBe(false);
  });

  it('an existing element that becomes a widget opens it by itself, not by what it holds', () => {
    const page = loadSavedPage('<html><body><div id="box"><input type="password"></div></body></html>', new URL(PRODUCT));
    const box = page.document.getElementById('box')!;
    expect(opensGate(box, false)).toBe(false);
    box.className = 'nc-container';
    expect(opensGate(box, false)).toBe(true);
  });

  it('stays shut on an ordinary page, opens on every sign-in URL, never on another site', () => {
    const ordinary = '<div class="review">パスワードが正しくありません</div><div class="a-alert a-alert-error aok-hidden" role="alert">x</div>';
    expect(open(ordinary)).toBe(false);
    expect(openedByAddition(ordinary)).toBe(false);
    expect(open(ordinary, 'https://login.aliexpress.com/')).toBe(true);
    expect(open('<input type="password">', 'https://www.example.com/login')).toBe(false);
  });
});

describe('a code step embedded in an ordinary page (blind set 8: an unlock frame on the orders page)', () => {
  const ORDERS = 'https://www.aliexpress.com/p/order/index.html';
  const expired =
    '<form><label for="c">Verification code</label><input id="c" name="checkCode" value="301177" aria-invalid="true" aria-describedby="e">' +
    '<div id="e" role="alert">The verification code has expired. Please get a new code.</div></form>';
  const srcdoc = (html: string) => `<iframe title="Identity verification" style="width:420px;height:460px" srcdoc="${html.replace(/"/g, '&quot;')}"></iframe>`;
  it.each([
    ['in the page', expired, ['verification-code:expired']],
    ['in a frame of its own document (srcdoc)', srcdoc(`<!doctype html><html lang="en"><body>${expired}</body></html>`), ['verification-code:expired']],
    ['a coupon code said invalid: no code step', '<form><input name="couponCode" aria-invalid="true" aria-describedby="e"><div id="e" role="alert">This coupon code is invalid.</div></form>', []],
  ])('%s → %j', (_label, body, shown) => {
    const page = loadSavedPage(`<html lang="en"><body><header><input name="SearchText"></header>${body}</body></html>`, new URL(ORDERS));
    expect(detectFindings(page.document, new URL(ORDERS)).map((f) => (f.detail ? `${f.id}:${f.detail}` : f.id))).toEqual(shown);
  });
});

describe('pages read whole besides sign-in pages', () => {
  it.each([
    ['https://ja.aliexpress.com/p/usercenter/index.html', 'account'],
    ['https://www.aliexpress.com/p/my-account/index.html', 'account'],
    ['https://www.aliexpress.com/p/order/index.html', 'other'],
  ])('%s is a page of kind %s', (url, kind) => {
    expect(pageKind(siteForUrl(new URL(url))!, new URL(url))).toBe(kind);
  });
});

describe('the shadow roots near an element', () => {
  it('each is found once, also a grandchild\'s whose parent has a root of its own', () => {
    document.body.innerHTML = '<div id="c"><span id="e"></span></div>';
    const c = document.getElementById('c')!;
    c.attachShadow({ mode: 'open' });
    document.getElementById('e')!.attachShadow({ mode: 'open' });
    const roots = shadowRootsNear(document.body);
    expect(roots).toHaveLength(2);
    expect(new Set(roots).size).toBe(2);
  });
});

describe('where the bootstrap is declared (the rest of the sites get it once loaded)', () => {
  const declared = contentScriptMatches().map((pattern) => new MatchPattern(pattern));
  const isDeclared = (url: string) => declared.some((pattern) => pattern.includes(url));
  const pages = [...AMAZON_REAL_CASES.map(([, url]) => url), ...[...OWN_CASES, ...TRAINING_CASES].map((c) => c.url)];
  const signIn = pages.filter((url) => {
    const site = siteForUrl(new URL(url));
    return site && !['other', 'account'].includes(pageKind(site, new URL(url)));
  });

  it('covers every sign-in page of the fixtures, so that one opening in a frame later starts at once', () => {
    expect(signIn.length).toBeGreaterThan(100);
    expect(signIn.filter((url) => !isDeclared(url))).toEqual([]);
  });

  it.each([
    'https://www.amazon.co.jp/dp/B0BENCH01',
    'https://www.amazon.co.jp/gp/css/order-history',
    'https://www.amazon.co.jp/',
    'https://www.aliexpress.com/item/1005006000000.html',
    'https://ja.aliexpress.com/',
    'https://www.1688.com/',
    'https://www.taobao.com/member/login.jhtml',
  ])('leaves out the ordinary page %s', (url) => {
    expect(isDeclared(url)).toBe(false);
  });
});
