import type { Sentence } from '../meaning';
import { allSentences, shortestClaim, type Detector } from './detector';
import { codeTries } from './verification-code';

/** Lock, temporary lock, hold, freeze, suspension, restriction or closure notice. */
export const accountLocked: Detector = {
  id: 'account-locked',
  severity: 'error',
  means: (s, m, page) =>
    // The account, or signing in, is in a state that stops it (a sign-in page's heading may say the state
    // alone; elsewhere a heading names a page's section: 「機能制限」, parental controls); a sign-in stopped
    // for safety without a word on the account is suspicious activity, not a lock, …
    ((s.any('locked', 'restricted') && (s.has('account') || ((s.has('sign-in') || (m.kind === 'heading' && page.kind !== 'other')) && !s.has('suspicious')))) ||
      // … sign-in stopped after too many tries (unless they are a code's: codeTries), …
      (s.all('too-many', 'attempts') && !s.has('code') && !codeTries(s, page)) ||
      // … or the only way on is customer service; never a state said to be lifted ("no longer on hold").
      s.all('contact-support', 'to-continue')) &&
    !s.has('done'),
  // Restricted when the notice asks for an appeal (the site reviews it), or says a state only support lifts
  // (suspended, terminated, closed, "use another account", in any clause) or sends the user to support, and
  // the page offers no way to unlock it (its unlock may be a line or a button of its own below the notice;
  // "only support can unlock it" is none); else a lock the user can lift (SMS, identity check). Support is
  // read in the notice only: a footer's "contact us" is on every page.
  decide: (page, claimed) => {
    const verdict = shortestClaim(claimed);
    if (!verdict) return null;
    // The notice: the claimed messages, and the lines just below each (「アカウントは停止されています」 over
    // what to do; "Your account has been frozen" over "Please contact Customer Service to appeal").
    const messages = new Set(claimed.flatMap((c) => {
      const next = page.messages[page.messages.indexOf(c.message) + 1];
      return next && next.kind !== 'heading' && next.kind !== 'title' ? [c.message, next] : [c.message];
    }));
    const said = (test: (s: Sentence) => boolean) => [...messages].some((m) => m.sentences.some(test));
    const support = claimed.some((c) => c.sentence.says('restricted')) || said((s) => s.has('contact-support'));
    const unlock = allSentences(page).some(({ sentence }) => sentence.says('unlock') && !sentence.has('contact-support') && !sentence.says('appeal'));
    const restricted = said((s) => s.says('appeal')) || (support && !unlock);
    return { ...verdict, detail: restricted ? 'restricted' : 'locked' };
  },
};
