import { useEffect, useState } from 'preact/hooks';
import type { BrowserIdentity, VersionStatus } from '@/lib/browser-version';
import type { Lang } from '@/lib/findings';
import type { PageMessage, TabState } from '@/lib/messages';
import type { FindingId } from '@/lib/findings';
import { planReset } from '@/lib/background/reset/plan';
import { SITES, siteById } from '@/lib/sites';
import { statusNow, thisBrowser, updateRoute } from '@/lib/this-browser';
import { Checklist } from './Checklist';
import { Lead } from './Lead';
import { Reset } from './Reset';
import { STRINGS, type Strings } from './strings';
import { Support } from './Support';

const send = (message: PageMessage) => browser.runtime.sendMessage(message);

/** The popup for one tab: findings, checklist, reset, browser version, support message. */
export function Popup({ tabId, lang, focus }: { tabId: number; lang: Lang; focus: FindingId | null }) {
  const t = STRINGS[lang];
  const [state, setState] = useState<TabState | null>(null);
  const [identity, setIdentity] = useState<BrowserIdentity | null>(null);
  const [siteCookies, setSiteCookies] = useState<number | null>(null);

  useEffect(() => {
    void (send({ type: 'tab-state', tabId }) as Promise<TabState>).then(setState);
    void thisBrowser().then(setIdentity);
  }, [tabId]);
  useEffect(() => {
    if (!state?.site) return;
    const domains = siteById(state.site).domains;
    void Promise.all(domains.map((domain) => browser.cookies.getAll({ domain }).catch(() => []))).then((lists) => setSiteCookies(lists.flat().length));
  }, [state?.site]);

  if (!state) return <p>{t.loading}</p>;
  const version = identity ? statusNow(identity) : null;
  // The domains the reset would touch, as the background will check them (the card confirms in words).
  const domains = state.site && state.url ? planReset(siteById(state.site), new URL(state.url), import.meta.env.FIREFOX ? 'firefox' : 'chrome', state.store ?? { id: '0', kind: 'normal' }).domains : null;

  return (
    <main lang={lang}>
      <header>
        <h1>
          {t.title}
          {state.site && <span class="site"> — {siteById(state.site).name[lang]}</span>}
        </h1>
      </header>
      {!state.site || !state.url ? (
        <NotSupported t={t} lang={lang} />
      ) : (
        <>
          {!state.reachable && <p class="notice">{t.unreachable}</p>}
          {state.findings.length > 0 ? (
            <Lead tabId={tabId} site={state.site} url={state.url} findings={state.findings} focus={focus} domains={domains!} lang={lang} t={t} />
          ) : (
            state.reachable && <p class="muted">{t.nothingDetected}</p>
          )}
          <Checklist site={state.site} lang={lang} t={t} facts={{ findings: state.findings, cookiesEnabled: navigator.cookieEnabled, siteCookies, version }} />
          <Reset tabId={tabId} site={state.site} url={state.url} store={state.store ?? { id: '0', kind: 'normal' }} lang={lang} t={t} />
          <Support tabId={tabId} site={state.site} url={state.url} lang={lang} t={t} />
          <BrowserLine identity={identity} version={version} lang={lang} t={t} />
        </>
      )}
      <footer>
        <a href={browser.runtime.getURL('/options.html')} target="_blank" rel="noopener">
          {t.options}
        </a>
      </footer>
    </main>
  );
}

function NotSupported({ t, lang }: { t: Strings; lang: Lang }) {
  return (
    <section>
      <p>{t.notSupported}</p>
      <p class="muted">{t.notSupportedHow}</p>
      <h2>{t.supported}</h2>
      <ul>
        {SITES.map((site) => (
          <li key={site.id}>
            {site.name[lang]} ({site.domains.filter((d) => !site.sharedDomains?.includes(d)).slice(0, 3).join(', ')}
            {site.domains.length > 3 ? ', …' : ''})
          </li>
        ))}
      </ul>
    </section>
  );
}

function BrowserLine({ identity, version, lang, t }: { identity: BrowserIdentity | null; version: VersionStatus | null; lang: Lang; t: Strings }) {
  if (!identity || !version) return null;
  const route = updateRoute(identity);
  const verdict =
    version.verdict === 'up-to-date' ? t.upToDate : version.verdict === 'esr' ? t.esr : version.verdict === 'behind' ? t.behind(version.behind, version.weeksBehind) : t.unknownVersion;
  return (
    <section aria-labelledby="browser-h" class={`browser ${version.outdated ? 'outdated' : ''}`}>
      <h2 id="browser-h">{t.browser}</h2>
      <p data-version-line="">
        {identity.name} {identity.version}
        {identity.engine === 'chromium' && !['Google Chrome', 'Chromium'].includes(identity.name) && identity.engineMajor ? ` (Chromium ${identity.engineMajor})` : ''} — {verdict}
      </p>
      {version.currentMajor !== null && <p class="muted">{t.current(version.currentMajor)}</p>}
      {version.verdict === 'behind' && (
        <p>
          {route[lang]}{' '}
          {route.url && (
            <button type="button" onClick={() => void browser.tabs.create({ url: route.url! })}>
              {t.update}
            </button>
          )}
        </p>
      )}
    </section>
  );
}
