import type { Detector } from './detector';

/** The site asks to verify the account's email (restricted AliExpress accounts often never did). */
export const emailUnverified: Detector = {
  id: 'email-unverified',
  severity: 'warning',
  // The email is not verified yet, or the site asks to verify it (a code for it is a verification code).
  means: (s) => s.all('email', 'unverified') && !s.has('code'),
};
