import { useEffect, useState } from 'preact/hooks';
import { lastReset, type ResetResult, type UndoResult } from '@/lib/background/reset/run';
import type { BrowserIdentity, VersionStatus } from '@/lib/browser-version';
import type { Lang } from '@/lib/findings';
import type { PageMessage, TabState } from '@/lib/messages';
import type { FindingId } from '@/lib/findings';
import { siteById } from '@/lib/sites';
import { statusNow, thisBrowser, updateRoute } from '@/lib/this-browser';
import { Checklist } from './Checklist';
import { offersReset } from '../card/Card';
import { Chooser, Lead, leadOf, leadTips, situationCard, type Situation } from './Lead';
import { Reset, UndoBar, UndoneBar } from './Reset';
import { STRINGS, type Strings } from './strings';
import { Support } from './Support';

const send = (message: PageMessage) => browser.runtime.sendMessage(message);

/** The popup for one tab. First screen: undo (for the whole undo window after a reset), the problem's card
 *  (or, when nothing was found, 「どうなっていますか？」), the reset right under it; then the checklist (folded),
 *  the support message and the browser's version. */
export function Popup({ tabId, lang, focus }: { tabId: number; lang: Lang; focus: FindingId | null }) {
  const t = STRINGS[lang];
  const [state, setState] = useState<TabState | null>(null);
  const [identity, setIdentity] = useState<BrowserIdentity | null>(null);
  const [siteCookies, setSiteCookies] = useState<number | null>(null);
  /** The latest reset of this site while its undo lasts (read back after the popup closed or the page reloaded). */
  const [reset, setReset] = useState<ResetResult | null>(null);
  /** The reset was made in this popup (not read back): its undo takes the focus at the top. */
  const [justDone, setJustDone] = useState(false);
  const [undone, setUndone] = useState<UndoResult | null | undefined>(undefined);
  const [confirming, setConfirming] = useState(false);
  const [chosen, setChosen] = useState<Situation | null>(null);
  /** The finding whose card leads (chosen among the others named under it). */
  const [leading, setLeading] = useState<FindingId | null>(focus);

  useEffect(() => {
    void (send({ type: 'tab-state', tabId }) as Promise<TabState>).then(setState);
    void thisBrowser().then(setIdentity);
  }, [tabId]);
  useEffect(() => {
    if (!state?.site) return;
    const domains = siteById(state.site).domains;
    void Promise.all(domains.map((domain) => browser.cookies.getAll({ domain }).catch(() => []))).then((lists) => setSiteCookies(lists.flat().length));
    void lastReset.getValue().then((result) => {
      if (result && result.site === state.site && result.undoUntil > Date.now()) setReset(result);
    });
  }, [state?.site]);
  // Undo stays for exactly its window.
  useEffect(() => {
    if (!reset) return;
    const timer = setTimeout(() => setReset(null), Math.max(0, reset.undoUntil - Date.now()));
    return () => clearTimeout(timer);
  }, [reset]);

  if (!state) return <p>{t.loading}</p>;
  const version = identity ? statusNow(identity) : null;
  const openConfirm = () => setConfirming(true);
  const supported = state.site && state.url ? { site: state.site, url: state.url } : null;
  const ordered = supported ? leadTips(state.findings, lang, supported.url, state.back) : [];
  // The card shown offers the reset itself: the popup's own button is then left out, and the card's opens the confirmation.
  const cardHasReset = supported
    ? ordered.length > 0
      ? offersReset(leadOf(ordered, leading).tip)
      : chosen !== null && offersReset(situationCard(chosen, supported.site, lang, supported.url).tip)
    : false;

  return (
    <main lang={lang}>
      <header>
        <h1>
          {t.title}
          {state.site && <span class="site"> — {siteById(state.site).name[lang]}</span>}
        </h1>
      </header>
      {!supported ? (
        <NotSupported t={t} lang={lang} />
      ) : (
        <>
          {reset && undone === undefined && (
            <UndoBar tabId={tabId} site={supported.site} url={supported.url} result={reset} lang={lang} t={t} justDone={justDone} onUndone={(result) => (setUndone(result), setReset(null))} />
          )}
          {undone !== undefined && <UndoneBar tabId={tabId} result={undone} t={t} />}
          {!state.reachable && <p class="notice">{t.unreachable}</p>}
          {ordered.length > 0 ? (
            <Lead tabId={tabId} url={supported.url} ordered={ordered} chosen={leading} setChosen={setLeading} lang={lang} t={t} onReset={openConfirm} />
          ) : (
            <Chooser tabId={tabId} site={supported.site} url={supported.url} lang={lang} t={t} onReset={openConfirm} chosen={chosen} setChosen={setChosen} />
          )}
          <Reset
            tabId={tabId}
            site={supported.site}
            url={supported.url}
            store={state.store ?? { id: '0', kind: 'normal' }}
            lang={lang}
            t={t}
            confirming={confirming}
            setConfirming={setConfirming}
            showButton={!cardHasReset}
            onDone={(result) => (setUndone(undefined), setJustDone(true), setReset(result))}
          />
          <Checklist site={supported.site} lang={lang} t={t} facts={{ findings: state.findings, cookiesEnabled: navigator.cookieEnabled, siteCookies, version }} />
          <Support tabId={tabId} site={supported.site} url={supported.url} lang={lang} t={t} />
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

function NotSupported({ t }: { t: Strings; lang: Lang }) {
  return (
    <section>
      <p>{t.notSupported}</p>
      <p class="muted">{t.notSupportedHow}</p>
      <h2>{t.supported}</h2>
      <SupportedSites t={t} />
    </section>
  );
}

/** The supported sites in words (Taobao's sign-in pages included): the popup and the welcome page. */
export function SupportedSites({ t }: { t: Strings }) {
  return (
    <ul class="sites">
      {t.supportedSites.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
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
