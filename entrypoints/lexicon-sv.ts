import terms from '@/lib/detection/lexicon/sv';
import { offerLanguage } from '@/lib/detection/lexicon/offer';

/** The lexicon's terms in this language, injected before the detector into frames in it (lib/detection/languages.ts). */
export default defineUnlistedScript(() => offerLanguage('sv', terms));
