import type { FindingId } from '../../findings';
import { accountLocked } from './account-locked';
import { accountNotFound } from './account-not-found';
import { accountRetrieval } from './account-retrieval';
import { blankLoginPage } from './blank-login-page';
import { botCheck } from './bot-check';
import { capsLockOn } from './caps-lock-on';
import type { Detector } from './detector';
import { emailAlreadyRegistered } from './email-already-registered';
import { emailUnverified } from './email-unverified';
import { fieldError } from './field-error';
import { fullWidthInput } from './full-width-input';
import { numLockOff } from './num-lock-off';
import { outdatedBrowser } from './outdated-browser';
import { pageError } from './page-error';
import { passwordReset } from './password-reset';
import { sliderStuck } from './slider-stuck';
import { suspiciousActivity } from './suspicious-activity';
import { verificationCode } from './verification-code';
import { wrongPassword } from './wrong-password';

export type { Detector, Verdict } from './detector';

/**
 * Every detector, in the order messages are claimed: the more specific meaning first (a lock message
 * that mentions the password is a lock; "already registered" is not "not registered").
 */
export const DETECTORS: readonly Detector[] = [
  botCheck,
  sliderStuck,
  accountLocked,
  suspiciousActivity,
  verificationCode,
  emailAlreadyRegistered,
  accountNotFound,
  wrongPassword,
  emailUnverified,
  fieldError,
  passwordReset,
  accountRetrieval,
  capsLockOn,
  numLockOff,
  fullWidthInput,
  blankLoginPage,
  outdatedBrowser,
  pageError,
];

/** The fallback for wording nobody has seen yet: an error the page shows, quoted (rules/page-error.ts);
 *  `field-error` when the unknown message is one field's own (detect.ts). */
export const FALLBACK_ID: FindingId = 'page-error';

/** All named elements the detectors ask the page reader for. */
export const DETECTOR_ELEMENTS: Record<string, string> = Object.assign({}, ...DETECTORS.map((d) => d.elements ?? {}));
