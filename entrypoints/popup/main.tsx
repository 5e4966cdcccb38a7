import { render } from 'preact';
import '@/components/popup/popup.css';
import { Popup } from '@/components/popup/Popup';
import { langFor } from '@/lib/tips';
import { FINDING_IDS, type FindingId } from '@/lib/findings';
import { POPUP_FOCUS_KEY } from '@/lib/messages';
import { useState } from 'preact/hooks';
import { CARD_STRINGS } from '@/components/card/strings';
import type { Lang } from '@/lib/findings';
import { closeCardForADay } from '@/lib/settings';
import { siteForUrl } from '@/lib/sites';
import '@/components/card/card.css';

// popup.html?tabId=N shows the popup for tab N (design §7): tests and the options page open it in a tab.
async function targetTab(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

/** The problem to lead with: the one whose card's 「くわしく」 opened this popup (design §9). */
async function focusedFinding(tabId: number): Promise<FindingId | null> {
  const fromQuery = new URLSearchParams(location.search).get('finding');
  if (FINDING_IDS.includes(fromQuery as FindingId)) return fromQuery as FindingId;
  const stored = (await browser.storage.session.get(POPUP_FOCUS_KEY))[POPUP_FOCUS_KEY] as { tabId?: unknown; finding?: unknown } | undefined;
  await browser.storage.session.remove(POPUP_FOCUS_KEY);
  return stored?.tabId === tabId && FINDING_IDS.includes(stored.finding as FindingId) ? (stored.finding as FindingId) : null;
}

/** popup.html?tabId=N&finding=F&close=1: the card's × where the card cannot tell whether it is visible
 *  (Firefox) is confirmed here, in the extension's own page: that problem's card on that tab's site is
 *  closed for a day. */
function CloseCard({ tabId, finding, lang }: { tabId: number; finding: FindingId; lang: Lang }) {
  const t = CARD_STRINGS[lang];
  const [closed, setClosed] = useState(false);
  const close = async () => {
    const site = (await browser.tabs.get(tabId).catch(() => null))?.url;
    const siteId = site && URL.canParse(site) ? siteForUrl(new URL(site))?.id : undefined;
    if (!siteId) return;
    await closeCardForADay(siteId, finding);
    setClosed(true);
  };
  return (
    <div class="confirm" role="group" aria-label={t.close} data-close-confirm="">
      {closed ? (
        <p role="status">{t.closedDone}</p>
      ) : (
        <button type="button" class="danger" data-action="confirm-close" onClick={() => void close()}>
          {t.close}
        </button>
      )}
    </div>
  );
}

const lang = langFor(browser.i18n.getUILanguage());
document.documentElement.lang = lang;
document.body.classList.add('popup');
void targetTab().then(async (tabId) => {
  const focus = tabId === null ? null : await focusedFinding(tabId);
  const closing = tabId !== null && focus !== null && new URLSearchParams(location.search).get('close') === '1';
  render(
    tabId === null ? (
      <p>-</p>
    ) : (
      <>
        {closing && <CloseCard tabId={tabId} finding={focus} lang={lang} />}
        <Popup tabId={tabId} lang={lang} focus={focus} />
      </>
    ),
    document.getElementById('app')!,
  );
});
