/**
 * Counters on the content scripts' own (isolated) global: `npm run bench` and the browser tests read them
 * through the DevTools protocol, and the background asks whether a frame has its bootstrap. The page
 * cannot see them (another world).
 */
export interface ContentStats {
  /** Bootstraps started in this frame (1, or 0 before the first). */
  boots: number;
  /** Detectors started in this frame. */
  detectors: number;
  /** Runs after page changes: gate checks of the bootstrap and detection passes. */
  passes: number;
  /** Milliseconds spent in those runs and in listing mutations. */
  busyMs: number;
}

export const STATS_GLOBAL = 'loginRescueStats';
/** A frame's bootstrap: 'injected' by the background for the one it is about to inject, claimed in one
 *  step so that two injections racing (a tab that reports "complete" twice) bring one; 'running' set by
 *  the bootstrap itself, so that a declared one and an injected one racing (a sign-in page slow to
 *  parse) run once. */
export const BOOT_CLAIM = 'loginRescueBootClaimed';

export const stats: ContentStats = ((globalThis as Record<string, unknown>)[STATS_GLOBAL] as ContentStats | undefined) ?? { boots: 0, detectors: 0, passes: 0, busyMs: 0 };
(globalThis as Record<string, unknown>)[STATS_GLOBAL] = stats;
