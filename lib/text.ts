/** Text helpers shared by the page reader and the detectors. */

const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD]/g;
const SPACE = /\s+/g;

/** Visible text as a user would read it: invisible/bidi controls removed, white space folded. */
export function cleanText(raw: string): string {
  return raw.replace(INVISIBLE, '').replace(SPACE, ' ').trim();
}

/** Text folded for matching: NFKC (full-width → half-width, compatibility forms) and lower case. */
export function foldText(clean: string): string {
  return clean.normalize('NFKC').toLowerCase();
}

export const EVIDENCE_MAX = 200;

/** Evidence is plain text, cut to 200 characters (design §2). */
export function toEvidence(text: string): string {
  const clean = cleanText(text);
  return clean.length <= EVIDENCE_MAX ? clean : `${clean.slice(0, EVIDENCE_MAX - 1)}…`;
}

/** Full-width ASCII variants and the ideographic space: what an IME left on types into an email/ID field. */
export const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;
