import type { Detector } from './detector';

/** How long a sign-in page may stay empty before it counts as blank (scripts and frames load first). */
export const BLANK_AFTER_MS = 6000;
/** Fewer visible characters than this and no field or frame: nothing a user could act on. */
const BLANK_TEXT_MAX = 20;

/** A login page or login frame that stays empty: typically broken cookies or an incompatible browser. */
export const blankLoginPage: Detector = {
  id: 'blank-login-page',
  severity: 'error',
  decide: (page) => {
    if (page.events.tinyFrame || page.events.elapsedMs < BLANK_AFTER_MS) return null;
    // A login frame that stays empty is a blank login page inside the page: a white box where the form was.
    if (page.emptyLoginFrame) return { evidence: `${page.url.hostname}${page.url.pathname}: empty login frame ${page.emptyLoginFrame}`.slice(0, 200) };
    if (page.kind !== 'login' && page.kind !== 'signup') return null;
    const { inputs, frames } = page.fields;
    if (inputs > 0 || frames > 0 || page.visibleTextLength >= BLANK_TEXT_MAX) return null;
    return { evidence: `${page.url.hostname}${page.url.pathname}: no form`.slice(0, 200) };
  },
};
