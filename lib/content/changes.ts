/**
 * "The page changed" for content scripts, coalesced: `run` is called at most once per `PASS_INTERVAL_MS`,
 * whatever the mutation rate. On a page that keeps changing with nothing new found (an animation, a
 * feed), the interval doubles up to `SLOWEST_INTERVAL_MS` (`SLOWEST_LOOK_MS` for the bootstrap); a
 * result, a quiet spell or the user's own input (`hurry`) brings it back: the pace follows the user,
 * not the page's animations.
 */
import type { PageContext } from './context';
import { stats } from './stats';

/** At most one run per frame per this many milliseconds. */
export const PASS_INTERVAL_MS = 100;
/** The longest interval on a busy page that shows nothing new. */
export const SLOWEST_INTERVAL_MS = 800;
/** The same for the bootstrap on an ordinary page: what it waits for (a login dialog, a captcha) comes
 *  after the user acts, and the user's input hurries it; meanwhile each look at a busy page costs it a
 *  burst of mutation records (measured: 1.06× the page's own work at 800 ms). */
export const SLOWEST_LOOK_MS = 3200;
/** How long after the user's input the shortest interval holds: a site answers a submit or a slide
 *  within a second or two. */
const ANSWER_WAIT_MS = 2000;
/** What the user does is what makes a site answer (an error after a submit, a login dialog after a
 *  click): these hurry the runs, however busy the page. */
const USER_INPUT = ['input', 'keyup', 'pointerup', 'submit'] as const;
/** More additions than this before a run (a list loading, an app redrawing): stop listing them and
 *  look at the whole page once instead. */
const MAX_LISTED = 100;
/** A page that changes again within this long of the last run is busy (an animation, a feed): listing
 *  its changes would cost more than looking at the whole page on each run. */
const QUIET_MS = 1000;

export interface Changes {
  /** Asks for a run (after the interval, if one just happened). */
  schedule(): void;
  /** Runs now, then listens again. */
  runNow(): void;
  /** The user did something (typed, submitted, released the slider): the shortest interval for a while,
   *  and a run. Called on the page's own `USER_INPUT` events too. */
  hurry(): void;
  /** Stops listening (to the page and to the user) for good. */
  stop(): void;
  /** Milliseconds since the last run (Infinity before the first). */
  sinceRun(): number;
  /** Also hears changes inside an open shadow root (a document's observer does not): the roots where
   *  pages draw their overlays (lib/detection/gate.ts, shadowRootsNear). */
  watchShadow(root: ShadowRoot): void;
}

/**
 * Any change at all (the detector, which reads the whole page on each pass). The observer only needs to
 * hear that something changed, so it disconnects until the run: a page that mutates thousands of times
 * a second does not pay for thousands of mutation records.
 */
export function watchChanges(ctx: PageContext, run: () => boolean): Changes {
  const observer = new MutationObserver(() => {
    observer.disconnect();
    changes.schedule();
  });
  const changes = coalesced(ctx, observer, run, SLOWEST_INTERVAL_MS, {
    childList: true,
    subtree: true,
    characterData: true,
    attributes: true,
    attributeFilter: ['class', 'style', 'hidden', 'aria-hidden', 'open'],
  });
  return changes;
}

/** What a page added, and the elements whose gate-relevant attributes changed, since the last run. */
export interface Additions {
  added: Element[];
  changed: Element[];
}

/** Attributes that make an existing element a sign-in widget or notice (see lib/detection/gate.ts). */
const GATE_ATTRIBUTES = ['aria-modal', 'role', 'aria-live', 'id', 'class', 'type', 'name', 'src', 'action'];

/**
 * The elements a page added or changed since the last run (the bootstrap, which looks only at those).
 * `null`: too many to list, or a busy page: look at the whole page; the observer then disconnects until
 * the run, as above, so that a busy page pays for no mutation records.
 */
export function watchAdditions(ctx: PageContext, run: (additions: Additions | null) => boolean): Changes {
  let listed: Additions | null = { added: [], changed: [] };
  const note = (node: Node, into: 'added' | 'changed') => {
    if (listed === null || node.nodeType !== Node.ELEMENT_NODE) return;
    if (listed.added.length + listed.changed.length < MAX_LISTED) listed[into].push(node as Element);
    else listed = null;
  };
  const observer = new MutationObserver((records) => {
    const started = performance.now();
    if (changes.sinceRun() < QUIET_MS) listed = null;
    for (const record of records) {
      if (record.type === 'attributes') note(record.target, 'changed');
      else record.addedNodes.forEach((node) => note(node, 'added'));
    }
    if (listed === null) observer.disconnect();
    changes.schedule();
    stats.busyMs += performance.now() - started;
  });
  const changes = coalesced(
    ctx,
    observer,
    () => {
      const batch = listed;
      listed = { added: [], changed: [] };
      return run(batch);
    },
    SLOWEST_LOOK_MS,
    { childList: true, subtree: true, attributes: true, attributeFilter: GATE_ATTRIBUTES },
  );
  return changes;
}

/** `run` says whether it found something new (then the interval is the shortest again). */
function coalesced(ctx: PageContext, observer: MutationObserver, run: () => boolean, slowest: number, options: MutationObserverInit): Changes {
  let lastRun = -Infinity;
  let interval = PASS_INTERVAL_MS;
  let hurriedUntil = -Infinity;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  const shadows = new Set<ShadowRoot>();
  const observe = () => {
    observer.observe(document.documentElement, options);
    for (const root of shadows) (root.host.isConnected ? observer.observe(root, options) : shadows.delete(root));
  };
  const watchShadow = (root: ShadowRoot) => {
    if (shadows.has(root)) return;
    shadows.add(root);
    if (!stopped && !ctx.isInvalid) observer.observe(root, options);
  };
  const runNow = () => {
    clearTimeout(pending);
    pending = undefined;
    // A change after a quiet spell is news: no slowing down for it.
    const busy = performance.now() - lastRun < slowest * 2;
    lastRun = performance.now();
    stats.passes++;
    let found = true;
    try {
      found = run();
    } finally {
      interval = found || !busy || lastRun < hurriedUntil ? PASS_INTERVAL_MS : Math.min(interval * 2, slowest);
      // Whatever happened, keep listening: one bad run must not end watching this page.
      if (!stopped && !ctx.isInvalid) observe();
      stats.busyMs += performance.now() - lastRun;
    }
  };
  const at = () => Math.max(0, interval - (performance.now() - lastRun));
  const schedule = () => {
    if (pending !== undefined || stopped || ctx.isInvalid) return;
    // A plain timer, cleared on each run and on invalidation: ctx.setTimeout would keep one abort
    // listener per run.
    pending = setTimeout(runNow, at());
  };
  const hurry = () => {
    interval = PASS_INTERVAL_MS;
    hurriedUntil = performance.now() + ANSWER_WAIT_MS;
    clearTimeout(pending);
    pending = undefined;
    schedule();
  };
  const userInput = new AbortController();
  for (const type of USER_INPUT) document.addEventListener(type, hurry, { capture: true, signal: userInput.signal });
  const stop = () => {
    stopped = true;
    observer.disconnect();
    clearTimeout(pending);
    userInput.abort();
  };
  ctx.onInvalidated(stop);
  observe();
  return { schedule, runNow, hurry, stop, sinceRun: () => performance.now() - lastRun, watchShadow };
}
