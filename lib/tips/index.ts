import type { FindingId, Lang, SiteId, Tip } from '../findings';
import { contactFor, forMarketplace } from '../sites';
import { en } from './en';
import { ja } from './ja';

const TABLES = { ja, en } as const;

/** Japanese for a Japanese browser, English for every other language (design: ja first, en second). */
export function langFor(locale: string | undefined): Lang {
  return locale?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** The tip for a finding on a site: the site's own wording where its facts differ, else the common one. */
export function tipFor(site: SiteId, id: FindingId, lang: Lang): Tip {
  const table = TABLES[lang];
  return table.bySite[site][id] ?? table.common[id];
}

/** The tip as shown on a page: a situation for the site's support links the contact or help page of the
 *  tab's own marketplace (each Amazon marketplace's own, 1688, Taobao or Alibaba.com), and Amazon.co.jp's
 *  contact page in its details becomes the tab's marketplace's. */
export function tipOnPage(site: SiteId, id: FindingId, lang: Lang, pageUrl: string): Tip {
  const tip = tipFor(site, id, lang);
  const host = URL.canParse(pageUrl) ? new URL(pageUrl).hostname : null;
  return {
    ...tip,
    ...(!tip.sitePage && tip.sitePageIsSupport ? { sitePage: contactFor(site, host, lang) } : {}),
    ...(tip.contacts ? { contacts: forMarketplace(site, tip.contacts, host, lang) } : {}),
  };
}
