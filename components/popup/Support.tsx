import { useState } from 'preact/hooks';
import type { Finding, Lang, SiteId } from '@/lib/findings';
import { SUPPORT } from '@/lib/sites';
import { supportMessage } from '@/lib/background/support-message';
import { ContactLinks } from '../ContactLinks';
import type { Strings } from './strings';

/** A ready message for the site's support, in the language that support answers in, and the routes. */
export function Support({ site, findings, url, browserLabel, lang, t }: { site: SiteId; findings: Finding[]; url: string; browserLabel: string; lang: Lang; t: Strings }) {
  const message = supportMessage({ site, findings, pageUrl: url, at: new Date(), browser: browserLabel });
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    await navigator.clipboard.writeText(message.text);
    setCopied(true);
  };
  return (
    <section aria-labelledby="support-h">
      <h2 id="support-h">{t.support}</h2>
      <p class="muted">{t.supportHint}</p>
      <textarea readOnly rows={8} lang={message.lang} aria-labelledby="support-h" value={message.text} />
      <button type="button" onClick={copy}>
        {copied ? t.copied : t.copy}
      </button>
      <h3>{t.contacts}</h3>
      <ContactLinks contacts={SUPPORT[site].contacts[lang]} />
    </section>
  );
}
