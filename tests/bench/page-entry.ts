/** Injected into a page by the benchmark: the content script's detection pass, and the floor it is
 *  measured against (touching every element once), timed in the same page. */
import { detectFindings } from '../../lib/detect';

/** Pages get a coarse clock (0.1 ms): each sample repeats the work until it lasts at least 5 ms. */
function time(runs: number, work: () => unknown): number[] {
  let repeat = 1;
  for (let t0 = performance.now(); performance.now() - t0 < 5; repeat++) work();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    for (let r = 0; r < repeat; r++) work();
    samples.push((performance.now() - t0) / repeat);
  }
  return samples;
}

(globalThis as { loginRescueBench?: unknown }).loginRescueBench = {
  measure(runs: number) {
    const url = new URL(location.href);
    const pass = () => detectFindings(document, url, { live: true, events: { elapsedMs: 60_000 } });
    const floor = () => document.querySelectorAll('*').length;
    const passes: number[] = [];
    const floors: number[] = [];
    // Alternating, so that both see the same machine load.
    for (let i = 0; i < runs; i++) {
      floors.push(...time(1, floor));
      passes.push(...time(1, pass));
    }
    return { passes, floors, elements: floor(), findings: pass().map((f) => f.id) };
  },
};
