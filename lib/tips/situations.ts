/**
 * Issue 19: a card for the step of the journey the page is at (a finding's `detail`, design §2), and the one
 * button per situation that does the fix (`Tip.primary`).
 *
 * The id tables (ja.ts, en.ts) hold each id's card; for `verification-code` and `account-locked` that card is
 * the journey's first step (a code asked for, a lock the user can lift: DEFAULT_DETAIL). The other steps have
 * their own cards here, per language, with a site's own where its facts differ. Lookup: the site's card for
 * (id, detail), the id's site card where the detail is the id's first step, the common card for (id, detail),
 * then the id's cards as before.
 */
import type { Contact, FindingDetail, FindingId, Lang, PrimaryAction, SiteId, Step, Tip } from '../findings';
import { amazonMarketplace, contactFor, hostInDomain } from '../sites';
import { en } from './en';
import { ja } from './ja';

type DetailKey =
  | 'verification-code:wrong'
  | 'verification-code:expired'
  | 'verification-code:send-limit'
  | 'verification-code:try-limit'
  | 'account-locked:restricted';

/** The step each id's own card is for: its tables' card is this step's. */
export const DEFAULT_DETAIL: Partial<Record<FindingId, FindingDetail>> = { 'verification-code': 'asked', 'account-locked': 'locked' };

export interface DetailTable {
  common: Record<DetailKey, Tip>;
  bySite: Record<SiteId, Partial<Record<DetailKey | 'verification-code:asked' | 'account-locked:locked', Tip>>>;
}

const NEVER_ASKS_JA = 'サポートがパスワードを尋ねることはない';
const NEVER_ASKS_EN = 'support will never ask for your password';

export const DETAIL_JA: DetailTable = {
  common: {
    'verification-code:wrong': {
      title: '確認コードが正しくありません',
      why: '入力した確認コードが、いちばん新しく届いたものと一致しません。',
      steps: [
        { text: 'いちばん新しく届いた確認コードと、入力した数字を1桁ずつ見比べます。' },
        { text: '入力欄の数字を消して、半角数字で入力し直します。' },
        { text: '新しい確認コードが必要な場合は、%sを押します。', control: { kind: 'resend-code' }, otherwise: 'メールとSMSに、もっと新しい確認コードが届いていないか確かめます。' },
      ],
      causes: ['前に届いた古い確認コードを入力している', '全角の数字が混ざっている', '確認コードの有効期限が切れている'],
    },
    'verification-code:expired': {
      title: '確認コードの期限が切れています',
      why: '確認コードには有効期限があり、時間がたったコードは使えません。',
      steps: [
        { text: '%sを押して、新しい確認コードを受け取ります。', control: { kind: 'resend-code' }, otherwise: '画面の案内に従って、新しい確認コードの送信を依頼します。' },
        { text: 'いちばん新しく届いた確認コードを、すぐに入力します。' },
      ],
      causes: ['確認コードが届いてから、入力するまでに時間がたった', '前に届いた古い確認コードを入力している'],
    },
    'verification-code:send-limit': {
      title: '確認コードの送信回数が上限に達しました',
      why: '短時間に何度も送信を依頼したため、しばらく確認コードは送られません。',
      steps: [
        { text: '再送信のボタンは押さずに、時間をおきます。' },
        { text: '待つあいだに、迷惑メールフォルダーとSMSの受信拒否の設定を確かめます。' },
        { text: '画面に書かれた時間がたってから、もう一度ログインします。' },
      ],
      causes: ['確認コードが届かないため、再送信を何度も依頼した', '送信を依頼できる回数には、1日あたりの上限がある'],
    },
    'verification-code:try-limit': {
      title: '確認コードの入力回数が上限に達しました',
      why: '間違った確認コードを何度も入力したため、いまは確認を続けられません。',
      steps: [
        { text: '画面に書かれた時間がたつまで待ちます。' },
        { text: '時間がたってから、新しい確認コードの送信を依頼します。' },
        { text: 'いちばん新しく届いた確認コードを、半角数字で入力します。' },
      ],
      causes: ['時間が書かれていない場合は、しばらくおいてから試す', '前に届いた古い確認コードを入力していた', '全角の数字が混ざっていた'],
    },
    'account-locked:restricted': {
      title: 'アカウントの利用が制限されています',
      why: 'この制限は、サイトのサポートでなければ解除できません。',
      steps: [
        { text: '%sを押して、サポートに問い合わせます。', control: { kind: 'contact-support' }, otherwise: 'このヒントのボタンから、サイトの問い合わせページを開きます。' },
        { text: 'アカウントのメールアドレスと、画面に表示された文言を伝えます。' },
        { text: 'サポートから返事が届くまで、新しいアカウントは作らずに待ちます。' },
      ],
      causes: [`注：制限を知らせるメールやSMSには偽物もある。${NEVER_ASKS_JA}`, '規約に反すると判断された取引や操作があった', '支払いに問題があった'],
      sitePageIsSupport: true,
    },
  },
  bySite: {
    aliexpress: {},
    amazon: {},
    // Alibaba.com, 1688 and Taobao: a frozen account is for support only, whichever way the page says it.
    alibaba: { 'account-locked:restricted': ja.bySite.alibaba['account-locked']! },
  },
};

