import type { FindingId, Lang, SiteId, Tip } from '../findings';
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
