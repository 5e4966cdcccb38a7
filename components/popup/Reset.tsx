import { useEffect, useRef, useState } from 'preact/hooks';
import type { Lang, SiteId } from '@/lib/findings';
import type { PageMessage } from '@/lib/messages';
import { planReset, type CookieStore } from '@/lib/background/reset/plan';
import type { ResetResult, UndoResult } from '@/lib/background/reset/run';
import { resetConsequences } from '@/lib/reset-consequences';
import { siteById } from '@/lib/sites';
import type { Strings } from './strings';
import { Consequences } from '../ResetConsequences';

const send = (message: PageMessage) => browser.runtime.sendMessage(message);

/** The reset of the site's own data: a button (unless the lead card has one), and the confirmation, which
 *  says in words what the user loses on this site and what undo brings back; the addresses and data types
 *  fold away. The result and its undo are shown at the top of the popup (UndoBar). */
export function Reset({
  tabId,
  site,
  url,
  store,
  lang,
  t,
  confirming,
  setConfirming,
  showButton,
  onDone,
}: {
  tabId: number;
  site: SiteId;
  url: string;
  store: CookieStore;
  lang: Lang;
  t: Strings;
  confirming: boolean;
  setConfirming(open: boolean): void;
  /** False when the lead card already offers the reset: its button opens this confirmation. */
  showButton: boolean;
  onDone(result: ResetResult): void;
}) {
  const plan = planReset(siteById(site), new URL(url), import.meta.env.FIREFOX ? 'firefox' : 'chrome', store);
  const host = new URL(url).hostname;
  const consequences = resetConsequences(site, lang, host);
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const group = useRef<HTMLDivElement>(null);

  // Opened from the lead card's button: shown and focused right where it is.
  useEffect(() => {
    if (confirming) group.current?.focus();
  }, [confirming]);

  const run = async () => {
    setRunning(true);
    setError(null);
    try {
      const result = (await send({ type: 'reset', tabId, domains: plan.domains })) as ResetResult | { error: string };
      if ('error' in result) throw new Error(result.error === 'tab-changed' ? t.tabChanged : result.error);
      setConfirming(false);
      onDone(result);
    } catch (e) {
      setError(String((e as Error).message ?? e));
    } finally {
      setRunning(false);
    }
  };
  const noPrivateStorage = import.meta.env.FIREFOX ? t.noPrivateStorageFirefox : t.noPrivateStorage;
  if (!showButton && !confirming && !error) return null;

  return (
    <section aria-labelledby="reset-h" class="reset">
      <h2 id="reset-h" class={showButton ? '' : 'visually-hidden'}>
        {t.reset}
      </h2>
      {!confirming && showButton && (
        <>
          <p class="muted">{t.resetIntro}</p>
          <button type="button" onClick={() => setConfirming(true)}>
            {t.reset}
          </button>
        </>
      )}
      {confirming && (
        <div role="group" aria-label={t.resetConfirmTitle} class="confirm" ref={group} tabIndex={-1} data-reset-confirm="">
          <Consequences of={consequences} />
          {plan.dataTypes.length === 0 && <p class="warn">{noPrivateStorage}</p>}
          <details>
            <summary>{t.resetDetails}</summary>
            <p>
              {t.resetDomains}
              {t.colon}
              {plan.domains.join(t.listSeparator)}
            </p>
            <p>{(import.meta.env.FIREFOX ? t.resetStoreFirefox : t.resetStoreChrome)[store.kind]}</p>
            <p>
              {t.resetTypes}
              {t.colon}
              {[t.types.cookies!, ...plan.dataTypes.map((d) => t.types[d] ?? d)].join('・')}
            </p>
            <p class="muted">{t.storageHosts(plan.hosts.join(t.listSeparator))}</p>
            {import.meta.env.FIREFOX && plan.dataTypes.length > 0 && <p class="muted">{t.firefoxKeeps}</p>}
          </details>
          <button type="button" class="danger" onClick={run} disabled={running}>
            {running ? t.resetting : t.resetConfirm}
          </button>{' '}
          <button type="button" onClick={() => setConfirming(false)}>
            {t.cancel}
          </button>
        </div>
      )}
      {error && <p class="warn">{error}</p>}
    </section>
  );
}

/** After a reset, at the top of the popup for the whole undo window (also when the popup is opened again
 *  after the page reloads): what happened in one line, 「元に戻す」 and 「再読み込み」; what was removed folds. */
export function UndoBar({ tabId, site, url, result, lang, t, onUndone, justDone }: { tabId: number; site: SiteId; url: string; result: ResetResult; lang: Lang; t: Strings; onUndone(result: UndoResult | null): void; justDone: boolean }) {
  const [busy, setBusy] = useState(false);
  const bar = useRef<HTMLElement>(null);
  // A reset just made lower down (under the card): the view goes back to the top, where its undo is.
  useEffect(() => {
    if (!justDone) return;
    window.scrollTo({ top: 0 });
    bar.current?.focus({ preventScroll: true });
  }, [result.at, justDone]);
  const until = new Date(result.undoUntil).toLocaleTimeString(lang === 'ja' ? 'ja-JP' : 'en-GB', { hour: '2-digit', minute: '2-digit' });
  const consequences = resetConsequences(site, lang, new URL(url).hostname);
  const noPrivateStorage = import.meta.env.FIREFOX ? t.noPrivateStorageFirefox : t.noPrivateStorage;
  const undo = async () => {
    setBusy(true);
    onUndone((await send({ type: 'undo' })) as UndoResult | null);
  };
  return (
    <section class="undo-bar result" aria-labelledby="undo-h" data-undo-bar="" ref={bar} tabIndex={-1}>
      <h2 id="undo-h" class="visually-hidden">
        {t.undo}
      </h2>
      <p role="status">
        <strong>{result.status === 'done' ? t.resetDone : t.interrupted}</strong> {t.undoUntil(until)}
      </p>
      <p class="actions">
        <button type="button" class="primary" data-action="undo" onClick={undo} disabled={busy}>
          {t.undo}
        </button>{' '}
        <button type="button" onClick={() => void browser.tabs.reload(tabId)}>
          {t.reload}
        </button>
      </p>
      <p class="muted">{consequences.undo}</p>
      <details>
        <summary>{t.resultDetails}</summary>
        <ul>
          {result.domains.map((d) => (
            <li key={d.domain} data-domain={d.domain}>
              {d.domain}
              {t.colon}
              {t.cookiesRemoved(d.cookiesRemoved)}
              {d.cookiesFailed.length > 0 && <div class="warn">{t.cookiesFailed(d.cookiesFailed.join(t.listSeparator))}</div>}
            </li>
          ))}
        </ul>
        <p class={result.storage.cleared ? '' : 'warn'}>
          {result.storage.cleared ? t.storageCleared : result.storage.error === 'private-window' ? noPrivateStorage : t.storageFailed(result.storage.error ?? '')}
        </p>
      </details>
    </section>
  );
}

/** After undo: the line, and 「再読み込み」 so that the page signs in with the restored cookies. */
export function UndoneBar({ tabId, result, t }: { tabId: number; result: UndoResult | null; t: Strings }) {
  return (
    <section class="undo-bar" aria-labelledby="undone-h">
      <h2 id="undone-h" class="visually-hidden">
        {t.undo}
      </h2>
      <p role="status">{result ? t.undone(result.restored, result.failed.length, result.expired) : t.undoGone}</p>
      <button type="button" onClick={() => void browser.tabs.reload(tabId)}>
        {t.reload}
      </button>
    </section>
  );
}
