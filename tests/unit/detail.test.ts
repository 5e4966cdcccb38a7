/**
 * Issue 18: the step of the journey a finding is at (`detail`, design §2), errors no rule names
 * (`page-error`), and a state named as a thing's attribute that is no claim of that state. One row per
 * wording; real wording where a source is named (page-anatomy.md, the wording corpus, public code).
 */
import { describe, expect, it } from 'vitest';
import { mergeFindings, parseFindings } from '@/lib/messages';
import type { Finding } from '@/lib/findings';
import { findingsFor, idsFor } from './helpers';

const page = (body: string, lang = 'en') =>
  `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Sign in</title></head><body>${body}</body></html>`;
/** A form with a one-time-code field and the message in its error box (a code asked for: in its text). */
const codeForm = (message: string, lang = 'en', box = '<div class="form-error" role="alert">') =>
  page(`<form><input type="tel" name="mobile"><input name="otpCode" autocomplete="one-time-code" maxlength="6">${box}${message}</div><button>Verify</button></form>`, lang);
const loginForm = (extra: string, lang = 'en') =>
  page(`<form><input id="fm-login-id" name="fm-login-id"><input type="password" name="fm-login-password">${extra}<button>Sign in</button></form>`, lang);
const AE_LOGIN = 'https://login.aliexpress.com/';
const AMAZON_MFA = 'https://www.amazon.com/ap/mfa';

const CODE_CASES: Array<[label: string, message: string, lang: string, detail: string]> = [
  // Amazon's MFA page (amazon-orders post-signin-mfa.html, page-anatomy §1.7).
  ['en asked (Amazon)', 'For added security, please enter the One Time Password (OTP) that has been sent to a phone number ending in 976', 'en', 'asked'],
  ['ja asked', '+81 90****5678 に6桁の認証コードを送信しました', 'ja', 'asked'],
  ['zh asked', '验证码已发送至您的手机，请输入', 'zh-CN', 'asked'],
  // Amazon's bad OTP (post-signin-mfa-invalid-otp.html); Taobao's 验证码错误 (fs#9194858397).
  ['en wrong (Amazon)', 'The One Time Password (OTP) you entered is not valid. Please try again.', 'en', 'wrong'],
  ['zh wrong (Taobao)', '验证码错误，请重新输入', 'zh-CN', 'wrong'],
  ['ja wrong', '認証コードが正しくありません。', 'ja', 'wrong'],
  ['en expired', 'The verification code has expired. Please get a new code.', 'en', 'expired'],
  ['ja expired', '認証コードの有効期限が切れました。新しいコードをリクエストしてください。', 'ja', 'expired'],
  ['zh expired (public code: 验证码已过期)', '验证码已过期，请再试一次。', 'zh-CN', 'expired'],
  ['zh-TW expired', '驗證碼已過期，請重新獲取。', 'zh-TW', 'expired'],
  // Amazon's OTP request limit (new-otp-failed.html, page-anatomy §1.2).
  ['en send limit (Amazon)', 'You\'ve requested too many OTPs today. You can request a new OTP in 24 hours.', 'en', 'send-limit'],
  ['en daily limit on sending codes', 'You have reached the daily limit for verification codes. Please try again tomorrow.', 'en', 'send-limit'],
  ['zh send limit (public code: 发送短信验证码次数达到上限)', '发送短信验证码次数达到上限，请24小时之后再试', 'zh-CN', 'send-limit'],
  ['zh sent too often', '验证码发送过于频繁，请稍后再试', 'zh-CN', 'send-limit'],
  ['zh too fast (public code: 获取验证码频率过快)', '获取验证码频率过快，请稍后再试', 'zh-CN', 'send-limit'],
  ['zh-TW send limit', '今日驗證碼發送次數已達上限，請明天再試', 'zh-TW', 'send-limit'],
  ['ja send limit', '本日の認証コードの送信回数が上限に達しました。明日もう一度お試しください。', 'ja', 'send-limit'],
  ['en too many wrong codes', 'You have entered an incorrect code too many times. Please request a new code later.', 'en', 'try-limit'],
  ['zh too many wrong codes (public code: 错误次数太多)', '错误次数太多，该验证码已失效！', 'zh-CN', 'try-limit'],
  ['zh-TW too many wrong codes', '驗證碼錯誤次數過多，請稍後再試', 'zh-TW', 'try-limit'],
  ['ja too many tries', '認証コードの入力回数が上限を超えました。', 'ja', 'try-limit'],
  // Public code (a 429 message): on a page that asks only for a code, its tries are the code's.
  ['en too many verification attempts, on a code page', 'Too many verification attempts. Please try again later.', 'en', 'try-limit'],
  ['zh too many failed verifications, on a code page (public code: 验证失败次数过多)', '验证失败次数过多，请稍后再试', 'zh-CN', 'try-limit'],
];

