import { pageContext } from '@/lib/content/context';
import type { Message } from '@/lib/messages';
import type { PageEvents } from '@/lib/detection/reader';
import { stats } from '@/lib/content/stats';
import { watchPage } from '@/lib/content/watch';

/**
 * The detector, injected by the background into a frame whose gate opened (see boot.ts). It
 * reports the frame's findings; the tips in the top frame show those of every frame.
 */
export default defineUnlistedScript({
  main() {
    // Ends when the extension goes, and only then (lib/content/context.ts).
    const ctx = pageContext();
    stats.detectors++;
    const send = (message: Message) => browser.runtime.sendMessage(message);
    watchPage(ctx, {
      // Worked out by the background, so that this script stays small.
      browser: send({ type: 'browser-status' }) as Promise<PageEvents['browser']>,
      onFindings: (findings) => void send({ type: 'frame-findings', findings }).catch(() => undefined),
    });
  },
});
