/** Injected into a page by the benchmark: the content script's detection pass, and the floor it is
 *  measured against (touching every element once), timed in the same page. */
import { detectFindings } from '../../lib/detection/detect';
import { opensGate } from '../../lib/detection/gate';
import { pageKind, siteForUrl } from '../../lib/sites';
import { addLanguage } from '../../lib/detection/lexicon';
import { CHUNKED } from '../../lib/detection/lexicon/chunks';
import { frameLanguages } from '../../lib/detection/languages';
import { takeWarmUpSteps, warmUpPlan } from '../../lib/content/watch';

/** One idle callback of the warm-up (npm run bench). */
export interface WarmUpCallback {
  ms: number;
  granted: number;
  timedOut: boolean;
}

// The lexicon's chunks the background injects with the detector into this frame (its languages).
for (const lang of frameLanguages(document.documentElement.lang, new URL(location.href))) addLanguage(lang, CHUNKED[lang]);

/** A change to the document before every call, as a page makes between two passes: it empties the
 *  browser's cached collections (`getElementsByTagName` and the like), which a pass repeated over a page
 *  that never changes would otherwise find already filled. */
const marker = document.createElement('i');
function touch(): void {
  document.body.append(marker);
  marker.remove();
}

/** Pages get a coarse clock (0.1 ms): each sample repeats the work until it lasts at least 5 ms, and
 *  subtracts the same number of bare `touch`es. */
function time(runs: number, work: () => unknown): number[] {
  let repeat = 1;
  for (let t0 = performance.now(); performance.now() - t0 < 5; repeat++) {
    touch();
    work();
  }
  const batch = (withWork: boolean) => {
    const t0 = performance.now();
    for (let r = 0; r < repeat; r++) {
      touch();
      if (withWork) work();
    }
    return performance.now() - t0;
  };
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) samples.push((batch(true) - batch(false)) / repeat);
  return samples;
}

/** The floor: touching every element of the page once. */
const floor = () => document.querySelectorAll('*').length;

/** `pass` against the floor, alternating so that both see the same machine load. */
function againstFloor(runs: number, pass: () => unknown): { passes: number[]; floors: number[] } {
  const passes: number[] = [];
  const floors: number[] = [];
  for (let i = 0; i < runs; i++) {
    floors.push(...time(1, floor));
    passes.push(...time(1, pass));
  }
  return { passes, floors };
}

(globalThis as { loginRescueBench?: unknown }).loginRescueBench = {
  /** What the detector does before its first pass (lib/content/watch.ts, the same steps and the same share
   *  of them per idle callback): each callback's time, the idle time the browser granted it, and whether it
   *  came on its timeout instead. Ask it first. */
  warmUp(): Promise<WarmUpCallback[]> {
    const steps = warmUpPlan(new URL(location.href));
    const callbacks: WarmUpCallback[] = [];
    return new Promise((done) => {
      const step = (deadline: IdleDeadline) => {
        const granted = deadline.timeRemaining();
        const t0 = performance.now();
        takeWarmUpSteps(steps, deadline);
        callbacks.push({ ms: performance.now() - t0, granted, timedOut: deadline.didTimeout });
        if (steps.length) requestIdleCallback(step, { timeout: 100 });
        else done(callbacks);
      };
      requestIdleCallback(step, { timeout: 100 });
    });
  },
  /** The first pass in a frame, after the warm-up and before any other pass of ours ran there: the one a
   *  page waits for first. Ask it second. */
  firstPass() {
    const t0 = performance.now();
    detectFindings(document, new URL(location.href), { live: true, events: { elapsedMs: 60_000 } });
    return performance.now() - t0;
  },
  measure(runs: number) {
    const url = new URL(location.href);
    const pass = () => detectFindings(document, url, { live: true, events: { elapsedMs: 60_000 } });
    return { ...againstFloor(runs, pass), elements: floor(), findings: pass().map((f) => f.id) };
  },
  /** The bootstrap's pass on an ordinary page after it added something: a copy of one of its blocks (a
   *  review, an order) is appended, and the address and the addition are looked at (entrypoints/boot.ts). */
  measureAddition(runs: number) {
    const sample = document.querySelector('[data-hook=review], .order') ?? document.body.firstElementChild!;
    const added = sample.cloneNode(true) as Element;
    document.body.append(added);
    const pass = () => {
      const url = new URL(location.href);
      const site = siteForUrl(url);
      return (site !== null && pageKind(site, url) !== 'other') || opensGate(added);
    };
    const result = { ...againstFloor(runs, pass), addedElements: added.querySelectorAll('*').length + 1, opens: pass() };
    added.remove();
    return result;
  },
};
