/** How a language's chunk hands its terms to the detector: both run in the frame's isolated world (the
 *  content scripts share one per frame), the chunk first (entrypoints/background.ts injects it before the
 *  detector in the same call), and the detector takes them on its first compile (lexicon.ts). Nothing else
 *  of the lexicon here: each chunk carries only its own terms. */
import type { Concept } from '../lexicon';

export type LanguageTerms = Partial<Record<Concept, string>>;

/** The isolated world's global the chunks write to (the page's own scripts never see it). */
const LEXICON_GLOBAL = 'loginRescueLexicon';

type World = { [LEXICON_GLOBAL]?: Record<string, LanguageTerms> };

export function offerLanguage(lang: string, terms: LanguageTerms): void {
  ((globalThis as World)[LEXICON_GLOBAL] ??= {})[lang] = terms;
}

/** The languages offered in this world so far. */
export const offeredLanguages = (): Record<string, LanguageTerms> => (globalThis as World)[LEXICON_GLOBAL] ?? {};
