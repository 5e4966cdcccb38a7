/**
 * What a site-data reset costs the user on this site, in words, and what undo brings back (issue 19, item
 * 3). The one place these words are written: the popup's confirmation and the card's read them from here.
 *
 * Every claim is sourced (README, Site-data reset):
 * - Signed out: the reset removes the site's sign-in cookies (lib/background/reset/plan.ts).
 * - AliExpress: the language, currency and ship-to country a visitor picks are kept in the `aep_usuc_f`
 *   cookie of `.aliexpress.com` (`b_locale`, `c_tp`, `region`), as public scripts that set it to force a
 *   currency and region show (search tool, code: "aep_usuc_f=site=glo&c_tp=USD&region=US&b_locale=en_US";
 *   "the panel is … gated on the ship-to country in aep_usuc_f").
 * - Amazon: two-step verification asks for a code when signing in on a browser that is not trusted
 *   (Amazon.co.jp help, nodeId=201962400: 「2段階認証は、信頼済みでない端末からサインインする場合に…」), and
 *   its code page offers "Don't require OTP on this browser" (tests/fixtures/amazon-real/post-signin-mfa.html):
 *   a browser is remembered by what it keeps, so with its cookies gone the next sign-in may ask for a code.
 *   On amazon.com the domain-wide cookies are shared with AWS, Seller Central and other services there.
 * - Alibaba.com / 1688: their sign-in may pass through taobao.com (design §1), so the reset also removes
 *   Taobao's sign-in cookies (lib/sites/alibaba.ts `domains`): signed out of Taobao too; and it covers both
 *   alibaba.com and 1688.com, whichever the tab is on.
 * - Undo re-creates the removed cookies (so the sign-in and the settings kept in them); site storage
 *   (local storage, IndexedDB, caches) cannot be restored (design §5).
 */
import type { Lang, SiteId } from './findings';
import { hostInDomain } from './sites';
import { UNDO_WINDOW_MINUTES } from './undo-window';

export interface ResetConsequences {
  /** The site as the confirmation names it: AliExpress, Amazon.co.jp, Alibaba.com・1688. */
  siteName: string;
  /** The confirmation's first line, naming the site: what follows is what resetting means. */
  lead: string;
  /** What the user loses on this site, most important first: each a sentence in です／ます. */
  lose: string[];
  /** What undo brings back, for how long, and what it cannot. */
  undo: string;
}

const AMAZON_JP = 'amazon.co.jp';

/** The marketplace's name as the user knows it: Amazon.co.jp, Amazon.com… (each is its own account). */
function amazonName(host: string | null): string {
  if (!host) return 'Amazon';
  const domain = host.replace(/^(www\.)/, '');
  return domain.startsWith('amazon.') ? `Amazon.${domain.slice('amazon.'.length)}` : 'Amazon';
}

/** What undo brings back (`back`: what the site keeps in its cookies), for how long, and what it cannot. */
function undo(lang: Lang, minutes: number, back: string): string {
  return lang === 'ja'
    ? `${minutes}分以内なら「元に戻す」でCookieを戻せます。${back}は戻りますが、保存データ（ローカルストレージなど）は戻りません。`
    : `Undo (for ${minutes} minutes) restores the cookies, and with them ${back}. Stored data (local storage etc.) does not.`;
}

/** The consequences of resetting `site`'s data from a tab on `host` (null: not known), in `lang`. */
export function resetConsequences(site: SiteId, lang: Lang, host: string | null, minutes: number = UNDO_WINDOW_MINUTES): ResetConsequences {
  const c = consequences(site, lang, host, minutes);
  return { ...c, lead: lang === 'ja' ? `${c.siteName}のデータをリセットすると、次のようになります。` : `Resetting ${c.siteName}'s data means:` };
}

function consequences(site: SiteId, lang: Lang, host: string | null, minutes: number): Omit<ResetConsequences, 'lead'> {
  const ja = lang === 'ja';
  switch (site) {
    case 'aliexpress':
      return {
        siteName: 'AliExpress',
        lose: ja
          ? ['AliExpressからログアウトされます。', 'このブラウザーで選んだ言語・通貨・配送先の国が、初期設定に戻ります。']
          : ['You will be signed out of AliExpress.', 'The language, currency and ship-to country chosen in this browser go back to their defaults.'],
        undo: undo(lang, minutes, ja ? 'ログイン状態と言語・通貨・配送先の設定' : 'your sign-in and the language, currency and ship-to settings'),
      };
    case 'amazon': {
      const name = amazonName(host);
      const amazonCom = host !== null && hostInDomain(host, 'amazon.com');
      return {
        siteName: name,
        lose: [
          ja ? `${name}からログアウトされます。` : `You will be signed out of ${name}.`,
          ja
            ? `${name}がこのブラウザーを覚えておくための記録も削除されるため、次のログインで確認コードを求められることがあります。`
            : 'What remembers this browser is removed too, so the next sign-in may ask for a verification code.',
          ...(amazonCom
            ? [ja ? '同じドメインのAWS・Seller Centralなどからもログアウトされます。' : 'You will also be signed out of AWS, Seller Central and other services on the same domain.']
            : []),
        ],
        undo: undo(lang, minutes, ja ? 'ログイン状態とこのブラウザーを覚えておくための記録' : 'your sign-in and what remembers this browser'),
      };
    }
    case 'alibaba':
      return {
        siteName: ja ? 'Alibaba.com・1688' : 'Alibaba.com and 1688',
        lose: ja
          ? ['Alibaba.comと1688からログアウトされます。', 'ログインがtaobao.comを通ることがあるため、TaobaoのCookieも削除します。Taobaoからもログアウトされます。']
          : ['You will be signed out of Alibaba.com and 1688.', "Their sign-in can pass through taobao.com, so Taobao's cookies are removed too: you will also be signed out of Taobao."],
        undo: undo(lang, minutes, ja ? '3つのサイトのログイン状態' : 'your sign-in on all three sites'),
      };
  }
}

/** Every text of the module, for the wording tests: each site, on amazon.co.jp and amazon.com. */
export function allResetConsequences(lang: Lang): ResetConsequences[] {
  return [resetConsequences('aliexpress', lang, 'login.aliexpress.com'), resetConsequences('amazon', lang, `www.${AMAZON_JP}`), resetConsequences('amazon', lang, 'www.amazon.com'), resetConsequences('alibaba', lang, 'login.1688.com')];
}
