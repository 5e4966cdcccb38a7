/** Text helpers shared by the page reader and the detectors. */
import { maskPersonal } from '../mask';

/** Zero-width and bidi controls, and private-use characters (icon-font glyphs such as the slider's warning sign). */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u00AD\uE000-\uF8FF]/g;
const SPACE = /\s+/g;

/** Text without the characters a person never sees (zero-width, soft hyphens, bidi marks): removed before
 *  white space is folded (U+FEFF counts as white space to a regular expression), so 「正しく\uFEFFありません」
 *  stays one word. */
export function withoutInvisible(raw: string): string {
  return raw.replace(INVISIBLE, '');
}

/** Visible text as a user would read it: invisible/bidi controls removed, white space folded. */
export function cleanText(raw: string): string {
  return withoutInvisible(raw).replace(SPACE, ' ').trim();
}

/** White space between two Japanese or Chinese characters: a line break in the markup between per-phrase
 *  elements (`<span>正しく</span>⏎<span>ありません</span>`), which a browser does not show between such
 *  characters (CSS Text: segment breaks between East Asian wide characters are removed). Not Hangul:
 *  Korean spaces its words. */
const CJK_GAP = /(?<=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\u3001\u3002])\s+(?=[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff])/g;

/** Arabic as its readers match it: short vowels and tatweel (written or not, the same word), every alef with
 *  hamza or madda a bare alef, alef maqsura a yaa (the lexicon's Arabic terms are written so: lexicon/ar.ts). */
const ARABIC_VARIANTS = /[\u0622\u0623\u0625\u0649\u0640\u064B-\u065F\u0670]/g;
const arabicBase = (c: string) => (c === '\u0649' ? '\u064A' : c <= '\u0625' ? '\u0627' : '');

/** Text folded for matching: NFKC (full-width → half-width, compatibility forms), lower case, Arabic's
 *  variant letters as one (ARABIC_VARIANTS), and no white space inside a Japanese or Chinese phrase. */
export function foldText(clean: string): string {
  return clean.normalize('NFKC').replace(TURKISH_I, 'i').toLowerCase().replace(ARABIC_VARIANTS, arabicBase).replace(CJK_GAP, '');
}

/** Turkish writes two i's (ı, İ) where the engine's lower case knows one: "İ" would become "i" and a
 *  combining dot, and "YANLIŞ" "yanliş" beside the lexicon's "yanlış". Both fold to "i", and so do the
 *  lexicon's terms (lexicon.ts), one letter for one letter. */
export const TURKISH_I = /[\u0130\u0131]/g;

export const EVIDENCE_MAX = 200;

/** What a page shows may include the user's email or phone number: evidence keeps neither (found on the
 *  NFKC-folded text: full-width, dotted and spaced ones too; lib/mask.ts). Runs of 7+ digits show their
 *  last two; an address its first character and its domain. */

/** Evidence is plain text, cut to 200 characters (design §2), with emails and long numbers masked. */
export function toEvidence(text: string): string {
  const clean = maskPersonal(cleanText(text));
  return clean.length <= EVIDENCE_MAX ? clean : `${clean.slice(0, EVIDENCE_MAX - 1)}…`;
}

/** Full-width ASCII variants and the ideographic space: what an IME left on types into an email/ID field. */
export const FULL_WIDTH = /[\uFF01-\uFF5E\u3000]/;
