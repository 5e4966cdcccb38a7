import { render } from 'preact';
import type { PageContext } from '@/lib/content/context';
import type { Lang } from '@/lib/findings';
import type { ShownTip } from '@/lib/messages';
import { freeCorner } from './corner';
import { TipsPanel, type Corner } from './TipsPanel';
import styles from './tips.css?inline';

/** The page marker of design §4: this element is the shadow-root host and lists the shown finding ids. */
export const MARKER_TAG = 'login-rescue-tips';

export interface TipsView {
  show(tips: ShownTip[]): void;
}

/**
 * Mounts the tips panel in a shadow root on first use and removes it when nothing is left to show.
 * Written out rather than WXT's createShadowRootUi: that helper and its dependencies were a fifth of
 * every page's injected code (README, Performance); this is all of it that the tips need.
 */
export function createTipsView(ctx: PageContext, lang: Lang, onDismiss: (tip: ShownTip) => void): TipsView {
  let host: HTMLElement | null = null;
  let container: HTMLElement | null = null;
  let corner: Corner = 'bottom-right';

  const remove = () => {
    if (container) render(null, container);
    host?.remove();
    host = container = null;
  };
  ctx.onInvalidated(remove);

  return {
    show(tips) {
      if (tips.length === 0 || ctx.isInvalid) return remove();
      if (!host || !host.isConnected) {
        remove();
        host = document.createElement(MARKER_TAG);
        const shadow = host.attachShadow({ mode: 'open' });
        const style = document.createElement('style');
        style.textContent = styles;
        container = document.createElement('div');
        shadow.append(style, container);
        // Keys typed in the tips stay there: the page's own shortcuts must not see them.
        for (const type of ['keydown', 'keyup', 'keypress'] as const) container.addEventListener(type, (e) => e.stopPropagation());
        (document.body ?? document.documentElement).append(host);
      }
      host.setAttribute('data-findings', tips.map((t) => t.finding.id).sort().join(' '));
      const draw = () => render(<TipsPanel tips={tips} lang={lang} corner={corner} onDismiss={onDismiss} />, container!);
      draw();
      // Measured once rendered: move to the first corner where the panel covers no field of the page.
      const panel = container!.firstElementChild;
      const free = panel ? freeCorner(panel.getBoundingClientRect()) : corner;
      if (free !== corner) {
        corner = free;
        draw();
      }
    },
  };
}
