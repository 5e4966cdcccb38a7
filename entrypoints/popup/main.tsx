import { render } from 'preact';
import '@/components/popup/popup.css';
import { Popup } from '@/components/popup/Popup';
import { langFor } from '@/lib/tips';

// popup.html?tabId=N shows the popup for tab N (design §7): tests and the options page open it in a tab.
async function targetTab(): Promise<number | null> {
  const fromQuery = Number(new URLSearchParams(location.search).get('tabId'));
  if (Number.isInteger(fromQuery) && fromQuery > 0) return fromQuery;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

const lang = langFor(browser.i18n.getUILanguage());
document.documentElement.lang = lang;
document.body.classList.add('popup');
void targetTab().then((tabId) => render(tabId === null ? <p>-</p> : <Popup tabId={tabId} lang={lang} />, document.getElementById('app')!));
