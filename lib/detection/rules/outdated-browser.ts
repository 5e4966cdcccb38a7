import type { Finding, FindingId } from '../../findings';
import type { Detector } from './detector';

/** On a login page, a browser left behind for longer than normal updating explains (browser-version.ts).
 *  It is reported with the frame's findings and shown only beside the trouble it can cause. */
export const outdatedBrowser: Detector = {
  id: 'outdated-browser',
  severity: 'warning',
  decide: (page) => {
    const browser = page.events.browser;
    if (!browser?.status.outdated || (page.kind !== 'login' && page.kind !== 'signup' && page.kind !== 'verification')) return null;
    const { behind, weeksBehind, currentMajor } = browser.status;
    return { evidence: `${browser.label} (${behind} versions behind ${currentMajor}; the next one shipped ${weeksBehind} weeks ago)` };
  },
};

/** What an old browser can cause: a slider or robot check that fails, a sign-in page that never draws, a
 *  page whose scripts report errors. Beside anything else (a wrong password) it would contradict the page. */
const CAUSED_BY_OLD_BROWSER: ReadonlySet<string> = new Set<FindingId | 'page-error'>(['slider-stuck', 'bot-check', 'blank-login-page', 'page-error']);

/** A tab's findings as shown: `outdated-browser` only beside trouble it can cause, never a card on its own
 *  (the popup's version line always says how far behind the browser is). */
export function withOutdatedBrowserAsCause(findings: Finding[]): Finding[] {
  if (findings.some((f) => CAUSED_BY_OLD_BROWSER.has(f.id))) return findings;
  return findings.filter((f) => f.id !== 'outdated-browser');
}
