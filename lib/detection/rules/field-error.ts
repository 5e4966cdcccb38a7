import { shortestClaim, type Detector } from './detector';

/** A required field is empty or a value is invalid. Also the generic fallback: an error-styled message
 *  next to a sign-in form whose wording no detector knows yet (the site changed its texts). */
export const fieldError: Detector = {
  id: 'field-error',
  severity: 'warning',
  // A field is missing or its value has the wrong form, said as an error; "wrong" only of a value a form
  // asks for (a password, an account, a code), never a page's "Something's not right". Elsewhere than a
  // sign-in page, only beside a sign-in form (not a coupon's or an address's field on an ordinary page).
  means: (s, m, page) =>
    m.errorStyled && (page.kind !== 'other' || m.nearField) && (s.any('required', 'bad-format') || (s.has('wrong') && s.any('password', 'account', 'email', 'code'))),
  decide: (_page, claimed) => shortestClaim(claimed),
};
