import type { Detector } from './detector';

/** Keypad keys pressed in a password field while Num Lock is off: the digits never reach the field. */
export const numLockOff: Detector = {
  id: 'num-lock-off',
  severity: 'warning',
  decide: (page) => (page.events.numLockOff ? { evidence: 'NumLock' } : null),
};
