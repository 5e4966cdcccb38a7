/**
 * Counters on the content scripts' own (isolated) global: `npm run bench` and the browser tests read them
 * through the DevTools protocol. Also what the bootstrap and the background agree on: the mark that a
 * frame's bootstrap runs, and how long a page may load before it starts. The page cannot see them
 * (another world).
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
/** Set by a frame's bootstrap when it starts: the background injects one only where it is not set, and a
 *  second one (a declared one and an injected one racing on a sign-in page slow to parse, or two
 *  injections racing) returns at once. */
export const BOOT_RUNNING = 'loginRescueBootRunning';
/** How long a page may go on loading before the bootstrap starts anyway: the background injects it into
 *  such a page, and a declared one stops waiting for the load event, after this long. */
export const LOAD_WAIT_MS = 3000;

/** Whether a frame's bootstrap runs: exactly `true`, which only our scripts write. A page's element named
 *  like the mark (`<div id="loginRescueBootRunning">`) shows through on the window in the isolated world
 *  too, as an element, never as `true`. */
export function bootRunning(world: Record<string, unknown>): boolean {
  return world[BOOT_RUNNING] === true;
}

const world = globalThis as Record<string, unknown>;
const earlier = world[STATS_GLOBAL];
/** The counters of an earlier script in this frame, or new ones: never what a page's named element puts there. */
export const stats: ContentStats =
  earlier && Object.getPrototypeOf(earlier) === Object.prototype && typeof (earlier as ContentStats).boots === 'number'
    ? (earlier as ContentStats)
    : { boots: 0, detectors: 0, passes: 0, busyMs: 0 };
// An own property of the window: from now on it hides any element named like it.
world[STATS_GLOBAL] = stats;