describe('verification-code: the step of the code journey', () => {
  it.each(CODE_CASES)('%s', async (_label, message, lang, detail) => {
    const findings = await findingsFor(codeForm(message, lang, detail === 'asked' ? '<div class="a-row">' : undefined), AMAZON_MFA);
    expect(findings.map((f) => [f.id, f.detail])).toEqual([['verification-code', detail]]);
  });
});

describe('too many tries on a page that asks only for a code', () => {
  it.each([
    ['the code\'s tries', 'Too many attempts. Please request a new code later.', ['verification-code']],
    // Said of the account: a lock, beside the code asked for (before, neither rule took the sentence).
    ['the account\'s tries', 'Too many attempts on your account. Please try again later.', ['account-locked', 'verification-code']],
  ])('%s → %j', async (_label, message, ids) => {
    expect(await idsFor(codeForm(message), AE_LOGIN)).toEqual(ids);
  });
});

const LOCK_CASES: Array<[label: string, message: string, lang: string, detail: string]> = [
  ['en locked, the user can unlock it', 'Your account has been temporarily locked. To unlock it, please verify your identity.', 'en', 'locked'],
  ['ja locked', 'セキュリティ上の理由により、アカウントは一時的にロックされています。SMSで本人確認を行うとロックを解除できます。', 'ja', 'locked'],
  ['zh locked', '账号已被临时锁定，请验证身份后解锁。', 'zh-CN', 'locked'],
  ['zh-TW sign-in blocked for now', '您的帳戶暫時無法登入，請稍後再試', 'zh-TW', 'locked'],
  // AliExpress's termination and unavailability (cashbackhunter.com, life-price.ru, chinatown2.ru: the corpus).
  ['en terminated (AliExpress)', 'This account has been terminated. Please use another account to login', 'en', 'restricted'],
  ['en temporarily unavailable (AliExpress)', 'Your account is temporarily unavailable due to security reasons', 'en', 'restricted'],
  ['ru abolished (aliexpress.ru)', 'Данный аккаунт был упразднен. Пожалуйста, используйте другую учетную запись для входа', 'ru', 'restricted'],
  ['ru temporarily unavailable', 'Ваш аккаунт временно недоступен.', 'ru', 'restricted'],
  ['zh restricted (kuajingshu.com)', '因安全原因被限制登录', 'zh-CN', 'restricted'],
  ['zh terminated', '您的账户已被终止，请使用其他账号登录', 'zh-CN', 'restricted'],
  ['zh-TW deactivated', '您的帳戶已被停用', 'zh-TW', 'restricted'],
  ['ja unavailable', 'お客様のアカウントは現在ご利用いただけません。', 'ja', 'restricted'],
  ['ja frozen, only support lifts it', 'アカウントが凍結されています。詳しくはカスタマーサービスまでお問い合わせください。', 'ja', 'restricted'],
  ['ko suspended', '계정이 정지되었습니다.', 'ko', 'restricted'],
  ['es temporarily unavailable', 'Tu cuenta no está disponible temporalmente.', 'es', 'restricted'],
  ['fr temporarily unavailable', 'Votre compte est temporairement indisponible.', 'fr', 'restricted'],
  ['pt temporarily unavailable', 'Sua conta está temporariamente indisponível.', 'pt', 'restricted'],
];

