import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '@/lib/findings';
import type { ShownTip } from '@/lib/messages';
import { Card, PrimaryButton, primaryOf, runPrimary, type CardHandlers, type CardPage, type Primary } from './Card';
import { OtherFindings } from './OtherFindings';
import type { Dock } from './dock';
import { CARD_STRINGS } from './strings';

/** Errors first: the card that explains the failure comes before the ones that only inform. */
const RANK = { error: 0, warning: 1, info: 2 } as const;
export const bySeverity = (tips: ShownTip[]) => [...tips].sort((a, b) => RANK[a.finding.severity] - RANK[b.finding.severity]);

interface Props {
  tips: ShownTip[];
  lang: Lang;
  page: CardPage;
  dock: Dock;
  handlersFor(tip: ShownTip): CardHandlers;
  onExpand(): void;
  onCollapse(): void;
  /** The page's window is narrower than 520 px: the pill says the answer and holds the primary button. */
  narrow?: boolean;
}

/** The situations already announced in this frame: a card is read out once, not on every update. */
const announced = new Set<string>();
const keyOf = (s: ShownTip) => `${s.finding.site}:${s.finding.id}:${s.finding.detail ?? ''}`;

/** A polite live region, present from the start (a region made with its text is not read out), that says a
 *  new card's title and answer once. */
function Announcer({ current, t }: { current: ShownTip; t: (typeof CARD_STRINGS)[Lang] }) {
  const [said, setSaid] = useState('');
  const key = keyOf(current);
  useEffect(() => {
    if (announced.has(key)) return;
    announced.add(key);
    const timer = setTimeout(() => setSaid(t.announce(current.tip.title, current.tip.why)), 250);
    return () => clearTimeout(timer);
  }, [key]);
  return (
    <div class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-live="">
      {said}
    </div>
  );
}

/** The in-page panel: one card at a time (the others named below it), or a small pill. */
export function Panel({ tips, lang, page, dock, handlersFor, onExpand, onCollapse, narrow = false }: Props) {
  const t = CARD_STRINGS[lang];
  const ordered = bySeverity(tips);
  const [chosen, setChosen] = useState<string | null>(null);
  const [confirmFromPill, setConfirmFromPill] = useState(false);
  /** What the pill's primary button did (or that it could not), said under it. */
  const [pillNote, setPillNote] = useState<string | null>(null);
  const current = ordered.find((s) => s.finding.id === chosen) ?? ordered[0]!;
  const others = ordered.filter((s) => s !== current);
  const handlers = handlersFor(current);

  if (dock.pill) {
    // Narrow: the pill says the one line that answers and holds the primary button.
    const primary = narrow ? primaryOf(current, page, handlers, t) : null;
    const onPrimary = async (p: Primary) => {
      if (p.kind === 'site-page') return;
      if (p.kind === 'reset') {
        // Asked in the card: opened with its confirmation.
        setConfirmFromPill(true);
        return onExpand();
      }
      setPillNote(await runPrimary(p, handlers, t));
    };
    return (
      <aside class={`panel pill ${dock.corner}${primary ? ' bar' : ''}`} lang={lang} aria-label={t.region}>
        <Announcer current={current} t={t} />
        <button
          type="button"
          class="pill-button"
          data-action="expand"
          aria-expanded="false"
          onClick={() => {
            setConfirmFromPill(false);
            onExpand();
          }}
        >
          <span class={`dot ${current.finding.severity}`} aria-hidden="true" />
          {narrow ? (
            <>
              <strong>{current.tip.title}</strong>
              <span class="pill-answer">{current.tip.why}</span>
            </>
          ) : (
            t.open(current.tip.title)
          )}
          {others.length > 0 && <span class="count"> +{others.length}</span>}
        </button>
        {primary && <PrimaryButton primary={primary} onPress={(p) => void onPrimary(p)} />}
        {primary && pillNote && (
          <p class="note" role="status">
            {pillNote}
          </p>
        )}
      </aside>
    );
  }
  return (
    <aside
      class={`panel ${dock.corner}`}
      lang={lang}
      aria-label={t.region}
      onKeyDown={(event) => {
        // Escape folds the card into its pill (nothing is lost; × closes it for a day).
        if (event.key === 'Escape') onCollapse();
      }}
    >
      <Announcer current={current} t={t} />
      <div class="brand">{t.brand}</div>
      <Card
        key={current.finding.id}
        shown={current}
        lang={lang}
        page={page}
        on={{ ...handlers, collapse: onCollapse }}
        foldSteps
        startConfirm={confirmFromPill}
      />
      {others.length > 0 && <OtherFindings others={others} onChoose={setChosen} />}
    </aside>
  );
}
