import { render } from 'preact';
import type { PageContext } from '@/lib/content/context';
import type { Lang } from '@/lib/findings';
import type { ShownTip } from '@/lib/messages';
import type { CardHandlers, CardPage } from './card/Card';
import { chooseDock, NARROW_PX, type Dock } from './card/dock';
import { bySeverity, Panel } from './card/Panel';
import styles from './card/card.css?inline';

/** The page marker of design §4: this element is the shadow-root host and lists the shown finding ids. */
export const MARKER_TAG = 'login-rescue-tips';

export interface TipsState {
  tips: ShownTip[];
  siteName: string;
  page: CardPage;
}

export interface TipsView {
  show(state: TipsState): void;
  /** Opens the panel and puts the keyboard in its card (the extension's shortcut). */
  focus(): void;
  /** Outlines a box of the page for a few seconds (a control a step points at). */
  outline(rect: DOMRect): void;
}

/** The card's size before it was ever measured (it is measured on every open render). */
const FIRST_GUESS = { width: 360, height: 420 };
const OUTLINE_MS = 3000;

/**
 * Mounts the panel in a shadow root on first use and removes it when nothing is left to show. Written
 * out rather than WXT's createShadowRootUi: that helper and its dependencies were a fifth of every page's
 * injected code (README, Performance); this is all of it that the tips need.
 */
export function createTipsView(ctx: PageContext, lang: Lang, handlersFor: (tip: ShownTip) => CardHandlers): TipsView {
  let host: HTMLElement | null = null;
  let container: HTMLElement | null = null;
  let outlineBox: HTMLElement | null = null;
  let state: TipsState | null = null;
  let dock: Dock = { corner: 'bottom-right', pill: innerWidth < NARROW_PX };
  let size = FIRST_GUESS;

  const remove = () => {
    if (container) render(null, container);
    host?.remove();
    host = container = outlineBox = null;
    removeEventListener('focusin', onPageChange, true);
    removeEventListener('resize', onPageChange);
  };
  ctx.onInvalidated(remove);

  const draw = () => {
    if (!state || !container) return;
    render(<Panel tips={state.tips} siteName={state.siteName} lang={lang} page={state.page} dock={dock} handlersFor={handlersFor} onExpand={expand} onCollapse={collapse} />, container);
    const panel = container.querySelector('.panel:not(.pill)');
    if (panel) size = { width: panel.getBoundingClientRect().width, height: panel.getBoundingClientRect().height };
  };
  /** Re-placed whenever the page's focus or size changes: never over the field being typed in or the
   *  site's dialog (a pill then). `userAsked`: opened by the user's click, so it opens wherever it must. */
  const place = (wantOpen: boolean, userAsked = false, alsoAvoid: DOMRect[] = []) => {
    if (!host) return;
    const next = chooseDock(size, host, !wantOpen, alsoAvoid);
    dock = userAsked && next.pill ? { corner: next.corner, pill: false } : next;
    draw();
  };
  const expand = () => {
    place(true, true);
    container?.querySelector<HTMLElement>('[data-finding]')?.focus();
  };
  const collapse = () => {
    dock = { ...dock, pill: true };
    draw();
    container?.querySelector<HTMLElement>('.pill-button')?.focus();
  };
  let scheduled = false;
  function onPageChange(event: Event) {
    if (scheduled || (event.type === 'focusin' && host?.contains(event.target as Node))) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      place(!dock.pill);
    });
  }

  return {
    show(next) {
      if (next.tips.length === 0 || ctx.isInvalid) return remove();
      state = next;
      if (!host || !host.isConnected) {
        remove();
        host = document.createElement(MARKER_TAG);
        const shadow = host.attachShadow({ mode: 'open' });
        const style = document.createElement('style');
        style.textContent = styles;
        container = document.createElement('div');
        outlineBox = document.createElement('div');
        outlineBox.className = 'outline';
        outlineBox.hidden = true;
        shadow.append(style, container, outlineBox);
        // Keys typed in the card stay there: the page's own shortcuts must not see them.
        for (const type of ['keydown', 'keyup', 'keypress'] as const) container.addEventListener(type, (e) => e.stopPropagation());
        // Only the user's own clicks act: a script of the page could reach into the open shadow root and
        // press 「リセット」 (keyboard presses arrive as trusted clicks too).
        container.addEventListener(
          'click',
          (e) => {
            if (e.isTrusted) return;
            e.stopImmediatePropagation();
            e.preventDefault();
          },
          true,
        );
        (document.body ?? document.documentElement).append(host);
        addEventListener('focusin', onPageChange, true);
        addEventListener('resize', onPageChange);
        draw();
        place(innerWidth >= NARROW_PX);
      }
      host.setAttribute('data-findings', bySeverity(next.tips).map((t) => t.finding.id).sort().join(' '));
      draw();
    },
    focus: () => expand(),
    outline(rect) {
      if (!outlineBox) return;
      Object.assign(outlineBox.style, { left: `${rect.left - 4}px`, top: `${rect.top - 4}px`, width: `${rect.width + 8}px`, height: `${rect.height + 8}px` });
      outlineBox.hidden = false;
      // The card moves off the control it points at (a pill where it cannot): the user is to press it.
      place(!dock.pill, false, [rect]);
      setTimeout(() => outlineBox && (outlineBox.hidden = true), OUTLINE_MS);
    },
  };
}
