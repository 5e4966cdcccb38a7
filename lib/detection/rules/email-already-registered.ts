import type { Detector } from './detector';

/** Sign-up refused because the email (or phone) already has an account. */
export const emailAlreadyRegistered: Detector = {
  id: 'email-already-registered',
  severity: 'error',
  // "Already registered / in use / an account with this email".
  means: (s) => s.has('already-registered'),
};
