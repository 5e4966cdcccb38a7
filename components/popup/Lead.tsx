import type { Finding, FindingDetail, FindingId, Lang, SiteId } from '@/lib/findings';
import type { CardResetAnswer, PageMessage, ShownTip } from '@/lib/messages';
import { tipOnPage } from '@/lib/tips';
import { copyInThisDocument } from '@/lib/page/clipboard';
import { Card, type CardHandlers, type CardPage } from '../card/Card';
import { bySeverity } from '../card/Panel';
import { OtherFindings } from '../card/OtherFindings';
import type { Strings } from './strings';

const send = (message: PageMessage) => browser.runtime.sendMessage(message);

/** The card's buttons in the popup. Its reset opens the popup's own confirmation right under the card
 *  (the one that says what the user loses on this site); the result and undo then stay at the top. */
export function popupHandlers(tabId: number, onReset: () => void): CardHandlers {
  return {
    // Never called: `confirmElsewhere` takes the press. Present so that the card shows its reset button.
    reset: async (): Promise<CardResetAnswer> => ({ ok: false }),
    confirmElsewhere: (action) => {
      if (action === 'reset') onReset();
    },
    reload: () => void browser.tabs.reload(tabId),
    copySupport: async () => {
      const message = (await send({ type: 'support-message', tabId })) as { text: string } | null;
      return !!message && copyInThisDocument(message.text);
    },
    copyText: copyInThisDocument,
  };
}

function cardPage(url: string): CardPage {
  return { controls: {}, hints: [], afterReset: false, address: new URL(url).origin + new URL(url).pathname, hasPasswordField: true };
}

/** The findings' cards in the order the popup shows them (errors first): computed once per render of the
 *  popup, for the lead card and for whether it offers the reset. */
export function leadTips(findings: Finding[], lang: Lang, url: string, back: readonly FindingId[] = []): ShownTip[] {
  return bySeverity(findings.map((finding): ShownTip => ({ finding, tip: tipOnPage(finding.site, finding.id, lang, url, finding.detail, back.includes(finding.id)) })));
}

/** The card shown first: the one the user chose (or the popup was opened for), else the most severe. */
export const leadOf = (ordered: ShownTip[], chosen: FindingId | null): ShownTip => ordered.find((s) => s.finding.id === chosen) ?? ordered[0]!;

/** The popup's first screen: the problem found, as the page's card shows it, with its buttons; the other
 *  findings named below, one click away. */
export function Lead({ tabId, url, ordered, chosen, setChosen, lang, t, onReset }: { tabId: number; url: string; ordered: ShownTip[]; chosen: FindingId | null; setChosen(id: FindingId): void; lang: Lang; t: Strings; onReset(): void }) {
  const current = leadOf(ordered, chosen);
  const others = ordered.filter((s) => s !== current);

  return (
    <section class="lead" aria-label={t.detected}>
      <Card key={current.finding.id} shown={current} lang={lang} page={cardPage(url)} on={popupHandlers(tabId, onReset)} />
      {others.length > 0 && (
        <>
          <h2 class="others-h">{t.otherFindings}</h2>
          <OtherFindings others={others} onChoose={setChosen} />
        </>
      )}
    </section>
  );
}

/** A situation the user can name when the extension found nothing: a finding id and, where the id has
 *  several steps (design §2), the step. */
export interface Situation {
  key: 'wrong-password' | 'account-not-found' | 'account-locked' | 'code-not-arriving' | 'code-rejected' | 'slider-stuck' | 'bot-check' | 'blank-login-page';
  id: FindingId;
  detail?: FindingDetail;
}

export const SITUATIONS: Situation[] = [
  { key: 'wrong-password', id: 'wrong-password' },
  { key: 'account-not-found', id: 'account-not-found' },
  { key: 'account-locked', id: 'account-locked', detail: 'locked' },
  { key: 'code-not-arriving', id: 'verification-code', detail: 'asked' },
  { key: 'code-rejected', id: 'verification-code', detail: 'wrong' },
  { key: 'slider-stuck', id: 'slider-stuck' },
  { key: 'bot-check', id: 'bot-check' },
  { key: 'blank-login-page', id: 'blank-login-page' },
];

/** The chooser's label for a situation on a site (each site's own word for a stopped account). */
export function situationLabel(situation: Situation, site: SiteId, t: Strings): string {
  const label = t.choices[situation.key];
  return typeof label === 'string' ? label : label[site];
}

/** The card for a situation the user chose: the same tip the page would show for it. */
export function situationCard(situation: Situation, site: SiteId, lang: Lang, url: string): ShownTip {
  const finding: Finding = { id: situation.id, site, severity: 'error', evidence: '', ...(situation.detail ? { detail: situation.detail } : {}) };
  return { finding, tip: tipOnPage(site, situation.id, lang, url, situation.detail) };
}

/** When nothing was found on the tab but the user is still stuck: 「どうなっていますか？」 and the situations;
 *  each choice opens that situation's card here. */
export function Chooser({ tabId, site, url, lang, t, onReset, chosen, setChosen }: { tabId: number; site: SiteId; url: string; lang: Lang; t: Strings; onReset(): void; chosen: Situation | null; setChosen(s: Situation | null): void }) {
  if (chosen) {
    return (
      <section class="lead chooser" aria-label={situationLabel(chosen, site, t)} data-chosen={chosen.key}>
        <Card key={chosen.key} shown={situationCard(chosen, site, lang, url)} lang={lang} page={cardPage(url)} on={popupHandlers(tabId, onReset)} />
        <button type="button" class="link" data-action="choose-again" onClick={() => setChosen(null)}>
          {t.chooserBack}
        </button>
      </section>
    );
  }
  return (
    <section class="chooser" aria-labelledby="chooser-h">
      <h2 id="chooser-h">{t.chooserTitle}</h2>
      <p class="muted">{t.chooserHint}</p>
      <ul class="choices">
        {SITUATIONS.map((situation) => (
          <li key={situation.key}>
            <button type="button" data-situation={situation.key} onClick={() => setChosen(situation)}>
              {situationLabel(situation, site, t)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
