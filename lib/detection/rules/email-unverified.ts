import type { Detector } from './detector';

/** The site asks to verify the account's email (restricted AliExpress accounts often never did). */
export const emailUnverified: Detector = {
  id: 'email-unverified',
  severity: 'warning',
  messages: [
    // "Verify" wording only: "confirm your email" is also a re-type field's label.
    /verify (your )?(e-?mail|email address)|(e-?mail|email address) (is )?not (yet )?verified|unverified (e-?mail|email address)|resend (now|verification e-?mail)/,
    /(メールアドレス|eメールアドレス|メール)(の|を)?(認証|確認)(が完了していません|が済んでいません|されていません|が必要です)|メールアドレスを認証|メール認証(が|を)|未認証|(確認|認証)メールを再送/,
    /(验证|驗證)(您的)?(邮箱|郵箱|电子邮件)|(邮箱|郵箱)未(验证|驗證)/,
  ],
};
