import { useEffect, useState } from 'preact/hooks';
import type { Lang, PageControl, Step, Tip } from '@/lib/findings';
import type { CardResetAnswer, CardUndoAnswer, ShownTip } from '@/lib/messages';
import type { CardPage, TypedFix } from '@/lib/card-frame';

export type { CardPage };
import { waitFromEvidence, type PageWait } from '@/lib/tips/wait';
import { resetConsequences, type ResetConsequences } from '@/lib/reset-consequences';
import { ContactLinks } from '../ContactLinks';
import { Consequences } from '../ResetConsequences';
import { CARD_STRINGS, type CardStrings } from './strings';

/** What the card can do where it is shown (the page, or the popup). A missing handler hides its button. */
export interface CardHandlers {
  reset?(): Promise<CardResetAnswer>;
  undo?(): Promise<CardUndoAnswer>;
  reload?(): void;
  /** Copied (`true`), or the text to show for the user to select when the browser refused. */
  copySupport?(): Promise<boolean | { text: string }>;
  copyText?(text: string): Promise<boolean>;
  openPopup?(): void;
  locate?(kind: PageControl): void;
  /** Points at the page's own control and presses it (on the user's click): whether it was there. */
  press?(kind: PageControl): Promise<boolean>;
  fixWidth?(): boolean | Promise<boolean>;
  /** Writes the typed fix into its field: whether the field was there. */
  fixTyped?(kind: TypedFix['kind']): Promise<boolean>;
  collapse?(): void;
  close?(): void;
  /** In the page: whether the card is really visible now (not transparent, covered or moved off). A
   *  destructive action (reset, confirm-reset, undo, close) is refused while it says false. */
  visible?(): boolean;
  /** Where the browser cannot tell whether the card is visible: the destructive action is confirmed in
   *  the extension's own window instead (the popup, which has the reset and undo). */
  confirmElsewhere?(action: 'reset' | 'undo' | 'close'): void;
}

/** The card's one primary button: what it does, and what it says. */
export type Primary =
  | { kind: 'fix-typed'; fix: TypedFix; label: string }
  | { kind: 'site-page'; href: string; label: string }
  | { kind: 'press'; control: PageControl; label: string }
  | { kind: 'reset'; label: string }
  | { kind: 'fix-width'; label: string };

/** The one press that does the fix here: a correction of what the user typed first, then the situation's
 *  (the page's own control where the page has it, else the site's page), where the card can do it. */
export function primaryOf(shown: ShownTip, page: CardPage, on: CardHandlers, t: CardStrings): Primary | null {
  const { tip } = shown;
  const fix = on.fixTyped ? page.fixes?.[0] : undefined;
  if (fix) return { kind: 'fix-typed', fix, label: t.fixTyped(fix.shown) };
  const ownLink = tip.primary?.do === 'site-page' ? tip.primary.ownLink : undefined;
  const sitePage = (): Primary | null => {
    // The page's own link first (a forgot-password link carries the sign-in's parameters), else the site's page.
    const own = ownLink && page.links?.[ownLink];
    if (own) return { kind: 'site-page', href: own, label: tip.sitePage?.label ?? t.resetPassword };
    return tip.sitePage ? { kind: 'site-page', href: tip.sitePage.href, label: tip.sitePage.label } : null;
  };
  const press = (control: PageControl): Primary | null => {
    const found = page.controls[control];
    if (found === undefined || !on.press) return null;
    return { kind: 'press', control, label: found ? t.press(found) : t.pressThis };
  };
  switch (tip.primary?.do) {
    case 'press':
      return press(tip.primary.control) ?? sitePage();
    case 'site-page':
      return sitePage() ?? (ownLink ? press(ownLink) : null);
    case 'reset':
      return on.reset ? { kind: 'reset', label: t.reset } : null;
    case 'fix-width':
      return on.fixWidth ? { kind: 'fix-width', label: t.fixWidth } : null;
    default:
      return null;
  }
}

/** The tip offers the site-data reset: among its actions, or as its primary (a slider, a blank page, an
 *  AliExpress or Alibaba robot check that loops). The one test of it: the card's button and the popup's (left out when the card has one). */
export const offersReset = (tip: Tip): boolean => !!tip.actions?.includes('reset') || tip.primary?.do === 'reset';

/** When the page says the limit lifts, in the card's words. */
export const sayWait = (wait: PageWait, t: CardStrings): string => (wait === 'tomorrow' ? t.waitTomorrow : 'hours' in wait ? t.waitHours(wait.hours) : t.waitMinutes(wait.minutes));

