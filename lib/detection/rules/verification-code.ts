import { firstElement, matchesAny, shortestMessage, type Detector } from './detector';

/** Wording of a page that asks for a code (information: the code is on its way). */
const CODE_ASKED = [
  /enter (the |your )?(\d-digit |one[- ]time |verification |security |sms )?(code|otp|passcode)|(we |we['’]ve |we have )(sent|texted|emailed) (a |the |you a |an )?(\d-digit |verification |security |one[- ]time )?(code|otp)|verification code|security code|one[- ]time (password|code)|two-step verification/,
  /(認証|確認|セキュリティ|ワンタイム)(コード|パスワード|番号)|(\d|６|6)桁の(コード|番号)|コードを(入力|送信)|二段階認証|2段階認証/,
  /(验证码|驗證碼|校验码|动态码)(已发送|已發送)|(请|請)输入(短信)?(验证码|驗證碼)|短信验证|短信驗證|手机验证|(\d|6)位(数字)?(验证码|驗證碼)/,
];
/** Code boxes: several one-character fields in a row. */
const SPLIT_CODE_FIELDS = 4;

/** A one-time code (SMS / email / OTP) is asked for (info), rejected or requested too often (error). */
export const verificationCode: Detector = {
  id: 'verification-code',
  severity: 'info',
  messages: [
    // Not a zip, postal, promo or country code (those are field errors).
    /(?<!(zip|post|postal|promo|coupon|country|area|gift|discount) )(code|otp|one[- ]time password|passcode)\b[^.]{0,60}(not valid|invalid|incorrect|wrong|expired|does not match)|(invalid|incorrect|wrong|expired) (verification |security |sms )?code|too many (otps|codes|code requests|verification (codes|requests|attempts))|requested too many|request a new (otp|code) in|(code|otp|sms)[^.]{0,40}(limit|maximum)[^.]{0,20}(reached|exceeded)/,
    /(コード|ワンタイムパスワード|認証番号|確認番号)[^。]{0,20}(正しくありません|無効|間違|期限|一致しません)|(コード|認証)[^。]{0,15}(上限|回数が多|送信回数)/,
    /(验证码|驗證碼|校验码|短信码)(错误|不正确|已过期|有误|已失效|錯誤|不正確|已過期)|(发送|获取|發送|獲取)(次数)?(过多|频繁|太频繁|过于频繁|過多|頻繁|過於頻繁|已达上限|已達上限)|验证码[^。，]{0,12}(次数)?已达上限/,
  ],
  elements: {
    'amazon-otp-form': 'form#auth-mfa-form, form#auth-select-device-form, form#verification-code-form, #cvf-input-code, input[name=otpCode]',
  },
  decide: (page, claimed) => {
    const rejected = shortestMessage(claimed);
    if (rejected) return { ...rejected, severity: 'error' };
    const fields = page.fields.code > 0 || page.fields.singleCharacter >= SPLIT_CODE_FIELDS;
    const asked = fields ? page.messages.find((m) => matchesAny(CODE_ASKED, m.folded)) : undefined;
    if (asked) return { evidence: asked.text };
    // A code box beside the ID field is a sign-in-by-SMS option; alone, it is the page asking for the code.
    const onlyCode = fields && page.fields.identifier + page.fields.password === 0;
    return firstElement(page, ['amazon-otp-form']) ?? (onlyCode ? { evidence: 'one-time code field' } : null);
  },
};
