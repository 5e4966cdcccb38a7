/**
 * The lexicon: what words mean, per language, as data a linguist can read and edit.
 *
 * Each concept lists its terms per language, one after another, separated by `|`. A term is matched inside
 * text that was folded first (NFKC, so full-width letters and half-width kana are read as their usual forms;
 * lower case): write terms in lower case and in their usual width. A term is a small regular expression:
 * `(a|b)` for alternatives inside it, `?` for an optional letter, `[^。]{0,10}` for a short gap. Terms in Latin, Cyrillic and Hangul script must start at
 * a word's start and may end anywhere, so a stem covers its endings (`suspend` → suspended, suspension);
 * Japanese and Chinese terms match anywhere. Japanese, English and Chinese are complete; the other
 * languages AliExpress and the widgets speak to our users (Korean, Spanish, French, Portuguese, Russian)
 * carry a wrong password, an unknown or taken account, a lock, and the slider's and robot check's words.
 * The rules (`rules/*.ts`) combine concepts within one sentence; `tests/fixtures/wording/` holds the real
 * wording they are measured on.
 *
 * Japanese and English are here, in the detector itself; every other language is a file of its own
 * (`lexicon/zh.ts`, `lexicon/ko.ts`, …), built as a chunk of its own and injected with the detector only
 * into frames in that language (`languages.ts`, README Performance): a sign-in page carries the detector
 * and its own language's terms, not every language's. In Node (the scan command, the tests)
 * `lexicon/all.ts` adds them all: one detection path either way.
 */

import { offeredLanguages, type LanguageTerms } from './lexicon/offer';
import { TURKISH_I } from './text';

export type Concept =
  | 'password'
  | 'account'
  | 'email'
  | 'wrong'
  | 'not-found'
  | 'already-registered'
  | 'locked'
  | 'restricted'
  | 'unlock'
  | 'attempts'
  | 'sign-in'
  | 'too-many'
  | 'code'
  | 'code-asked'
  | 'sending'
  | 'expired'
  | 'robot'
  | 'slide'
  | 'failed'
  | 'network'
  | 'suspicious'
  | 'verify'
  | 'unverified'
  | 'required'
  | 'bad-format'
  | 'new-customer'
  | 'password-task'
  | 'contact-support'
  | 'to-continue'
  | 'confirmation'
  | 'conditional'
  | 'attributive'
  | 'done'
  | 'appeal'
  | 'condition';

export type Lang = 'en' | 'ja' | 'zh' | 'ko' | 'es' | 'fr' | 'pt' | 'ru' | 'de' | 'it' | 'nl' | 'pl' | 'uk' | 'tr' | 'vi' | 'id' | 'ms' | 'th' | 'he' | 'ar' | 'sv';
type Terms = Partial<Record<Lang, string>>;

/** Japanese and English; the other languages' terms join each concept when their chunk is added
 *  (`addLanguage`). */
