/**
 * How the page is read, one kind of real markup or wording per row (the kinds that used to fail, issue 11):
 * each is a small page at a real address, and the findings are what the scan command prints.
 */
import { describe, expect, it } from 'vitest';
import { idsFor } from './helpers';

const AE_LOGIN = 'https://login.aliexpress.com/';
const page = (body: string, head = '') =>
  `<!doctype html><html><head><meta charset="utf-8"><title>Sign in</title>${head}</head><body>${body}</body></html>`;
const form = (extra: string) => `<form><input name="fm-login-id" id="fm-login-id"><input type="password" name="fm-login-password">${extra}<button>Sign in</button></form>`;

const CASES: Array<[label: string, html: string, url: string, expected: string[]]> = [
  ['an error followed by a question and a link', page(form('<div class="_3xK9a">Your password is incorrect. Forgot your password? <a href="/forgot">Reset it</a></div>')), AE_LOGIN, ['wrong-password']],
  ['a phrase split across inline elements', page(form('<div class="fm-error">账户名或<em>登录密码</em>不正确</div>')), 'https://login.1688.com/member/signin.htm', ['wrong-password']],
  ['a long notice (a few hundred characters) with the state in one sentence', page(`<section role="dialog" aria-modal="true"><p>${'ご不便をおかけしております。'.repeat(12)}お客様のアカウントは現在ご利用いただけません。${'詳しくはヘルプをご覧ください。'.repeat(6)}</p></section>`), 'https://www.amazon.co.jp/ap/signin', ['account-locked']],
  ['a heading that carries the state, a body that does not repeat it', page('<main><h1>Account suspended</h1><p>Please contact us to learn more.</p></main>'), 'https://passport.alibaba.com/icbu_login.htm', ['account-locked']],
  ['a page that only says to contact customer service to continue', page('<main><p>To continue, please contact Customer Service.</p></main>'), 'https://www.amazon.co.jp/ap/cvf/request', ['account-locked']],
  ['other words for a lock (terminated)', page(form('<div role="alert">This account has been terminated. Please use another account to login</div>')), AE_LOGIN, ['account-locked']],
  ['hedged wording of a mismatch', page(form('<div role="status">Hmm, that password doesn\'t seem to match this account.</div>')), AE_LOGIN, ['wrong-password']],
  ['a message in a srcdoc frame', page(`<iframe srcdoc="${page(form('<div class=&quot;fm-error&quot;>Your account name or password is incorrect.</div>')).replace(/"/g, '&quot;')}"></iframe>`), AE_LOGIN, ['wrong-password']],
  ['a message in a declarative shadow root', page(`<auth-box><template shadowrootmode="open">${form('<p role="alert">パスワードが正しくありません</p>')}</template></auth-box>`), 'https://www.amazon.co.jp/ap/signin', ['wrong-password']],
  ['a utility class that shows the error at some widths (hidden md:block)', page(form('<p class="hidden md:block text-red-600">Incorrect password</p>')), AE_LOGIN, ['wrong-password']],
  ['a plain hidden template (never counts)', page(form('<p class="hidden">Incorrect password</p>')), AE_LOGIN, []],
  ['a field error marked only by red text from the page\'s style sheet', page(form('<div class="_x1">Please enter a valid email address</div>'), '<style>._x1{color:#d93025}</style>'), AE_LOGIN, ['field-error']],
  ['the same words in grey are an instruction, not an error', page(form('<div class="_x1">Please enter a valid email address</div>'), '<style>._x1{color:#666}</style>'), AE_LOGIN, []],
  ['a red "required" marker in a label is the field\'s name', page(form('<label class="_x1">メールアドレス 必須</label>'), '<style>._x1{color:#d93025}</style>'), 'https://login.aliexpress.com/join/buyer.htm', []],
  ['a slider failure said inline, without the widget\'s error class', page(form('<div id="nc_1_wrapper" class="nc_wrapper"><span class="nc-lang-cnt">验证失败，点击框体重试</span></div>')), AE_LOGIN, ['slider-stuck']],
  ['the SMS step after a lock (phone field, +81, a code to send)', page('<main><h1>本人確認</h1><select><option>+81</option></select><input type="tel" name="phone"><p>SMSで6桁の認証コードを送信します。</p><button>コードを取得する</button></main>'), 'https://accounts.aliexpress.com/user/unlock.htm', ['verification-code']],
  ['AliExpress\'s account-center find-password page', page('<main><h1>Find password</h1><input name="account"></main>'), 'https://www.aliexpress.com/p/account-center/find-password.html', ['password-reset']],
  ['Russian: a wrong password on aliexpress.ru', page(form('<div class="error">Неверный пароль.</div>')), 'https://login.aliexpress.ru/', ['wrong-password']],
  ['a rule about locks near the form (no state)', page(form('<p class="notice">After 5 failed attempts your account will be locked.</p>')), AE_LOGIN, []],
  ['reviews below a login box quoting errors (far from the form)', page(`${form('')}<div><div><div class="review">パスワードが正しくありませんと出てロックされました</div></div></div>`), AE_LOGIN, []],
  // Issue 18: what a person reads.
  ['<wbr> inside words (a line-break opportunity, nothing on screen)', page(form('<div class="fm-error">Your pass<wbr>word is incor<wbr>rect.</div>')), AE_LOGIN, ['wrong-password']],
  ['zero-width, word-joiner, BOM, soft-hyphen and bidi characters inside a phrase', page(form('<div class="fm-error">\u200Fパスワードが\u2060正しく\uFEFFあり\u00ADま\u200Dせん\u202C</div>')), AE_LOGIN, ['wrong-password']],
  ['a message cut into per-phrase elements (<nobr>, <bdi>)', page(form('<div class="fm-error"><nobr>パスワードが</nobr><nobr>正しく</nobr><bdi>ありません</bdi></div>')), AE_LOGIN, ['wrong-password']],
  ['per-phrase spans on lines of their own (no space shows between Japanese phrases)', page(form('<div class="fm-error"><span>パスワードが</span>\n<span>正しく</span>\n<span>ありません</span></div>')), AE_LOGIN, ['wrong-password']],
  ['the same in Chinese', page(form('<div class="fm-error"><span>账户名或登录密码</span>\n<span>不</span>\n<span>正确</span></div>')), 'https://login.1688.com/member/signin.htm', ['wrong-password']],
  ['ruby readings (furigana) above a word', page(form('<div class="fm-error">パスワードが<ruby>正<rp>(</rp><rt>ただ</rt><rp>)</rp></ruby>しくありません</div>')), AE_LOGIN, ['wrong-password']],
  ['a lock notice in a shadow root on an ordinary page of the site', page('<main><h1>Welcome deals</h1></main><ae-sheet><template shadowrootmode="open"><div role="alertdialog" aria-modal="true"><p>Your account has been locked.</p></div></template></ae-sheet>'), 'https://www.aliexpress.com/', ['account-locked']],
  ['the same notice in a shadow root inside another, inside the app root', page('<div id="app"><ae-shell><template shadowrootmode="open"><section><ae-toast><template shadowrootmode="open"><div aria-live="assertive"><p>Your account has been suspended.</p></div></template></ae-toast></section></template></ae-shell></div>'), 'https://www.aliexpress.com/', ['account-locked']],
  ['a login frame that stays empty on a sign-in page (a white box)', page('<header><a href="/">AliExpress</a> Sign in to shop millions of items</header><div class="login-box"><iframe id="alibaba-login-box" width="380" height="420"></iframe></div>'), AE_LOGIN, ['blank-login-page']],
  ['an empty srcdoc login frame', page(`<div class="login-box"><iframe id="login-frame" srcdoc="${page('').replace(/"/g, '&quot;')}"></iframe></div>`), AE_LOGIN, ['blank-login-page']],
  ['an empty login frame in a dialog on an ordinary page', '<!doctype html><html><head><title>AliExpress</title></head><body><p>Great deals every day</p><div class="login-dialog" role="dialog" aria-modal="true"><iframe name="havana-login-frame" style="width:400px;height:420px"></iframe></div></body></html>', 'https://www.aliexpress.com/', ['blank-login-page']],
  ['a login frame with an address of its own (its own detector reads it)', page('<div class="login-box"><iframe id="alibaba-login-box" src="https://passport.aliexpress.com/mini_login.htm"></iframe></div>'), AE_LOGIN, []],
  ['a tiny empty helper frame beside the form', page(form('') + '<iframe width="1" height="1"></iframe>'), AE_LOGIN, []],
];

describe('reading real markup and wording', () => {
  it.each(CASES)('%s', async (_label, html, url, expected) => {
    expect(await idsFor(html, url)).toEqual(expected);
  });
});
