/**
 * "The page changed" for content scripts, coalesced: `run` is called at most once per `PASS_INTERVAL_MS`,
 * whatever the mutation rate. The observer only needs to hear that something changed, so it disconnects
 * until `run` has run: a page that mutates thousands of times a second does not pay for thousands of
 * mutation records.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { stats } from './stats';

/** At most one run per frame per this many milliseconds. */
export const PASS_INTERVAL_MS = 100;

export interface Changes {
  /** Asks for a run (after the interval, if one just happened). */
  schedule(): void;
  /** Runs now, then listens again. */
  runNow(): void;
  /** Stops listening for good. */
  stop(): void;
}

export function watchChanges(ctx: ContentScriptContext, run: () => void): Changes {
  let lastRun = -Infinity;
  let pending: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;

  const observer = new MutationObserver(() => {
    observer.disconnect();
    schedule();
  });
  const observe = () =>
    observer.observe(document.documentElement, {
      childList: true,
      subtree: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['class', 'style', 'hidden', 'aria-hidden', 'open'],
    });
  const runNow = () => {
    pending = undefined;
    lastRun = performance.now();
    stats.passes++;
    try {
      run();
    } finally {
      // Whatever happened, keep listening: one bad run must not end watching this page.
      if (!stopped && !ctx.isInvalid) observe();
    }
  };
  const schedule = () => {
    if (pending !== undefined || stopped || ctx.isInvalid) return;
    // A plain timer, cleared once on invalidation: ctx.setTimeout would keep one abort listener per run.
    pending = setTimeout(runNow, Math.max(0, PASS_INTERVAL_MS - (performance.now() - lastRun)));
  };
  const stop = () => {
    stopped = true;
    observer.disconnect();
    clearTimeout(pending);
  };
  ctx.onInvalidated(stop);
  observe();
  return { schedule, runNow, stop };
}