describe('account-locked: a lock the user can lift, or one only support can', () => {
  it.each(LOCK_CASES)('%s', async (_label, message, lang, detail) => {
    const findings = await findingsFor(loginForm(`<div class="login-error-msg" role="alert">${message}</div>`, lang), AE_LOGIN);
    expect(findings.map((f) => [f.id, f.detail])).toEqual([['account-locked', detail]]);
  });

  // Blind set 10: the unlock is a line and a button of their own below the notice, not in its sentence.
  it.each([
    ['ru unavailable, the unlock below it', 'Ваша учетная запись временно недоступна из соображений безопасности', '<p>Чтобы разблокировать аккаунт, подтвердите номер телефона по SMS.</p><button>Разблокировать</button>', 'ru', 'locked'],
    ['ja unavailable, the identity check offered below it', 'お客様のアカウントは現在ご利用いただけません。', '<p>SMSで本人確認を行ってください。</p>', 'ja', 'locked'],
    ['ja unavailable, a footer\'s contact link does not make it restricted', 'お客様のアカウントは一時的にロックされています。', '<footer><a href="/help">カスタマーサービスに問い合わせる</a></footer>', 'ja', 'locked'],
  ])('%s', async (_label, message, below, lang, detail) => {
    const findings = await findingsFor(loginForm(`<div class="login-error-msg" role="alert">${message}</div>${below}`, lang), AE_LOGIN);
    expect(findings.map((f) => [f.id, f.detail])).toEqual([['account-locked', detail]]);
  });
});

/** A registered / verified / locked thing named in a sentence is not that state: the claim counts. */
const MEANING_CASES: Array<[label: string, html: string, url: string, expected: string[]]> = [
  ['ja 「登録済みの電話番号に送信しました」', codeForm('登録済みの電話番号に認証コードを送信しました。', 'ja'), AMAZON_MFA, ['verification-code']],
  ['zh 已绑定的手机号', codeForm('验证码已发送至您已绑定的手机号', 'zh-CN'), AMAZON_MFA, ['verification-code']],
  ['zh-TW 已綁定的手機', codeForm('驗證碼已發送至您已綁定的手機', 'zh-TW'), AMAZON_MFA, ['verification-code']],
  ['en "your locked items"', loginForm('<div class="notice-msg">Sign in to see your locked items and saved coupons.</div>'), AE_LOGIN, []],
  // Guards (already so before issue 18): the state itself still counts beside an attribute.
  ['en "the registered phone number" beside a lock stays a lock', loginForm('<div role="alert">Your account is locked. We sent a code to the registered phone number.</div>'), AE_LOGIN, ['account-locked']],
  ['ja the state itself still counts (「登録済みです」)', loginForm('<div role="alert">このメールアドレスは登録済みです。</div>', 'ja'), 'https://login.aliexpress.com/join/buyer.htm', ['email-already-registered']],
];

describe('a state named as an attribute is no claim of it', () => {
  it.each(MEANING_CASES)('%s', async (_label, html, url, expected) => {
    expect(await idsFor(html, url)).toEqual(expected);
  });
});

