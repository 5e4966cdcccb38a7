/** The pace of the content scripts' runs: bounded whatever the mutation rate, slow on a busy page that
 *  shows nothing new, fast again on news, after a quiet spell or on the user's input. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageContext } from '@/lib/content/context';
import { PASS_INTERVAL_MS, SLOWEST_INTERVAL_MS, SLOWEST_LOOK_MS, watchAdditions, watchChanges, type Additions } from '@/lib/content/changes';

function fakeContext(): PageContext & { invalidate(): void } {
  const listeners: Array<() => void> = [];
  let invalid = false;
  return {
    get isInvalid() {
      return invalid;
    },
    onInvalidated(listener: () => void) {
      listeners.push(listener);
      return () => undefined;
    },
    invalidate() {
      invalid = true;
      listeners.forEach((listener) => listener());
    },
  } as unknown as PageContext & { invalidate(): void };
}

/** The page changes every `everyMs` for `forMs`. */
async function churn(everyMs: number, forMs: number): Promise<void> {
  for (let t = 0; t < forMs; t += everyMs) {
    document.body.append(document.createElement('i'));
    document.body.lastElementChild!.remove();
    await vi.advanceTimersByTimeAsync(everyMs);
  }
}

/** Watches changes, recording when each run happened (ms from now); `found` says what each run found. */
function recordRuns(ctx: PageContext, found: () => boolean = () => false) {
  const runs: number[] = [];
  const start = performance.now();
  const gaps = (from = 0) => runs.slice(from + 1).map((t, i) => t - runs[from + i]!);
  const changes = watchChanges(ctx, () => {
    runs.push(performance.now() - start);
    return found();
  });
  return { runs, gaps, changes, now: () => performance.now() - start };
}

