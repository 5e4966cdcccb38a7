import { firstElement, shortestClaim, type Detector } from './detector';

/** No account exists for what was typed (incl. Amazon's "looks like you're new" page in the new flow). */
export const accountNotFound: Detector = {
  id: 'account-not-found',
  severity: 'error',
  // An account, email or phone number that is not found or not registered; or "you're new here".
  means: (s) => (s.all('account', 'not-found') && !s.has('already-registered')) || s.has('new-customer'),
  // Amazon's unified flow sends an unknown email to a "create account?" page instead of a red box.
  elements: { 'amazon-register-intent': 'form#intent-confirmation-form, #intent-confirmation-container' },
  decide: (page, claimed) => shortestClaim(claimed) ?? firstElement(page, ['amazon-register-intent']),
};
