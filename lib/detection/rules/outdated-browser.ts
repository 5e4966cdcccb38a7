import type { Detector } from './detector';

/** On a login page, a browser 3+ major versions behind: the slider and login scripts expect a current one. */
export const outdatedBrowser: Detector = {
  id: 'outdated-browser',
  severity: 'warning',
  decide: (page) => {
    const browser = page.events.browser;
    if (!browser?.status.outdated || (page.kind !== 'login' && page.kind !== 'signup' && page.kind !== 'verification')) return null;
    return { evidence: `${browser.label} (${browser.status.behind} versions behind ${browser.status.currentMajor})` };
  },
};
