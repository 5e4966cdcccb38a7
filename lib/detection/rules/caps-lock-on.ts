import type { Detector } from './detector';

/** Caps Lock is on while typing a password: from the keyboard event's modifier state, never the value. */
export const capsLockOn: Detector = {
  id: 'caps-lock-on',
  severity: 'warning',
  decide: (page) => (page.events.capsLockOn ? { evidence: 'CapsLock' } : null),
};