/** A primary that acts in the page at once (not the site's page, a link; nor the reset, which asks first). */
export type PagePrimary = Exclude<Primary, { kind: 'site-page' | 'reset' }>;

/** Does `p` with the card's handlers: the line that says whether it did (the card's, and the narrow pill's). */
export async function runPrimary(p: PagePrimary, on: CardHandlers, t: CardStrings): Promise<string> {
  const did = (run: (() => boolean | Promise<boolean>) | undefined) => Promise.resolve(run ? run() : false).catch(() => false);
  switch (p.kind) {
    case 'fix-typed':
      return (await did(on.fixTyped && (() => on.fixTyped!(p.fix.kind)))) ? (p.fix.kind === 'phone' ? t.fixedPhone : t.fixedEmail) : t.notFixed;
    case 'press':
      return (await did(on.press && (() => on.press!(p.control)))) ? t.pressed : t.notPressed;
    case 'fix-width':
      return (await did(on.fixWidth)) ? t.fixedWidth : t.nothingToFix;
  }
}

type ResetPhase = { step: 'idle' } | { step: 'confirm' } | { step: 'running' } | { step: 'done'; line: string; undoUntil: number } | { step: 'undone'; line: string } | { step: 'failed' };

/** One situation: its title, why, at most three steps, the buttons that act, and the details folded. */
export function Card({
  shown,
  lang,
  page,
  on,
  headingLevel = 2,
  foldSteps = false,
  startConfirm = false,
}: {
  shown: ShownTip;
  lang: Lang;
  page: CardPage;
  on: CardHandlers;
  headingLevel?: 2 | 3;
  /** Compact (in the page): title, the line that answers and the primary button; the steps fold. */
  foldSteps?: boolean;
  /** Opened by the pill's reset button: the reset's confirmation is shown at once. */
  startConfirm?: boolean;
}) {
  const t = CARD_STRINGS[lang];
  const { finding, tip } = shown;
  const [note, setNote] = useState<string | null>(null);
  const [manual, setManual] = useState<string | null>(null);
  const [reset, setReset] = useState<ResetPhase>({ step: startConfirm ? 'confirm' : 'idle' });
  const primary = primaryOf(shown, page, on, t);
  const hasReset = !!on.reset && offersReset(tip);
  const pageWait = finding.detail === 'send-limit' || finding.detail === 'try-limit' ? waitFromEvidence(page.around?.[finding.id] ?? finding.evidence) : null;
  const wait = pageWait && sayWait(pageWait, t);
  const titleId = `lr-title-${finding.id}`;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const doable = tip.steps.filter((step) => step.needs !== 'password-field' || page.hasPasswordField);
  const steps: Step[] = page.afterReset && finding.id === 'blank-login-page' ? [...doable.slice(0, 2), { text: t.otherBrowser }] : doable;

  // Undo is offered for as long as the background keeps the snapshot.
  useEffect(() => {
    if (reset.step !== 'done') return;
    const timer = setTimeout(() => setReset({ step: 'undone', line: t.undoGone }), Math.max(0, reset.undoUntil - Date.now()));
    return () => clearTimeout(timer);
  }, [reset]);

  const runReset = async () => {
    setReset({ step: 'running' });
    const answer = await on.reset!().catch(() => null);
    setReset(answer?.ok ? { step: 'done', line: t.resetDone(answer.cookies, answer.storageCleared), undoUntil: answer.undoUntil } : { step: 'failed' });
  };
  const runUndo = async () => {
    const answer = await on.undo!().catch(() => null);
    setReset({ step: 'undone', line: answer ? t.undone(answer.restored) : t.undoGone });
  };
  const copy = async (what: () => Promise<boolean | { text: string }>, done: string) => {
    const copied = await what().catch(() => false);
    setManual(typeof copied === 'object' ? copied.text : null);
    setNote(copied === true ? done : typeof copied === 'object' ? t.copyByHand : t.copyFailed);
  };
  /** A destructive action: only while the card is really visible, else confirmed in the popup. */
  const guarded = (action: 'reset' | 'undo' | 'close', run: () => void) => () => {
    if (on.confirmElsewhere) return on.confirmElsewhere(action);
    if (on.visible && !on.visible()) return setNote(t.notVisible);
    run();
  };

  const pressPrimary = async (p: Primary) => {
    if (p.kind === 'site-page') return;
    if (p.kind === 'reset') return guarded('reset', () => setReset({ step: 'confirm' }))();
    setNote(await runPrimary(p, on, t));
  };
  const stepList = (
    <ol class="steps" aria-label={t.steps}>
      {steps.map((step) => (
        <StepItem key={step.text} step={step} t={t} page={page} on={on} />
      ))}
    </ol>
  );

  return (
    <section class={`card ${finding.severity}`} data-finding={finding.id} data-detail={finding.detail} data-primary={primary?.kind} aria-labelledby={titleId} tabIndex={-1}>
      <header>
        <Heading id={titleId}>{tip.title}</Heading>
        {on.collapse && (
          <button type="button" class="icon" data-action="collapse" aria-label={t.collapse} title={t.collapse} onClick={on.collapse}>
            –
          </button>
        )}
      </header>
      <p class="why">{tip.why}</p>
      {wait && <p class="answer">{wait}</p>}
      {tip.quotesPage && finding.evidence && (
        <blockquote class="page-said">
          <span class="label">{t.pageSaid}</span> {t.quote(finding.evidence)}
        </blockquote>
      )}
      {page.hints.map((hint) => (
        <p class="hint" key={hint} role="status">
          {hint}
        </p>
      ))}
      {primary && !(primary.kind === 'reset' && reset.step !== 'idle') && (
        <div class="actions primary-row">
          <PrimaryButton primary={primary} onPress={(p) => void pressPrimary(p)} />
        </div>
      )}
      {steps.length > 0 &&
        (foldSteps && primary && !(page.afterReset && finding.id === 'blank-login-page') ? (
          <details class="how">
            <summary>{t.steps}</summary>
            {stepList}
          </details>
        ) : (
          stepList
        ))}
      {page.afterReset && finding.id === 'blank-login-page' && on.copyText && (
        <p class="address">
          <code>{page.address}</code>{' '}
          <button type="button" data-action="copy-address" onClick={() => void copy(() => on.copyText!(page.address), t.addressCopied)}>
            {t.copyAddress}
          </button>
        </p>
      )}
      <div class="actions">
        {tip.sitePage && !(primary?.kind === 'site-page') && (
          <a class="button" data-action="site-page" href={tip.sitePage.href} target="_blank" rel="noopener noreferrer">
            {tip.sitePage.label}
          </a>
        )}
        {tip.actions?.includes('fix-width') && on.fixWidth && primary?.kind !== 'fix-width' && (
          <button type="button" data-action="fix-width" onClick={async () => setNote(await runPrimary({ kind: 'fix-width', label: t.fixWidth }, on, t))}>
            {t.fixWidth}
          </button>
        )}
        {hasReset && primary?.kind !== 'reset' && reset.step === 'idle' && (
          <button type="button" data-action="reset" onClick={guarded('reset', () => setReset({ step: 'confirm' }))}>
            {t.reset}
          </button>
        )}
        {on.copySupport && (
          <button type="button" data-action="copy-support" onClick={() => void copy(on.copySupport!, t.copied)}>
            {t.copySupport}
          </button>
        )}
        {on.openPopup && (
          <button type="button" data-action="open-popup" onClick={on.openPopup}>
            {t.openPopup}
          </button>
        )}
      </div>
      <ResetFlow
        phase={reset}
        consequences={resetConsequences(finding.site, lang, hostOf(page.address))}
        t={t}
        onConfirm={guarded('reset', () => void runReset())}
        onCancel={() => setReset({ step: 'idle' })}
        onUndo={guarded('undo', () => void runUndo())}
        onReload={on.reload}
      />
      {note && (
        <p class="note" role="status">
          {note}
        </p>
      )}
      {manual && <textarea class="manual-copy" data-action="support-text" readOnly rows={6} aria-label={t.copySupport} value={manual} onFocus={(e) => e.currentTarget.select()} />}
      {(tip.causes.length > 0 || (tip.contacts?.length ?? 0) > 0) && (
        <details>
          <summary>{t.more}</summary>
          <ul>
            {tip.causes.map((cause) => (
              <li key={cause}>{cause}</li>
            ))}
          </ul>
          <ContactLinks contacts={tip.contacts ?? []} />
        </details>
      )}
      {page.shortcut && <p class="shortcut">{t.shortcut(page.shortcut)}</p>}
      {/* Last in the Tab order, shown at the top right. */}
      {on.close && (
        <button type="button" class="icon close" data-action="close" aria-label={t.close} title={t.close} onClick={guarded('close', on.close!)}>
          ×
        </button>
      )}
    </section>
  );
}

