/** The lexicon's chunks (lib/detection/languages.ts): which languages a frame gets besides Japanese and
 *  English, and that a page read with only those finds what it finds with every language (the scan
 *  command's reading: this project's setup adds them all). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { frameLanguages, type ChunkedLanguage } from '@/lib/detection/languages';
import { CHUNKED } from '@/lib/detection/lexicon/all';
import { AMAZON_REAL_CASES, TRAINING_SETS } from './cases';
import { fixture, idsFor } from './helpers';

describe('a frame\'s languages', () => {
  it.each([
    ['Amazon.co.jp in Japanese', 'ja', 'https://www.amazon.co.jp/ap/signin', []],
    ['amazon.co.jp in English (the address still says Japanese: in the detector)', 'en-US', 'https://www.amazon.co.jp/ap/signin', []],
    ['AliExpress in English', 'en', 'https://login.aliexpress.com/', []],
    ['AliExpress\'s Korean site, no lang', '', 'https://ko.aliexpress.com/p/login', ['ko']],
    ['AliExpress\'s Japanese site', '', 'https://ja.aliexpress.com/p/login', []],
    ['AliExpress with a lang parameter', 'en', 'https://login.aliexpress.com/?lang=es_ES', ['es']],
    ['AliExpress Russia', '', 'https://login.aliexpress.ru/', ['ru']],
    ['1688 (Chinese whatever its lang says)', 'en', 'https://login.1688.com/member/signin.htm', ['zh']],
    ['Taobao', 'zh-CN', 'https://login.taobao.com/', ['zh']],
    ['traditional Chinese', 'zh-Hant-TW', 'https://www.alibaba.com/', ['zh']],
    ['Amazon Brazil', 'pt-br', 'https://www.amazon.com.br/ap/signin', ['pt']],
    ['Amazon Mexico', 'es-MX', 'https://www.amazon.com.mx/ap/signin', ['es']],
    ['Amazon.com in Spanish (its language path)', 'en', 'https://www.amazon.com/-/es/ap/signin', ['es']],
    ['Amazon France', 'fr-FR', 'https://www.amazon.fr/ap/signin', ['fr']],
    ['Amazon Germany', 'de-DE', 'https://www.amazon.de/ap/signin', ['de']],
    ['Amazon Italy, no lang (its country)', '', 'https://www.amazon.it/ap/signin', ['it']],
    ['Amazon Netherlands, no lang (its country)', '', 'https://www.amazon.nl/ap/signin', ['nl']],
    ['Amazon Poland, no lang (its country)', '', 'https://www.amazon.pl/ap/signin', ['pl']],
    ['Amazon Turkey, no lang (its country)', '', 'https://www.amazon.com.tr/ap/signin', ['tr']],
    ['AliExpress\'s German site, no lang', '', 'https://de.aliexpress.com/p/login', ['de']],
    ['AliExpress\'s Polish site, no lang', '', 'https://pl.aliexpress.com/p/login', ['pl']],
    ['AliExpress\'s Turkish site, no lang', '', 'https://tr.aliexpress.com/p/login', ['tr']],
    ['AliExpress\'s Vietnamese site', 'vi', 'https://vi.aliexpress.com/p/login', ['vi']],
    ['AliExpress\'s Thai site', 'th-TH', 'https://th.aliexpress.com/p/login', ['th']],
    ['AliExpress\'s Hebrew site, no lang', '', 'https://he.aliexpress.com/p/login', ['he']],
    ['AliExpress\'s Indonesian site, no lang', '', 'https://id.aliexpress.com/p/login', ['id']],
    ['Java\'s old codes for Hebrew and Indonesian in a locale parameter', '', 'https://login.aliexpress.com/?locale=iw_IL', ['he']],
    ['in_ID', '', 'https://login.aliexpress.com/?locale=in_ID', ['id']],
    ['Ukrainian and Malay by their lang alone', 'uk', 'https://login.aliexpress.com/', ['uk']],
    ['Malay', 'ms-MY', 'https://login.aliexpress.com/', ['ms']],
    ['Italian and Dutch pages on AliExpress', 'it-IT', 'https://it.aliexpress.com/p/login', ['it']],
    ['Dutch', 'nl', 'https://nl.aliexpress.com/p/login', ['nl']],
    ['My Account\'s host is no language (my.)', 'en', 'https://my.aliexpress.com/', []],
    ['a language the lexicon does not speak adds nothing', 'hi', 'https://www.amazon.in/ap/signin', []],
    ['AliExpress\'s Arabic site', 'ar', 'https://ar.aliexpress.com/p/login', ['ar']],
    ['Amazon.sa, no lang: its country speaks Arabic', '', 'https://www.amazon.sa/ap/signin', ['ar']],
    ['Amazon.se, no lang: Swedish', '', 'https://www.amazon.se/ap/cvf/verify', ['sv']],
    ['a frame naming no language, at no telling address: the shops\' three', '', 'https://login.aliexpress.com/', ['zh']],
    ['a frame naming no language, at no telling address (lang absent)', null, 'https://passport.alibaba.com/ac/password_reset.htm', ['zh']],
  ] as const)('%s', (_label, lang, url, expected) => {
    expect(frameLanguages(lang, new URL(url))).toEqual(expected);
  });

  it('every chunked language has its terms', () => {
    expect(Object.keys(CHUNKED).sort()).toEqual(['ar', 'de', 'es', 'fr', 'he', 'id', 'it', 'ko', 'ms', 'nl', 'pl', 'pt', 'ru', 'sv', 'th', 'tr', 'uk', 'vi', 'zh']);
  });
});

const DIRS = ['own', ...TRAINING_SETS];
const PAGES = [
  ...DIRS.flatMap((dir) => (JSON.parse(readFileSync(resolve('tests/fixtures', dir, 'cases.json'), 'utf8')) as Array<{ file: string; url: string }>).map((c) => ({ file: `${dir}/${c.file}`, url: c.url }))),
  ...AMAZON_REAL_CASES.map(([file, url]) => ({ file: `amazon-real/${file}`, url })),
].map((page) => {
  const html = fixture(page.file);
  const lang = /<html\b[^>]*\slang=["']?([^"'\s>]*)/i.exec(html)?.[1] ?? '';
  return { ...page, html, languages: frameLanguages(lang, new URL(page.url)) };
});

/** The detection path in a fresh module graph holding only these languages besides Japanese and English,
 *  as a frame's isolated world holds the detector and its chunks. */