export const LEXICON: Record<Concept, Terms> = {
  password: {
    en: 'password|pass word',
    ja: 'パスワード',
  },
  // What identifies an account: the account itself, a user name or ID, an email address, a phone number.
  account: {
    en: 'account|user ?name|user id|login id|member id|login name|e-?mail|phone number|mobile number|mobile phone|id\\b',
    ja: 'アカウント|ユーザー(名|id)?|会員|ログインid|id|メールアドレス|eメール|電話番号|携帯(電話)?番号',
  },
  email: {
    en: 'e-?mail',
    ja: 'メール',
  },
  // Said to be wrong, or not to match.
  wrong: {
    en: "incorrect|wrong|invalid|not (correct|valid|right)|(does|do|did)( not|n['’]t) (seem to |appear to )?match|mismatch|isn['’]t (right|correct|valid)|no match",
    ja: '正しくありません|正しくない|間違|誤り|誤って|違います|(一致|合致|マッチ)(しません|しない|していません|しておりません)|不正確|合っていません|無効',
  },
  'not-found': {
    en: "not found|(cannot|can['’]t|could not|couldn['’]t|unable to|did not|didn['’]t) (find|locate)|no account|(does not|doesn['’]t|did not|didn['’]t) exist|not (yet )?registered|not recogni[sz]ed|no (user|member|record)s? (found|exists|matches)|not associated with",
    ja: '見つかりません|見つからない|見つかりませんでした|存在しません|存在しない|登録されていません|登録がありません|未登録',
  },
  // Told they are new: the site found no account for what was typed.
  'new-customer': {
    en: "looks like you['’]re new|new to amazon",
    ja: '初めてのよう|初めてのご利用',
  },
  // A heading that names the forgot-password task.
  'password-task': {
    en: '^(password assistance|forgot (your )?password|reset (your )?password|password reset|change your password|find (your )?password)',
    ja: '^パスワード(アシスタン|をお忘れ|を忘れ|の再設定|を再設定|のリセット|再設定)',
  },
  'already-registered': {
    en: 'already (registered|in use|exists|been registered|been used|associated|taken|linked|has an account|used)|account (already exists|with this (e-?mail|email address|phone|number|mobile) already)|already an account|already (have|has) an account with',
    // 「登録済み」 says it only in a sentence (です, のため, …): alone it is a settings page's status badge.
    ja: '(既に|すでに)[^。]{0,12}(登録|使用|使われ|存在|利用)|(登録|使用)済み(です|でした|のため|となって)',
  },
  // The account cannot be used for now, and the user can lift it (an SMS or identity check): locked,
  // frozen, on hold, sign-in blocked.
  locked: {
    en: 'locked|lock(ed)? out|on hold|frozen|freez|blocked',
    // A device's screen lock (「画面ロック」, a passkey's way in) is no account's state.
    ja: '(?<!キャップス|ナム|スクロール|画面|スクリーン|caps ?|num ?)ロック|凍結|保留|ログイン(でき|いただけ|頂け)(ません|ない)',
  },
  // The account cannot be used and only the site's support can change that: restricted, suspended,
  // terminated, closed, deactivated, "temporarily unavailable", under review, "use another account", or
  // held for a violation of the rules (a freeze for a violation is lifted by an appeal, not by the user).
  restricted: {
    en: 'suspen(ded|sion)|deactivat|disabled|restrict|banned|terminat|closed|violat|(unavailable|not available)|under review|being reviewed|deleted|no longer (active|available|accessible)|not (authori[sz]ed|allowed|permitted) to (sign|log|access|use)|use (another|a different) account',
    ja: '停止|制限|閉鎖|解約|違反|無効(化|になって|にされ)|(利用|使用)(でき|いただけ|になれ|頂け)(ません|ない)|審査中|削除されて|別のアカウント',
  },
  // The user can lift it: unlock it, verify their identity.
  unlock: {
    en: 'unlock|verify your identity',
    ja: 'ロック(を)?解除|本人確認',
  },
  'sign-in': {
    en: 'sign-?in|sign (you )?in|log-?in|log (you )?in|logon',
    ja: 'ログイン|サインイン',
  },
  attempts: {
    en: 'attempt|tries|sign-?in|log-?in|logins|times',
    ja: '試行|ログイン|サインイン|入力|回',
  },
  'too-many': {
    en: 'too many|too (often|frequent)|exceeded|limit (reached|exceeded)|maximum (number|limit)|reached (the|your) (daily )?(maximum|limit)|daily limit|requested too',
    ja: '上限|回数が多|多すぎ|頻繁|何度も|複数回|超えました',
  },
  // A one-time code (SMS, email, authenticator): not a zip, postal, promo or country code.
  code: {
    en: '(?<!(zip|post|postal|promo|coupon|country|area|gift|discount|referral|invite|invitation|voucher|qr) )code(?! (promo|postal|de réduction|pays|do cupom|de cupón|de descuento|postale))|otps?\\b|passcode|one[- ]time password|two-step|2-step',
    ja: '(認証|確認|セキュリティ|ワンタイム|sms|ショートメッセージ)(コード|パスワード|番号)|(?<!郵便|クーポン|国|プロモーション|招待)コード|二段階認証|2段階認証',
  },
  // The page is asking for a code, or says one was sent.
  'code-asked': {
    en: 'enter|type|sent|texted|emailed|get (a |the )?code|send (a |the )?code|receive|(two|2)-step verification',
    ja: '入力|送信|送りました|お送り|届|取得|受け取|(二|2)段階認証',
  },
  // Codes sent or asked for, or a day's count: a limit said with these is on sending codes (wait, do not
  // resend), not on typing them.
  sending: {
    en: 'request|send|sent|resend|get (a |the |new )?codes?|receive|daily|today|24 hours|tomorrow',
    ja: '送信|再送|送付|送ら|発行|リクエスト|取得|本日|今日|明日|24時間',
  },
  expired: {
    en: 'expired|no longer valid|timed out',
    ja: '期限切れ|期限が切れ|有効期限',
  },
  robot: {
    en: "robot|unusual traffic|captcha|crawler|characters (you see|shown|in the image|below)|solve (this|the) puzzle|you['’]re (a )?human|not a bot|automated (queries|requests|access|traffic)|abnormal (network )?(request|traffic|access)",
    ja: 'ロボット|トラフィック|画像に表示されている文字|表示されている文字|自動(化された)?(アクセス|プログラム|リクエスト)',
  },
  // The slide-to-verify widget.
  slide: {
    en: 'slide|drag|slider',
    ja: 'スライド|ドラッグ|スライダー',
  },
  // Something failed: an error, "try again".
  failed: {
    en: "fail|error|oops|went wrong|something['’]s wrong|try again|retry|refresh|net err|unsuccessful|not successful",
    ja: '失敗|エラー|問題が発生|もう一度|再試行|やり直|うまくいき?(ません|かな)|間違いがあ',
  },
  network: {
    en: 'network|connection|net err|offline',
    ja: 'ネットワーク|通信|接続',
  },
  // Someone else may be using the account.
  suspicious: {
    en: 'suspicious|unusual ([a-z]+ )?(sign-?in|log-?in|login|activity|attempt)|someone (else )?(may|might|tried|has tried|is trying|else)|compromised|stolen|hacked|unauthori[sz]ed|noticed something unusual|unfamiliar (location|device)|sign-?in (was |has been )?blocked|new (device|location)',
    ja: '不審|不正(な)?(アクセス|ログイン|利用)|(いつも|通常)と(は)?(違う|異なる)|異常な(サインイン|ログイン|アクセス|アクティビティ)|乗っ取|第三者(による|が)[^。]{0,10}(アクセス|ログイン|利用)',
  },
  verify: {
    en: 'verif|confirm',
    ja: '認証|確認',
  },
  unverified: {
    en: "(is|are|was|has|have|had)n['’]t (yet )?(been )?(verified|confirmed|activated)|not (yet )?(been )?(verified|confirmed|activated)|unverified|unconfirmed|resend (now|(the )?verification|link)|verify (your |the )?e-?mail",
    ja: '未認証|未確認|(認証|確認)(が完了して|されて|が済んで)(い)?(ません|ない)|認証(して|を)(ください|お願い)|(認証|確認)メールを再送|再送|(認証|確認)を完了(して|させて)(ください|下さい)',
  },
  required: {
    en: "required|can(not|['’]t) be (empty|blank)|must not be (empty|blank)|please (enter|fill|provide|select|input)|enter (your|a|an|the)|is missing|is empty|field",
    ja: '入力してください|入力されていません|入力が必要|必須|(を|の)入力$|選択してください|未入力',
  },
  'bad-format': {
    en: "invalid|not valid|format|not allowed|must (be|contain|include|have)|at least|too (short|long)|only (letters|numbers|digits)|characters|passwords? (do not|don['’]t) match",
    ja: '形式|書式|無効な|使用できない|使えない|文字以上|文字以内|桁|半角|全角',
  },
  'contact-support': {
    en: 'contact (our |the )?(customer )?(service|support|us|care)|customer (service|support|care)|help cent(er|re)',
    ja: 'カスタマーサービス|カスタマーサポート|お問い合わせ|問い合わせ|サポート(窓口|センター)?に(連絡|ご連絡)|窓口',
  },
  'to-continue': {
    en: 'continue|to sign in|to log ?in|to access|to use|to proceed|to restore',
    ja: '続行|続け|(次|先)に進|進むには|ご利用(いただく|になる|を再開)|ログインする|再開|解除',
  },
  // A second field that must repeat the first ("confirm password", 「確認用パスワード」).
  confirmation: {
    en: 'confirm|passwords|re-?enter|repeat|retype',
    ja: '確認用|再入力|(2|二)つの|もう一度入力',
  },
  // A rule, a possibility or a condition, not a state: "will be locked after 5 tries", 「…場合は」.
  conditional: {
    en: 'if\\b|^to (protect|keep|secure|help protect)|(will|would|may|might|could|can) be|after \\d|to (avoid|prevent)|in order to|unless|whenever|(?<!violat\\w* (of )?(our |the |its )?([a-z0-9.]+ )?)(policy|terms of)',
    ja: '場合|ことがあります|ことがございます|可能性|おそれ|恐れ|ないよう|(る|た|す|え)と[^。]{0,20}(ロック|凍結|停止|制限)|回(以上)?(連続|続けて)|連続して[^。]{0,10}(間違|失敗)|規約(?!に違反|への違反|違反)|ご注意|(とき|時)(の|は)',
  },
  // A clause that sets a condition for the next one (「…すると」, "If you…"): the next is its consequence.
  condition: {
    en: '^if\\b',
    ja: '(と|ば|たら|なら|場合(に)?は?)$',
  },
  // A state named as a thing's attribute, not said of it: "the registered phone number", "your locked
  // items", 「登録済みの電話番号」, 「ご登録のメールアドレス」, 已绑定的手机号.
  attributive: {
    en: '(the|your|a|an|this|that|my|our|its|their)( [a-z]+ly)? (registered|verified|confirmed|locked|linked|associated|saved) (?!(to|with|by|in|for|on|at|as|and|or|from|under)\\b)(?=[a-z])',
    ja: '(登録|認証|確認|使用|ロック)済みの|ご登録(の|いただいた|いただいている)|登録(されている|されてある|した|している|いただいた)(?=メール|電話|携帯|sms|番号|アドレス|端末|デバイス)',
  },
  // A task the page reports as done: a password changed, an email verified, a hold lifted ("Password
  // changed", 「パスワードが変更されました」, 验证成功, "no longer on hold"). Never a code sent: that asks for it.
  done: {
    en: '(?<!not )successful|(has|have) been (changed|reset|verified|confirmed|unlocked|restored)|(password|e-?mail|account) (changed|verified|confirmed|restored)\\b|no longer (on hold|locked|suspended|restricted)',
    ja: '(変更|再設定|認証|確認|登録)(が|は)?(完了|成功)(しました|いたしました)|(変更|再設定|リセット)されました|(ロック|保留|停止|制限|凍結)(が|は)?解除され(ました|ています)',
  },
  // The user appeals and the site decides: only the site can restore it. Not a review that follows the
  // user's own proof (Amazon's hold: documents uploaded, 「審査が完了します」).
  appeal: {
    en: 'appeal',
    ja: '申し立て|申立|異議',
  },
};

