import type { Detector } from './detector';

/** Lock, temporary lock, hold, freeze, suspension, restriction or closure notice. */
export const accountLocked: Detector = {
  id: 'account-locked',
  severity: 'error',
  means: (s, m) =>
    // The account, or signing in, is in a state that stops it (a heading may say the state alone); a
    // sign-in stopped for safety without a word on the account is suspicious activity, not a lock, …
    (s.has('locked') && (s.has('account') || ((s.has('sign-in') || m.kind === 'heading') && !s.has('suspicious')))) ||
    // … sign-in stopped after too many tries, …
    (s.all('too-many', 'attempts') && !s.has('code')) ||
    // … or the only way on is customer service.
    s.all('contact-support', 'to-continue'),
};
