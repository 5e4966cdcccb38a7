import type { Detector } from './detector';

/** The site says the password, or the account + password pair, is wrong. */
export const wrongPassword: Detector = {
  id: 'wrong-password',
  severity: 'error',
  // The password is said to be wrong; not a new password's confirmation that differs (a sign-up field error,
  // or 「パスワードが一致しません」 under the field that repeats it).
  means: (s, m, page) => s.all('password', 'wrong') && !s.has('confirmation') && !m.ofRepeatedPassword && page.kind !== 'signup',
};
