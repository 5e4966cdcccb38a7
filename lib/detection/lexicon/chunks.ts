/** Every language that is a chunk of its own (each has entrypoints/lexicon-<lang>.ts), its terms only:
 *  importing this adds nothing to the lexicon (all.ts does). */
import type { Lang } from '../lexicon';
import type { LanguageTerms } from './offer';
import es from './es';
import fr from './fr';
import ko from './ko';
import pt from './pt';
import ru from './ru';
import zh from './zh';

export const CHUNKED: Record<Exclude<Lang, 'en' | 'ja'>, LanguageTerms> = { zh, ko, es, fr, pt, ru };
