import { firstElement, shortestMessage, type Detector } from './detector';

/** A one-time code (SMS / email / OTP) is asked for (info), rejected or requested too often (error). */
export const verificationCode: Detector = {
  id: 'verification-code',
  severity: 'info',
  messages: [
    /(code|otp|one[- ]time password|passcode)\b[^.]{0,60}(not valid|invalid|incorrect|wrong|expired|does not match)|(invalid|incorrect|wrong|expired) (verification |security |sms )?code|too many (otps|codes|requests|verification)|requested too many|request a new (otp|code) in/,
    /(コード|ワンタイムパスワード|認証番号|確認番号)[^。]{0,20}(正しくありません|無効|間違|期限|一致しません)|(コード|認証)[^。]{0,15}(上限|回数が多|送信回数)/,
    /(验证码|驗證碼|校验码|短信码)(错误|不正确|已过期|有误|已失效|錯誤|不正確|已過期)|(发送|获取|發送|獲取)(次数)?(过多|频繁|太频繁|過多|頻繁)/,
  ],
  elements: {
    'amazon-otp-form': 'form#auth-mfa-form, form#auth-select-device-form, form#verification-code-form, #cvf-input-code, input[name=otpCode]',
  },
  decide: (page, claimed) => {
    const rejected = shortestMessage(claimed);
    if (rejected) return { ...rejected, severity: 'error' };
    // On a forgot-password page the code is part of the reset: that page's own tip covers it.
    if (page.kind === 'recovery') return null;
    return firstElement(page, ['amazon-otp-form']) ?? (page.fields.code > 0 ? { evidence: 'one-time code field' } : null);
  },
};
