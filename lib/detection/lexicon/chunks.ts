/** Every language that is a chunk of its own (each has entrypoints/lexicon-<lang>.ts), its terms only:
 *  importing this adds nothing to the lexicon (all.ts does). */
import type { Lang } from '../lexicon';
import type { LanguageTerms } from './offer';
import de from './de';
import es from './es';
import fr from './fr';
import he from './he';
import ar from './ar';
import sv from './sv';
import id from './id';
import it from './it';
import ko from './ko';
import ms from './ms';
import nl from './nl';
import pl from './pl';
import pt from './pt';
import ru from './ru';
import th from './th';
import tr from './tr';
import uk from './uk';
import vi from './vi';
import zh from './zh';

export const CHUNKED: Record<Exclude<Lang, 'en' | 'ja'>, LanguageTerms> = { zh, ko, es, fr, pt, ru, de, it, nl, pl, uk, tr, vi, id, ms, th, he, ar, sv };
