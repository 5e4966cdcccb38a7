import { render } from 'preact';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { Lang } from '@/lib/findings';
import type { ShownTip } from '@/lib/messages';
import { TipsPanel } from './TipsPanel';
import styles from './tips.css?inline';

/** The page marker of design §4: this element is the shadow-root host and lists the shown finding ids. */
export const MARKER_TAG = 'login-rescue-tips';

export interface TipsView {
  show(tips: ShownTip[]): Promise<void>;
}

/** Mounts the tips panel on first use and removes it when nothing is left to show. */
export function createTipsView(ctx: ContentScriptContext, lang: Lang, onDismiss: (tip: ShownTip) => void): TipsView {
  let ui: ShadowRootContentScriptUi<HTMLElement> | null = null;
  let current: ShownTip[] = [];
  const draw = () => ui?.mounted && render(<TipsPanel tips={current} lang={lang} onDismiss={onDismiss} />, ui.mounted);

  return {
    async show(tips) {
      current = tips;
      if (tips.length === 0) {
        ui?.remove();
        ui = null;
        return;
      }
      if (!ui) {
        const created = await createShadowRootUi(ctx, {
          name: MARKER_TAG,
          // Styles go into the shadow root as text: no web-accessible resource, nothing fetched.
          css: styles,
          position: 'inline',
          anchor: 'body',
          append: 'last',
          onMount: (container) => container,
          onRemove: (container) => container && render(null, container),
        });
        if (ctx.isInvalid || current !== tips) return;
        ui = created;
        ui.mount();
      }
      ui.shadowHost.setAttribute('data-findings', tips.map((t) => t.finding.id).sort().join(' '));
      draw();
    },
  };
}
