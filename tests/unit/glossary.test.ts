/**
 * Every text the user reads keeps to docs/glossary.md: one term per thing, no forbidden variant outside a
 * site's quoted label, Japanese with full-width punctuation, no nested brackets, です／ます in steps and
 * how-tos, no casual words; English with the same word every time. And Japanese as Amazon.co.jp's help
 * writes it (issue 20, item 4): no space between Japanese and Latin (SMSで, 会員ID); one action per step
 * (≤ 60 characters, one sentence); warnings after the steps as 注： lines; hedges only in the why lines that
 * guess; no label ending in ください; Chinese labels glossed in Japanese. Read: every tip table and journey card,
 * the card, popup, welcome and settings pages, the reset's consequences, the checklist, the support message,
 * _locales, the store listing, the update line and the sites' own contacts and warnings.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CARD_STRINGS } from '@/components/card/strings';
import { STRINGS } from '@/components/popup/strings';
import { WELCOME } from '@/components/welcome/strings';
import { OPTIONS_TEXT } from '@/components/options/strings';
import { allResetConsequences } from '@/lib/reset-consequences';
import { CODE_REJECTED, DONE, SITE_SITUATION, SITUATION, TEXTS } from '@/lib/background/support-message';
import { CHECKLISTS } from '@/lib/checklist/items';
import { FINDING_IDS, SITE_IDS, type Lang, type SiteId, type Tip, type TipTable } from '@/lib/findings';
import { en } from '@/lib/tips/en';
import { ja } from '@/lib/tips/ja';
import { backWords, CO_JP_HOLD_STEPS, DETAIL_EN, DETAIL_JA, passwordResetPage } from '@/lib/tips/situations';
import { contactFor, SUPPORT } from '@/lib/sites';
import { updateRoute } from '@/lib/this-browser';

const GLOSSARY = readFileSync('docs/glossary.md', 'utf8');

/** What kind of text it is: a step or how-to is a sentence in です／ます; a cause a plain phrase. */
type Kind = 'step' | 'howto' | 'cause' | 'title' | 'other';

interface Text {
  where: string;
  lang: Lang;
  text: string;
  kind: Kind;
  /** The card's site, for the site's own word (ロック, 保留, 凍結). */
  site?: SiteId;
}

// ---- Every text of the product ----

function tipsOf(table: TipTable): Array<[string, SiteId | null, Tip]> {
  return [
    ...Object.entries(table.common).map(([id, tip]) => [`tip common/${id}`, null, tip] as [string, null, Tip]),
    ...SITE_IDS.flatMap((site) => Object.entries(table.bySite[site]).map(([id, tip]) => [`tip ${site}/${id}`, site, tip!] as [string, SiteId, Tip])),
  ];
}

function tipTexts(lang: Lang, table: TipTable): Text[] {
  const quote = lang === 'ja' ? (label: string) => `「${label}」` : (label: string) => `“${label}”`;
  return tipsOf(table).flatMap(([where, site, tip]) => {
    const one = (part: string, text: string, kind: Kind): Text => ({ where: `${where} ${part}`, lang, text, kind, ...(site ? { site } : {}) });
    return [
      one('title', tip.title, 'title'),
      one('why', tip.why, 'other'),
      // A control's label is the page's own, shown in quotes.
      // Without a fallback label, both ways the step can read: with the page's label, and without it.
      ...tip.steps.flatMap((step, i) => [
        one(`steps[${i}]`, step.control ? step.text.replace('%s', quote(step.control.label ?? 'Label')) : step.text, 'step'),
        ...(step.otherwise ? [one(`steps[${i}].otherwise`, step.otherwise, 'step')] : []),
      ]),
      ...tip.causes.map((cause, i) => one(`causes[${i}]`, cause, 'cause')),
      ...[tip.sitePage, ...(tip.contacts ?? [])].flatMap((c, i) => (c ? [one(`link[${i}]`, c.label, 'other')] : [])),
    ];
  });
}

