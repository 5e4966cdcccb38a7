import type { Detector } from './detector';

/** The site asks to verify the account's email (restricted AliExpress accounts often never did). */
export const emailUnverified: Detector = {
  id: 'email-unverified',
  severity: 'warning',
  messages: [
    /verify (your )?(e-?mail|email address)|(e-?mail|email address) (is )?not (yet )?verified|unverified (e-?mail|email address)|confirm your (e-?mail|email address)|resend (now|verification e-?mail)/,
    /(メールアドレス|eメールアドレス|メール)(を|の)?(確認|認証)(して|されて|が完了|を完了|してください|がお済み|されていません)|メール認証(が|を)|(確認|認証)メールを再送/,
    /(验证|驗證)(您的)?(邮箱|郵箱|电子邮件)|(邮箱|郵箱)未(验证|驗證)/,
  ],
};
