import type { Detector } from './detector';

/** On a login page, a browser left behind for longer than normal updating explains (browser-version.ts).
 *  It is reported with the frame's findings and shown only beside the trouble it can cause (`shownBeside`). */
export const outdatedBrowser: Detector = {
  id: 'outdated-browser',
  severity: 'warning',
  decide: (page) => {
    const browser = page.events.browser;
    if (!browser?.status.outdated || (page.kind !== 'login' && page.kind !== 'signup' && page.kind !== 'verification')) return null;
    const { behind, weeksBehind, currentMajor } = browser.status;
    return { evidence: `${browser.label} (${behind} versions behind ${currentMajor}; the next one shipped ${weeksBehind} weeks ago)` };
  },
  // What an old browser can cause: a slider or robot check that fails, a sign-in page that never draws, a
  // page whose scripts report errors. Beside a wrong password it would contradict the page.
  shownBeside: ['slider-stuck', 'bot-check', 'blank-login-page', 'page-error'],
};
