import type { FindingDetail, FindingId, Lang, SiteId, Tip } from '../findings';
import { contactFor, forMarketplace } from '../sites';
import { en } from './en';
import { ja } from './ja';
import { backWords, detailTip, holdOnCoJp, passwordResetPage, primaryFor } from './situations';

const TABLES = { ja, en } as const;

/** Japanese for a Japanese browser, English for every other language (design: ja first, en second). */
export function langFor(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** The tip for a finding on a site, at the step of the journey the page says (`detail`, design §2): the
 *  step's own card (lib/tips/situations.ts), else the site's own wording where its facts differ, else the
 *  common one. */
export function tipFor(site: SiteId, id: FindingId, lang: Lang, detail?: FindingDetail): Tip {
  const table = TABLES[lang];
  return detailTip(site, id, lang, detail) ?? table.bySite[site][id] ?? table.common[id];
}

/** The tip as shown on a page: a situation for the site's support links the contact or help page of the
 *  tab's own marketplace (each Amazon marketplace's own, 1688, Taobao or Alibaba.com), and Amazon.co.jp's
 *  contact page in its details becomes the tab's marketplace's. `back`: the situation is back in the tab
 *  (a robot check that loops: its card says so, and its primary is another; lib/tips/situations.ts). */
export function tipOnPage(site: SiteId, id: FindingId, lang: Lang, pageUrl: string, detail?: FindingDetail, back = false): Tip {
  const tip = { ...tipFor(site, id, lang, detail), ...backWords(site, id, lang, back) };
  const host = URL.canParse(pageUrl) ? new URL(pageUrl).hostname : null;
  // A wrong password: the marketplace's password reset page is the card's page (the page's own link first, in the card).
  const resetPage = id === 'wrong-password' && !tip.sitePage ? passwordResetPage(site, host, lang) : null;
  const shown: Tip = {
    ...tip,
    ...(!tip.sitePage && tip.sitePageIsSupport ? { sitePage: contactFor(site, host, lang) } : {}),
    ...(resetPage ? { sitePage: resetPage } : {}),
    ...(tip.contacts ? { contacts: forMarketplace(site, tip.contacts, host, lang) } : {}),
  };
  // Amazon.co.jp's hold: the contact page first, account-status beside it (review 20, M10).
  Object.assign(shown, holdOnCoJp(site, id, detail, host, lang, shown));
  const primary = primaryFor(site, id, detail, shown, back);
  return primary ? { ...shown, primary } : shown;
}
