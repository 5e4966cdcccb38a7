import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '@/lib/findings';
import { focusShortcut } from '@/lib/commands';
import { STRINGS } from '../popup/strings';
import { SupportedSites } from '../popup/Popup';
import { WELCOME } from './strings';

/** The first-run page: what the extension does, the sites, how to pin its button, the shortcut as the
 *  browser has it bound, and privacy. Nothing on it is fetched: it is the extension's own page. */
export function Welcome({ lang }: { lang: Lang }) {
  const t = WELCOME[lang];
  // The real binding (the user or another extension may have changed it).
  const [keys, setKeys] = useState<string | null | undefined>(undefined);
  useEffect(() => {
    void focusShortcut().then(setKeys);
  }, []);
  const pin = import.meta.env.FIREFOX ? t.pinFirefox : t.pinChrome;

  return (
    <main class="welcome" lang={lang}>
      <h1>{t.title}</h1>
      <section aria-labelledby="what-h">
        <h2 id="what-h">{t.whatTitle}</h2>
        <p>{t.what}</p>
        <p>{t.popup}</p>
      </section>
      <section aria-labelledby="sites-h">
        <h2 id="sites-h">{t.sitesTitle}</h2>
        <SupportedSites t={STRINGS[lang]} />
      </section>
      <section aria-labelledby="pin-h">
        <h2 id="pin-h">{t.pinTitle}</h2>
        <ol>
          {pin.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="keys-h">
        <h2 id="keys-h">{t.shortcutTitle}</h2>
        {keys !== undefined && <p data-shortcut={keys ?? ''}>{keys ? t.shortcut(keys) : t.shortcutNone}</p>}
      </section>
      <section aria-labelledby="privacy-h">
        <h2 id="privacy-h">{t.privacyTitle}</h2>
        <ul>
          {t.privacy.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      </section>
      <footer>
        <a href={browser.runtime.getURL('/options.html')}>{t.options}</a>
      </footer>
    </main>
  );
}
