/** Every language of the lexicon, for Node: the scan command and the tests read pages in any language
 *  with the same detection path the extension injects (there, only the frame's languages come:
 *  ../languages.ts). Importing this adds them. */
import { addLanguage, type Lang } from '../lexicon';
import { CHUNKED } from './chunks';

export { CHUNKED };

for (const [lang, terms] of Object.entries(CHUNKED)) addLanguage(lang as Lang, terms);
