import type { Detector } from './detector';

/** The site says the password, or the account + password pair, is wrong. */
export const wrongPassword: Detector = {
  id: 'wrong-password',
  severity: 'error',
  // The password is said to be wrong; not a new password's confirmation that differs (a sign-up field error).
  means: (s, _m, page) => s.all('password', 'wrong') && !s.has('confirmation') && page.kind !== 'signup',
};