export const DETAIL_EN: DetailTable = {
  common: {
    'verification-code:wrong': {
      title: 'The verification code is not right',
      why: 'The code you entered does not match the newest one you received.',
      steps: [
        { text: 'Compare the newest code you received with what you entered, digit by digit.' },
        { text: 'Clear the field and enter the code again in half-width digits.' },
        { text: 'If you need a new code, press %s.', control: { kind: 'resend-code' }, otherwise: 'Check your email and text messages for a newer code.' },
      ],
      causes: ['An older code was entered', 'Full-width digits slipped in', 'The code has expired'],
    },
    'verification-code:expired': {
      title: 'The verification code has expired',
      why: 'Codes are valid for a short time only, and this one is too old.',
      steps: [
        { text: 'Press %s to get a new code.', control: { kind: 'resend-code' }, otherwise: 'Ask for a new code as the page says.' },
        { text: 'Enter the newest code as soon as it arrives.' },
      ],
      causes: ['Too much time passed between receiving the code and entering it', 'An older code was entered'],
    },
    'verification-code:send-limit': {
      title: 'Too many codes were sent',
      why: 'You asked for codes too often, so no more are sent for a while.',
      steps: [
        { text: 'Do not press resend: wait instead.' },
        { text: 'While you wait, check your spam folder and whether your phone blocks text messages.' },
        { text: 'Once the time the page gives has passed, sign in again.' },
      ],
      causes: ['Codes did not arrive, so new ones were asked for again and again', 'Sites limit how many codes can be sent in a day'],
    },
    'verification-code:try-limit': {
      title: 'Too many wrong codes',
      why: 'A wrong code was entered too many times, so the check is stopped for now.',
      steps: [
        { text: 'Wait for a while; if the page says how long, wait that long.' },
        { text: 'After that, get a new code.' },
        { text: 'Enter the newest code you received in half-width digits.' },
      ],
      causes: ['An older code was entered', 'Full-width digits slipped in'],
    },
    'account-locked:restricted': {
      title: 'Your account is restricted',
      why: "Only the site's customer service can lift this restriction.",
      steps: [
        { text: 'Press %s to contact customer service.', control: { kind: 'contact-support' }, otherwise: "Open the site's contact page with the button here." },
        { text: "Give your account's email address and the words the page shows." },
        { text: 'Wait for their answer; do not make a new account meanwhile.' },
      ],
      causes: ['A transaction or action was judged against the terms', 'A payment problem', `Notices of a restriction by email or text message can be fake; ${NEVER_ASKS_EN}`],
      sitePageIsSupport: true,
    },
  },
  bySite: {
    aliexpress: {},
    amazon: {},
    alibaba: { 'account-locked:restricted': en.bySite.alibaba['account-locked']! },
  },
};

const DETAIL_TABLES: Record<Lang, DetailTable> = { ja: DETAIL_JA, en: DETAIL_EN };

/** The card for (site, id, detail), in the order the header says. */
export function detailTip(site: SiteId, id: FindingId, lang: Lang, detail: FindingDetail | undefined): Tip | undefined {
  if (!detail) return undefined;
  const table = DETAIL_TABLES[lang];
  const key = `${id}:${detail}` as DetailKey;
  const bySite = table.bySite[site] as Record<string, Tip | undefined>;
  if (bySite[key]) return bySite[key];
  if (DEFAULT_DETAIL[id] === detail) return undefined;
  return table.common[key];
}

