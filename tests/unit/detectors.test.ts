import { describe, expect, it } from 'vitest';
import { EVENT_CASES } from './cases';
import { idsFor } from './helpers';

const ALI_LOGIN = 'https://login.aliexpress.com/';
const AMAZON_JP_SIGNIN = 'https://www.amazon.co.jp/ap/signin';

const loginForm = (extra: string, lang = 'ja') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Login</title></head><body>
<form id="login-form"><input id="fm-login-id" name="fm-login-id" type="text"><input id="fm-login-password" type="password" name="fm-login-password">
${extra}<button type="submit" class="fm-button">Sign in</button></form></body></html>`;

/** Messages in the three languages the sites speak, each in markup nobody has written a selector for. */
const MESSAGE_CASES: Array<[label: string, message: string, expected: string[]]> = [
  ['ja wrong password', 'アカウント名またはパスワードが正しくありません', ['wrong-password']],
  ['en wrong password', 'Your account name or password is incorrect.', ['wrong-password']],
  ['zh wrong password', '账号名或登录密码不正确', ['wrong-password']],
  ['ja unknown account', 'このアカウントは登録されていません', ['account-not-found']],
  ['en unknown account', 'This account does not exist. Please check and try again.', ['account-not-found']],
  ['zh unknown account', '该账号不存在', ['account-not-found']],
  ['ja already registered', 'このメールアドレスはすでに登録されています', ['email-already-registered']],
  ['en already registered', 'This email address is already registered.', ['email-already-registered']],
  ['zh already registered', '该邮箱已被注册', ['email-already-registered']],
  ['ja locked', 'セキュリティ上の理由により、アカウントは一時的にロックされています', ['account-locked']],
  ['en locked', 'Your account has been temporarily locked for security reasons.', ['account-locked']],
  ['zh frozen', '您的账号已被冻结', ['account-locked']],
  ['ja frozen', 'お客様のアカウントは凍結されています', ['account-locked']],
  ['en suspicious', 'We detected suspicious activity on your account.', ['suspicious-activity']],
  ['ja suspicious', '不審なログインが検出されました', ['suspicious-activity']],
  ['zh suspicious', '检测到异常登录，请验证身份', ['suspicious-activity']],
  ['ja missing field', 'パスワードを入力してください', ['field-error']],
  ['en missing field', 'Please enter your email address', ['field-error']],
  ['zh missing field', '请输入手机号', ['field-error']],
  ['unknown wording in an error box', 'Zzyzx qwerty 12345', ['field-error']],
];

describe('message detectors on a login form', () => {
  it.each(MESSAGE_CASES)('%s', async (_label, message, expected) => {
    const html = loginForm(`<div class="login-error-msg" role="alert">${message}</div>`);
    expect(await idsFor(html, ALI_LOGIN)).toEqual(expected);
  });

  it.each(MESSAGE_CASES.filter(([, , ids]) => ids[0] !== 'field-error'))('%s in a plain error <span> class', async (_l, message, expected) => {
    const html = loginForm(`<div class="fm-field"><span class="fm-error">${message}</span></div>`);
    expect(await idsFor(html, ALI_LOGIN)).toEqual(expected);
  });
});

describe('hidden and out-of-context text never counts', () => {
  const hiddenWays = [
    ['hidden attribute', '<div role="alert" hidden>パスワードが正しくありません</div>'],
    ['aok-hidden class', '<div role="alert" class="a-alert aok-hidden">パスワードが正しくありません</div>'],
    ['inline display:none', '<div role="alert" style="display:none">パスワードが正しくありません</div>'],
    ['hidden parent', '<div style="visibility:hidden"><div role="alert">パスワードが正しくありません</div></div>'],
    ['page stylesheet', '<style>.err{display:none}</style><div class="err" role="alert">パスワードが正しくありません</div>'],
    ['template', '<template><div role="alert">パスワードが正しくありません</div></template>'],
  ];
  it.each(hiddenWays)('%s', async (_label, markup) => {
    expect(await idsFor(loginForm(markup!), AMAZON_JP_SIGNIN)).toEqual([]);
  });

  it('a product review quoting error texts on a product page', async () => {
    const html = `<html lang="ja"><body><div id="dp"><h1>USBケーブル</h1></div><div id="customerReviews"><div data-hook="review" class="review">
      <span class="review-text">「パスワードが正しくありません」と出てアカウントがロックされました。凍結もされた。</span></div>
      <div class="a-alert a-alert-info">このレビューは参考になりましたか？</div></div></body></html>`;
    expect(await idsFor(html, 'https://www.amazon.co.jp/dp/B000000000')).toEqual([]);
  });

  it('a visible error on a page of no supported site', async () => {
    expect(await idsFor(loginForm('<div role="alert">Your password is incorrect</div>'), 'https://www.example.com/login')).toEqual([]);
  });

  it('a login dialog on a product page does count', async () => {
    const html = `<html><body><div class="reviews">password is incorrect</div><div class="login-dialog" role="dialog">
      <input type="email" name="email"><input type="password"><p class="error-text">Your password is incorrect</p></div></body></html>`;
    expect(await idsFor(html, 'https://www.aliexpress.com/item/1005001.html')).toEqual(['wrong-password']);
  });
});

describe('keyboard, timing and slider events', () => {
  it.each(EVENT_CASES)('%s', async (_label, html, url, events, expected) => {
    expect(await idsFor(html, url, { events })).toEqual(expected);
  });

  it('full-width characters in the ID field', async () => {
    const html = loginForm('').replace('type="text">', 'type="text" value="ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ">');
    expect(await idsFor(html, ALI_LOGIN)).toEqual(['full-width-input']);
  });
});

describe('a detector that throws', () => {
  it('does not stop the others', async () => {
    const { DETECTORS } = await import('@/lib/detectors');
    const broken = DETECTORS.find((d) => d.id === 'account-locked')!;
    const original = broken.decide;
    const errors: string[] = [];
    broken.decide = () => {
      throw new Error('boom');
    };
    try {
      const html = loginForm('<div role="alert">Your password is incorrect</div>');
      expect(await idsFor(html, ALI_LOGIN, { onDetectorError: (id) => errors.push(id) })).toEqual(['wrong-password']);
      expect(errors).toEqual(['account-locked']);
    } finally {
      broken.decide = original;
    }
  });
});
