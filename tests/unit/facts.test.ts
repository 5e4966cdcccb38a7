/**
 * Every fact of the knowledge base (/work/shared/knowledge.md, distilled from the articles in
 * /work/shared/seeds/) is said where the user needs it, in Japanese and in English: one row per fact, with
 * where it is said (a card's part, a checklist item's how-to, the popup) and a phrase per language that must
 * be found there. What only one article says is hedged in the same sentence (ja 「とされ」, en "reportedly").
 * Then the safety rules of issue 14, and what must never be said (unconfirmed, invented or obsolete).
 */
import { describe, expect, it } from 'vitest';
import { CARD_STRINGS } from '@/components/card/strings';
import { STRINGS } from '@/components/popup/strings';
import { CHECKLISTS } from '@/lib/checklist/items';
import { SITE_IDS, type FindingId, type Lang, type SiteId, type Tip, type TipTable } from '@/lib/findings';
import { en } from '@/lib/tips/en';
import { ja } from '@/lib/tips/ja';

const TABLES: Record<Lang, TipTable> = { ja, en };

type Part = 'title' | 'why' | 'steps' | 'causes' | 'links';
type Pattern = RegExp | RegExp[];

type Place = (
  | { in: 'tip'; site: SiteId | 'common'; id: FindingId; part: Part }
  | { in: 'checklist'; site: SiteId; id: string }
  | { in: 'popup'; key: keyof (typeof STRINGS)['ja'] }
) & { ja?: Pattern; en?: Pattern };

interface Fact {
  fact: string;
  /** The fact, in one line of our own words. */
  says: string;
  where: Place[];
  /** Found in each place (every pattern of a list), unless the place has its own. */
  ja?: Pattern;
  en?: Pattern;
  /** Only one source article says it: the sentence that says it hedges it. */
  unconfirmed?: true;
}

const tip = (site: SiteId | 'common', id: FindingId, part: Part, own: { ja?: Pattern; en?: Pattern } = {}): Place => ({ in: 'tip', site, id, part, ...own });
const item = (site: SiteId, id: string, own: { ja?: Pattern; en?: Pattern } = {}): Place => ({ in: 'checklist', site, id, ...own });
const popup = (key: keyof (typeof STRINGS)['ja'], own: { ja?: Pattern; en?: Pattern } = {}): Place => ({ in: 'popup', key, ...own });

// ---- The knowledge base, fact by fact ----

