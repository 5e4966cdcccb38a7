import type { Lang } from '@/lib/findings';
import type { ShownTip } from '@/lib/messages';
import { ContactLinks } from './ContactLinks';

const LABELS = {
  ja: { brand: 'Login Rescue', causes: '考えられる原因', next: '次にすること', dismiss: 'このヒントを閉じる', region: 'ログインのヒント' },
  en: { brand: 'Login Rescue', causes: 'Likely causes', next: 'Next step', dismiss: 'Dismiss this tip', region: 'Sign-in tips' },
} as const;

/** Errors first: the tip that explains the failure comes before the ones that only inform. */
const RANK = { error: 0, warning: 1, info: 2 } as const;

export type Corner = 'bottom-right' | 'top-right' | 'bottom-left' | 'top-left';

interface Props {
  tips: ShownTip[];
  lang: Lang;
  /** Where the panel sits: chosen by the mount so that it covers none of the page's fields. */
  corner: Corner;
  onDismiss(tip: ShownTip): void;
}

/** The in-page tips: one card per finding. */
export function TipsPanel({ tips, lang, corner, onDismiss }: Props) {
  const labels = LABELS[lang];
  return (
    <aside
      class={`panel ${corner}`}
      lang={lang}
      aria-label={labels.region}
      aria-live="polite"
      onKeyDown={(event) => {
        // Escape closes the tip the keyboard is in (the first one when focus is on the panel itself).
        if (event.key !== 'Escape') return;
        const id = (event.target as Element).closest?.('[data-finding]')?.getAttribute('data-finding');
        const tip = tips.find((t) => t.finding.id === id) ?? tips[0];
        if (tip) onDismiss(tip);
      }}
    >
      <div class="brand">{labels.brand}</div>
      {[...tips].sort((a, b) => RANK[a.finding.severity] - RANK[b.finding.severity]).map((shown) => (
        <section class={`tip ${shown.finding.severity}`} key={shown.finding.id} data-finding={shown.finding.id}>
          <header>
            <h2>{shown.tip.title}</h2>
            <button type="button" class="dismiss" aria-label={labels.dismiss} title={labels.dismiss} onClick={() => onDismiss(shown)}>
              ×
            </button>
          </header>
          <h3>{labels.causes}</h3>
          <ol>
            {shown.tip.causes.map((cause) => (
              <li key={cause}>{cause}</li>
            ))}
          </ol>
          <h3>{labels.next}</h3>
          <p class="next">{shown.tip.next}</p>
          <ContactLinks contacts={shown.tip.contacts ?? []} />
        </section>
      ))}
    </aside>
  );
}