/** The card's primary button: the site's page as a link, else a button that does the fix. */
export function PrimaryButton({ primary, onPress }: { primary: Primary; onPress(p: Primary): void }) {
  if (primary.kind === 'site-page')
    return (
      <a class="button primary" data-action="site-page" data-primary="" href={primary.href} target="_blank" rel="noopener noreferrer">
        {primary.label}
      </a>
    );
  const action = primary.kind === 'fix-typed' ? `fix-${primary.fix.kind}` : primary.kind;
  return (
    <button type="button" class="button primary" data-action={action} data-primary="" data-control={primary.kind === 'press' ? primary.control : undefined} onClick={() => onPress(primary)}>
      {primary.label}
    </button>
  );
}

/** A step; one done with a control of the page quotes the page's own label and can point at it. */
function StepItem({ step, t, page, on }: { step: Step; t: CardStrings; page: CardPage; on: CardHandlers }) {
  if (!step.control) return <li>{step.text}</li>;
  const { kind, label: fallback } = step.control;
  const found = page.controls[kind];
  // Quoted: the page's own label, else the usual one; a control found without a short label of its own
  // (or with no usual one) gets the step's other wording, and 「ここ」 still points at it. On 1688 and Taobao
  // (Chinese pages) a label not found there is never quoted in Japanese as if the page showed it: the step's
  // other wording instead (review 20, M6).
  const otherwise = step.otherwise !== undefined && (found === '' || (found === undefined && chinesePage(page.address)));
  const quoted = found || (otherwise ? undefined : fallback);
  // A Chinese label as the page shows it, glossed: 「刷新」（再読み込み）.
  const label = quoted === undefined ? null : t.quote(quoted) + glossOf(quoted, t);
  const [before, after] = step.text.split('%s') as [string, string?];
  return (
    <li>
      {label === null ? (
        step.otherwise
      ) : (
        <>
          {before}
          <strong>{label}</strong>
          {after ?? ''}
        </>
      )}
      {found !== undefined && on.locate && (
        <>
          {' '}
          <button type="button" class="link" data-action="locate" data-control={kind} onClick={() => on.locate!(kind)}>
            {t.here}
            {/* Read out, not shown: the name starts with what is shown (WCAG 2.5.3). */}
            <span class="visually-hidden">{t.hereLabel(label ?? t.quote(t.thisControl))}</span>
          </button>
        </>
      )}
    </li>
  );
}