const FACTS: Fact[] = [
  // AliExpress: sign-up fails
  { fact: 'ae-signup-required-fields', says: 'Sign-up fails when the address, postcode or phone number is missing or wrong.', where: [tip('aliexpress', 'field-error', 'why')], ja: /住所・郵便番号・電話番号/, en: /address, postcode or phone number/ },
  { fact: 'ae-signup-disallowed-characters', says: 'Characters or symbols that are not allowed stop sign-up.', where: [tip('aliexpress', 'field-error', 'causes'), tip('common', 'field-error', 'causes')], ja: /使えない文字や記号/, en: /characters or symbols that are not allowed/ },
  { fact: 'ae-one-email-one-account', says: 'One email is one AliExpress account.', where: [tip('aliexpress', 'email-already-registered', 'why')], ja: /1つのメールアドレスで作れるアカウントは1つ/, en: /only one account per email/ },
  { fact: 'ae-registered-email-old-or-other', says: 'With the email taken: sign in to the old account, or use another email.', where: [tip('aliexpress', 'email-already-registered', 'steps')], ja: [/以前のアカウントにこのメールアドレスでログイン/, /別のメールアドレス/], en: [/sign in to the old account/, /another email address/] },
  { fact: 'ae-signup-clear-data-restart', says: "Still failing: delete the site's data, restart the browser, try again.", where: [tip('aliexpress', 'field-error', 'steps')], ja: [/「このサイトのデータをリセット」/, /ブラウザーを再起動/], en: [/“Reset this site's data”/, /[Rr]estart the browser/] },

  // AliExpress: sign-in fails
  {
    fact: 'ae-social-same-provider',
    says: 'An account made with Google, Apple, Facebook, X, Instagram or TikTok signs in with the same button below the form, not with email and password.',
    where: [
      tip('aliexpress', 'wrong-password', 'steps', { ja: /%s|同じサービスのボタンでログイン/, en: /same provider's button/ }),
      tip('aliexpress', 'wrong-password', 'causes', { ja: /Google・Apple・Facebook・X（Twitter）・Instagram・TikTok.*メールアドレスとパスワードではログインできない/, en: /Google, Apple, Facebook, X \(Twitter\), Instagram or TikTok: email and password do not work/ }),
      item('aliexpress', 'sign-in-method', { ja: /ログイン欄の下にある同じサービスのボタン/, en: /button below the form/ }),
    ],
  },
  { fact: 'caps-lock-upper-case', says: 'Caps Lock on types letters in upper case (and in lower case with Shift): the case comes out the wrong way round.', where: [tip('common', 'caps-lock-on', 'why'), item('aliexpress', 'caps-lock')], ja: /大文字と小文字が逆/, en: /upper case/ },
  { fact: 'num-lock-keypad', says: 'Num Lock off types no digits from the keypad.', where: [tip('common', 'num-lock-off', 'why'), item('amazon', 'num-lock')], ja: /テンキー/, en: /keypad/ },
  { fact: 'password-hidden', says: 'The password is hidden as it is typed, so a mistake goes unseen.', where: [tip('common', 'wrong-password', 'causes'), tip('common', 'caps-lock-on', 'causes'), tip('common', 'num-lock-off', 'causes')], ja: /伏せ字/, en: /hidden as you type/ },
  {
    fact: 'ae-cookie-blank-page',
    says: "Broken cookies can leave the sign-in page blank: delete the site's cookies and try another browser.",
    where: [
      tip('aliexpress', 'blank-login-page', 'why', { ja: /Cookieに不具合.*表示されない/, en: /cookies can leave the sign-in page blank/ }),
      tip('aliexpress', 'blank-login-page', 'steps', { ja: [/「このサイトのデータをリセット」/, /別のブラウザー/], en: [/“Reset this site's data”/, /another browser/] }),
      item('aliexpress', 'site-data', { ja: /真っ白/, en: /blank/ }),
    ],
  },
  {
    fact: 'ae-app-try-website',
    says: 'If the app cannot sign in, try the website: if it works, the account is fine and the app is at fault (the checklist, and a cause of the wrong-password card: review 20, A-7).',
    where: [
      item('aliexpress', 'device-network', { ja: [/ブラウザーでAliExpressのサイトにログイン/, /アカウントに問題はなく、原因はアプリ/], en: [/sign in to the AliExpress website in a browser/, /the account is fine and the app is at fault/] }),
      tip('aliexpress', 'wrong-password', 'causes', { ja: /^アプリでログインできない：ブラウザーでログインできれば、アカウントに問題はない/, en: /^Only the app cannot sign in: if you can sign in in a browser, the account is fine/ }),
    ],
  },
  {
    fact: 'ae-app-settings-reinstall',
    says: "Then check the app's settings or reinstall it.",
    where: [item('aliexpress', 'device-network', { ja: [/アプリの設定を見直す/, /再インストール/], en: [/app's settings/, /delete the app and install it again/] }), tip('aliexpress', 'wrong-password', 'causes', { ja: /アプリの設定を見直すか、アプリを再インストールする/, en: /Check the app's settings, or reinstall the app/ })],
  },

  // AliExpress: forgot the password
  {
    fact: 'ae-reset-flow',
    says: 'Forgot password → email, member ID or phone → Get code → 6-digit code by email → Verify → new password → Update password.',
    where: [
      // One action per step (review 20, M1): the code by email or SMS, so 「届いた」; the last press is a cause.
      tip('aliexpress', 'password-reset', 'steps', { ja: [/会員ID・電話番号/, /^「コードを取得する」を押します。$/, /^届いた6桁の確認コードを入力し、「認証」（Verify）を押します。$/], en: [/member ID or phone number/, /^Press “Get code”\.$/, /6-digit verification code you received and press “Verify”/] }),
      tip('aliexpress', 'password-reset', 'causes', { ja: /「パスワードの更新」（Update password）を押す/, en: /press “Update password”/ }),
      tip('aliexpress', 'wrong-password', 'steps', { ja: /「パスワードをお忘れですか？」から/, en: /“Forgot password\?”/ }),
      item('aliexpress', 'password-reset', { ja: [/「パスワードをお忘れですか？」（Forgot password\?）/, /「コードを取得する」（Get code）/, /6桁の確認コード/], en: [/“Forgot password\?”/, /“Get code”/, /6-digit verification code/] }),
    ],
  },

  // AliExpress: forgot the account itself
  { fact: 'ae-retrieval-page', says: 'The official retrieval page is accounts.aliexpress.com/user/account/retrieve_account.htm (linked where the user needs it; the retrieval page itself links the Help Center instead).', where: [tip('aliexpress', 'account-not-found', 'links')], ja: /^https:\/\/accounts\.aliexpress\.com\/user\/account\/retrieve_account\.htm$/, en: /^https:\/\/accounts\.aliexpress\.com\/user\/account\/retrieve_account\.htm$/ },
  {
    fact: 'ae-retrieval-needs',
    says: "Retrieval needs a purchase within the last year: the card's first 6 and last 4 digits on either side of the X, then the payment's amount in yen and its date, in the form's order (review 20, B-H1).",
    where: [
      // One step fills in the card form, in its order; where each group of digits goes is a detail (cold read 20, M3).
      tip('aliexpress', 'account-retrieval', 'steps', { ja: /^クレジットカード番号の先頭6桁と末尾4桁、支払金額（円）、支払日を入力します。$/, en: /^Enter the credit card's first 6 and last 4 digits, and the payment's amount \(in yen\) and date\.$/ }),
      tip('aliexpress', 'account-retrieval', 'causes', { ja: /^先頭6桁は「X」の左の欄、末尾4桁は右の欄に入力する$/, en: /^The first 6 digits go in the field left of the “X”, the last 4 in the field right of it$/ }),
      tip('aliexpress', 'account-retrieval', 'why', { ja: /1年以内/, en: /last year/ }),
    ],
  },
  {
    fact: 'ae-retrieval-approximate',
    says: 'An approximate amount and date are accepted, the closer the better; any order of the year works.',
    where: [tip('aliexpress', 'account-retrieval', 'causes', { ja: [/どの注文/, /正確なほど/, /おおよその値でも試せる/], en: [/Any order/, /[Tt]he more exact/, /a rough figure is also worth a try/] })],
  },
  {
    fact: 'ae-retrieval-required-error',
    says: 'Every field is needed to go on; an error means the details did not match: reload and try again.',
    where: [tip('aliexpress', 'account-retrieval', 'causes', { ja: [/空欄だと、先に進めない/, /一致しなかった/, /再読み込みして入力し直す/], en: [/cannot continue/, /did not match/, /reload the page and enter the details again/] })],
  },
  {
    fact: 'ae-retrieval-note-id-verify-email',
    says: 'Success shows the ID (knowledge.md: "login ID"; AliExpress\'s own sign-in field and its errors say 「会員ID」, member ID, which the cards use everywhere: docs/glossary.md, cold read 20 M5) and a masked email: note the ID, sign in, and register and verify an email at once.',
    where: [
      tip('aliexpress', 'account-retrieval', 'causes', { ja: [/会員IDと、一部を伏せたメールアドレス/, /会員IDを控え/, /すぐにメールアドレスを登録して確認/], en: [/member ID and a partly hidden email/, /[Nn]ote the member ID/, /add and verify an email right away/] }),
      tip('common', 'account-retrieval', 'steps', { ja: [/すぐにメールアドレスを登録します/, /確認メールのリンクを押して、確認を済ませます/], en: [/add your email right away/, /confirmation email you receive to verify it/] }),
    ],
  },
  {
    fact: 'ae-no-purchase-new-account',
    says: 'No purchase in the last year: no retrieval (said plainly in the why, the first thing the card says); a new account is the way.',
    where: [
      tip('aliexpress', 'account-retrieval', 'why', { ja: /過去1年以内の支払い情報から.*購入がなければ照会できません/, en: /payment from the last year.*with no purchase in that time, it cannot be retrieved/ }),
      tip('aliexpress', 'account-retrieval', 'causes', { ja: /1年以内に購入がない場合は照会できない。新しいアカウント/, en: /no purchase in the last year, retrieval is not possible\. You will need a new account/ }),
    ],
  },
  {
    fact: 'ae-retrieval-questions',
    says: 'The retrieval page first asks questions, then "Retrieve by Card" opens the card form: one step, as the press is needed (the card cannot tell the questions from the form, so the step holds both); the usual answers, Yes → No → Credit card, are a detail, hedged as one article says them (seeds/000; cold read 20, M3).',
    where: [
      tip('aliexpress', 'account-retrieval', 'steps', { ja: /^画面の質問に答えて、「Retrieve by Card」を押します。$/, en: /^Answer the questions on the page, then press “Retrieve by Card”\.$/ }),
      tip('aliexpress', 'account-retrieval', 'causes', { ja: /^質問への答えは、多くの場合「はい」→「いいえ」→「クレジットカード」とされている$/, en: /^Reportedly, most people answer the questions yes, no, then credit card$/ }),
    ],
  },
  { fact: 'ae-retrieval-slide-on', says: "With the card form filled in, the page's handle is slid to the right to go on (seeds/000; 「ページの」, not 「下の」: below in the card or on the page? cold read 20, M3).", where: [tip('aliexpress', 'account-retrieval', 'steps')], ja: /^ページのつまみを右端までスライドして、次に進みます。$/, en: /^Drag the handle on the page all the way to the right to continue\.$/ },
  { fact: 'ae-close-old-account', says: 'Close the old account properly, or personal data stays with the Alibaba group; closing needs a sign-in (said as what closing does, not as a warning to end on: cold read 20, L13).', where: [tip('aliexpress', 'account-retrieval', 'causes')], ja: [/ログインして正しく退会すると/, /個人情報がAlibabaグループに残らない/], en: [/closed properly once you sign in/, /personal data does not stay with the Alibaba group/] },

  // AliExpress: account locked
  { fact: 'ae-lock-sign-in-still-works', says: 'A locked account can still sign in; a notice then offers the unlock (the card: a cause, its step is the unlock itself: review 20, L1).', where: [tip('aliexpress', 'account-locked', 'causes'), item('aliexpress', 'lock-notice')], ja: /ログインを続け/, en: /[Ss]ign in anyway/ },
  {
    fact: 'ae-lock-sms-intl-format',
    says: 'The SMS check takes the number in international form: +81 chosen as the country code, the number typed without its leading 0 (090-1234-5678 → 9012345678), as the card\'s live hint says.',
    where: [
      // The unlock's step holds the field (country code and number); its example is a detail (cold read 20, M4).
      tip('aliexpress', 'account-locked', 'steps', { ja: [/^国番号で「\+81」を選び、電話番号を先頭の0を除いて入力します。$/], en: [/^Choose \+81 \(Japan\) as the country code and enter your number without the leading 0\.$/] }),
      tip('aliexpress', 'account-locked', 'causes', { ja: /^電話番号の例：090-1234-5678なら9012345678と入力する$/, en: /^Phone number example: for 090-1234-5678, enter 9012345678$/ }),
      item('aliexpress', 'lock-notice'),
      // The code card: its step says it for SMS only (the code may come by email: review 20, M7); the example is a cause.
      tip('aliexpress', 'verification-code', 'steps', { ja: /^SMSの場合は、国番号が「\+81」で、電話番号の先頭の0を除いてあるか確かめます。$/, en: /^For SMS, check that \+81 is the country code and the number is entered without the leading 0\.$/ }),
      tip('aliexpress', 'verification-code', 'causes', { ja: [/国番号が「\+81」/, /先頭の0を除/, /9012345678/], en: [/country code is not \+81/, /leading 0/, /9012345678/] }),
    ],
    ja: [/国番号[はが]「\+81」/, /先頭の0を除/, /9012345678/],
    en: [/choose \+81 as the country code|\+81 \(Japan\) as the country code/i, /without the leading 0/, /9012345678/],
  },
  { fact: 'ae-lock-sms-6-digit', says: 'A 6-digit code arrives by SMS; enter it to unlock.', where: [tip('aliexpress', 'account-locked', 'steps'), item('aliexpress', 'lock-notice')], ja: /6桁の確認コード/, en: /6-digit verification code/ },
  {
    fact: 'ae-sms-blocking',
    says: "No SMS: turn off the phone's SMS blocking (set per carrier).",
    where: [tip('aliexpress', 'account-locked', 'causes', { ja: /SMS受信拒否を解除.*携帯電話会社ごと/, en: /turn off SMS blocking.*each carrier/ }), tip('aliexpress', 'verification-code', 'steps', { ja: /SMS受信拒否/, en: /SMS blocking/ })],
  },
  {
    fact: 'ae-lock-chat-path',
    says: 'No phone number screen: customer service chat at the bottom of the page (Help → Customer service, or Chat Now), reportedly in English only (a ~2020 article: hedged, and not in any link label: review 20, A-20).',
    where: [
      tip('aliexpress', 'account-locked', 'causes', { ja: /ページ最下部の「ヘルプ」（Help）にある「カスタマーサービス」（Customer service）か「Chat Now」から、チャットで相談する。チャットは英語のみとされている/, en: /bottom of the page, open “Customer service” under “Help”, or “Chat Now”, and ask in the chat\. The chat is reportedly in English only/ }),
    ],
    unconfirmed: true,
  },
  {
    fact: 'ae-lock-new-account-fallback',
    says: 'Or make a new account: not with the same email, the same device may be refused, the member level starts again.',
    where: [tip('aliexpress', 'account-locked', 'causes')],
    ja: [/新しいアカウントを作ることもできる/, /同じメールアドレスは使えず/, /同じ端末では登録できないこともある/, /会員レベル/],
    en: [/make a new account/, /same email cannot be used/, /same device may be refused/, /member level/],
  },
  {
    fact: 'ae-lock-says-so',
    says: 'A lock says so (the article: a "locked" notice means a lock; without one, other causes are possible), so without such a notice suspect the browser, cookies or password. Said as "usually": no guarantee that every lock shows it.',
    where: [tip('aliexpress', 'wrong-password', 'causes', { ja: /通常は「一時的にロックされています」などと表示される。表示がなければ、ブラウザー・Cookie・パスワード/, en: /usually says so.*browser, cookies, password/ }), item('aliexpress', 'lock-notice', { ja: /通常はそのように表示されます。表示がない場合は、ブラウザー・Cookie・パスワード/, en: /A lock usually says so: with no such notice, check the browser, cookies, password/ })],
  },
  { fact: 'ae-lock-cause-device', says: 'A sign-in from another device than usual (a PC instead of the usual phone) can lock the account.', where: [tip('aliexpress', 'account-locked', 'causes')], ja: /ふだんと違う端末からログインした（ふだんはスマートフォンなのにパソコン/, en: /device you do not usually use, such as a PC when you usually use a phone/ },
  { fact: 'ae-lock-cause-payment', says: "Frequent payment method changes, many unpaid orders, a card in another person's name: said as a payment that needs checking, not as what the user did (cold read 20, M6).", where: [tip('aliexpress', 'account-locked', 'causes')], ja: [/^支払いについて確認が必要になった/, /支払い方法の変更が続いた/, /未払いの注文が重なっている/, /本人名義でないクレジットカード/], en: [/^A payment needed checking/, /payment method changed often/, /unpaid orders/, /another person's name/] },
  { fact: 'ae-lock-cause-review', says: 'The account under review can be locked.', where: [tip('aliexpress', 'account-locked', 'causes')], ja: /審査の対象/, en: /under review/ },
  {
    fact: 'ae-lock-cause-one-email-accounts',
    says: 'Several accounts can be taken for fraud and locked: hedged as the article hedges it (「可能性が…あります」). Not "on one email": one email holds one account (ae-one-email-one-account), so the two would contradict (cold read 20, M2). Said again, as a 注, where the user is about to make another account.',
    where: [
      tip('aliexpress', 'account-locked', 'causes', { ja: /^複数のアカウントを作ると、不正を疑われてロックされることがあるとされている$/, en: /^Reportedly, making several accounts can be taken for fraud and get them locked$/ }),
      tip('aliexpress', 'email-already-registered', 'causes', { ja: /^注：複数のアカウントを持つと、ロックされることがあるとされている$/, en: /^Note: reportedly, holding several accounts can get them locked$/ }),
    ],
    unconfirmed: true,
  },
  {
    fact: 'ae-lock-cause-conduct',
    says: 'Sharing the account, refusing AliExpress mails, not confirming receipt, disputes on over half the orders, negative buyer feedback.',
    where: [tip('aliexpress', 'account-locked', 'causes')],
    ja: [/アカウントの共有/, /メールの受信拒否/, /受け取り確認/, /注文の半数を超え/, /購入者としての悪い評価/],
    en: [/sharing the account/, /refusing AliExpress emails/, /confirming receipt/, /over half of your orders/, /negative buyer feedback/],
    unconfirmed: true,
  },
  { fact: 'ae-lock-cause-deleted', says: 'An account deleted by mistake: ask the customer service chat.', where: [tip('aliexpress', 'account-locked', 'causes')], ja: /誤ってアカウントを削除した：カスタマーサービスのチャット/, en: /deleted the account by mistake: ask the customer service chat/ },
  {
    fact: 'ae-unverified-email-restricted',
    says: 'Restricted accounts commonly never verified or registered an email.',
    where: [tip('aliexpress', 'email-unverified', 'causes', { ja: /制限されることが多い/, en: /often restricted/ }), tip('aliexpress', 'account-locked', 'causes', { ja: /制限を受けたアカウントに多い/, en: /common among restricted accounts/ }), item('aliexpress', 'email-verified', { ja: /制限されやすい/, en: /restricted more often/ })],
    unconfirmed: true,
  },
  {
    fact: 'ae-verify-email-my-account',
    says: 'Verify the email from the prompt on My Account ("Resend now" if nothing arrives); it takes a few taps.',
    where: [
      tip('aliexpress', 'email-unverified', 'steps', { ja: [/「マイアカウント」（My Account）/, /「Resend now」/], en: [/“My Account”/, /“Resend now”/] }),
      tip('aliexpress', 'email-unverified', 'causes', { ja: /数回の操作/, en: /a few steps/ }),
      item('aliexpress', 'email-verified', { ja: [/「マイアカウント」（My Account）/, /「Resend now」/], en: [/“My Account”/, /“Resend now”/] }),
    ],
  },
  {
    fact: 'ae-prefer-email-sign-up',
    says: 'New users do better signing up with an email and password than with a social account: said at retrieval, on the sign-up card and in the sign-in method check.',
    where: [
      tip('aliexpress', 'account-retrieval', 'causes'),
      tip('aliexpress', 'email-already-registered', 'causes', { en: /an email and password is reportedly safer than an account such as Google/ }),
      item('aliexpress', 'sign-in-method'),
    ],
    ja: /Googleなどのアカウントより、メールアドレスとパスワードで登録する/,
    en: /signing up with an email and password is reportedly safer than with an account such as Google/,
    unconfirmed: true,
  },
  { fact: 'ae-verify-now', says: 'The verify prompt on My Account reads 「今すぐ確認」 (seeds/000).', where: [tip('aliexpress', 'email-unverified', 'steps')], ja: /^「マイアカウント」（My Account）の「今すぐ確認」を押します。$/, en: /“My Account”.*: “今すぐ確認” on the Japanese site/ },
  {
    fact: 'ae-continue-before-get-code',
    says: 'On the forgot-password page: the email, member ID or phone → 「続ける」 → then 「コードを取得する」 (seeds/001).',
    where: [
      tip('aliexpress', 'password-reset', 'steps', { ja: [/いずれかを入力し、「続ける」を押します/, /^「コードを取得する」を押し/], en: [/phone number and continue\./, /^Press “Get code”/] }),
      item('aliexpress', 'password-reset', { ja: /「続ける」を押してください。次の画面で「コードを取得する」/, en: /continue\. On the next screen press “Get code”/ }),
    ],
  },

  // AliExpress: the slider
  { fact: 'ae-slider-drag', says: 'At sign-in a slider must be dragged, and it sometimes does not respond.', where: [tip('common', 'slider-stuck', 'causes'), tip('aliexpress', 'slider-stuck', 'title')], ja: /つまみは、右端まで|スライド認証が進みません/, en: /Drag the handle .*to the right|slider check is not working/ },
  {
    fact: 'ae-slider-update-browser',
    says: 'AliExpress changes often and old browsers misbehave: update, or use the latest version of another browser.',
    where: [
      tip('aliexpress', 'slider-stuck', 'why', { ja: /仕様の変更が多く/, en: /changes often/ }),
      tip('aliexpress', 'slider-stuck', 'steps', { ja: [/最新版に更新/, /別のブラウザーの最新版/], en: [/latest version/, /latest version of another browser/] }),
      item('aliexpress', 'browser-version', { ja: /スライド認証が動かない/, en: /break the slider check/ }),
    ],
  },
  { fact: 'ae-browser-freeze', says: 'A browser that does not suit the site can freeze the page.', where: [tip('aliexpress', 'slider-stuck', 'causes')], ja: /うまく動かず、ページが固まっている/, en: /does not work well with the page, so it freezes/ },

  // Amazon
  {
    fact: 'amz-four-causes',
    says: 'The four common causes: a forgotten password, a forgotten or wrong email, cache and cookies, a takeover.',
    where: [
      tip('amazon', 'wrong-password', 'causes', { ja: /パスワードを忘れて/, en: /forgotten the password/ }),
      // The not-found card's why says what the page says, not a guess at a typo (cold read 20, L2): its steps check the email.
      tip('amazon', 'account-not-found', 'steps', { ja: /つづり・大文字と小文字・記号まで見直します/, en: /Check the email, including spelling/ }),
      tip('amazon', 'blank-login-page', 'why', { ja: /キャッシュやCookie/, en: /cache or cookies/ }),
      // The takeover is a cause, not the takeover card's first line (cold read 20, H1).
      tip('amazon', 'wrong-password', 'causes', { ja: /第三者にパスワードを変更された/, en: /Someone else may have changed the password/ }),
    ],
  },
  { fact: 'amz-auto-sign-in-forgotten', says: 'Staying signed in on the usual device hides the password, so it is forgotten on a new one.', where: [tip('amazon', 'wrong-password', 'causes', { ja: /自動でログイン/, en: /stay signed in/ }), tip('amazon', 'password-reset', 'causes', { ja: /自動でログイン.*新しい端末/, en: /stay signed in .*new device/ })] },
  {
    fact: 'amz-reset-flow',
    says: '「お困りですか?」 → 「パスワードを忘れた場合」 → password assistance: the email → a code by email or SMS → continue → a new password of at least 6 characters → save the change (the dated labels 「コードを入力」 and 「変更を保存してログインしてください」 are not quoted: docs/glossary.md, review 20 L5).',
    where: [
      // The password step (a wrong password) and the sign-up page show the link as it is (tests/fixtures/amazon-real);
      // the next step is the email on the password assistance page, not the code (review 20, M2).
      tip('amazon', 'wrong-password', 'steps', { ja: [/^思い出せない場合は、「パスワードを忘れた場合」を押します/, /^「パスワードアシスタント」の画面で、登録したメールアドレスを入力して次に進みます。$/], en: [/^If you cannot remember it, press “Forgot your password\?”/, /^On the password assistance page, enter the email you signed up with and continue\.$/] }),
      tip('amazon', 'email-already-registered', 'steps', { ja: [/^パスワードがわからない場合は、「パスワードを忘れた場合」を押します/, /^「パスワードアシスタント」の画面で、登録したメールアドレスを入力して次に進みます。$/], en: [/^If you do not know the password, press “Forgot your password\?”/, /^On the password assistance page, enter the email you signed up with and continue\.$/] }),
      // Any Amazon marketplace sends it, not only Amazon.co.jp, by email or SMS (review 20, L16).
      tip('amazon', 'password-reset', 'why', { ja: /AmazonからメールかSMSで届く確認コード/, en: /code Amazon sends you by email or SMS/ }),
      tip('amazon', 'password-reset', 'steps', { ja: [/^届いた確認コードを入力し、「続行」を押します。$/, /6文字以上/, /変更を保存します/], en: [/verification code you received and press “Continue”/, /at least 6 characters/] }),
      item('amazon', 'password-reset', { ja: [/パスワードの入力画面では「パスワードを忘れた場合」/, /メールアドレスの入力画面では、「お困りですか\?」→「パスワードを忘れた場合」/, /6文字以上/], en: [/On the password step, press “Forgot your password\?”/, /on the email step it is under “Need help\?” → “Forgot your password\?”/, /at least 6 characters/] }),
    ],
  },
  { fact: 'amz-note-new-password', says: 'Write the new password down somewhere safe.', where: [tip('amazon', 'password-reset', 'causes', { ja: /安全な場所に控えて/, en: /Write the new password down somewhere safe/ }), item('amazon', 'password-reset', { ja: /安全な場所に控えて/, en: /Write it down somewhere safe/ })] },
  { fact: 'amz-not-found-email-wrong', says: 'No account with this email: the email is wrong (typos, case, symbols, another address).', where: [tip('amazon', 'account-not-found', 'steps'), item('amazon', 'right-email')], ja: /つづり・大文字と小文字・記号/, en: /spelling, upper and lower case and symbols/ },
  {
    fact: 'amz-not-found-route',
    says: "Then 「お困りですか?」 → 「その他のログインに関する問題」, or customer service: its contact page, where a call is requested (the card's link).",
    where: [
      tip('amazon', 'account-not-found', 'steps', { ja: /「お困りですか\?」の「その他のログインに関する問題」から問い合わせます/, en: /“Need help\?” and “Other issues with Sign-In” to contact Amazon/ }),
      tip('amazon', 'account-not-found', 'links', { ja: /^https:\/\/www\.amazon\.co\.jp\/gp\/help\/customer\/contact-us$/, en: /^https:\/\/www\.amazon\.co\.jp\/gp\/help\/customer\/contact-us$/ }),
    ],
  },
  {
    fact: 'amz-new-account-loses',
    says: 'A new account loses the gift card balance, points and Prime: ask support first.',
    where: [
      tip('amazon', 'account-not-found', 'causes', { ja: [/ギフトカードの残高/, /ポイント/, /プライム会員/, /作る前にカスタマーサービスに相談/], en: [/gift card balance/, /points/, /Prime membership/, /ask customer service before making one/] }),
      tip('amazon', 'email-already-registered', 'causes', { ja: /ギフトカードの残高やポイントは引き継がれない/, en: /would not keep your gift card balance or points/ }),
      item('amazon', 'right-email', { ja: [/ギフトカードの残高/, /プライム会員/, /作る前に、カスタマーサービスに相談/], en: [/gift card balance/, /Prime membership/, /ask customer service before making one/] }),
    ],
  },
  { fact: 'amz-cache-cookies', says: 'Stale cache and cookies are a much-reported reason sign-in fails (said in the checklist; the card says it in its why).', where: [tip('amazon', 'blank-login-page', 'why', { ja: /古いキャッシュやCookieが、ログインを妨げている/, en: /Old cache or cookies/ }), item('amazon', 'site-data', { ja: /多く報告されています/, en: /often stop people from signing in/ })] },
  {
    fact: 'amz-safari-clear',
    says: 'Safari on iPhone: Settings → Apps → Safari → 「履歴とWebサイトデータを消去」 from iOS 18, Settings → Safari up to iOS 17 (review 20, B-H2; README, Links and their sources: browser labels).',
    // The checklist points to the card's details, where the routes are (cold read 20c, M6: 410 characters in a popup row).
    where: [tip('amazon', 'blank-login-page', 'causes'), item('amazon', 'site-data', { ja: /スマートフォンのブラウザーの設定で削除する方法は、ログイン画面が表示されない場合のヒントの「ほかの原因・補足・問い合わせ先」にあります/, en: /in a phone's browser settings is under “Other causes, notes and contacts” in the tip for a sign-in page that stays empty/ })],
    ja: [/「設定」→「アプリ」→「Safari」→「履歴とWebサイトデータを消去」/, /iOS 17までは、?「設定」→「Safari」/],
    en: [/Settings → Apps → Safari → “Clear History and Website Data”/, /up to iOS 17: Settings → Safari/],
  },
  {
    fact: 'amz-android-chrome-clear',
    says: "Chrome on Android: ⋮ → History → 「閲覧履歴データを削除」, a time range covering the failure, history, 「Cookie とサイトデータ」 (as Chrome writes it), cached images and files, 「データを削除」; no 「クリア」 confirmation now; the names differ a little between versions (review 20, B-H2; README, Links and their sources: browser labels).",
    where: [
      tip('amazon', 'blank-login-page', 'causes', { ja: [/⋮→「履歴」→「閲覧履歴データを削除」/, /ログインできなくなった日を含む期間/, /「閲覧履歴」「Cookie とサイトデータ」「キャッシュされた画像とファイル」にチェックを付けて「データを削除」を押す/, /バージョンによって少し違う/], en: [/⋮ → History → “Delete browsing data”/, /time range that includes the day signing in failed/, /Tick “Browsing history”, “Cookies and site data” and “Cached images and files”, and press “Delete data”/, /differ a little between Chrome versions/] }),
    ],
  },
  {
    fact: 'amz-takeover-signs',
    says: 'The right email and password rejected, plus an Amazon mail about a device or app the user did not add: likely a takeover.',
    where: [tip('amazon', 'suspicious-activity', 'causes', { ja: [/正しいメールアドレスとパスワードでもログインできない/, /覚えのない端末やアプリの登録/], en: [/correct email and password no longer work/, /device or app you did not add/] }), item('amazon', 'takeover-signs', { ja: [/正しいパスワードでログインできず/, /覚えのない端末やアプリの登録/], en: [/right password rejected/, /device or app you did not add/] })],
  },
  {
    fact: 'amz-takeover-call-prepared',
    says: "Ask support for a call (from the contact page) with the email, account name, address and, of the registered credit card, the last 4 digits only at hand (issue 20: never the full card number, its security code or a password).",
    where: [tip('amazon', 'suspicious-activity', 'steps')],
    ja: [/メールアドレス・アカウント名・住所と、登録したクレジットカードの末尾4桁/, /問い合わせページから、カスタマーサービスに電話を依頼/],
    en: [/email, account name and address, and the last 4 digits of the credit card/, /Ask customer service for a call from Amazon's contact page/],
  },
  { fact: 'amz-takeover-card', says: 'Check the card for unknown charges and stop it if confirmed.', where: [tip('amazon', 'suspicious-activity', 'steps', { ja: /覚えのない請求がある場合は、クレジットカード会社に連絡して利用を止めて/, en: /ask the card company to stop the card/ }), item('amazon', 'takeover-signs', { ja: /覚えのない請求/, en: /charges you do not recognise/ })] },
  { fact: 'amz-takeover-stronger-password', says: 'Use a stronger password afterwards.', where: [tip('amazon', 'suspicious-activity', 'causes')], ja: /復旧したら、ほかで使っていない、推測されにくいパスワード/, en: /once recovered, change to a strong password/ },
  {
    fact: 'amz-contact-page',
    says: "Amazon customer service: its contact page, where a call back is requested (2024–25 guides; the knowledge base's 2019 numbers are not confirmed by a current source and are left out). The tab's own marketplace's page on a page (marketplaces.test.ts).",
    where: [tip('amazon', 'account-not-found', 'links'), tip('amazon', 'account-locked', 'links'), tip('amazon', 'suspicious-activity', 'links'), tip('amazon', 'account-locked', 'causes', { ja: /問い合わせページで電話を依頼すると、Amazonから電話がかかってくる/, en: /On the contact page you can ask for a call, and Amazon calls you/ })],
    ja: /^https:\/\/www\.amazon\.co\.jp\/gp\/help\/customer\/contact-us$/,
    en: /^https:\/\/www\.amazon\.co\.jp\/gp\/help\/customer\/contact-us$/,
  },

  // Alibaba (Alibaba.com, 1688): frozen accounts
  { fact: 'ali-freeze-cause-terms', says: 'Terms violations: false registration details, prohibited or counterfeit goods, IP infringement, fake reviews.', where: [tip('alibaba', 'account-locked', 'causes')], ja: [/登録情報の誤り/, /禁止品や偽物/, /知的財産権の侵害/, /不正なレビュー/], en: [/false details/, /prohibited or fake goods/, /IP infringement/, /fake reviews/] },
  {
    fact: 'ali-freeze-cause-payment',
    says: 'Payment problems: unpaid by the due date, card misuse, unapproved payment systems, many cancellations or odd transactions.',
    where: [tip('alibaba', 'account-locked', 'causes')],
    ja: [/期日までの未払い/, /カードの不正利用/, /Alibabaが認めていない決済方法/, /キャンセルや不自然な取引/],
    en: [/unpaid by the due date/, /card misuse/, /payment method Alibaba has not approved/, /many cancellations or odd orders/],
  },
  {
    fact: 'ali-freeze-cause-security',
    says: 'Security: a takeover, a sign-in from an unusual place or device (especially abroad), a shared account, a reused password.',
    where: [
      tip('alibaba', 'account-locked', 'causes', { ja: [/乗っ取りの疑い/, /ふだんと違う国や地域/, /アカウントの共有/, /パスワードの使い回し/], en: [/suspected takeover/, /another country or region/, /shared account/, /reused password/] }),
      tip('alibaba', 'suspicious-activity', 'causes', { ja: [/ふだんと違う国や地域/, /パスワードを使い回している/, /アカウントを共有している/], en: [/another country or region/, /reused password/, /shared account/] }),
      item('alibaba', 'device-network', { ja: /ふだんと違う国や地域/, en: /another country or region/ }),
    ],
  },
  { fact: 'ali-freeze-cause-spam', says: 'Spam, excessive promotion, inappropriate content: a cause of its own, for any user, not under sellers only; said as what the site judged (cold read 20, M6).', where: [tip('alibaba', 'account-locked', 'causes')], ja: /^スパム、過剰な宣伝、不適切な投稿と判断された：.*出品者に限らない/, en: /^Judged to be spam, excessive promotion or inappropriate content: .*Not only sellers/ },
  { fact: 'ali-tell-before-late', says: 'A payment that may be late: tell Alibaba before the due date.', where: [tip('alibaba', 'account-locked', 'causes')], ja: /支払いが期日に遅れそうな場合は、期日の前にAlibabaに連絡する/, en: /If a payment may be late, tell Alibaba before the due date/ },
  { fact: 'ali-check-login-history', says: 'Check the sign-in history regularly for sign-ins you do not recognise.', where: [tip('alibaba', 'suspicious-activity', 'causes')], ja: /ログイン履歴を定期的に確かめる/, en: /Checking your sign-in history regularly/ },
  {
    fact: 'ali-recovery-read-reason',
    says: "Stay calm and read Alibaba's mail or notice for the stated reason (the card's first step has it at hand; where to read it is a cause: review 20, L4).",
    where: [
      tip('alibaba', 'account-locked', 'steps', { ja: /^通知された凍結の理由と/, en: /^Have the reason given for the freeze/ }),
      tip('alibaba', 'account-locked', 'causes', { ja: /凍結の理由は、Alibabaからのメールや画面の通知に書かれている/, en: /reason for the freeze is in Alibaba's email or notice/ }),
      item('alibaba', 'lock-notice', { ja: /理由を確かめて/, en: /read the reason/ }),
    ],
  },
  {
    fact: 'ali-recovery-evidence',
    says: 'Gather the account ID, the quoted reason, an honest account, transaction records and screenshots.',
    where: [
      tip('alibaba', 'account-locked', 'steps', { ja: /会員ID・取引の記録を用意します/, en: /your member ID and your order records at hand/ }),
      tip('alibaba', 'account-locked', 'causes', { ja: [/会員ID・通知された理由・経緯の説明/, /取引の記録やスクリーンショット/], en: [/member ID, the stated reason and an honest account of what happened/, /order records and screenshots/] }),
      item('alibaba', 'freeze-evidence', { ja: [/会員ID・通知された理由・取引の記録・スクリーンショット/, /経緯をありのまま/], en: [/member ID, the stated reason, order records and screenshots/, /honestly/] })],
  },
  {
    fact: 'ali-contact-channels',
    says: "Support takes a contact form, chat or email; ask for the account to be restored. The step names the form and chat (the card shows no email address: README, Removed); an email address is found in the site's help.",
    where: [
      tip('alibaba', 'account-locked', 'steps', { ja: /^問い合わせフォームかチャットで、解除を依頼します。$/, en: /^Ask to restore the account by contact form or chat\.$/ }),
      tip('alibaba', 'account-locked', 'causes', { ja: /フォーム・チャット・メールのいずれか。メールの宛先は、サイトのヘルプで確かめる/, en: /contact form, chat or email\. Find the email address in the site's help/ }),
    ],
  },
  {
    fact: 'ali-followups-persist',
    says: 'Answer follow-ups quickly, and persist (truthfulness is asked for once, in the account of what happened).',
    where: [tip('alibaba', 'account-locked', 'causes', { ja: [/早めに対応する/, /問い合わせを続ける/], en: [/answer quickly/, /keep following up/] }), item('alibaba', 'freeze-evidence', { ja: [/早めに対応して/, /問い合わせを続けてください/], en: [/[Aa]nswer any request for more quickly/, /keep following up/] })],
  },
  {
    fact: 'ali-restored-examples',
    says: "Restored after: a new card replacing an expired one and paying; changing the password and reporting; for a seller, stopping a prohibited item and apologising (in the sellers' line, so a shopper does not read it as aimed at them: cold read 20, M6).",
    where: [
      tip('alibaba', 'account-locked', 'causes', { ja: /^解除された例：期限切れのクレジットカードを新しいものに替えて支払った、パスワードを変更して報告した$/, en: /new credit card in place of an expired one, or changed the password and reported it/ }),
      tip('alibaba', 'account-locked', 'causes', { ja: /^出品者の場合：.*禁止品の販売をやめて謝罪し、解除された例がある$/, en: /^For sellers: .*stopped selling a prohibited item and apologised/ }),
    ],
  },
  {
    fact: 'ali-prevention',
    says: 'Prevention: read the terms, accurate details, pay on time and keep the card current, a strong password used nowhere else, 2-step verification, avoid suspicious mail and too-good deals. (The article also says to change the password regularly: left out, as current advice is to change it when it may have leaked.)',
    where: [tip('alibaba', 'account-locked', 'causes', { ja: [/規約を読み/, /正確な情報を登録/, /期日どおりに支払/, /クレジットカードの情報も最新に/, /ほかで使っていない、推測されにくいパスワード/, /2段階認証/, /不審なメールやリンク/, /相場より安すぎる取引/], en: [/read the terms/, /accurate details/, /pay on time/, /[Kk]eep your credit card details current/, /password you use nowhere else and that is hard to guess/, /2-step verification/, /suspicious emails and links/, /too cheap to be true/] }), tip('alibaba', 'suspicious-activity', 'steps', { ja: /2段階認証/, en: /2-step verification/ })],
  },
  { fact: 'ali-not-guaranteed', says: 'Recovery is not guaranteed.', where: [tip('alibaba', 'account-locked', 'causes')], ja: /必ず解除されるとは限らず/, en: /Recovery is not guaranteed/ },
  { fact: 'ali-long-freeze-deletion', says: 'A long freeze can end in deletion.', where: [tip('alibaba', 'account-locked', 'causes')], ja: /凍結が長く続くとアカウントが削除されることもある/, en: /long freeze can end in deletion/, unconfirmed: true },
];

// ---- Issue 14's safety and precision rules ----

const RULES: Fact[] = [
  {
    fact: 'support-never-asks-password',
    says: 'Support never asks for a password.',
    // A warning, said after the steps (docs/glossary.md: 注： in Japanese, Note: in English).
    where: [tip('aliexpress', 'account-locked', 'causes'), tip('amazon', 'account-locked', 'causes'), tip('amazon', 'suspicious-activity', 'causes'), tip('alibaba', 'account-locked', 'causes'), tip('common', 'suspicious-activity', 'causes'), popup('supportHint'), item('amazon', 'takeover-signs')],
    ja: /サポートがパスワードを尋ねることは(ない|なく|ありません)/,
    en: /support will never ask for (your password|it)/i,
  },
  {
    fact: 'only-numbers-shown-here',
    says: "Where to reach support is checked in the site's own help, opened by typing its address (Amazon: the numbers shown here or in Amazon's help); the extension never claims its list is the only official one.",
    where: [
      tip('aliexpress', 'account-locked', 'causes', { ja: /問い合わせ先は、サイトのアドレスを自分で入力して開いたAliExpressのヘルプで確かめる/, en: /Find where to contact support in AliExpress's help, opened by typing the site's address yourself/ }),
      tip('amazon', 'account-locked', 'causes', { ja: /メールやSMSに書かれた番号には電話せず、サイトのアドレスを自分で入力して開いたAmazonの問い合わせページから連絡する/, en: /never call a number from an email or SMS\. Contact Amazon from its contact page, opened by typing the site's address yourself/ }),
      tip('amazon', 'suspicious-activity', 'causes', { ja: /メールやSMSに書かれた番号には電話せず、サイトのアドレスを自分で入力して開いたAmazonの問い合わせページから連絡する/, en: /never call a number from an email or SMS\. Contact Amazon from its contact page, opened by typing the site's address yourself/ }),
      // The popup's heading is 「問い合わせ先」 / "Contacts", as the card says it (「公式の窓口」 leaned toward "the only official ones": cold read 20, L16).
      popup('supportHint', { ja: /下の「問い合わせ先」か、サイトのアドレスを自分で入力して開いたヘルプで確かめて/, en: /under “Contacts” below, or in the site's help, opened by typing its address yourself/ }),
      popup('contacts', { ja: /^問い合わせ先$/, en: /^Contacts$/ }),
      item('amazon', 'takeover-signs', { ja: /「問い合わせ先」にあるAmazonの問い合わせページから.*メールに書かれた番号には電話しない/, en: /Amazon's contact page under “Contacts”.*Never call a number from an email/ }),
    ],
  },
  {
    fact: 'identity-documents-by-form-only',
    says: "Identity documents go only through a form reached by typing the site's own address, never to an address from a mail.",
    where: [tip('alibaba', 'account-locked', 'causes', { ja: /本人確認書類は、サイトのアドレスを自分で入力して開いたフォームからだけ送る。メールに書かれた宛先には送らない/, en: /identity documents only through a form you reached by typing the site's address yourself, never to an address from an email/ }), item('alibaba', 'freeze-evidence', { ja: /本人確認書類.*サイトのアドレスを自分で入力して開いたフォームからだけ/, en: /identity documents .*only through a form you reached by typing the site's address yourself/ })],
  },
  {
    fact: 'type-the-address-yourself',
    says: "Support is reached by typing the site's address, not from a link in a mail.",
    where: [tip('common', 'account-locked', 'steps'), tip('common', 'suspicious-activity', 'steps'), tip('alibaba', 'account-locked', 'steps'), tip('alibaba', 'suspicious-activity', 'steps')],
    ja: /アドレスを自分で入力して(開き|、ヘルプを開きます)/,
    en: /[Tt]ype the (site's address|address of the site you use) yourself/,
  },
  {
    fact: 'alibaba-1688-taobao-apart',
    says: 'Alibaba.com, 1688 and Taobao are told apart: check which site the account is on, contact that one.',
    where: [item('alibaba', 'right-account', { ja: /Alibaba\.com・1688・Taobaoのどのサイトで登録した/, en: /which site you signed up on \(Alibaba\.com, 1688 or Taobao\)/ }), tip('alibaba', 'account-locked', 'causes', { ja: /Alibaba\.com・1688・Taobaoはそれぞれ別のサイト/, en: /Alibaba\.com, 1688 and Taobao are separate sites/ })],
  },
  {
    fact: 'card-last-4-digits-only',
    says: 'Where identification is needed, the last 4 digits of the card only; asked for the full number, its security code or a password: suspect a fake.',
    where: [tip('amazon', 'suspicious-activity', 'steps', { ja: /末尾4桁/, en: /last 4 digits/ }), tip('amazon', 'suspicious-activity', 'causes', { ja: /伝えるのは、末尾4桁だけ。クレジットカード番号のすべてや裏面の3桁の番号、パスワードを尋ねられたら、偽物を疑う/, en: /give only its last 4 digits\. If asked for the full card number, the 3 digits on its back or your password, suspect a fake/ })],
  },
  {
    fact: 'amazon-field-types',
    says: "Amazon's field errors by field type: email, phone and password in half-width; an empty required field filled in; the name may be typed in Japanese (Amazon.co.jp's sign-up has no address field, and nothing says full-width is required: review 20, A-34).",
    where: [
      tip('amazon', 'field-error', 'steps', { ja: [/メールアドレス・携帯電話番号・パスワードの欄は、半角/, /^空いている必須の欄を入力します。$/], en: [/email, mobile number and password again in half-width/, /^Fill in any required field that is empty\.$/] }),
      tip('amazon', 'field-error', 'causes', { ja: /^氏名の欄は、日本語で入力できる$/, en: /^The name field takes Japanese$/ }),
    ],
  },
  {
    fact: 'caps-lock-one-instruction',
    says: 'One instruction for Caps Lock everywhere: hold Shift and press Caps Lock (it also works on US and Mac keyboards); a Japanese Windows keyboard does not turn it off with Caps Lock alone (review 20, M3).',
    where: [
      tip('common', 'caps-lock-on', 'steps', { ja: /^Shiftキーを押しながらCaps Lockキーを押して、オフにします。$/, en: /^Hold Shift and press Caps Lock to turn it off\.$/ }),
      tip('common', 'caps-lock-on', 'causes', { ja: /Windowsの日本語キーボードでは、Caps Lockキーだけを押してもオフにならない/, en: /On a Japanese Windows keyboard, Caps Lock alone does not turn it off/ }),
      item('amazon', 'caps-lock', { ja: [/Shiftキーを押しながらCaps Lockキーを押して、オフにしてください/, /Windowsの日本語キーボードでは、Caps Lockキーだけではオフになりません/], en: [/Hold Shift and press Caps Lock to turn it off/, /on a Japanese Windows keyboard, Caps Lock alone does not/] }),
    ],
  },
  {
    fact: 'slider-without-stopping',
    says: 'The slider advice says only what is sure: drag the handle to the end without stopping; why it failed is said as a guess (the check judged it a failure, or the browser); no speed advice (review 20, A-26). On the slider cards it is a detail, their steps being the retry and the reset (cold read 20c, H1).',
    where: [
      tip('common', 'slider-stuck', 'causes', { ja: /右端まで途中で止めずにスライドする/ }),
      tip('alibaba', 'slider-stuck', 'causes', { ja: /右端まで途中で止めずにスライドする/ }),
      tip('alibaba', 'bot-check', 'steps'),
    ],
    ja: /右端まで、?途中で止めずにスライドします/,
    en: /all the way to the right without stopping/,
  },
  {
    fact: 'amz-send-limit-page-time',
    says: "The code send limit is waited out for the time the page gives (the card reads it from the page), not a fixed 24 hours (review 20, A-35).",
    where: [tip('amazon', 'verification-code', 'steps')],
    ja: /^送信の上限に達した場合は、画面に書かれた時間がたってから依頼します。$/,
    en: /wait the time the page gives/,
  },
  {
    fact: 'amz-hold-page-label',
    says: "account-status.amazon.com is labelled as what it is (an Amazon page, in English, for the account's status), not as a page that lifts a hold: its only source is a runbook for amazon.com (review 20, M10).",
    where: [tip('amazon', 'account-locked', 'links', { ja: /^アカウントの状態の確認（Amazon、英語のページ）$/, en: /^Account status \(Amazon, a page in English\)$/ }), tip('amazon', 'account-locked', 'steps', { ja: /このヒントの「アカウントの状態の確認」を押します/, en: /press “Account status” here/ })],
  },
];

// ---- Never said: obsolete, unconfirmed or invented ----

const NEVER: Array<{ fact: string; says: string; pattern: RegExp; only?: 'checklist' }> = [
  { fact: 'ae-no-flash', says: 'The old "allow Flash" advice is obsolete: Flash no longer exists.', pattern: /Flash/ },
  { fact: 'ali-japan-mail-unconfirmed', says: 'The Alibaba Japan mail address appears in one article only and could not be confirmed: left out.', pattern: /alibabajapan|inqurity|alibaba-inc\.jp/i },
  { fact: 'no-1688-taobao-account', says: 'No claim that 1688 signs in with a Taobao account or password (no source).', pattern: /Taobao（淘宝）のアカウント|Taobaoの(アカウント|パスワード)|Taobao (account|password)/i },
  { fact: 'no-tmall-warning', says: "No warning about Tmall: it is outside the reset's scope.", pattern: /Tmall/i },
  { fact: 'no-invented-labels', says: 'No dated or invented page labels (a 「保留中のアカウント」 page, 「…事が出来ません」).', pattern: /保留中のアカウント|事が出来ません|ログインする事/ },
  { fact: 'no-documents-by-mail', says: 'Never tell the user to mail identity documents.', pattern: /(パスポート|運転免許証|本人確認書類)[^。]{0,30}メールで送|(passport|licence|identity documents)[^.]{0,30}by email/i },
  { fact: 'ae-no-temporary-password', says: 'No "temporary password by mail" (one article only, and the reset the cards describe sends a 6-digit code; a mailed temporary password is also a common phishing line).', pattern: /仮のパスワード|仮パスワード|temporary password/i },
  { fact: 'no-unplaced-japanese-support', says: 'No claim that support answers in Japanese: one article says so without naming the site, and its only Japanese channel is the unconfirmed address left out above.', pattern: /日本語でも問い合わせ|answers in Japanese/i },
  { fact: 'no-exclusive-contacts', says: 'The extension never claims that the contacts it shows are the only official ones.', pattern: /公式の窓口はここに表示したものだけ|表示した連絡先だけ|only official contacts are the ones shown here|Only use the contacts under/i },
  { fact: 'no-unconfirmed-phone-number', says: 'No phone number a current public source does not confirm (Amazon.co.jp\'s 2019 numbers included); no tel: link at all.', pattern: /0120-?999-?373|011-?330-?3000|0120-?899-?543|^tel:/ },
  { fact: 'no-full-card-details-ready', says: 'Never ask the user to have full card details, security codes or passwords ready.', pattern: /クレジットカードの情報を手元|details of your credit card|(カード番号|セキュリティコード|パスワード)を(手元に)?用意|have your (card number|security code|password)/i },
  { fact: 'amz-no-need-help-on-password-step', says: "The password step and the sign-up page show 「パスワードを忘れた場合」 directly: no 「お困りですか?」 before it there (only the email step's checklist how-to names it).", pattern: /「お困りですか\?」を開いて|open “Need help\?” and press/ },
  { fact: 'no-amazon-co-jp-sender', says: 'The reset code comes from the tab\'s marketplace: no 「Amazon.co.jp から」 in a card that every marketplace shows.', pattern: /Amazon\.co\.jp ?から|from Amazon\.co\.jp/ },
  { fact: 'no-taobao-seller-hall', says: "Taobao's help for shoppers, never its sellers' service hall (helpcenter.taobao.com).", pattern: /helpcenter\.taobao\.com/ },
  { fact: 'ae-no-english-only-label', says: 'No link label states "English only" as a current fact: one ~2020 article says it (review 20, A-20, L7); the cause hedges it.', pattern: /チャットは英語のみ）|英語のチャット）|in English only\)|chat is in English\)|仅限英文/ },
  { fact: 'no-unsourced-slider-speed', says: 'No "slowly at an even speed" or "moved too fast": no source, and an even-speed drag is what robot checks flag (review 20, A-26).', pattern: /ゆっくり|一定の速さ|速く動かしすぎ|slowly|steadily|moved too fast/i },
  { fact: 'no-unsourced-full-width-address', says: 'No "name and address in Japanese full-width" for Amazon: its sign-up has no address field and no source says full-width is required (review 20, A-34).', pattern: /氏名と住所の欄|日本語（全角）|name and address (fields )?(take|in) Japanese|Japanese \(full-width\)/ },
  { fact: 'no-fixed-24-hours', says: 'No fixed "wait 24 hours" for the code limit: only the page knows its time (review 20, A-35).', pattern: /24時間待|wait 24 hours/i },
  { fact: 'no-old-browser-labels', says: "No 2019 browser labels: Chrome's 「閲覧データを削除」 and its 「クリア」 confirmation, “Clear browsing data”, “Clear data” (review 20, B-H2).", pattern: /閲覧データを削除|「クリア」|“Clear browsing data”|“Clear data”/ },
  { fact: 'no-hold-lifting-label', says: "account-status.amazon.com is not called a page that lifts a hold (review 20, M10).", pattern: /保留解除のページ|page for accounts on hold/ },
  { fact: 'no-unsourced-1688-help', says: "No 1688 help address without a public source (helpcenter.1688.com had none).", pattern: /helpcenter\.1688\.com/ },
];

// ---- Reading the places ----

function tipAt(lang: Lang, site: SiteId | 'common', id: FindingId): Tip {
  const table = TABLES[lang];
  const found = site === 'common' ? table.common[id] : table.bySite[site][id];
  expect(found, `${lang} tip ${site}/${id}`).toBeDefined();
  return found!;
}

/** The strings of a place, as the user reads them (a control's label in its quotes). */
function textsAt(place: Place, lang: Lang): string[] {
  switch (place.in) {
    case 'tip': {
      const t = tipAt(lang, place.site, place.id);
      const quote = lang === 'ja' ? (l: string) => `「${l}」` : (l: string) => `“${l}”`;
      switch (place.part) {
        case 'title':
          return [t.title];
        case 'why':
          return [t.why];
        case 'steps':
          return t.steps.flatMap((s) => (!s.control ? [s.text] : s.control.label === undefined ? [s.otherwise!] : [s.text.replace('%s', quote(s.control.label))]));
        case 'causes':
          return t.causes;
        case 'links':
          return [t.sitePage, ...(t.contacts ?? [])].flatMap((c) => (c ? [c.label, c.href] : []));
      }
      break;
    }
    case 'checklist': {
      const found = CHECKLISTS[place.site].find((i) => i.id === place.id);
      expect(found, `${place.site} checklist ${place.id}`).toBeDefined();
      return [found![lang].howTo, found![lang].label];
    }
    case 'popup':
      return [String(STRINGS[lang][place.key])];
  }
}

const HEDGE: Record<Lang, RegExp> = { ja: /とされ/, en: /[Rr]eportedly/ };
const name = (p: Place) => (p.in === 'tip' ? `tip ${p.site}/${p.id} ${p.part}` : p.in === 'checklist' ? `checklist ${p.site}/${p.id}` : `popup ${p.key}`);

function check(row: Fact) {
  expect(row.where.length, row.fact).toBeGreaterThan(0);
  for (const place of row.where) {
    for (const lang of ['ja', 'en'] as const) {
      const pattern = place[lang] ?? row[lang];
      expect(pattern, `${row.fact}: a ${lang} phrase for ${name(place)}`).toBeDefined();
      const texts = textsAt(place, lang);
      for (const one of [pattern!].flat()) {
        const saying = texts.filter((text) => one.test(text));
        expect(saying, `${row.fact} (${lang}) in ${name(place)}: ${one}\n${texts.join('\n')}`).not.toEqual([]);
        if (row.unconfirmed) expect(saying.some((text) => HEDGE[lang].test(text)), `${row.fact} (${lang}) in ${name(place)} is hedged: ${saying.join(' / ')}`).toBe(true);
      }
    }
  }
}

/** Every text of the cards, the checklist, the card and the popup, in both languages. */
function everyText(only?: 'checklist'): string[] {
  const out: string[] = [];
  const walk = (v: unknown) => {
    if (typeof v === 'string') out.push(v);
    else if (typeof v === 'function') {
      const args = Array.from({ length: v.length }, () => 2);
      walk((v as (...a: unknown[]) => unknown)(...args));
    } else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(only === 'checklist' ? CHECKLISTS : [ja, en, CHECKLISTS, CARD_STRINGS, STRINGS]);
  return out;
}

describe('every fact of the knowledge base is said, in Japanese and in English, where the user needs it', () => {
  it('the table has one row per fact, each with a unique id', () => {
    const ids = [...FACTS, ...RULES, ...NEVER].map((r) => r.fact);
    expect(new Set(ids).size).toBe(ids.length);
    expect(FACTS.length).toBeGreaterThanOrEqual(61);
  });

  it.each(FACTS.map((row) => [row.fact, row] as const))('%s', (_id, row) => check(row));
});

describe("issue 14's safety and precision rules", () => {
  it.each(RULES.map((row) => [row.fact, row] as const))('%s', (_id, row) => check(row));
});

describe('never said', () => {
  it.each(NEVER.map((row) => [row.fact, row] as const))('%s', (_id, row) => {
    const all = everyText(row.only);
    expect(all.length).toBeGreaterThan(100);
    expect(all.filter((text) => row.pattern.test(text))).toEqual([]);
  });

  it('every lock, hold, freeze and takeover card of each site says support never asks for the password', () => {
    for (const lang of ['ja', 'en'] as const) {
      for (const site of [...SITE_IDS, 'common'] as const) {
        for (const id of ['account-locked', 'suspicious-activity'] as const) {
          const t = site === 'common' ? TABLES[lang].common[id] : TABLES[lang].bySite[site][id];
          if (!t) continue;
          expect([...t.steps.map((s) => s.text), ...t.causes].some((text) => (lang === 'ja' ? /パスワードを尋ね/ : /never ask for your password/).test(text)), `${lang} ${site}/${id}`).toBe(true);
        }
      }
    }
  });
});