/** A language's terms join each concept's (the same terms again change nothing). Before the first
 *  expression is compiled: compiled ones are kept (meaning.ts). */
export function addLanguage(lang: Lang, terms: LanguageTerms): void {
  for (const [concept, words] of Object.entries(terms)) LEXICON[concept as Concept][lang] = words;
}

/** The languages the frame's chunks offered, each added once (the chunks run before the detector). */
const taken = new Set<string>();
function takeOfferedLanguages(): void {
  for (const [lang, terms] of Object.entries(offeredLanguages())) {
    if (taken.has(lang)) continue;
    taken.add(lang);
    addLanguage(lang as Lang, terms);
  }
}

/** The letters and digits of the spaced scripts (Latin with its accents and Vietnamese's, Cyrillic, Hangul),
 *  lower case (text is folded first): what may not stand just before a term. Listed, not `\\p{L}`: a Unicode
 *  property class made the lexicon's first match in a page cost several times more to compile. */
const WORD_LETTERS = 'a-z0-9\\u00df-\\u024f\\u1e00-\\u1eff\\u0430-\\u045f\\u0491\\uac00-\\ud7a3';
/** A term's `\\b` is the end of a word in any of those scripts: the engine's own `\\b` knows only ASCII
 *  letters (Spanish "si\\b" matched Polish "się"; a Ukrainian term ending in `ої\\b` never matched). */
const WORD_END = `(?![${WORD_LETTERS}])`;

/** Scripts whose words are spaced: their terms must start at a word's start. */
const SPACED = new Set(['en', 'ko', 'es', 'fr', 'pt', 'ru', 'de', 'it', 'nl', 'pl', 'uk', 'tr', 'vi', 'id', 'ms', 'sv']);

/** One expression for some concepts: their terms in every language, the spaced languages' behind one
 *  word-start guard: one guard for all of them made a test of a review's sentence eight times faster
 *  (46 → 5.6 µs) than one guard per language. */
export function conceptPattern(...concepts: Concept[]): RegExp {
  takeOfferedLanguages();
  const terms = (spaced: boolean) =>
    concepts
      .flatMap((concept) => Object.entries(LEXICON[concept]))
      .filter(([lang]) => SPACED.has(lang) === spaced)
      .map(([, words]) => words.replaceAll('\\b', WORD_END).replace(TURKISH_I, 'i'))
      .join('|');
  return new RegExp(`(?<![${WORD_LETTERS}])(?:${terms(true)})|${terms(false) || '(?!)'}`);
}
