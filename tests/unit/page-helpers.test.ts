/** What the card does with the page: half-width on click, the +81 hint, a mail domain's slip, the page's
 *  own controls found by what they say. */
import { describe, expect, it } from 'vitest';
import { findControl, labelOf } from '@/lib/page/controls';
import { emailsIn, emailTypo } from '@/lib/page/email-typo';
import { fullWidthField, setFieldValue, toHalfWidth } from '@/lib/page/half-width';
import { countryCodeNear, isPhoneField, withoutTrunkZero } from '@/lib/page/phone';
import type { PageControl } from '@/lib/findings';

describe('half-width', () => {
  it.each([
    ['ｔａｒｏ＠ｅｘａｍｐｌｅ．ｃｏｍ', 'taro@example.com'],
    ['０９０１２３４５６７８', '09012345678'],
    ['taro　yamada', 'taro yamada'],
    ['山田ｔａｒｏ', '山田taro'],
  ])('%s → %s', (typed, fixed) => expect(toHalfWidth(typed)).toBe(fixed));

  it('the field to fix: the focused one with full-width text, never a password field', () => {
    document.body.innerHTML = '<input type="password" id="p"><input type="email" id="e"><input id="t">';
    const [password, email, text] = ['p', 'e', 't'].map((id) => document.getElementById(id) as HTMLInputElement);
    password!.value = 'ｐａｓｓ';
    expect(fullWidthField(document)).toBeNull();
    email!.value = 'ａ@b.jp';
    text!.value = 'ｘ';
    text!.focus();
    expect(fullWidthField(document)).toBe(text);
  });

  it('sets the value as typing does: the site hears input and change', () => {
    document.body.innerHTML = '<input id="t">';
    const field = document.getElementById('t') as HTMLInputElement;
    const heard: string[] = [];
    field.addEventListener('input', () => heard.push('input'));
    field.addEventListener('change', () => heard.push('change'));
    setFieldValue(field, 'abc');
    expect([field.value, heard]).toEqual(['abc', ['input', 'change']]);
  });
});

describe('a Japanese number after +81', () => {
  it.each([
    ['090-1234-5678', '81', '9012345678'],
    ['09012345678', '81', '9012345678'],
    ['9012345678', '81', null],
    ['+81 090 1234 5678', null, '9012345678'],
    ['8109012345678', '1', '9012345678'],
    ['09012345678', '1', null],
    ['0312345678', '81', '312345678'],
    ['012', '81', null],
  ])('%s with +%s → %s', (typed, code, expected) => expect(withoutTrunkZero(typed, code)).toBe(expected));

  it('finds the country code chosen beside the field (a select, or a picker showing +81)', () => {
    document.body.innerHTML = `
      <div><select><option value="1">US +1</option><option value="81" selected>Japan +81</option></select><input type="tel" id="a"></div>
      <div class="phone"><span class="code">JP +81</span><div><input name="mobile" id="b"></div></div>
      <div><input id="c"></div>`;
    const field = (id: string) => document.getElementById(id) as HTMLInputElement;
    expect([countryCodeNear(field('a')), countryCodeNear(field('b')), countryCodeNear(field('c'))]).toEqual(['81', '81', null]);
    expect([isPhoneField(field('a')), isPhoneField(field('b')), isPhoneField(field('c'))]).toEqual([true, true, false]);
  });
});

describe('a mail domain one slip off', () => {
  it.each([
    ['taro@gmial.com', 'taro@gmail.com'],
    ['taro@gmail.com1', 'taro@gmail.com'],
    ['taro@gmail.con', 'taro@gmail.com'],
    ['hanako@yahoo.co.jo', 'hanako@yahoo.co.jp'],
    ['hanako@docomo.ne.jo', 'hanako@docomo.ne.jp'],
    ['taro@gmail.com', null],
    ['taro@example.co.jp', null],
    ['taro@company-mail.jp', null],
    ['not an address', null],
  ])('%s → %s', (typed, meant) => expect(emailTypo(typed)).toBe(meant));

  it('reads the addresses an error echoes back', () => {
    expect(emailsIn('taro@gmial.com は登録されていません')).toEqual(['taro@gmial.com']);
  });
});

describe("the page's own controls", () => {
  const cases: Array<[PageControl, string, string]> = [
    ['forgot-password', '<a href="/forget.htm">パスワードをお忘れの方</a>', 'パスワードをお忘れの方'],
    ['forgot-password', '<a href="https://passport.aliexpress.com/forget.htm">Forgot password?</a>', 'Forgot password?'],
    ['forgot-password', '<a href="/ap/forgotpassword?x=1"><span>Need help?</span></a>', 'Need help?'],
    ['verify-identity', '<div role="dialog"><p>ロックされています</p><button>本人確認へ進む</button></div>', '本人確認へ進む'],
    ['social-sign-in', '<button aria-label="Sign in with Google" class="btn-google"></button>', 'Sign in with Google'],
    ['slider-refresh', '<div class="nc_wrapper"><span class="nc_iconfont btn_refresh" title="刷新"></span></div>', '刷新'],
    ['slider-refresh', '<div class="errloading">验证失败，请<a href="javascript:noCaptcha.reset(1)">点击刷新</a></div>', '点击刷新'],
    ['resend-code', '<button>コードを再送信</button>', 'コードを再送信'],
    ['resend-code', '<a href="#">Resend code</a>', 'Resend code'],
    ['sign-in', '<a href="/login">ログイン</a>', 'ログイン'],
    ['social-sign-in', '<a href="/oauth/apple"><img alt="Apple"></a>', 'Apple'],
    ['social-sign-in', '<button>Googleでログイン</button>', 'Googleでログイン'],
  ];
  it.each(cases)('%s in %s', (kind, html, label) => {
    document.body.innerHTML = `<main><a href="/help">ヘルプ</a><button>送信</button>${html}</main>`;
    const control = findControl(kind, document);
    expect(control && labelOf(control)).toBe(label);
  });

  it.each<PageControl>(['forgot-password', 'verify-identity', 'social-sign-in', 'slider-refresh', 'resend-code', 'sign-in'])('%s: none on a page without it', (kind) => {
    document.body.innerHTML = '<main><a href="/help">ヘルプ</a><button>送信</button><a href="/item/1.html">Google Pixel 8 case</a></main>';
    expect(findControl(kind, document)).toBeNull();
  });
});
