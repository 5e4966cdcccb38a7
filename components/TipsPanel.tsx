import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Lang } from '@/lib/findings';
import type { ShownTip } from '@/lib/messages';

const LABELS = {
  ja: { brand: 'Login Rescue', causes: '考えられる原因', next: '次にすること', dismiss: 'このヒントを閉じる', region: 'ログインのヒント' },
  en: { brand: 'Login Rescue', causes: 'Likely causes', next: 'Next step', dismiss: 'Dismiss this tip', region: 'Sign-in tips' },
} as const;

const SAFE_HREF = /^(https:|tel:|mailto:)/;

interface Props {
  tips: ShownTip[];
  lang: Lang;
  onDismiss(tip: ShownTip): void;
}

/** The in-page tips: one card per finding, placed in a corner that covers none of the page's fields. */
export function TipsPanel({ tips, lang, onDismiss }: Props) {
  const labels = LABELS[lang];
  const panel = useRef<HTMLElement>(null);
  const [corner, setCorner] = useState<Corner>('bottom-right');
  useLayoutEffect(() => {
    if (panel.current) setCorner(freeCorner(panel.current.getBoundingClientRect()));
  }, [tips]);

  return (
    <aside ref={panel} class={`panel ${corner}`} lang={lang} aria-label={labels.region} aria-live="polite">
      <div class="brand">{labels.brand}</div>
      {tips.map((shown) => (
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
          {shown.tip.contacts && shown.tip.contacts.length > 0 && (
            <ul class="contacts">
              {shown.tip.contacts.filter((c) => SAFE_HREF.test(c.href)).map((c) => (
                <li key={c.href}>
                  <a href={c.href} target="_blank" rel="noopener noreferrer">
                    {c.label}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </aside>
  );
}

type Corner = 'bottom-right' | 'top-right' | 'bottom-left' | 'top-left';
const CORNERS: Corner[] = ['bottom-right', 'top-right', 'bottom-left', 'top-left'];
const MARGIN = 12;

/** The first corner where a panel of this size covers none of the page's visible fields and buttons. */
function freeCorner(size: DOMRect): Corner {
  const fields = [...document.querySelectorAll('input:not([type=hidden]), button, select, textarea, iframe')]
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0);
  const w = innerWidth;
  const h = innerHeight;
  const at = (corner: Corner) => {
    const left = corner.endsWith('left') ? MARGIN : w - MARGIN - size.width;
    const top = corner.startsWith('top') ? MARGIN : h - MARGIN - size.height;
    return { left, top, right: left + size.width, bottom: top + size.height };
  };
  const overlaps = (corner: Corner) => {
    const p = at(corner);
    return fields.some((r) => r.left < p.right && r.right > p.left && r.top < p.bottom && r.bottom > p.top);
  };
  return CORNERS.find((c) => !overlaps(c)) ?? 'bottom-right';
}
