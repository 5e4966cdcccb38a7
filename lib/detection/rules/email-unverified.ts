import type { Detector } from './detector';

/** The site asks to verify the account's email (restricted AliExpress accounts often never did). */
export const emailUnverified: Detector = {
  id: 'email-unverified',
  severity: 'warning',
  // The email is not verified yet, or the site asks to verify it (a code for it is a verification code);
  // on the account's own page, a notice asking to verify or confirm the email says so ("Verify email",
  // 「メールアドレスを確認してください」), where on a sign-in form it may only ask to check what was typed, and a
  // plain status line or a success message says it is done (「確認済み」, "Email verified"). On the sites'
  // other pages too (a banner over the user centre), but never a sign-in form's own message, nor "check the
  // email we sent and contact support" under a freeze.
  means: (s, m, page) =>
    (s.all('email', 'unverified') || ((page.kind === 'account' || page.kind === 'other') && m.kind === 'alert' && !m.nearField && s.all('email', 'verify') && !s.any('code-asked', 'contact-support'))) &&
    !s.any('code', 'done'),
};