/** 1688's and Taobao's pages speak Chinese. */
function chinesePage(address: string): boolean {
  const host = hostOf(address);
  return host !== null && /(^|\.)(1688|taobao)\.com$/.test(host);
}

/** The meaning of a Chinese label in the card's language, after it: the first known word the label holds
 *  (「点此刷新」 → 刷新); nothing for a label with kana or no known word. */
function glossOf(label: string, t: CardStrings): string {
  if (/[\u3040-\u30ff]/.test(label) || !/[\u4e00-\u9fff]/.test(label)) return '';
  const word = Object.keys(t.zh).find((zh) => label.includes(zh));
  return word ? t.gloss(t.zh[word]!) : '';
}

/** The page's hostname (null where its address cannot be read): what the reset's consequences name. */
function hostOf(address: string): string | null {
  try {
    return new URL(address).hostname;
  } catch {
    return null;
  }
}

/** The reset's confirmation (in words, from lib/reset-consequences.ts: what is lost, what undo brings back),
 *  then its result with undo and reload. */
function ResetFlow({
  phase,
  consequences,
  t,
  onConfirm,
  onCancel,
  onUndo,
  onReload,
}: {
  phase: ResetPhase;
  consequences: ResetConsequences;
  t: CardStrings;
  onConfirm(): void;
  onCancel(): void;
  onUndo(): void;
  onReload?: () => void;
}) {
  const reload = onReload && (
    <button type="button" data-action="reload" onClick={onReload}>
      {t.reload}
    </button>
  );
  switch (phase.step) {
    case 'idle':
      return null;
    case 'confirm':
      return (
        <div class="confirm" role="group" aria-label={t.reset}>
          <Consequences of={consequences} />
          <button type="button" class="danger" data-action="confirm-reset" onClick={onConfirm}>
            {t.confirm}
          </button>{' '}
          <button type="button" data-action="cancel-reset" onClick={onCancel}>
            {t.cancel}
          </button>
        </div>
      );
    case 'running':
      return <p role="status">{t.resetting}</p>;
    case 'failed':
      return <p class="note warn" role="status">{t.resetFailed}</p>;
    case 'done':
      return (
        <div class="result" role="status">
          <p>{phase.line}</p>
          <button type="button" data-action="undo" onClick={onUndo}>
            {t.undo}
          </button>{' '}
          {reload}
        </div>
      );
    case 'undone':
      return (
        <div class="result" role="status">
          <p>{phase.line}</p>
          {reload}
        </div>
      );
  }
}
