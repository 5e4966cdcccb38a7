import { render } from 'preact';
import '@/components/popup/popup.css';
import { Popup } from '@/components/popup/Popup';
import { langFor } from '@/lib/tips';
import { FINDING_IDS, type FindingId } from '@/lib/findings';
import { POPUP_FOCUS_KEY } from '@/lib/messages';
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

const lang = langFor(browser.i18n.getUILanguage());
document.documentElement.lang = lang;
document.body.classList.add('popup');
void targetTab().then(async (tabId) =>
  render(tabId === null ? <p>-</p> : <Popup tabId={tabId} lang={lang} focus={await focusedFinding(tabId)} />, document.getElementById('app')!),
);
