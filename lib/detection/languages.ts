/**
 * Which of the lexicon's languages a frame needs (worked out by the background, which injects their chunks
 * with the detector: entrypoints/background.ts). Japanese and English are in the detector itself; this
 * names the others, from the frame's own `<html lang>` and its address's locale hints (a language's
 * subdomain, a marketplace's country, a `lang=` parameter, Amazon's `/-/es/` path). Both count: a page
 * whose `lang` says English on 1688 still gets Chinese.
 *
 * A frame that names no language and whose address hints none gets Chinese (on Amazon, nothing more): the shops' three languages are
 * Japanese, English and Chinese (the Alibaba group's own widgets and robot checks speak it), and a frame
 * with no `lang` is most often one of their widgets. A language the lexicon does not speak (Hindi, …) adds
 * nothing: its pages are read with Japanese and English only, as before the chunks.
 */
import { siteForUrl } from '../sites';
import type { Lang } from './lexicon';

/** The languages that are chunks of their own (entrypoints/lexicon-<lang>.ts, lexicon/<lang>.ts). */
export const CHUNKED_LANGUAGES = ['zh', 'ko', 'es', 'fr', 'pt', 'ru', 'de', 'it', 'nl', 'pl', 'uk', 'tr', 'vi', 'id', 'ms', 'th', 'he', 'ar', 'sv'] as const satisfies readonly Lang[];
export type ChunkedLanguage = (typeof CHUNKED_LANGUAGES)[number];

/** Languages the detector carries itself, and every other language tag the lexicon knows it has nothing for. */
const IN_DETECTOR = new Set(['ja', 'en']);

/** Java's old codes for Hebrew and Indonesian, still in locale parameters (`iw_IL`, `in_ID`). */
const OLD_CODES: Record<string, string> = { iw: 'he', in: 'id' };

/** A language tag's language (`zh-Hant-TW`, `pt_BR`, `ES`, `iw_IL` → zh, pt, es, he), or null for none. */
function language(tag: string | null | undefined): string | null {
  const code = /^([a-z]{2,3})(?:[-_]|$)/i.exec(tag?.trim() ?? '')?.[1]!.toLowerCase();
  return code ? (OLD_CODES[code] ?? code) : null;
}

/** A country's domain ending and the language its shops speak (amazon.com.br, aliexpress.ru). */
const COUNTRY_LANGUAGE: Record<string, string> = { jp: 'ja', fr: 'fr', es: 'es', mx: 'es', br: 'pt', ru: 'ru', kr: 'ko', de: 'de', it: 'it', nl: 'nl', pl: 'pl', tr: 'tr', sa: 'ar', ae: 'ar', eg: 'ar', se: 'sv' };
const COUNTRY_ENDING = new RegExp(`\\.(${Object.keys(COUNTRY_LANGUAGE).join('|')})$`);

/** The language an address hints at: a host's language label (ko.aliexpress.com) or country
 *  (amazon.com.br, amazon.de, aliexpress.ru), the Chinese shops, a `lang` / `language` / `locale` / `hl` parameter,
 *  Amazon's language path (/-/es/). */
function urlLanguages(url: URL): string[] {
  const host = url.hostname.toLowerCase();
  const found: string[] = [];
  const label = /^([a-z]{2})\./.exec(host)?.[1];
  if (label && (IN_DETECTOR.has(label) || (CHUNKED_LANGUAGES as readonly string[]).includes(label))) found.push(label);
  if (/(^|\.)(1688|taobao|tmall)\.com$|\.cn$|\.com\.(tw|hk)$/.test(host)) found.push('zh');
  const country = COUNTRY_ENDING.exec(host)?.[1];
  if (country) found.push(COUNTRY_LANGUAGE[country]!);
  for (const name of ['lang', 'language', 'locale', 'hl']) {
    const tag = language(url.searchParams.get(name));
    if (tag) found.push(tag);
  }
  const path = /^\/-\/([a-z]{2})(?:[-_][a-z]{2})?\//i.exec(url.pathname)?.[1];
  if (path) found.push(path.toLowerCase());
  return found;
}

/** The chunks a frame needs besides the detector, from its `<html lang>` (empty when it has none) and
 *  its address. */
export function frameLanguages(lang: string | null | undefined, url: URL): ChunkedLanguage[] {
  const named = [language(lang), ...urlLanguages(url)].filter((l): l is string => l !== null);
  // Unnamed: Chinese for the Alibaba group's widgets, nothing more for Amazon (its frames speak English).
  const wanted = named.length ? named : siteForUrl(url)?.id === 'amazon' ? [] : ['zh'];
  return CHUNKED_LANGUAGES.filter((l) => wanted.includes(l));
}