const PAGE_ERROR_CASES: Array<[label: string, html: string, url: string, expected: string[]]> = [
  ['an ARIA alert in a language the lexicon lacks, above the form', page(`<div role="alert" class="banner">Die Anmeldung ist derzeit nicht möglich.</div>${loginForm('').replace(/^.*<body>|<\/body>.*$/g, '')}`, 'de'), AE_LOGIN, ['page-error']],
  ['unknown wording in the form\'s own error box', loginForm('<div class="login-error-msg" role="alert">Zzyzx qwerty 12345</div>'), AE_LOGIN, ['page-error']],
  // Guard (already so before): an invalid field's own message is that field's error.
  ['an invalid field\'s message (aria-describedby) in a language the lexicon lacks: that field\'s error', page('<form><div><input id="email" type="email" aria-invalid="true" aria-describedby="email-err"></div><div><input type="password" name="password"></div><p id="email-err">Podaj prawidłowy adres e-mail.</p><button>Zaloguj</button></form>', 'pl'), 'https://login.aliexpress.com/', ['field-error']],
  ['a page error beside a finding no other id names', codeForm('Вход временно невозможен', 'ru').replace('</form>', '<div role="alert">Zzyzx 503</div></form>'), AMAZON_MFA, ['page-error', 'verification-code']],
];

describe('page-error: an error the page shows that no rule names', () => {
  it.each(PAGE_ERROR_CASES)('%s', async (_label, html, url, expected) => {
    expect(await idsFor(html, url)).toEqual(expected);
  });

  it('quotes the page\'s own words', async () => {
    const findings = await findingsFor(loginForm('<div role="alert">Zzyzx <b>qwerty</b> 12345</div>'), AE_LOGIN);
    expect(findings).toEqual([{ id: 'page-error', site: 'aliexpress', severity: 'error', evidence: 'Zzyzx qwerty 12345' }]);
  });
});

/** The unverified-email banner, in a dialog on the account page after sign-in. */
const BANNER_CASES: Array<[label: string, message: string, lang: string]> = [
  ['en not activated', 'Your email address has not been activated yet. Please check your inbox.', 'en'],
  ['zh not activated', '您的邮箱尚未激活，请登录邮箱完成激活。', 'zh-CN'],
  ['zh-TW not enabled', '您的電子郵件尚未啟用，請至信箱完成驗證。', 'zh-TW'],
];

describe('email-unverified: the banner', () => {
  it.each(BANNER_CASES)('%s', async (_label, message, lang) => {
    const html = page(`<main><h1>My account</h1></main><div role="dialog" aria-modal="true"><p>${message}</p><button>Verify now</button></div>`, lang);
    expect(await idsFor(html, 'https://www.aliexpress.com/p/account/index.html')).toEqual(['email-unverified']);
  });
});

describe('detail across the message boundary and the tab merge', () => {
  const finding = (extra: Record<string, unknown>) => ({ id: 'verification-code', site: 'amazon', severity: 'error', evidence: 'x', ...extra });

  it.each([
    ['a detail the id allows is kept', finding({ detail: 'send-limit' }), [finding({ detail: 'send-limit' })]],
    ['a lock\'s detail is kept', finding({ id: 'account-locked', detail: 'restricted' }), [finding({ id: 'account-locked', detail: 'restricted' })]],
    ['another id\'s detail is refused', finding({ detail: 'restricted' }), []],
    ['a detail on an id without details is refused', finding({ id: 'wrong-password', detail: 'wrong' }), []],
    ['a detail of the wrong type is refused', finding({ detail: 1 }), []],
  ] as const)('%s', (_label, input, expected) => {
    expect(parseFindings([input])).toEqual(expected);
  });

  it('the merge keeps the most severe frame\'s detail, and prefers a detail among equals', () => {
    const asked: Finding = { id: 'verification-code', site: 'amazon', severity: 'info', evidence: 'a', detail: 'asked' };
    const limit: Finding = { id: 'verification-code', site: 'amazon', severity: 'error', evidence: 'b', detail: 'send-limit' };
    const bare: Finding = { id: 'account-locked', site: 'amazon', severity: 'error', evidence: 'c' };
    const locked: Finding = { ...bare, detail: 'locked' };
    expect(mergeFindings([[asked], [limit]])).toEqual([limit]);
    expect(mergeFindings([[bare], [locked]])).toEqual([locked]);
  });
});
