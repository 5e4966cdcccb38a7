/**
 * A ready-to-send message for the marketplace's support, in the language of whoever answers it, filled with
 * what the page said (its own words), when, where, and what the user already tried. Pure.
 */
import { CHECKLISTS } from '../checklist/items';
import { FINDING_IDS, type Contact, type Finding, type FindingId, type SiteId } from '../findings';
import { maskPersonal } from '../mask';
import { contactFor, hostInDomain } from '../sites';

export type SupportLang = 'ja' | 'en' | 'zh';

/** What the user and the extension did and saw on the site, for "what I tried". */
export interface JourneyEvent {
  at: number;
  kind: 'seen' | 'reset' | 'reset-failed' | 'undo' | 'ticked';
  /** seen: a finding id; ticked: a checklist item id; reset / undo / reset-failed: the site id. */
  what: string;
}

export interface SupportContext {
  site: SiteId;
  findings: Finding[];
  /** Only origin and path are used (queries can carry tokens or an email). */
  pageUrl: string | null;
  at: Date;
  /** The user's IANA time zone (Intl.DateTimeFormat().resolvedOptions().timeZone). */
  timeZone: string;
  browser: string;
  tried: JourneyEvent[];
}

export interface SupportMessage {
  lang: SupportLang;
  text: string;
  /** The site's chat or contact page for this marketplace. */
  contact: Contact;
}

// ---- Who answers, and in which language ----


function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}

/** 1688 and its Taobao (and Tmall) sign-in are answered in Chinese. */
const CHINESE_SHOPS = ['1688.com', 'taobao.com', 'tmall.com'];

/**
 * The language of the help desk the message goes to (`contactFor`): AliExpress's chat answers in English
 * only. Amazon.co.jp in Japanese, Amazon's other marketplaces in English. 1688 / Taobao in Chinese.
 * Alibaba.com's Help Center is in English, its Japanese UI's too: the message is English there, the
 * language of the help page it links. Without a page, amazon.co.jp and Alibaba.com are assumed.
 */
function supportLang(site: SiteId, host: string | null): SupportLang {
  switch (site) {
    case 'aliexpress':
      return 'en';
    case 'amazon':
      return host === null || hostInDomain(host, 'amazon.co.jp') ? 'ja' : 'en';
    case 'alibaba':
      return host !== null && CHINESE_SHOPS.some((d) => hostInDomain(host, d)) ? 'zh' : 'en';
  }
}


// ---- Local time with its zone ----

interface LocalTime {
  year: number;
  month: number;
  day: number;
  hour: string;
  minute: string;
}

function validZone(timeZone: string): string {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone });
    return timeZone;
  } catch {
    return 'UTC';
  }
}

function localTime(at: Date | number, timeZone: string): LocalTime & { offsetMinutes: number } {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at);
  const n = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const ms = typeof at === 'number' ? at : at.getTime();
  const asUtc = Date.UTC(n('year'), n('month') - 1, n('day'), n('hour'), n('minute'), n('second'));
  const two = (v: number) => String(v).padStart(2, '0');
  return {
    year: n('year'),
    month: n('month'),
    day: n('day'),
    hour: two(n('hour')),
    minute: two(n('minute')),
    offsetMinutes: Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60000),
  };
}

/** UTC+9, UTC+5:30, UTC-5, UTC. */
function utcOffset(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const abs = Math.abs(minutes);
  return `UTC${minutes < 0 ? '-' : '+'}${Math.floor(abs / 60)}${abs % 60 ? `:${String(abs % 60).padStart(2, '0')}` : ''}`;
}

