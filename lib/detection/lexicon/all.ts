/** Every language of the lexicon, for Node: the scan command and the tests read pages in any language
 *  with the same detection path the extension injects (there, only the frame's languages come:
 *  ../languages.ts). Importing this adds them. */
import { addLanguage, type Lang } from '../lexicon';
import type { LanguageTerms } from './offer';
import es from './es';
import fr from './fr';
import ko from './ko';
import pt from './pt';
import ru from './ru';
import zh from './zh';

/** Every language that is a chunk of its own (each has entrypoints/lexicon-<lang>.ts). */
export const CHUNKED: Record<Exclude<Lang, 'en' | 'ja'>, LanguageTerms> = { zh, ko, es, fr, pt, ru };

for (const [lang, terms] of Object.entries(CHUNKED)) addLanguage(lang as Lang, terms);
