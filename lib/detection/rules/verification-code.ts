import { allSentences, firstElement, shortestClaim, type Detector } from './detector';

/** Code boxes: several one-character fields in a row. */
const SPLIT_CODE_FIELDS = 4;

/** A one-time code (SMS / email / OTP) is asked for (info), rejected or requested too often (error). */
export const verificationCode: Detector = {
  id: 'verification-code',
  severity: 'info',
  // A code said to be wrong, expired or requested too often.
  means: (s) => s.has('code') && s.any('wrong', 'expired', 'too-many'),
  elements: {
    'amazon-otp-form': 'form#auth-mfa-form, form#auth-select-device-form, form#verification-code-form, #cvf-input-code, input[name=otpCode]',
  },
  decide: (page, claimed) => {
    const rejected = shortestClaim(claimed);
    if (rejected) return { ...rejected, severity: 'error' };
    // A page that asks for a code (or sends one to a phone) and has where to type it.
    const codeFields = page.fields.code > 0 || page.fields.singleCharacter >= SPLIT_CODE_FIELDS;
    const fields = codeFields || page.fields.phone > 0 || page.kind === 'verification';
    const asked = fields ? allSentences(page).find(({ sentence: s }) => s.all('code', 'code-asked') && !s.question) : undefined;
    if (asked) return { evidence: asked.sentence.text };
    // A code box beside the ID field is a sign-in-by-SMS option; alone, it is the page asking for the code.
    const onlyCode = codeFields && page.fields.identifier + page.fields.password === 0;
    return firstElement(page, ['amazon-otp-form']) ?? (onlyCode ? { evidence: 'one-time code field' } : null);
  },
};
