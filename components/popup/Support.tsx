import { useEffect, useState } from 'preact/hooks';
import type { Lang, SiteId } from '@/lib/findings';
import type { PageMessage } from '@/lib/messages';
import type { SupportMessage } from '@/lib/background/support-message';
import { forMarketplace, SUPPORT } from '@/lib/sites';
import { copyInThisDocument } from '@/lib/page/clipboard';
import { ContactLinks } from '../ContactLinks';
import type { Strings } from './strings';

const send = (message: PageMessage) => browser.runtime.sendMessage(message) as Promise<SupportMessage | null>;

/** A ready message for the site's support, in the language that support answers in, and the routes. */
export function Support({ tabId, site, url, lang, t }: { tabId: number; site: SiteId; url: string; lang: Lang; t: Strings }) {
  const [message, setMessage] = useState<SupportMessage | null>(null);
  const [copied, setCopied] = useState(false);
  useEffect(() => {
    void send({ type: 'support-message', tabId }).then(setMessage);
  }, [tabId]);
  if (!message) return null;
  return (
    <section aria-labelledby="support-h">
      <h2 id="support-h">{t.support}</h2>
      <p class="muted">{t.supportHint}</p>
      <textarea readOnly rows={8} lang={message.lang} aria-labelledby="support-h" value={message.text} />
      <button type="button" onClick={async () => setCopied(await copyInThisDocument(message.text))}>
        {copied ? t.copied : t.copy}
      </button>{' '}
      <a class="button" href={message.contact.href} target="_blank" rel="noopener noreferrer">
        {t.openContact}
      </a>
      <h3>{t.contacts}</h3>
      <ContactLinks contacts={forMarketplace(site, SUPPORT[site].contacts[lang], new URL(url).hostname, lang)} />
    </section>
  );
}
