import { useEffect, useState } from 'preact/hooks';
import type { Lang, SiteId } from '@/lib/findings';
import type { PageMessage } from '@/lib/messages';
import { planReset, type CookieStore } from '@/lib/background/reset/plan';
import { lastReset, type ResetResult, type UndoResult } from '@/lib/background/reset/run';
import { UNDO_WINDOW_MINUTES } from '@/lib/undo-window';
import { siteById, SUPPORT } from '@/lib/sites';
import type { Strings } from './strings';

type Phase = { step: 'idle' } | { step: 'confirm' } | { step: 'running' } | { step: 'done'; result: ResetResult } | { step: 'undone'; result: UndoResult | null };

const send = (message: PageMessage) => browser.runtime.sendMessage(message);

/** One-click reset of the site's own data, with a confirmation that names everything, and undo. */
export function Reset({ tabId, site, url, store, lang, t }: { tabId: number; site: SiteId; url: string; store: CookieStore; lang: Lang; t: Strings }) {
  const plan = planReset(siteById(site), new URL(url), import.meta.env.FIREFOX ? 'firefox' : 'chrome', store);
  const [phase, setPhase] = useState<Phase>({ step: 'idle' });
  const [error, setError] = useState<string | null>(null);

  // A reset started before the popup closed (or a restarted worker) is shown with its undo.
  useEffect(() => {
    void lastReset.getValue().then((result) => {
      if (result && result.site === site && result.undoUntil > Date.now()) setPhase({ step: 'done', result });
    });
  }, [site]);

  const run = async () => {
    setPhase({ step: 'running' });
    setError(null);
    try {
      const result = (await send({ type: 'reset', tabId, domains: plan.domains })) as ResetResult | { error: string };
      if ('error' in result) throw new Error(result.error === 'tab-changed' ? t.tabChanged : result.error);
      setPhase({ step: 'done', result });
    } catch (e) {
      setError(String((e as Error).message ?? e));
      setPhase({ step: 'idle' });
    }
  };
  const undo = async () => setPhase({ step: 'undone', result: (await send({ type: 'undo' })) as UndoResult | null });
  const warning = SUPPORT[site].resetWarning?.[lang];
  const noPrivateStorage = import.meta.env.FIREFOX ? t.noPrivateStorageFirefox : t.noPrivateStorage;

  return (
    <section aria-labelledby="reset-h">
      <h2 id="reset-h">{t.reset}</h2>
      {phase.step === 'idle' && (
        <>
          <p class="muted">{t.resetIntro}</p>
          <button type="button" onClick={() => setPhase({ step: 'confirm' })}>
            {t.reset}
          </button>
        </>
      )}
      {phase.step === 'confirm' && (
        <div role="group" aria-label={t.resetConfirmTitle} class="confirm">
          <p>
            <strong>{t.resetConfirmTitle}</strong>
          </p>
          <p>
            {t.resetDomains}
            {t.colon}
            {plan.domains.join(', ')}
          </p>
          <p>{t.resetStore[store.kind]}</p>
          {plan.dataTypes.length === 0 && <p class="warn">{noPrivateStorage}</p>}
          <p>
            {t.resetTypes}
            {t.colon}
            {[t.types.cookies!, ...plan.dataTypes.map((d) => t.types[d] ?? d)].join('・')}
          </p>
          <p class="muted">{t.storageHosts(plan.hosts.join(', '))}</p>
          {import.meta.env.FIREFOX && plan.dataTypes.length > 0 && <p class="muted">{t.firefoxKeeps}</p>}
          <p class="warn">
            {t.resetSignOut} {warning}
          </p>
          <button type="button" class="danger" onClick={run}>
            {t.resetConfirm}
          </button>{' '}
          <button type="button" onClick={() => setPhase({ step: 'idle' })}>
            {t.cancel}
          </button>
        </div>
      )}
      {phase.step === 'running' && <p aria-live="polite">{t.resetting}</p>}
      {phase.step === 'done' && (
        <div aria-live="polite" class="result">
          <p>
            <strong>{phase.result.status === 'done' ? t.resetDone : t.interrupted}</strong>
          </p>
          <ul>
            {phase.result.domains.map((d) => (
              <li key={d.domain} data-domain={d.domain}>
                {d.domain}
                {t.colon}
                {t.cookiesRemoved(d.cookiesRemoved)}
                {d.cookiesFailed.length > 0 && <div class="warn">{t.cookiesFailed(d.cookiesFailed.join(', '))}</div>}
              </li>
            ))}
          </ul>
          <p class={phase.result.storage.cleared ? '' : 'warn'}>
            {phase.result.storage.cleared ? t.storageCleared : phase.result.storage.error === 'private-window' ? noPrivateStorage : t.storageFailed(phase.result.storage.error ?? '')}
          </p>
          <p class="muted">{t.undoNote(UNDO_WINDOW_MINUTES)}</p>
          <button type="button" onClick={undo}>
            {t.undo}
          </button>{' '}
          <button type="button" onClick={() => void browser.tabs.reload(tabId)}>
            {t.reload}
          </button>{' '}
          <button type="button" onClick={() => setPhase({ step: 'confirm' })}>
            {t.resetAgain}
          </button>
        </div>
      )}
      {phase.step === 'undone' && (
        <div aria-live="polite">
          <p>{phase.result ? t.undone(phase.result.restored, phase.result.failed.length, phase.result.expired) : t.undoGone}</p>
          <button type="button" onClick={() => void browser.tabs.reload(tabId)}>
            {t.reload}
          </button>
        </div>
      )}
      {error && <p class="warn">{error}</p>}
    </section>
  );
}
