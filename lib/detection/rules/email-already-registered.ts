import type { Detector } from './detector';

/** Sign-up refused because the email (or phone) already has an account. */
export const emailAlreadyRegistered: Detector = {
  id: 'email-already-registered',
  severity: 'error',
  // "Already registered / in use / an account with this email": of an account's email, phone or name, or on
  // the sign-up page; never a gift card's or a coupon's number already used.
  means: (s, _m, page) => s.has('already-registered') && (s.has('account') || page.kind === 'signup'),
};