async function readerWith(languages: readonly ChunkedLanguage[]): Promise<typeof idsFor> {
  vi.resetModules();
  const { addLanguage } = await import('@/lib/detection/lexicon');
  for (const lang of languages) addLanguage(lang, CHUNKED[lang]);
  return (await import('./helpers')).idsFor;
}

describe('a page read with only its own languages', () => {
  const sets = [...new Set(PAGES.map((p) => p.languages.join(',')))];
  it.each(sets)('[%s]: finds what it finds with every language', async (set) => {
    const pages = PAGES.filter((p) => p.languages.join(',') === set);
    const own = await readerWith(pages[0]!.languages);
    const differ: string[] = [];
    for (const page of pages) {
      const all = await idsFor(page.html, page.url);
      const chunked = await own(page.html, page.url);
      if (JSON.stringify(all) !== JSON.stringify(chunked)) differ.push(`${page.file}: ${JSON.stringify(chunked)} instead of ${JSON.stringify(all)}`);
    }
    expect(differ).toEqual([]);
  }, 120_000);
});

it('the reading above really leaves the other languages out: a Russian page read without Russian misses its wrong password', async () => {
  const page = PAGES.find((p) => p.file === 'training/set5/e04-aeru-login-wrong-password-ru.html')!;
  expect(page.languages).toEqual(['ru']);
  expect(await idsFor(page.html, page.url)).toContain('wrong-password');
  expect(await (await readerWith([]))(page.html, page.url)).not.toContain('wrong-password');
});
