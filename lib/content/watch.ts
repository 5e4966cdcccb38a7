/**
 * The detector's lifecycle: detection passes on page changes (coalesced, see changes.ts), keyboard
 * state on password fields (never their values), slide attempts, and a timer for blank pages. Every pass
 * runs the same `detectFindings` as the scan command.
 */
import type { PageContext } from './context';
import { PASS_INTERVAL_MS, watchChanges } from './changes';
import { detectFindings } from '../detection/detect';
import { shadowRootsNear } from '../detection/gate';
import { BLANK_AFTER_MS } from '../detection/rules/blank-login-page';
import type { Finding } from '../findings';
import { foldText } from '../detection/text';
import { warmUpSteps } from '../detection/meaning';
import { TINY_FRAME, type PageEvents } from '../detection/reader';
import { stats } from './stats';

/** How long after releasing the slider its success text may take to appear. */
const SLIDE_SETTLE_MS = 1500;
const SLIDER_HANDLE = '[id^="nc_"][id$="_n1z"], .nc_iconfont.btn_slide, #aliyunCaptcha-sliding-slider';
const SLIDER_DONE = /验证通过|verified|検証|通过|success/;
const NUMPAD_DIGIT = /^Numpad[0-9]$/;

export interface WatchCallbacks {
  /** Called with the frame's findings whenever they change (sorted by id). */
  onFindings(findings: Finding[]): void;
  /** The browser's version status, when known (asked of the background). */
  browser?: Promise<PageEvents['browser']>;
  onDetectorError?(id: string, error: unknown): void;
}

export function watchPage(ctx: PageContext, callbacks: WatchCallbacks): void {
  const started = performance.now();
  const events: PageEvents = { elapsedMs: 0, tinyFrame: window !== window.top && (innerWidth < TINY_FRAME[0] || innerHeight < TINY_FRAME[1]) };
  let lastKey = '';

  const { schedule, runNow, hurry, watchShadow } = watchChanges(ctx, () => {
    events.elapsedMs = performance.now() - started;
    const findings = detectFindings(document, new URL(location.href), { live: true, events, onDetectorError: callbacks.onDetectorError });
    // A notice drawn later inside a shadow root where pages put overlays is heard too.
    if (document.body) shadowRootsNear(document.body).forEach(watchShadow);
    const key = JSON.stringify(findings);
    if (key === lastKey) return false;
    lastKey = key;
    callbacks.onFindings(findings);
    return true;
  });

  // Keyboard state only: getModifierState and the physical key, never the field's value.
  const onKey = (event: KeyboardEvent) => {
    if (!(event.target instanceof HTMLInputElement) || event.target.type !== 'password') return;
    const capsLockOn = event.getModifierState('CapsLock');
    // With Num Lock off, keypad digits arrive as navigation keys (End, ArrowDown, …) and type nothing.
    const numLockOff = NUMPAD_DIGIT.test(event.code) ? !/^[0-9]$/.test(event.key) : events.numLockOff;
    if (capsLockOn !== events.capsLockOn || numLockOff !== events.numLockOff) {
      events.capsLockOn = capsLockOn;
      events.numLockOff = numLockOff;
      hurry();
    }
  };
  ctx.addEventListener(document, 'keydown', onKey, { capture: true });
  ctx.addEventListener(document, 'keyup', onKey, { capture: true });
  // Typing changes a field's value without a mutation: the user's input hurries a pass (changes.ts), which
  // reads full-width input from the value.

  // A slide that ends without the widget's success text is a failed slide.
  ctx.addEventListener(
    document,
    'pointerup',
    (event) => {
      const handle = event.target instanceof Element ? event.target.closest(SLIDER_HANDLE) : null;
      const widget = handle?.closest('.nc-container, .nc_wrapper, [id^="nc_"][id$="_wrapper"], #aliyunCaptcha-sliding-slider');
      if (!widget) return;
      ctx.setTimeout(() => {
        if (widget.isConnected && !SLIDER_DONE.test(foldText(widget.textContent ?? ''))) {
          events.sliderFailures = (events.sliderFailures ?? 0) + 1;
          hurry();
        }
      }, SLIDE_SETTLE_MS);
    },
    { capture: true },
  );

  // Leaving the page (or an iframe removed from it): its findings go with it. Back from the cache: read again.
  ctx.addEventListener(window, 'pagehide', () => {
    lastKey = '[]';
    callbacks.onFindings([]);
  });
  ctx.addEventListener(window, 'pageshow', (event) => {
    if (!event.persisted) return;
    lastKey = '';
    schedule();
  });

  ctx.setTimeout(schedule, BLANK_AFTER_MS + PASS_INTERVAL_MS);
  void callbacks.browser?.then((browser) => {
    events.browser = browser;
    schedule();
  }, () => undefined);
  // Before the first pass, in idle time: the lexicon's expressions compile, then the detector rehearses a
  // pass on a form of our own (README, Performance). A page that is never idle still gets a
  // step every 100 ms.
  const steps = warmUpPlan(new URL(location.href));
  const later = () => (typeof requestIdleCallback === 'function' ? requestIdleCallback(warm, { timeout: 100 }) : ctx.setTimeout(warm, 0));
  const warm = (deadline?: IdleDeadline) => {
    if (ctx.isInvalid) return;
    const t0 = performance.now();
    takeWarmUpSteps(steps, deadline);
    // The extension's own main-thread time (npm run bench).
    stats.busyMs += performance.now() - t0;
    // The first pass in a task of its own.
    if (steps.length) later();
    else ctx.setTimeout(runNow, 0);
  };
  later();
}

/** The largest warm-up step, with room to spare (the rehearsal; npm run bench prints each callback). */
export const WARM_UP_STEP_MS = 5;

/** The detector's warm-up (meaning.ts warmUpSteps, detect.ts), then the rehearsal twice: code a pass runs
 *  the second time is compiled again, faster (the first pass then runs code that already ran twice). */
export function warmUpPlan(url: URL): Array<() => void> {
  return [...warmUpSteps(), () => rehearse(url), () => rehearse(url)];
}

/**
 * One idle callback's share of the warm-up: steps while the idle period the browser granted leaves room for
 * one more, so none runs past it; one step when the callback came on its timeout instead (the page was never
 * idle: the page waits for that step) or where there are no idle callbacks. A step that fails costs the
 * first pass its speed, never the pass.
 */
export function takeWarmUpSteps(steps: Array<() => void>, deadline?: IdleDeadline): void {
  do {
    try {
      steps.shift()?.();
    } catch {
      // Only the first pass's speed depends on it.
    }
  } while (steps.length && deadline && !deadline.didTimeout && deadline.timeRemaining() > WARM_UP_STEP_MS);
}

/** A pass over a small sign-in form of our own (never the page's), in idle time before the first pass: the
 *  detector's code runs for the first time there (README, Performance). Its findings go nowhere. */
export function rehearse(url: URL): void {
  const doc = document.implementation.createHTMLDocument('');
  const form = doc.createElement('form');
  const field = doc.createElement('input');
  field.type = 'password';
  const alert = doc.createElement('div');
  alert.setAttribute('role', 'alert');
  alert.textContent = 'Your password is incorrect. パスワードが正しくありません。';
  form.append(field, alert, doc.createElement('button'));
  doc.body.append(form);
  detectFindings(doc, url, { events: { elapsedMs: 0 } });
}