// ---- Amazon.co.jp's hold (review 20, M10) ----

/** account-status.amazon.com rests on a bot runbook for amazon.com only (README, Links and their sources): on
 *  amazon.co.jp it is not confirmed to lift a hold. There the hold card's button is the marketplace's contact
 *  page, its steps say so, and account-status stays beside it, labelled as what it is. Other marketplaces
 *  keep the card of the tables (account-status first). */
export const CO_JP_HOLD_STEPS: Record<Lang, Step[]> = {
  ja: [
    { text: '画面に表示された保留やロックの通知で、求められている手続きを確かめます。' },
    { text: '画面の案内に従って、支払い方法の確認などの手続きを進めます。' },
    { text: '手続きできない場合は、このヒントの「Amazon.co.jpカスタマーサービス」を押します。' },
  ],
  en: [
    { text: 'Read the hold or lock notice on the page for what Amazon asks you to do.' },
    { text: 'Follow the page to complete the steps, such as verifying your payment method.' },
    { text: 'If you cannot, press “Amazon.co.jp Customer Service” here.' },
  ],
};

/** The hold card as said on amazon.co.jp (undefined elsewhere, and for a restriction only support can lift). */
export function holdOnCoJp(site: SiteId, id: FindingId, detail: FindingDetail | undefined, host: string | null, lang: Lang, tip: Tip): Pick<Tip, 'steps' | 'sitePage' | 'contacts'> | undefined {
  if (site !== 'amazon' || id !== 'account-locked' || detail === 'restricted') return undefined;
  if ((amazonMarketplace(host) ?? 'amazon.co.jp') !== 'amazon.co.jp') return undefined;
  const contact = contactFor('amazon', host, lang);
  const beside = [...(tip.sitePage ? [tip.sitePage] : []), ...(tip.contacts ?? [])].filter((c) => c.href !== contact.href);
  return { steps: CO_JP_HOLD_STEPS[lang], sitePage: contact, contacts: beside };
}

// ---- The one press that does the fix ----

/** Per situation (id, or id:detail): the card's primary button. Without one, the site's page for the
 *  situation is primary where the card has it. */
const PRIMARY: Partial<Record<FindingId | `${FindingId}:${FindingDetail}`, PrimaryAction>> = {
  'wrong-password': { do: 'site-page', ownLink: 'forgot-password' },
  'account-locked': { do: 'press', control: 'verify-identity' },
  'account-locked:restricted': { do: 'press', control: 'contact-support' },
  'verification-code:expired': { do: 'press', control: 'resend-code' },
  'slider-stuck': { do: 'reset' },
  'blank-login-page': { do: 'reset' },
  'full-width-input': { do: 'fix-width' },
};
/** A situation back in the tab (the tab showed it, stopped showing it once the user passed or tried it or
 *  the page was loaded again, and shows it again: lib/background/tab-findings.ts) whose fix is another then:
 *  its primary, and the card's title and line that say it loops. A robot check that loops on Alibaba's and
 *  AliExpress's punish pages is ended by the site's data; the first one is answered by completing it (the
 *  card's steps, no button), and Amazon's image check by typing the characters (never a reset). A check
 *  whose slider says it failed is slider-stuck's card (its reset), not this one. */
const LOOPING_CHECK = {
  primary: { do: 'reset' },
  words: {
    // Its own steps: the first check's say to complete it and, if it comes back, to wait; this is the check back.
    ja: {
      title: 'ロボット確認が何度も表示されます',
      why: '確認を済ませても同じ確認に戻される場合は、このブラウザーに保存されたサイトのデータが原因のことがあります。',
      steps: [
        { text: 'このヒントの「このサイトのデータをリセット」を押します。' },
        { text: 'ページを再読み込みして、確認をもう一度済ませます。' },
        { text: 'それでも戻される場合は、VPNやプロキシをオフにして試します。' },
      ],
    },
    en: {
      title: 'The robot check keeps coming back',
      why: "When the same check comes back after you pass it, the site's data saved in this browser is often the cause.",
      steps: [
        { text: 'Press “Reset this site\'s data” here.' },
        { text: 'Reload the page and complete the check once more.' },
        { text: 'If it still comes back, turn off any VPN or proxy and try again.' },
      ],
    },
  },
} as const satisfies { primary: PrimaryAction; words: Record<Lang, Pick<Tip, 'title' | 'why' | 'steps'>> };
const WHEN_BACK: Partial<Record<SiteId, Partial<Record<FindingId, typeof LOOPING_CHECK>>>> = {
  aliexpress: { 'bot-check': LOOPING_CHECK },
  alibaba: { 'bot-check': LOOPING_CHECK },
};

