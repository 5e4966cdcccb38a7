import type { FindingId } from '../findings';

/**
 * Which findings each checklist item helps with (items are shared by id across the sites): the popup
 * puts these first when the page shows one of them and folds the rest. Every item id has an entry (a
 * convention test checks it).
 */
export const RELEVANT_TO: Record<string, FindingId[]> = {
  'caps-lock': ['wrong-password', 'caps-lock-on'],
  'num-lock': ['wrong-password', 'num-lock-off'],
  'full-width': ['wrong-password', 'account-not-found', 'field-error', 'full-width-input', 'verification-code'],
  'cookies-enabled': ['blank-login-page', 'bot-check', 'slider-stuck'],
  'sign-in-method': ['wrong-password', 'account-not-found', 'email-already-registered', 'account-retrieval'],
  'right-email': ['account-not-found', 'wrong-password', 'email-already-registered'],
  'right-account': ['account-not-found', 'wrong-password', 'account-locked'],
  'lock-notice': ['account-locked', 'suspicious-activity'],
  'site-data': ['blank-login-page', 'slider-stuck', 'field-error', 'bot-check'],
  'password-reset': ['wrong-password', 'password-reset', 'suspicious-activity'],
  'browser-version': ['blank-login-page', 'slider-stuck', 'outdated-browser', 'bot-check'],
  'device-network': ['account-locked', 'bot-check', 'slider-stuck', 'verification-code', 'suspicious-activity'],
  'email-verified': ['account-locked', 'email-unverified'],
  'takeover-signs': ['suspicious-activity', 'wrong-password', 'account-locked'],
  'freeze-evidence': ['account-locked'],
};

/** The items that help with what was found (in the list's own order), and the rest. Nothing found: all
 *  items are relevant. */
export function byRelevance<T extends { id: string }>(items: T[], found: FindingId[]): { relevant: T[]; rest: T[] } {
  if (found.length === 0) return { relevant: items, rest: [] };
  const helps = (item: T) => (RELEVANT_TO[item.id] ?? []).some((id) => found.includes(id));
  return { relevant: items.filter(helps), rest: items.filter((item) => !helps(item)) };
}
