import type { FindingDetail } from '../../findings';
import type { Sentence } from '../meaning';
import type { PageSnapshot } from '../reader';
import { allSentences, firstElement, type Claim, type Detector, type Verdict } from './detector';

/** Code boxes: several one-character fields in a row. */
const SPLIT_CODE_FIELDS = 4;

/** A one-time code (SMS / email / OTP) is asked for (info), rejected or requested too often (error). */
export const verificationCode: Detector = {
  id: 'verification-code',
  severity: 'info',
  // A code said to be wrong, expired or requested too often; on a page that asks only for a code, too many
  // tries are tries of the code ("Too many verification attempts"); on the verification step, whatever it
  // says expired is that step's code or request ("The sign-in request has expired").
  means: (s, _m, page) => (s.has('code') && s.any('wrong', 'expired', 'too-many')) || codeTries(s, page) || (page.kind === 'verification' && s.has('expired')),
  elements: {
    'amazon-otp-form': 'form#auth-mfa-form, form#auth-select-device-form, form#verification-code-form, #cvf-input-code, input[name=otpCode]',
  },
  decide: (page, claimed) => {
    const rejected = mostPressing(claimed);
    if (rejected) return { ...rejected, severity: 'error' };
    // A page that asks for a code (or sends one to a phone) and has where to type it.
    const codeFields = hasCodeFields(page);
    // The verification step's address counts with something to type in (a settings page under /security/
    // lists 「二段階認証」 with none).
    const fields = codeFields || page.fields.phone > 0 || (page.kind === 'verification' && page.fields.inputs > 0);
    const asked = fields ? allSentences(page).find(({ sentence: s }) => s.all('code', 'code-asked') && !s.question) : undefined;
    if (asked) return { evidence: asked.sentence.text, detail: 'asked' };
    // A code box beside the ID field is a sign-in-by-SMS option; alone, it is the page asking for the code.
    const onlyCode = codeFields && page.fields.identifier + page.fields.password === 0;
    const form = firstElement(page, ['amazon-otp-form']) ?? (onlyCode ? { evidence: 'one-time code field' } : null);
    return form && { ...form, detail: 'asked' };
  },
};

function hasCodeFields(page: PageSnapshot): boolean {
  return page.fields.code > 0 || page.fields.singleCharacter >= SPLIT_CODE_FIELDS;
}

/** Too many tries on a page that asks only for a code, not said of the account: the code's tries. The lock
 *  rule takes every other "too many tries" (account-locked.ts), so the two never both miss a sentence. */
export function codeTries(s: Sentence, page: PageSnapshot): boolean {
  return s.all('too-many', 'attempts') && codeStep(page) && !s.has('account');
}

/** The page asks for a code and no password: its tries are the code's. */
export function codeStep(page: PageSnapshot): boolean {
  return hasCodeFields(page) && page.fields.password === 0;
}

/** Which step a rejected code is at: a limit (on sending codes when it speaks of sending or of a day and
 *  not of a wrong code, else on tries), an expired code, or a wrong one. */
function step(s: Sentence): FindingDetail {
  if (s.has('too-many')) return s.has('sending') && !s.has('wrong') ? 'send-limit' : 'try-limit';
  return s.has('expired') ? 'expired' : 'wrong';
}

/** What stops the user most (a limit, then an expired code, then a wrong one), in its shortest words. */
const PRESSING: FindingDetail[] = ['send-limit', 'try-limit', 'expired', 'wrong'];

function mostPressing(claimed: Claim[]): Verdict | null {
  const [best] = claimed
    .map((claim) => ({ evidence: claim.sentence.text, detail: step(claim.sentence) }))
    .sort((a, b) => PRESSING.indexOf(a.detail) - PRESSING.indexOf(b.detail) || a.evidence.length - b.evidence.length);
  return best ?? null;
}