/** Where the loop's fix is the reset, the sign-out it causes, as the first line of the details (what the
 *  reset's consequences say: lib/reset-consequences.ts; Alibaba's reset covers 1688 and Taobao too). */
const RESET_SIGNS_OUT: Partial<Record<SiteId, Record<Lang, string>>> = {
  aliexpress: { ja: '注：リセットすると、AliExpressからログアウトされる', en: 'Note: resetting signs you out of AliExpress' },
  alibaba: { ja: '注：リセットすると、Alibaba.com・1688・Taobaoからログアウトされる', en: 'Note: resetting signs you out of Alibaba.com, 1688 and Taobao' },
};

/** The card's words for a situation back in the tab (`back`) where its fix is another then: it says it
 *  loops, and its details begin with the reset's sign-out. Undefined where nothing changes. */
export function backWords(site: SiteId, id: FindingId, lang: Lang, back: boolean): Pick<Tip, 'title' | 'why' | 'steps' | 'causes'> | undefined {
  const loop = back ? WHEN_BACK[site]?.[id] : undefined;
  if (!loop) return undefined;
  const table = lang === 'ja' ? ja : en;
  const base = table.bySite[site][id] ?? table.common[id];
  const note = loop.primary.do === 'reset' ? RESET_SIGNS_OUT[site]?.[lang] : undefined;
  return { ...loop.words[lang], causes: [...(note ? [note] : []), ...base.causes] };
}

/** `back`: the situation is back in the tab (see WHEN_BACK). */
export function primaryFor(site: SiteId, id: FindingId, detail: FindingDetail | undefined, tip: Tip, back = false): PrimaryAction | undefined {
  // A frozen Alibaba account is for support whatever the page says (its own card).
  if (site === 'alibaba' && id === 'account-locked') return { do: 'press', control: 'contact-support' };
  // Amazon's hold: the card's site page (account-status.amazon.com; on amazon.co.jp the contact page: holdOnCoJp).
  if (site === 'amazon' && id === 'account-locked' && detail !== 'restricted') return { do: 'site-page' };
  const chosen = (detail && PRIMARY[`${id}:${detail}`]) || (back && WHEN_BACK[site]?.[id]?.primary) || PRIMARY[id];
  if (chosen) return chosen;
  return tip.sitePage || tip.sitePageIsSupport ? { do: 'site-page' } : undefined;
}

/** The password reset page of the tab's marketplace, where the card goes without the page's own link (the
 *  page's own forgot-password link is used first: it carries the sign-in's own parameters). Sources:
 *  AliExpress's sign-in page links passport.aliexpress.com/ac/password_reset.htm (fromSite=13, the
 *  language); Amazon's forgot-password page is /ap/forgotpassword on each marketplace (its sign-in pages,
 *  tests/fixtures/amazon-real); Alibaba.com's is accounts.alibaba.com's forget_password_input_email.htm.
 *  1688 and Taobao: none confirmed, so only the page's own link. */
export function passwordResetPage(site: SiteId, host: string | null, lang: Lang): Contact | null {
  const label = { ja: (name: string) => `${name}のパスワードの再設定`, en: (name: string) => `Reset your ${name} password` }[lang];
  switch (site) {
    case 'aliexpress':
      return { label: label('AliExpress'), href: `https://passport.aliexpress.com/ac/password_reset.htm?fromSite=13&lang=${lang === 'ja' ? 'ja_JP' : 'en_US'}` };
    case 'amazon': {
      const domain = amazonMarketplace(host) ?? 'amazon.co.jp';
      return { label: label(`Amazon${domain.slice('amazon'.length)}`), href: `https://www.${domain}/ap/forgotpassword` };
    }
    case 'alibaba':
      if (host !== null && (hostInDomain(host, '1688.com') || hostInDomain(host, 'taobao.com'))) return null;
      return { label: label('Alibaba.com'), href: 'https://accounts.alibaba.com/user/company/forget_password_input_email.htm' };
  }
}

