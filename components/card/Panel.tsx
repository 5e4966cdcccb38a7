import { useState } from 'preact/hooks';
import type { Lang } from '@/lib/findings';
import type { ShownTip } from '@/lib/messages';
import { Card, type CardHandlers, type CardPage } from './Card';
import { OtherFindings } from './OtherFindings';
import type { Dock } from './dock';
import { CARD_STRINGS } from './strings';

/** Errors first: the card that explains the failure comes before the ones that only inform. */
const RANK = { error: 0, warning: 1, info: 2 } as const;
export const bySeverity = (tips: ShownTip[]) => [...tips].sort((a, b) => RANK[a.finding.severity] - RANK[b.finding.severity]);

interface Props {
  tips: ShownTip[];
  siteName: string;
  lang: Lang;
  page: CardPage;
  dock: Dock;
  handlersFor(tip: ShownTip): CardHandlers;
  onExpand(): void;
  onCollapse(): void;
}

/** The in-page panel: one card at a time (the others named below it), or a small pill. */
export function Panel({ tips, siteName, lang, page, dock, handlersFor, onExpand, onCollapse }: Props) {
  const t = CARD_STRINGS[lang];
  const ordered = bySeverity(tips);
  const [chosen, setChosen] = useState<string | null>(null);
  const current = ordered.find((s) => s.finding.id === chosen) ?? ordered[0]!;
  const others = ordered.filter((s) => s !== current);

  if (dock.pill) {
    return (
      <aside class={`panel pill ${dock.corner}`} lang={lang} aria-label={t.region}>
        <button type="button" class="pill-button" data-action="expand" aria-expanded="false" onClick={onExpand}>
          <span class={`dot ${current.finding.severity}`} aria-hidden="true" />
          {t.open(current.tip.title)}
          {others.length > 0 && <span class="count"> +{others.length}</span>}
        </button>
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
      <div class="brand">{t.brand}</div>
      <Card key={current.finding.id} shown={current} siteName={siteName} lang={lang} page={page} on={{ ...handlersFor(current), collapse: onCollapse }} />
      {others.length > 0 && <OtherFindings others={others} onChoose={setChosen} />}
    </aside>
  );
}