function zoneName(at: Date, timeZone: string, locale: string, style: 'short' | 'long'): string {
  return new Intl.DateTimeFormat(locale, { timeZone, timeZoneName: style }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? '';
}

/** The zone's usual abbreviation (JST, CET, EST), where one exists in English or Japanese use. */
function zoneAbbreviation(at: Date, timeZone: string): string | null {
  for (const locale of ['en-US', 'en-GB', 'ja']) {
    const name = zoneName(at, timeZone, locale, 'short');
    if (/^[A-Z]{2,5}$/.test(name)) return name;
  }
  return null;
}

const TOKYO = new Set(['Asia/Tokyo', 'Japan']);

/** The time line: local date and time, then the zone in the reader's language. */
function timeLine(lang: SupportLang, at: Date, zone: string): string {
  const t = localTime(at, zone);
  const offset = utcOffset(t.offsetMinutes);
  const clock = `${t.hour}:${t.minute}`;
  if (lang === 'en') {
    const abbr = zoneAbbreviation(at, zone);
    const label = !abbr ? offset : abbr === 'UTC' || (abbr === 'GMT' && t.offsetMinutes === 0) ? abbr : `${abbr} (${offset})`;
    return `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')} ${clock} ${label}`;
  }
  const long = zoneName(at, zone, lang === 'ja' ? 'ja' : 'zh-CN', 'long');
  const named = long && !/^(GMT|UTC)/.test(long);
  const label =
    lang === 'ja'
      ? TOKYO.has(zone) ? '日本時間' : named ? `${long}、${offset}` : offset
      : TOKYO.has(zone) ? `日本时间，${offset}` : named ? `${long}，${offset}` : offset;
  return `${t.year}年${t.month}月${t.day}日 ${clock}（${label}）`;
}

/** An event's time: the clock alone on the message's day, with the date otherwise. */
function eventTime(lang: SupportLang, at: number, day: LocalTime, zone: string): string {
  const t = localTime(at, zone);
  const clock = `${t.hour}:${t.minute}`;
  if (t.year === day.year && t.month === day.month && t.day === day.day) return clock;
  return lang === 'en' ? `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')} ${clock}` : `${t.month}月${t.day}日 ${clock}`;
}

// ---- What the page said ----

/** Findings whose evidence is never the page's words (keyboard state, a field, a path, a version). */
const NOT_PAGE_WORDS = new Set<FindingId>(['caps-lock-on', 'num-lock-off', 'full-width-input', 'blank-login-page', 'account-retrieval', 'outdated-browser']);

/** The page's own words in a finding's evidence, or null when it is a selector, a path, a code or a name. */
export function pageWords(finding: Finding): string | null {
  if (NOT_PAGE_WORDS.has(finding.id)) return null;
  const text = finding.evidence.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  if (text.startsWith('/')) return null; // a URL path
  if (/^[a-z0-9]+(-[a-z0-9]+)+$/.test(text)) return null; // an element's internal name (amazon-otp-form)
  if (/^(CapsLock|NumLock)$|^slide failed \d+ times$|^one-time code field$/.test(text)) return null;
  if (/[{}]|^[a-z][\w-]*(#[\w-]+|\.[\w-]+|\[[^\]]*\])+$/i.test(text) || /^[#.[][\w-]/.test(text)) return null; // CSS
  return text;
}


const JAPANESE_KANA = /[\u3040-\u30ff]/;

// ---- Situation names: what the extension makes of a finding, in the reader's language ----

type Names = Record<FindingId, string>;

export const SITUATION: Record<SupportLang, Names> = {
  en: {
    'wrong-password': 'Wrong password',
    'account-not-found': 'Account not found',
    'field-error': 'Error on a sign-in field',
    'email-already-registered': 'Email already registered',
    'account-locked': 'Account locked or restricted',
    'bot-check': 'Robot check',
    'slider-stuck': 'The slider check fails',
    'verification-code': 'Verification code requested',
    'caps-lock-on': 'Caps Lock was on while I typed',
    'num-lock-off': 'Num Lock was off while I typed',
    'full-width-input': 'Full-width (Japanese input) characters in a sign-in field',
    'blank-login-page': 'The sign-in page stays blank',
    'password-reset': 'Password reset',
    'account-retrieval': 'Account retrieval',
    'suspicious-activity': 'Sign-in stopped for unusual activity',
    'email-unverified': 'Email address not verified',
    'outdated-browser': 'My browser is out of date',
    'page-error': 'The page shows an error',
  },
  ja: {
    'wrong-password': 'パスワードの誤り',
    'account-not-found': 'アカウントが見つからない',
    'field-error': '入力欄のエラー',
    'email-already-registered': 'メールアドレスが登録済み',
    'account-locked': 'アカウントのロック・制限',
    'bot-check': 'ロボット確認',
    'slider-stuck': 'スライド認証が進まない',
    'verification-code': '確認コードの入力を求められる',
    'caps-lock-on': '入力時にCaps Lockがオン',
    'num-lock-off': '入力時にNum Lockがオフ',
    'full-width-input': 'ログインの入力欄に全角文字が含まれている',
    'blank-login-page': 'ログイン画面が真っ白のまま',
    'password-reset': 'パスワードの再設定',
    'account-retrieval': 'アカウント照会',
    'suspicious-activity': '不審なアクセスとしてログインを止められた',
    'email-unverified': 'メールアドレスが未確認',
    'outdated-browser': 'ブラウザーが古い',
    'page-error': 'ページにエラーが表示される',
  },
  zh: {
    'wrong-password': '密码错误',
    'account-not-found': '找不到账号',
    'field-error': '输入框报错',
    'email-already-registered': '邮箱已被注册',
    'account-locked': '账号被锁定或限制',
    'bot-check': '人机验证（验证码）',
    'slider-stuck': '滑块验证一直通不过',
    'verification-code': '要求输入验证码',
    'caps-lock-on': '输入时大写锁定（Caps Lock）是开着的',
    'num-lock-off': '输入时数字锁定（Num Lock）没开',
    'full-width-input': '登录框里输入了全角字符',
    'blank-login-page': '登录页面一直空白',
    'password-reset': '正在找回密码',
    'account-retrieval': '正在找回账号',
    'suspicious-activity': '因异常登录被拦截',
    'email-unverified': '邮箱未验证',
    'outdated-browser': '浏览器版本过旧',
    'page-error': '页面显示错误信息',
  },
};

/** Where a site names the situation its own way (AliExpress locks an account for a while; Amazon puts it on
 *  hold; Alibaba freezes it). */
export const SITE_SITUATION: Partial<Record<SiteId, Partial<Record<SupportLang, Partial<Names>>>>> = {
  aliexpress: { ja: { 'account-locked': 'アカウントの一時的なロック' }, en: { 'account-locked': 'Account temporarily locked' }, zh: { 'account-locked': '账号被暂时锁定' } },
  amazon: { ja: { 'account-locked': 'アカウントの保留・ロック' }, en: { 'account-locked': 'Account on hold or locked' }, zh: { 'account-locked': '账号被暂停或锁定' } },
  alibaba: { ja: { 'account-locked': 'アカウントの凍結・制限' }, en: { 'account-locked': 'Account frozen or restricted' }, zh: { 'account-locked': '账号被冻结或限制' } },
};

/** The keyboard and input state while typing: context for support, never the problem. */
const WHILE_TYPING: Record<SupportLang, Partial<Names>> = {
  en: {
    'caps-lock-on': 'While typing, Caps Lock was on',
    'num-lock-off': 'While typing on the number keypad, Num Lock was off',
    'full-width-input': 'While typing, Japanese (full-width) input was on in a sign-in field',
  },
  ja: {
    'caps-lock-on': '入力中、Caps Lockがオンになっていました',
    'num-lock-off': 'テンキーで入力中、Num Lockがオフになっていました',
    'full-width-input': '入力中、ログインの入力欄で日本語入力（全角）がオンになっていました',
  },
  zh: {
    'caps-lock-on': '输入时大写锁定（Caps Lock）是开着的',
    'num-lock-off': '用小键盘输入时数字锁定（Num Lock）没有打开',
    'full-width-input': '输入时登录框里开着日文输入法（全角）',
  },
};
const whileTyping = (id: FindingId, lang: SupportLang): string | null => WHILE_TYPING[lang][id] ?? null;

/** A code the site rejected (an error, not just asked for). */
export const CODE_REJECTED: Record<SupportLang, string> = { en: 'Verification code not accepted', ja: '確認コードが通らない', zh: '验证码无法通过' };

function situationName(site: SiteId, id: FindingId, lang: SupportLang): string {
  return SITE_SITUATION[site]?.[lang]?.[id] ?? SITUATION[lang][id];
}

function situationOf(site: SiteId, finding: Finding, lang: SupportLang): string {
  return finding.id === 'verification-code' && finding.severity === 'error' ? CODE_REJECTED[lang] : situationName(site, finding.id, lang);
}

// ---- What the user checked, as support reads it ----

/**
 * Each checklist item as what was looked at, not as a conclusion ("No signs of account takeover" beside a
 * quoted lock would read as a contradiction): said after 「…を確認しました」 / "I checked …" / 「已确认…」.
 */
export const CHECKED: Record<string, Record<SupportLang, string>> = {
  'caps-lock': { ja: 'Caps Lockがオフであること', en: 'that Caps Lock is off', zh: '大写锁定（Caps Lock）已关闭' },
  'num-lock': { ja: 'テンキーを使う場合にNum Lockがオンであること', en: 'that Num Lock is on for the number keypad', zh: '使用小键盘时数字锁定（Num Lock）已打开' },
  'full-width': { ja: '半角英数字で入力していること', en: 'that I type in half-width characters (Japanese input off)', zh: '输入时已切换为半角（关闭日文输入法）' },
  'cookies-enabled': { ja: 'ブラウザーでCookieが有効であること', en: 'that cookies are enabled in my browser', zh: '浏览器已允许 Cookie' },
  'sign-in-method': { ja: '登録したときと同じ方法・メールアドレスでログインしていること', en: 'that I sign in the same way, with the same email, as when I signed up', zh: '登录方式和邮箱与注册时相同' },
  'right-email': { ja: '登録したメールアドレスで入力していること', en: 'that I enter the email address I registered', zh: '输入的是注册时的邮箱' },
  'right-account': { ja: '登録したサイトでログインしていること', en: 'that I sign in on the site where I registered', zh: '是在注册的网站上登录' },
  'lock-notice': { ja: 'ページにロックや保留などの通知が出ているかどうか', en: 'the page for a lock, hold or restriction notice', zh: '页面上是否有冻结或限制的提示' },
  'site-data': { ja: 'このサイトの古いCookieやデータが残っていないこと', en: "that no old cookies or data of this site are left", zh: '本站没有残留的旧 Cookie 和网站数据' },
  'browser-version': { ja: 'ブラウザーが最新版であること', en: 'that my browser is up to date', zh: '浏览器是最新版本' },
  'email-verified': { ja: 'メールアドレスの確認が済んでいるかどうか', en: 'whether my email address is verified', zh: '邮箱是否已验证' },
  'takeover-signs': { ja: '覚えのないログインや端末の登録がないかどうか', en: 'for sign-ins or added devices I do not recognise', zh: '是否有陌生的登录或设备' },
  'freeze-evidence': { ja: '解除の依頼に必要な資料（取引の記録など）がそろっていること', en: 'that I have the records to ask for the account back ready (orders, screenshots)', zh: '申请解冻所需的材料（交易记录等）已准备好' },
};

/** Items that are an action rather than a state: said as what was done (as tried: a ticked item does not say that it worked). */
export const DONE: Record<string, Record<SupportLang, string>> = {
  'password-reset': { ja: 'パスワードの再設定を試しました', en: 'Tried to reset my password', zh: '尝试过重置密码' },
  'device-network': { ja: 'ふだん使っている端末と回線で、VPNを使わずに試しました', en: 'Tried on my usual device and network, without a VPN', zh: '用平时的设备和网络试过，没开 VPN' },
};

function checklistLine(site: SiteId, id: string, lang: SupportLang, t: Texts): string | null {
  const done = DONE[id];
  if (done) return done[lang];
  const item = CHECKLISTS[site].find((i) => i.id === id);
  if (!item) return null;
  return t.ticked(CHECKED[id]?.[lang] ?? (lang === 'zh' ? item.en.label : item[lang].label));
}

// ---- The message's wording ----

export interface Texts {
  opening: string[];
  situations: string;
  /** The page's own words, quoted as they were; `kana`: the quote is Japanese in a message that is not. */
  pageSaid: (words: string, kana: boolean) => string;
  nothingShown: string;
  field: (name: 'time' | 'page' | 'browser' | 'account' | 'order', value: string) => string;
  /** The account slot where a site names it its own way (Amazon: the email address or mobile number). */
  accountOn: Partial<Record<SiteId, string>>;
  /** A field with its own label. */
  line: (label: string, value: string) => string;
  fill: string;
  email: string;
  tried: string;
  ticked: (label: string) => string;
  event: { reset: string; 'reset-failed': string; undo: string };
  seen: (situation: string) => string;
  triedLine: (time: string, what: string) => string;
  bullet: string;
  indent: string;
  closing: string[];
}

export const TEXTS: Record<SupportLang, Texts> = {
  ja: {
    opening: ['お世話になっております。', 'アカウントにログインできません。状況は次のとおりです。'],
    situations: '【状況】',
    pageSaid: (words) => `画面の表示：「${words}」`,
    nothingShown: '特定のエラーは表示されていません',
    field: (name, value) =>
      `【${{ time: '日時', page: 'ページ', browser: 'ブラウザー', account: '登録メールアドレスまたはアカウントID', order: '最近の注文番号' }[name]}】${value}`,
    fill: '[ここに記入]',
    email: '[メールアドレス]',
    tried: '【これまでの経過】',
    accountOn: { amazon: 'アカウントのメールアドレスまたは携帯電話番号' },
    line: (label, value) => `【${label}】${value}`,
    ticked: (what) => `${what}を確認しました`,
    event: {
      reset: 'このサイトのCookieと保存データを削除しました',
      'reset-failed': 'このサイトのCookieと保存データの削除を試みましたが、完了しませんでした',
      undo: '削除したCookieを元に戻しました',
    },
    seen: (situation) => `状況：${situation}`,
    triedLine: (time, what) => `${time}　${what}`,
    bullet: '・',
    indent: '　',
    closing: ['お手数をおかけしますが、ログインできるようご確認をお願いいたします。', 'よろしくお願いいたします。'],
  },
  en: {
    opening: ['Hello,', '', 'I cannot sign in to my account and need your help.'],
    situations: 'What happens:',
    pageSaid: (words, kana) => `The page said${kana ? ' (in Japanese)' : ''}: "${words}"`,
    nothingShown: 'No specific error message is shown',
    field: (name, value) =>
      `${{ time: 'Time', page: 'Page', browser: 'Browser', account: 'Account email or ID', order: 'A recent order number' }[name]}: ${value}`,
    fill: '[fill in]',
    email: '[email]',
    tried: 'What has happened so far:',
    accountOn: { amazon: "The account's email address or mobile number" },
    line: (label, value) => `${label}: ${value}`,
    ticked: (what) => `I checked ${what}`,
    event: {
      reset: "Removed this site's cookies and stored data",
      'reset-failed': "Tried to remove this site's cookies and stored data, but it did not complete",
      undo: 'Restored the cookies I had removed',
    },
    seen: (situation) => `Problem: ${situation}`,
    triedLine: (time, what) => `${time} ${what}`,
    bullet: '- ',
    indent: '  ',
    closing: ['Could you please check my account so that I can sign in again?', 'Thank you.'],
  },
  zh: {
    opening: ['您好，我的账号登录不上，麻烦帮忙看一下。具体情况如下：'],
    situations: '【遇到的问题】',
    pageSaid: (words) => `页面提示：“${words}”`,
    nothingShown: '页面没有显示具体的错误提示',
    field: (name, value) =>
      `【${{ time: '时间', page: '页面', browser: '浏览器', account: '账号（会员名或手机号）', order: '最近的订单号' }[name]}】${value}`,
    fill: '[请填写]',
    email: '[邮箱]',
    tried: '【处理经过】',
    accountOn: { amazon: '账号的邮箱或手机号' },
    line: (label, value) => `【${label}】${value}`,
    ticked: (what) => `已确认${what}`,
    event: {
      reset: '清除了本站的 Cookie 和网站数据',
      'reset-failed': '尝试清除本站的 Cookie 和网站数据，但没有成功',
      undo: '恢复了之前清除的 Cookie',
    },
    seen: (situation) => `出现问题：${situation}`,
    triedLine: (time, what) => `${time} ${what}`,
    bullet: '· ',
    indent: '  ',
    closing: ['麻烦帮忙查一下账号是什么情况，怎样才能恢复正常登录，谢谢！'],
  },
};

// ---- Building the message ----

/** Origin and path only; a path that carries an address loses it. */
function pageOf(url: string | null): string {
  if (!url) return '-';
  try {
    const u = new URL(url);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return '-';
    return /@|%40/i.test(u.pathname) ? `${u.origin}/` : `${u.origin}${u.pathname}`;
  } catch {
    return '-';
  }
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

function situationLines(site: SiteId, findings: Finding[], lang: SupportLang, t: Texts): string[] {
  const groups = new Map<string, Set<string>>();
  const context = new Set<string>();
  for (const f of findings) {
    const typing = whileTyping(f.id, lang);
    if (typing) {
      context.add(typing);
      continue;
    }
    const name = situationOf(site, f, lang);
    // The user's email (or a masked one) never leaves in a quote, and no phone or other long number either:
    // found on the NFKC-folded text (full-width, dotted, spaced); the rest keeps the page's own words.
    const said = pageWords(f);
    const words = said === null ? null : maskPersonal(said, () => t.email);
    const group = groups.get(name) ?? new Set<string>();
    if (words) group.add(words);
    groups.set(name, group);
  }
  // What the page said first; the keyboard state after it, as context.
  const said = groups.size === 0
    ? [`${t.bullet}${t.nothingShown}`]
    : [...groups].flatMap(([name, words]) => [
        `${t.bullet}${name}`,
        ...[...words].map((w) => `${t.indent}${t.pageSaid(w, lang !== 'ja' && JAPANESE_KANA.test(w))}`),
      ]);
  return [...said, ...[...context].map((c) => `${t.bullet}${c}`)];
}

function triedLines(context: SupportContext, lang: SupportLang, zone: string, t: Texts): string[] {
  // A repeat counts once, at its latest time (a reset, undone, then done again, ends as a reset).
  const latest = new Map<string, JourneyEvent>();
  for (const e of context.tried) {
    const key = `${e.kind}\u0000${e.what}`;
    if (!latest.has(key) || latest.get(key)!.at <= e.at) latest.set(key, e);
  }
  const day = localTime(context.at, zone);
  // The keyboard's state already said beside the page's words is not said again as something tried.
  const said = new Set(context.findings.map((f) => f.id));
  const lines = [...latest.values()]
    .filter((e) => Number.isFinite(e.at))
    .filter((e) => !(e.kind === 'seen' && said.has(e.what as FindingId) && whileTyping(e.what as FindingId, lang)))
    .sort((a, b) => a.at - b.at)
    .flatMap((e) => {
      const what =
        e.kind === 'ticked'
          ? checklistLine(context.site, e.what, lang, t)
          : e.kind === 'seen'
            ? (FINDING_IDS as readonly string[]).includes(e.what)
              ? whileTyping(e.what as FindingId, lang) ?? t.seen(situationName(context.site, e.what as FindingId, lang))
              : null
            : t.event[e.kind];
      return what ? [`${t.bullet}${t.triedLine(eventTime(lang, e.at, day, zone), what)}`] : [];
    });
  return lines.length ? lines : [`${t.bullet}${t.fill}`];
}

export function supportMessage(context: SupportContext): SupportMessage {
  const host = hostOf(context.pageUrl);
  const lang = supportLang(context.site, host);
  const t = TEXTS[lang];
  const zone = validZone(context.timeZone);
  const text = [
    ...t.opening,
    '',
    t.situations,
    ...situationLines(context.site, context.findings, lang, t),
    '',
    t.field('time', timeLine(lang, context.at, zone)),
    t.field('page', pageOf(context.pageUrl)),
    t.field('browser', oneLine(context.browser) || '-'),
    t.accountOn[context.site] ? t.line(t.accountOn[context.site]!, t.fill) : t.field('account', t.fill),
    t.field('order', t.fill),
    '',
    t.tried,
    ...triedLines(context, lang, zone, t),
    '',
    ...t.closing,
  ].join('\n');
  return { lang, text, contact: contactFor(context.site, hostOf(context.pageUrl), lang) };
}
