import { watchAdditions } from '@/lib/content/changes';
import { pageContext } from '@/lib/content/context';
import { gate, opensGate, shadowRootsNear } from '@/lib/detection/gate';
import type { Message } from '@/lib/messages';
import { BOOT_RUNNING, bootRunning, LOAD_WAIT_MS, stats } from '@/lib/content/stats';
import { pageKind, siteForUrl } from '@/lib/sites';


/**
 * The bootstrap: all that runs on the pages of the supported sites. Declared for the sign-in pages (in
 * every frame, from the start); every other page gets it from the background once loaded. Only where the
 * gate opens (a sign-in page, or a page holding a sign-in widget or an account modal) does the
 * background inject the detector; the tips come only when there is something to show. Product and
 * order pages carry this file alone, and only after their load event.
 */
export default defineUnlistedScript({
  // Returns at once, with nothing. `executeScript` waits for a promise a script ends with, and Chrome
  // holds back the page's load event until it settles: a page still loading when the bootstrap came in
  // finished loading only when the wait below ran out, 1 s late (npm run bench, page load).
  main() {
    void boot();
  },
});

async function boot(): Promise<void> {
  // Ends when the extension goes, and only then (lib/content/context.ts).
  const ctx = pageContext();
  // Only the sites' own pages (not another shop's page on a shared domain, or an empty frame). Other
  // services under the sites' domains (AWS, Seller Central) never get this script: the manifest excludes
  // them and the background injects only into the shop's frames.
  if (!siteForUrl(new URL(location.href))) return;
  const world = globalThis as unknown as Record<string, unknown>;
  if (bootRunning(world)) return;
  world[BOOT_RUNNING] = true;
  stats.boots++;
  // Nothing of ours on the page's critical path: start once its load event is over (a task after it, not
  // inside it), or after a few seconds for a page stuck on one resource (a blank login page is one of
  // the troubles this is for).
  if (document.readyState !== 'complete') {
    await new Promise((start) => {
      addEventListener('load', () => setTimeout(start), { once: true });
      setTimeout(start, LOAD_WAIT_MS);
    });
  }
  if (ctx.isInvalid) return;
  const kindHere = () => {
    const url = new URL(location.href);
    const site = siteForUrl(url);
    return site ? pageKind(site, url) : null;
  };
  const gateOpen = () => {
    const kind = kindHere();
    return kind !== null && gate(document, kind).read;
  };
  const signInUrl = () => ![null, 'other'].includes(kindHere());
  // The top frame says when its document began (on the wall clock the background compares with: the
  // page's time origin drifts from it after the device sleeps), so that the previous one's findings go.
  const documentSince = window.top === window ? Date.now() - performance.now() : undefined;
  // The answer: whether to go on watching (no when the site is switched off, or the detector took over).
  // The frame's own `lang` picks the lexicon's chunks the detector comes with (lib/detection/languages.ts).
  const hello = (detect: boolean) =>
    browser.runtime.sendMessage({ type: 'boot', detect, documentSince, lang: document.documentElement.lang } satisfies Message).then((watch: unknown) => watch === true, () => false);

  // The first look is the bootstrap's own work on every page of the sites: counted with its later ones.
  const lookStarted = performance.now();
  const open = gateOpen();
  stats.busyMs += performance.now() - lookStarted;
  if (open) return void hello(true);
  // From now on only what the page adds is looked at (the whole page again only after a burst), and the
  // address, which a single-page app changes without loading.
  // Open shadow roots where pages draw overlays are heard too: a toast's host may be there from the start
  // and draw its notice later.
  const watchShadows = (roots: ShadowRoot[]) => roots.forEach((shadow) => changes.watchShadow(shadow));
  const changes = watchAdditions(ctx, (listed) => {
    // Each added element's shadow roots are found once: to ask the gate, then to watch them.
    const shadows = new Map<Element, ShadowRoot[]>();
    const shadowsOf = (el: Element) => shadows.get(el) ?? (shadows.set(el, shadowRootsNear(el)), shadows.get(el)!);
    const open =
      listed === null
        ? gateOpen()
        : signInUrl() || listed.added.some((el) => el.isConnected && opensGate(el, true, shadowsOf(el))) || listed.changed.some((el) => el.isConnected && opensGate(el, false));
    if (!open) {
      for (const el of listed?.added ?? [document.body]) if (el?.isConnected) watchShadows(shadowsOf(el));
      return false;
    }
    changes.stop();
    void hello(true);
    return true;
  });
  if (document.body) watchShadows(shadowRootsNear(document.body));
  if (documentSince !== undefined && !(await hello(false))) changes.stop();
}