describe('the pace of runs after page changes', () => {
  let ctx: ReturnType<typeof fakeContext>;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
    ctx = fakeContext();
  });
  afterEach(() => {
    ctx.invalidate();
    vi.useRealTimers();
    document.body.replaceChildren();
  });

  it('runs at most once per interval whatever the mutation rate, and slows down while nothing new is found', async () => {
    const { runs, gaps } = recordRuns(ctx);
    await churn(5, 6000);
    expect(Math.min(...gaps())).toBeGreaterThanOrEqual(PASS_INTERVAL_MS);
    // Doubling from 100 ms: the last seconds run at the slowest pace only.
    expect(gaps().slice(-3).every((gap) => gap >= SLOWEST_INTERVAL_MS && gap < SLOWEST_INTERVAL_MS + 50)).toBe(true);
    expect(runs.length).toBeLessThan(6000 / SLOWEST_INTERVAL_MS + 6);
  });

  it('a run that finds something new, and the user acting, bring back the shortest interval', async () => {
    let findSomething = false;
    const { runs, gaps, changes, now } = recordRuns(ctx, () => findSomething);
    await churn(5, 3000);
    changes.hurry();
    const hurriedAt = now();
    const beforeHurry = runs.length;
    await churn(5, 1500);
    // The site's answer to the user comes within a second or two: the shortest interval holds meanwhile.
    expect(runs[beforeHurry]! - hurriedAt).toBeLessThanOrEqual(PASS_INTERVAL_MS);
    expect(runs.length - beforeHurry).toBeGreaterThanOrEqual(13);
    await churn(5, 3000);

    findSomething = true;
    const before = runs.length;
    await churn(5, 2000);
    // From the first run that found something on, the pace is the shortest interval.
    expect(gaps(before).length).toBeGreaterThanOrEqual(10);
    expect(Math.max(...gaps(before))).toBeLessThanOrEqual(PASS_INTERVAL_MS + 5);
  });

  it('a change after a quiet spell is looked at within one interval', async () => {
    const { runs, now } = recordRuns(ctx);
    await churn(5, 3000);
    await vi.advanceTimersByTimeAsync(5000);
    const changedAt = now();
    await churn(5, 150);
    expect(runs.some((t) => t > changedAt && t - changedAt <= PASS_INTERVAL_MS + 5)).toBe(true);
  });

  it('lists what a quiet page added, and gives up listing (null: look at the whole page) on a burst', async () => {
    const seen: Array<Additions | null> = [];
    watchAdditions(ctx, (listed) => {
      seen.push(listed);
      return false;
    });
    const dialog = document.createElement('div');
    dialog.setAttribute('role', 'dialog');
    document.body.append(dialog);
    await vi.advanceTimersByTimeAsync(PASS_INTERVAL_MS + 10);
    expect(seen).toEqual([{ added: [dialog], changed: [] }]);

    await vi.advanceTimersByTimeAsync(5000);
    for (let i = 0; i < 300; i++) document.body.append(document.createElement('li'));
    await vi.advanceTimersByTimeAsync(PASS_INTERVAL_MS + 10);
    expect(seen.at(-1)).toBeNull();
  });

  it('hears what is added inside a shadow root it was told to watch (a document\'s observer does not)', async () => {
    const seen: Array<Additions | null> = [];
    const host = document.createElement('ae-toast');
    const shadow = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    await vi.advanceTimersByTimeAsync(5000);
    const changes = watchAdditions(ctx, (listed) => {
      seen.push(listed);
      return false;
    });
    changes.watchShadow(shadow);
    const notice = document.createElement('div');
    notice.setAttribute('aria-live', 'assertive');
    shadow.append(notice);
    await vi.advanceTimersByTimeAsync(PASS_INTERVAL_MS + 10);
    expect(seen).toEqual([{ added: [notice], changed: [] }]);
  });

  it('runs the detector after a change inside a watched shadow root', async () => {
    const host = document.createElement('ae-sheet');
    const shadow = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    const { runs, changes } = recordRuns(ctx);
    changes.watchShadow(shadow);
    shadow.append(document.createElement('p'));
    await vi.advanceTimersByTimeAsync(PASS_INTERVAL_MS + 10);
    expect(runs).toHaveLength(1);
  });

  it.each([
    ['marked as a modal', 'aria-modal', 'true'],
    ['given a slider class', 'class', 'nc-container'],
    ['turned into a password field', 'type', 'password'],
  ])('an element %s later is listed as changed', async (_label, attribute, value) => {
    const seen: Array<Additions | null> = [];
    const box = document.createElement(attribute === 'type' ? 'input' : 'div');
    document.body.append(box);
    watchAdditions(ctx, (listed) => {
      seen.push(listed);
      return false;
    });
    box.setAttribute(attribute, value);
    await vi.advanceTimersByTimeAsync(PASS_INTERVAL_MS + 10);
    expect(seen).toEqual([{ added: [], changed: [box] }]);
  });

  it("the bootstrap's looks at a busy ordinary page slow down further, and the user's input hurries them", async () => {
    const looks: number[] = [];
    const start = performance.now();
    watchAdditions(ctx, () => {
      looks.push(performance.now() - start);
      return false;
    });
    await churn(5, 15_000);
    const gaps = looks.slice(1).map((t, i) => t - looks[i]!);
    expect(gaps.at(-1)).toBeGreaterThanOrEqual(SLOWEST_LOOK_MS);
    const hurriedAt = performance.now() - start;
    const before = looks.length;
    // A click anywhere in the page.
    document.body.dispatchEvent(new Event('pointerup', { bubbles: true }));
    await churn(5, PASS_INTERVAL_MS + 10);
    expect(looks.length).toBeGreaterThan(before);
    expect(looks[before]! - hurriedAt).toBeLessThanOrEqual(PASS_INTERVAL_MS + 10);
  });

  it('stops for good, the user\'s input included, when the extension context goes', async () => {
    const { runs } = recordRuns(ctx);
    ctx.invalidate();
    await churn(5, 500);
    document.body.dispatchEvent(new Event('keyup', { bubbles: true }));
    await vi.advanceTimersByTimeAsync(500);
    expect(runs).toEqual([]);
  });

  it('stopping cancels a run already due, lets go of the page\'s mutations and input, and leaves no timer', async () => {
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    const { runs } = recordRuns(ctx);
    // Two changes: the first is run at once, the second is due within the interval.
    for (let i = 0; i < 2; i++) {
      document.body.append(document.createElement('i'));
      await vi.advanceTimersByTimeAsync(1);
    }
    expect(runs).toHaveLength(1);
    expect(vi.getTimerCount()).toBe(1);
    ctx.invalidate();
    expect(vi.getTimerCount()).toBe(0);
    expect(disconnect).toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(PASS_INTERVAL_MS * 3);
    expect(runs).toHaveLength(1);
    disconnect.mockRestore();
  });
});
