/** Setup of the unit project: every language of the lexicon, as the scan command reads pages (the extension
 *  injects only a frame's own languages: lib/detection/languages.ts, tested in languages.test.ts). */
import '@/lib/detection/lexicon/all';