/** Every string in a table of words; functions are called with sample arguments, both branches. */
function walk(value: unknown, where: string, lang: Lang, out: Text[]): Text[] {
  if (typeof value === 'string') out.push({ where, lang, text: value, kind: 'other' });
  else if (typeof value === 'function') {
    for (const sample of [2, 0, 1]) {
      const args = Array.from({ length: value.length }, () => sample);
      walk((value as (...a: unknown[]) => unknown)(...args), `${where}(${sample})`, lang, out);
    }
  } else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`, lang, out));
  else if (value && typeof value === 'object') for (const [key, v] of Object.entries(value)) walk(v, `${where}.${key}`, lang, out);
  return out;
}

function supportTexts(lang: Lang): Text[] {
  const t = TEXTS[lang];
  const out: Text[] = [];
  const { field, pageSaid, ...rest } = t;
  walk(rest, `support TEXTS.${lang}`, lang, out);
  for (const name of ['time', 'page', 'browser', 'account', 'order'] as const) walk(field(name, t.fill), `support TEXTS.${lang}.field(${name})`, lang, out);
  walk(pageSaid(lang === 'ja' ? 'パスワードが正しくありません' : 'Your password is incorrect', false), `support TEXTS.${lang}.pageSaid`, lang, out);
  walk(SITUATION[lang], `support SITUATION.${lang}`, lang, out);
  for (const site of SITE_IDS) walk(SITE_SITUATION[site]?.[lang] ?? {}, `support SITE_SITUATION.${site}.${lang}`, lang, out);
  walk(CODE_REJECTED[lang], `support CODE_REJECTED.${lang}`, lang, out);
  for (const [id, done] of Object.entries(DONE)) walk(done[lang], `support DONE.${id}.${lang}`, lang, out);
  return out;
}

function localeTexts(lang: Lang): Text[] {
  const messages = JSON.parse(readFileSync(`public/_locales/${lang}/messages.json`, 'utf8')) as Record<string, { message: string }>;
  return Object.entries(messages).map(([key, m]) => ({ where: `_locales/${lang} ${key}`, lang, text: m.message, kind: 'other' as const }));
}

/** The store listing (assets/store/listing.<lang>.md), line by line, without its Markdown. */
function listingTexts(lang: Lang): Text[] {
  return readFileSync(`assets/store/listing.${lang}.md`, 'utf8')
    .split('\n')
    .map((line) => line.replace(/^#+\s*|^-\s+|\*\*/g, '').trim())
    .filter((line) => line.length > 0)
    .map((text, i) => ({ where: `listing.${lang} line ${i + 1}`, lang, text, kind: 'other' as const }));
}

/** The popup's update line for every browser it names, and the sites' own contacts, reset warnings and
 *  password-reset links (lib/this-browser.ts, lib/sites, lib/tips/situations.ts). */
function siteTexts(lang: Lang): Text[] {
  const out: Text[] = [];
  for (const name of ['Google Chrome', 'Microsoft Edge', 'Brave', 'Opera', 'Firefox', 'Safari', 'Chromium'])
    for (const ios of [false, true]) walk(updateRoute({ name, version: '1', engine: null, engineMajor: null, ios })[lang], `site updateRoute(${name}${ios ? ', iOS' : ''})`, lang, out);
  for (const site of SITE_IDS) {
    walk(SUPPORT[site].contacts[lang].map((c) => c.label), `site SUPPORT.${site}.contacts`, lang, out);
    walk(SUPPORT[site].resetWarning?.[lang] ?? [], `site SUPPORT.${site}.resetWarning`, lang, out);
    for (const host of [null, 'www.amazon.co.jp', 'www.amazon.com', 'login.1688.com', 'login.taobao.com', 'www.alibaba.com']) {
      walk(contactFor(site, host, lang).label, `site contactFor(${site}, ${host})`, lang, out);
      walk(passwordResetPage(site, host, lang)?.label ?? [], `site passwordResetPage(${site}, ${host})`, lang, out);
    }
  }
  return out;
}

function checklistTexts(lang: Lang): Text[] {
  return SITE_IDS.flatMap((site) =>
    CHECKLISTS[site].flatMap((item) => [
      { where: `checklist ${site}/${item.id} label`, lang, text: item[lang].label, kind: 'title' as const },
      { where: `checklist ${site}/${item.id} check`, lang, text: item[lang].check, kind: 'title' as const },
      { where: `checklist ${site}/${item.id} howTo`, lang, text: item[lang].howTo, kind: 'howto' as const },
    ]),
  );
}

const OPTIONS: Record<Lang, unknown> = OPTIONS_TEXT;
const ALL: Text[] = (['ja', 'en'] as const).flatMap((lang) => [
  ...tipTexts(lang, lang === 'ja' ? ja : en),
  // The cards per step of the journey (lib/tips/situations.ts).
  ...tipTexts(lang, (lang === 'ja' ? DETAIL_JA : DETAIL_EN) as unknown as TipTable),
  // A situation back in the tab that says it loops (its own title, why and steps).
  ...SITE_IDS.flatMap((site) =>
    FINDING_IDS.flatMap((id) => {
      const words = backWords(site, id, lang, true);
      if (!words) return [];
      const where = `tip ${site}/${id}:back`;
      return [
        { where: `${where} title`, lang, text: words.title, kind: 'title' as const, site },
        { where: `${where} why`, lang, text: words.why, kind: 'other' as const, site },
        ...words.steps.map((step, i) => ({ where: `${where} step ${i + 1}`, lang, text: step.text, kind: 'step' as const, site })),
        // Its details (the reset's sign-out first, as a 注 line).
        ...(words.causes ?? []).map((cause, i) => ({ where: `${where} causes[${i}]`, lang, text: cause, kind: 'cause' as const, site })),
      ];
    }),
  ),
  // Amazon.co.jp's hold card's own steps (the contact page first: review 20, M10).
  ...CO_JP_HOLD_STEPS[lang].map((step, i) => ({ where: `tip amazon/account-locked:co.jp steps[${i}]`, lang, text: step.text, kind: 'step' as const, site: 'amazon' as const })),
  ...walk(CARD_STRINGS[lang], `card.${lang}`, lang, []),
  ...walk(STRINGS[lang], `popup.${lang}`, lang, []),
  // The welcome page's numbered steps are steps.
  ...walk(WELCOME[lang], `welcome.${lang}`, lang, []).map((t) => (/\.pin\w+\[\d+\]$/.test(t.where) ? { ...t, kind: 'step' as const } : t)),
  ...walk(allResetConsequences(lang), `reset-consequences.${lang}`, lang, []),
  ...checklistTexts(lang),
  ...walk(OPTIONS[lang], `options.${lang}`, lang, []),
  ...supportTexts(lang),
  ...localeTexts(lang),
  ...listingTexts(lang),
  ...siteTexts(lang),
]);
const JA = ALL.filter((t) => t.lang === 'ja');
const EN = ALL.filter((t) => t.lang === 'en');

// ---- The glossary's rules ----

/** The site's own labels are quoted and left as they are, with the English label a site shows some users
 *  in parentheses after the Japanese one: 「認証」（Verify）. */
const unquotedJa = (text: string) => text.replace(/「[^」]*」(?:（[\x20-\x7e]+）)?/g, '「」');
const unquotedEn = (text: string) => text.replace(/“[^”]*”/g, '“”').replace(/"[^"]*"/g, '""');

interface Rule {
  use: string;
  not: RegExp;
  /** The variants as glossary.md names them. */
  listed: string[];
}

const JA_TERMS: Rule[] = [
  { use: 'ログイン', not: /サインイン|ログオン/, listed: ['サインイン', 'ログオン'] },
  { use: 'ログアウト', not: /サインアウト|ログオフ/, listed: ['サインアウト', 'ログオフ'] },
  { use: 'ブラウザー', not: /ブラウザ(?!ー)/, listed: ['ブラウザ'] },
  { use: 'スライド認証', not: /スライダー|スライドバー|スライドパズル|スライド確認/, listed: ['スライダー', 'スライドバー', 'スライドパズル', 'スライド確認'] },
  { use: 'ロボット確認', not: /画像認証|キャプチャ|captcha/i, listed: ['画像認証', 'キャプチャ', 'CAPTCHA'] },
  { use: '確認コード', not: /認証コード|ワンタイムパスワード|セキュリティコード|検証番号|認証番号|確認番号|OTP/, listed: ['認証コード', 'ワンタイムパスワード', 'セキュリティコード', '検証番号', '認証番号', '確認番号', 'OTP'] },
  { use: 'パスワードの再設定', not: /パスワードの?リセット|パスワードの復旧/, listed: ['パスワードリセット', 'パスワードのリセット', 'パスワードの復旧'] },
  { use: 'サイトのデータ', not: /サイトデータ/, listed: ['サイトデータ'] },
  { use: 'Cookie', not: /クッキー|cookie/, listed: ['クッキー', 'cookie'] },
  { use: '削除する', not: /消去/, listed: ['消去する'] },
  { use: '再読み込み', not: /リロード|ページを更新/, listed: ['リロード', 'ページを更新'] },
  // AliExpress's own word for the ID besides the email (its sign-in field: 「メールアドレスまたは会員ID」): cold read 20, M5.
  { use: '会員ID', not: /ログインID/, listed: ['ログインID'] },
  // One word for what the user did not do (cold read 20c, L4).
  { use: '覚えのない', not: /身に覚えのない|心当たりのない/, listed: ['身に覚えのない', '心当たりのない'] },
  { use: 'アカウント照会', not: /アカウントの照会|アカウント検索|アカウントの取得/, listed: ['アカウントの照会', 'アカウント検索', 'アカウントの取得'] },
  { use: '本人確認書類', not: /身分証/, listed: ['身分証'] },
  { use: 'Googleなどのアカウント', not: /SNS|ソーシャルアカウント/, listed: ['ソーシャルアカウント', 'SNS アカウント', 'SNS'] },
  { use: '迷惑メールフォルダー', not: /フォルダ(?!ー)/, listed: ['迷惑メールフォルダ'] },
  { use: 'メールアドレス', not: /Eメール|メアド|e-?mail/i, listed: ['Eメール', 'メアド'] },
  { use: 'ログイン画面', not: /ログインページ|サインインページ/, listed: ['ログインページ', 'サインインページ'] },
  { use: 'カスタマーサービス', not: /カスタマーサポート|カスタマーセンター/, listed: ['カスタマーサポート', 'カスタマーセンター'] },
  { use: 'ヘルプセンター', not: /ヘルプセンタ(?!ー)/, listed: ['ヘルプセンタ'] },
  { use: '2段階認証', not: /二段階認証|[2二]要素認証/, listed: ['二段階認証', '2要素認証'] },
  { use: 'スマートフォン', not: /スマホ|携帯(?!電話)/, listed: ['スマホ', '携帯（単独で）'] },
  { use: 'サポートへの連絡文', not: /サポート文/, listed: ['サポート文'] },
  { use: 'ふだん', not: /普段|いつも/, listed: ['普段', 'いつも'] },
  // A payment card is a クレジットカード; the in-page tip is never called a カード (Amazon's ギフトカード is a name).
  { use: 'クレジットカード', not: /(?<!クレジット|ギフト)カード/, listed: ['カード（単独で）'] },
  { use: 'コンテナー', not: /コンテナ(?!ー)|ユーザ(?!ー)|サーバ(?!ー)/, listed: [] },
];

const EN_TERMS: Rule[] = [
  { use: 'an account such as Google', not: /social account/i, listed: ['social account'] },
  // "Login Rescue" is the product's name.
  { use: 'sign in', not: /\blog(?:s|ged|ging)?[- ]?ins?\b/i, listed: ['log in', 'login', 'log-in'] },
  { use: 'sign out', not: /\blog(?:s|ged|ging)?[- ]?outs?\b/i, listed: ['log out', 'logout'] },
  { use: 'robot check', not: /captcha/i, listed: ['captcha'] },
  { use: 'slider check', not: /slide[- ]to[- ]verify|slide(?:r)? bar|slider puzzle/i, listed: ['slide-to-verify', 'slider bar', 'slide bar', 'slider puzzle'] },
  { use: 'verification code', not: /security code|one[- ]time (?:password|code)|\bOTPs?\b|authentication code/i, listed: ['security code', 'one-time password', 'one-time code', 'OTP', 'authentication code'] },
  { use: 'reset your password', not: /password recovery|recover (?:your |the )?password/i, listed: ['password recovery', 'recover your password'] },
  { use: 'site data', not: /website data/i, listed: ['website data'] },
  { use: 'remove', not: /\b(?:clear|delete|erase)(?:s|d|ed|ing)?\b[^.:]{0,40}\b(?:cookies|data|cache)\b|\b(?:cookies|data|cache)\b[^.:]{0,20}\b(?:cleared|deleted|erased)\b/i, listed: ['clear, delete, erase'] },
  { use: 'reload', not: /\brefresh/i, listed: ['refresh'] },
  { use: 'account retrieval', not: /account recovery/i, listed: ['account recovery'] },
  { use: 'member ID', not: /\blogin[- ]?ID\b/i, listed: ['login ID'] },
  { use: '2-step verification', not: /two[- ]step|\b2FA\b|two[- ]factor|2-factor/i, listed: ['two-step', '2FA', 'two-factor'] },
  { use: 'half-width', not: /half width|halfwidth|full width|fullwidth/i, listed: ['half width', 'fullwidth'] },
  { use: 'email', not: /e-mail|\bmails?\b/i, listed: ['e-mail', 'mail'] },
  { use: 'customer service', not: /customer support|customer cent(?:er|re)/i, listed: ['customer support'] },
  { use: 'Help Center', not: /Help Centre/, listed: ['Help Centre'] },
];

/** Each site's own word for a stopped account, in its cards. */
const SITE_WORDS: Record<SiteId, Record<Lang, RegExp>> = {
  aliexpress: { ja: /凍結|保留/, en: /\bfr[eo]z|on hold/i },
  amazon: { ja: /凍結/, en: /\bfr[eo]z/i },
  alibaba: { ja: /ロック|保留/, en: /\block|on hold/i },
};

const CASUAL = /(?<!受け)入れ[てるまたな]|無事|やらせ|中身|ちゃんと|とりあえず|すごく|ダメ|だめ|やばい|ヤバ|しちゃ|っぽい|せいで|助け舟|次の一手/;
/** Formal nouns and できる are written in kana. */
const KANJI_FORMAL = /(?:する|した|できる|ない|ある|いる)(?:事|時)(?![間刻点])|出来[るなまずた]|事が出来/;
/** Conditions: 「…場合は」. */
const TOKI_WA = /(?:ない|する|した|いる|れる|る)ときは/;
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** Half-width punctuation in Japanese text; a colon is allowed inside a time or an address. */
function halfWidthPunctuation(text: string): string | null {
  const plain = unquotedJa(text).replace(/https?:\/\/\S+/g, '').replace(/\d:\d/g, '');
  const found = /[,()!?;:]/.exec(plain);
  return found ? plain.slice(Math.max(0, found.index - 6), found.index + 6) : null;
}

function maxBracketDepth(text: string): number {
  let depth = 0;
  let max = 0;
  for (const ch of text) {
    if ('（(「『“['.includes(ch)) max = Math.max(max, ++depth);
    else if ('）)」』”]'.includes(ch)) depth--;
  }
  return max;
}

/** Each sentence of a Japanese step or how-to ends in です／ます. */
function plainSentences(text: string): string[] {
  return unquotedJa(text)
    .split('。')
    .map((s) => s.replace(/（[^）]*）$/, '').trim())
    .filter((s) => s.length > 0)
    .filter((s) => !/(?:ます|ません|です|ください|でした|ました)$/.test(s));
}

const show = (t: Text) => `${t.where}: ${t.text}`;

describe('the glossary', () => {
  it('names every term and every forbidden variant the test enforces', () => {
    for (const rule of [...JA_TERMS, ...EN_TERMS]) {
      expect(GLOSSARY, rule.use).toContain(rule.use);
      for (const variant of rule.listed) expect(GLOSSARY, variant).toContain(variant);
    }
  });

  it('reads every user-facing text of the product', () => {
    for (const lang of ['ja', 'en'] as const) {
      const wheres = ALL.filter((t) => t.lang === lang).map((t) => t.where.split(/[ .]/)[0]);
      for (const source of ['tip', 'card', 'popup', 'welcome', 'reset-consequences', 'checklist', 'options', 'support', '_locales/' + lang, 'listing', 'site']) expect(wheres, `${lang} ${source}`).toContain(source);
    }
    expect(ALL.length).toBeGreaterThan(600);
  });
});

describe('Japanese texts keep to the glossary', () => {
  it.each(JA_TERMS.map((rule) => [rule.use, rule] as const))('「%s」, not its variants', (_use, rule) => {
    const offending = JA.filter((t) => rule.not.test(unquotedJa(t.text))).map(show);
    expect(offending).toEqual([]);
  });

  it("each site's card says its own word for a stopped account (ロック, 保留, 凍結)", () => {
    const offending = JA.filter((t) => t.site && SITE_WORDS[t.site].ja.test(unquotedJa(t.text))).map(show);
    expect(offending).toEqual([]);
  });

  it('full-width punctuation: no half-width , ( ) ! ? ; : outside a quoted label', () => {
    const offending = JA.filter((t) => JAPANESE.test(t.text) && halfWidthPunctuation(t.text)).map((t) => `${show(t)} → …${halfWidthPunctuation(t.text)}…`);
    expect(offending).toEqual([]);
  });

  it('no nested brackets', () => {
    expect(JA.filter((t) => maxBracketDepth(t.text) > 1).map(show)).toEqual([]);
  });

  it('steps and how-tos are in です／ます, one sentence after another; causes and titles have no 。 at the end', () => {
    expect(JA.filter((t) => (t.kind === 'step' || t.kind === 'howto') && (!t.text.endsWith('。') || plainSentences(t.text).length > 0)).map(show)).toEqual([]);
    expect(JA.filter((t) => (t.kind === 'cause' || t.kind === 'title') && t.text.endsWith('。')).map(show)).toEqual([]);
  });

  it('no casual words, formal nouns in kana, conditions with 「場合は」', () => {
    expect(JA.filter((t) => CASUAL.test(unquotedJa(t.text))).map(show)).toEqual([]);
    expect(JA.filter((t) => KANJI_FORMAL.test(unquotedJa(t.text))).map(show)).toEqual([]);
    expect(JA.filter((t) => TOKI_WA.test(unquotedJa(t.text))).map(show)).toEqual([]);
  });
});

// ---- Japanese as Amazon.co.jp's help writes it (issue 20, item 4) ----

/** A Japanese character: kana, kanji, or full-width punctuation and brackets (、。「」（）：・！？). */
const JA_CHAR = '[\\u3000-\\u303f\\u3040-\\u30ff\\u4e00-\\u9fff\\uff01-\\uff60]';
/** Spacing: no space between Japanese and Latin letters or digits, either way (SMSで, 会員ID, 6桁,
 *  Caps Lockがオン). A page's label quoted in 「」 keeps its own spacing. */
const SPACED = new RegExp(`${JA_CHAR} +[A-Za-z0-9+]|[A-Za-z0-9] +${JA_CHAR}`);
function spaced(text: string): string | null {
  const plain = unquotedJa(text);
  const found = SPACED.exec(plain);
  return found ? plain.slice(Math.max(0, found.index - 4), found.index + found[0].length + 4) : null;
}

/** A step is one action: at most 60 characters as the card shows it (the JS string's length, the page's quoted
 *  label included), one sentence (one 。, at its end), and nothing said in parentheses as a second sentence
 *  (…ます）／…ません）): a second action is a step of its own, a warning a 注 after the steps. */
const STEP_MAX = 60;
function stepProblem(text: string): string | null {
  if (text.length > STEP_MAX) return `${text.length} characters`;
  if (text.indexOf('。') !== text.length - 1) return 'more than one sentence';
  if (/(?:ます|ません|です)）/.test(unquotedJa(text))) return 'a sentence in parentheses';
  return null;
}

/** Warnings (sign-outs, fakes, support never asking for the password, deletion) are never part of a step or a
 *  why line: they are said after the steps, as the first lines under the card's details, each beginning 「注：」. */
const NOTE = '注：';
const WARNING = /ログアウトされ|偽物(?!の出品)|詐欺|パスワードを尋ね|削除されることも/;

/** Hedges: 〜ようです, 〜可能性があります, 〜かもしれません (and their plain forms). The card's title and steps
 *  say what the page shows and what to do: never hedged. A why line hedges only where it guesses a cause the
 *  page does not state (a lock, a robot check, a stuck slider, a blank page, a suspected intruder): the cards
 *  below, no more than a third of the why lines; every other why line says what the page states, or what the
 *  site is documented to do, as a fact. A cause is already one possibility among several and does not hedge.
 *  (What only one source article says is 「…とされています」, a different thing: facts.test.ts.) */
const HEDGE = /ようです|ようだ|可能性があ|かもしれ/;
const GUESSES = new Set([
  'common/account-locked',
  'common/bot-check',
  'common/slider-stuck',
  'common/blank-login-page',
  'aliexpress/account-not-found',
  'aliexpress/account-locked',
  'amazon/account-locked',
  'amazon/bot-check',
  'amazon/blank-login-page',
  'amazon/suspicious-activity',
  'alibaba/account-locked',
  'alibaba/bot-check',
  'alibaba/slider-stuck',
  'alibaba/suspicious-activity',
]);
/** `tip <site>/<id> why` → `<site>/<id>` (a journey card's `<id>:<detail>` keeps its id). */
const whyOf = (where: string) => /^tip (\S+?)(?::\S+)? why$/.exec(where)?.[1] ?? null;

/** Chinese in a quoted label (characters Japanese does not write) is glossed in Japanese: 「登录」（ログイン）. */
const CHINESE = /[录码验证账记请让这们设页网输错误锁没贝买卖邮]/;

describe("Japanese as Amazon.co.jp's help writes it", () => {
  it('the glossary states the rules the test enforces', () => {
    for (const rule of ['SMSで', '会員ID', NOTE, `${STEP_MAX}文字`, 'ようです', 'ください']) expect(GLOSSARY, rule).toContain(rule);
  });

  it('no space between Japanese and Latin letters or digits (SMSで, 会員ID), outside a quoted label', () => {
    expect(JA.filter((t) => spaced(t.text)).map((t) => `${show(t)} → …${spaced(t.text)}…`)).toEqual([]);
  });

  it(`a step is one action: ≤ ${STEP_MAX} characters, one sentence, no second sentence in parentheses`, () => {
    expect(JA.filter((t) => t.kind === 'step' && stepProblem(t.text)).map((t) => `${show(t)} → ${stepProblem(t.text)}`)).toEqual([]);
  });

  it('warnings come after the steps, as 注： lines first under the details; never in a step, a title or a why line', () => {
    const inCard = JA.filter((t) => t.where.startsWith('tip ') && !/ link\[\d+\]$/.test(t.where));
    expect(inCard.filter((t) => !/ causes\[\d+\]$/.test(t.where) && (WARNING.test(unquotedJa(t.text)) || t.text.includes(NOTE))).map(show)).toEqual([]);
    expect(inCard.filter((t) => / causes\[\d+\]$/.test(t.where) && WARNING.test(unquotedJa(t.text)) && !t.text.startsWith(NOTE)).map(show)).toEqual([]);
    // 注 lines lead the details: no 注 after a cause that is not one.
    const late = inCard.filter((t) => {
      const m = / causes\[(\d+)\]$/.exec(t.where);
      if (!m || !t.text.startsWith(NOTE) || m[1] === '0') return false;
      const before = inCard.find((o) => o.where === t.where.replace(/\[\d+\]$/, `[${Number(m[1]) - 1}]`));
      return !before?.text.startsWith(NOTE);
    });
    expect(late.map(show)).toEqual([]);
  });

  it('hedges only in the why lines that guess a cause the page does not state; at most a third of them', () => {
    const whys = JA.filter((t) => whyOf(t.where));
    expect(JA.filter((t) => HEDGE.test(unquotedJa(t.text)) && !GUESSES.has(whyOf(t.where) ?? '')).map(show)).toEqual([]);
    for (const guess of GUESSES) expect(whys.some((t) => whyOf(t.where) === guess && HEDGE.test(t.text)), guess).toBe(true);
    expect(GUESSES.size).toBeLessThanOrEqual(Math.ceil(new Set(whys.map((t) => whyOf(t.where))).size / 3));
  });

  it('no label ending in ください: neither a page label we quote nor a button, link or heading of our own', () => {
    expect(JA.filter((t) => /ください」/.test(t.text)).map(show)).toEqual([]);
    expect(JA.filter((t) => !t.text.includes('。') && /ください$/.test(t.text.trim())).map(show)).toEqual([]);
  });

  it('a Chinese label is glossed in Japanese: 「登录」（ログイン）', () => {
    const bare = JA.filter((t) => [...t.text.matchAll(/「([^」]*)」(（[^）]*）)?/g)].some((m) => CHINESE.test(m[1]!) && !(m[2] && /[\u3040-\u30ff]/.test(m[2]))));
    expect(bare.map(show)).toEqual([]);
  });
});

describe('English texts keep to the glossary', () => {
  /** The product's name is a name, not our verb. */
  const ours = (text: string) => unquotedEn(text).replace(/Login Rescue/g, '');

  it.each(EN_TERMS.map((rule) => [rule.use, rule] as const))('"%s", not its variants', (_use, rule) => {
    expect(EN.filter((t) => rule.not.test(ours(t.text))).map(show)).toEqual([]);
  });

  it("each site's card says its own word for a stopped account (locked, on hold, frozen)", () => {
    expect(EN.filter((t) => t.site && SITE_WORDS[t.site].en.test(ours(t.text))).map(show)).toEqual([]);
  });

  it('no Japanese outside a quoted label (the 半角/全角 key excepted); no nested brackets', () => {
    expect(EN.filter((t) => JAPANESE.test(ours(t.text).replace('半角/全角', ''))).map(show)).toEqual([]);
    expect(EN.filter((t) => maxBracketDepth(t.text) > 1).map(show)).toEqual([]);
  });

  it('steps end with a full stop; causes and titles do not', () => {
    expect(EN.filter((t) => t.kind === 'step' && !/[.)]$/.test(t.text)).map(show)).toEqual([]);
    expect(EN.filter((t) => (t.kind === 'cause' || t.kind === 'title') && t.text.endsWith('.')).map(show)).toEqual([]);
  });
});
