import { useState } from 'preact/hooks';
import type { Finding, FindingId, Lang, SiteId } from '@/lib/findings';
import type { CardResetAnswer, CardUndoAnswer, PageMessage, ShownTip } from '@/lib/messages';
import type { ResetResult, UndoResult } from '@/lib/background/reset/run';
import { tipOnPage } from '@/lib/tips';
import { siteById } from '@/lib/sites';
import { copyText } from '@/lib/page/clipboard';
import { Card } from '../card/Card';
import { bySeverity } from '../card/Panel';
import { OtherFindings } from '../card/OtherFindings';
import type { Strings } from './strings';

const send = (message: PageMessage) => browser.runtime.sendMessage(message);

/** The popup's first screen: the problem found, as the page's card shows it, with its buttons; the other
 *  findings named below, one click away. */
export function Lead({ tabId, site, url, findings, focus, domains, lang, t }: { tabId: number; site: SiteId; url: string; findings: Finding[]; focus: FindingId | null; domains: string[]; lang: Lang; t: Strings }) {
  const ordered = bySeverity(findings.map((finding): ShownTip => ({ finding, tip: tipOnPage(finding.site, finding.id, lang, url) })));
  const [chosen, setChosen] = useState<FindingId | null>(focus);
  const current = ordered.find((s) => s.finding.id === chosen) ?? ordered[0]!;
  const others = ordered.filter((s) => s !== current);

  const reset = async (): Promise<CardResetAnswer> => {
    const result = (await send({ type: 'reset', tabId, domains })) as ResetResult | { error: string };
    if ('error' in result) return { ok: false };
    return { ok: true, cookies: result.domains.reduce((sum, d) => sum + d.cookiesRemoved, 0), storageCleared: result.storage.cleared, undoUntil: result.undoUntil };
  };
  const undo = async (): Promise<CardUndoAnswer> => {
    const result = (await send({ type: 'undo' })) as UndoResult | null;
    return result && { restored: result.restored, failed: result.failed.length };
  };
  const copySupport = async () => {
    const message = (await send({ type: 'support-message', tabId })) as { text: string } | null;
    return !!message && copyText(message.text);
  };

  return (
    <section class="lead" aria-label={t.detected}>
      <Card
        key={current.finding.id}
        shown={current}
        siteName={siteById(site).name[lang]}
        lang={lang}
        page={{ controls: {}, hints: [], afterReset: false, address: new URL(url).origin + new URL(url).pathname, hasPasswordField: true }}
        on={{ reset, undo, reload: () => void browser.tabs.reload(tabId), copySupport, copyText }}
      />
      {others.length > 0 && (
        <>
          <h2 class="others-h">{t.otherFindings}</h2>
          <OtherFindings others={others} onChoose={setChosen} />
        </>
      )}
    </section>
  );
}
