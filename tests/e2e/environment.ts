/**
 * The browser's identity and the clock as the extension sees them, pinned for the browser tests: what a
 * test checks never depends on the day it runs or on the Chromium version Debian ships that day.
 *
 * The extension reads its browser from `navigator.userAgentData` (lib/this-browser.ts) and the day from
 * `Date`, in its service worker and in its pages (the popup). Both are replaced there — in the worker
 * through the DevTools protocol as soon as it starts (and again whenever it restarts), in extension pages
 * by an init script — and nowhere in the extension's own code.
 */
import type { BrowserContext, Worker } from 'playwright-core';
import { estimateStableMajor } from '../../lib/browser-version';

export interface PinnedEnvironment {
  /** The Chromium major the extension is told it runs in. */
  chromiumMajor: number;
  /** How far the extension's clock runs ahead of the real one (0: today). */
  clockOffsetMs: number;
}

/** A Chromium current on the real day: the default of every browser test. What the tests check of it
 *  (not outdated, no old-browser finding) is the same on any day, whichever version that is. */
export function currentChromium(): PinnedEnvironment {
  return { chromiumMajor: estimateStableMajor('chromium', new Date()), clockOffsetMs: 0 };
}

/** The extension's clock set to a fixed instant (then running on), and the Chromium it is told it runs in:
 *  for the tests whose answer depends on the day. */
export function on(isoDate: string, chromiumMajor: number): PinnedEnvironment {
  return { chromiumMajor, clockOffsetMs: Date.parse(`${isoDate}T03:00:00Z`) - Date.now() };
}

/** Runs in the extension's worker or page, before (or instead of) the extension's own reading. */
function pin({ chromiumMajor, clockOffsetMs }: PinnedEnvironment): void {
  const scope = globalThis as unknown as { __pinnedEnvironment?: boolean; Date: DateConstructor; navigator: Navigator };
  if (scope.__pinnedEnvironment) return;
  scope.__pinnedEnvironment = true;
  const brands = [
    { brand: 'Not.A/Brand', version: '99' },
    { brand: 'Chromium', version: String(chromiumMajor) },
  ];
  const fullVersionList = brands.map((b) => ({ brand: b.brand, version: b.brand === 'Chromium' ? `${chromiumMajor}.0.7000.1` : '99.0.0.0' }));
  const data = { brands, mobile: false, platform: 'Linux', getHighEntropyValues: async () => ({ brands, fullVersionList }), toJSON: () => ({ brands, mobile: false, platform: 'Linux' }) };
  Object.defineProperty(scope.navigator, 'userAgentData', { configurable: true, get: () => data });
  if (clockOffsetMs === 0) return;
  const RealDate = scope.Date;
  const shifted = function (this: unknown, ...args: unknown[]) {
    if (!new.target) return new RealDate(RealDate.now() + clockOffsetMs).toString();
    return args.length === 0 ? new RealDate(RealDate.now() + clockOffsetMs) : new (RealDate as unknown as new (...a: unknown[]) => Date)(...args);
  } as unknown as DateConstructor;
  Object.setPrototypeOf(shifted, RealDate);
  Object.defineProperty(shifted, 'prototype', { value: RealDate.prototype });
  shifted.now = () => RealDate.now() + clockOffsetMs;
  scope.Date = shifted;
}

const isExtensionWorker = (worker: Worker) => worker.url().startsWith('chrome-extension://');

/** Pins every extension worker of the context now and whenever one starts, and every extension page. A
 *  worker that cannot be pinned fails the launch (now) or is reported (a restart: it may be closing). */
/** `pin` as source the browser can run whatever compiled this file: tsx (the bench, the screenshots) keeps
 *  function names through a module-local `__name(…)` helper the browser does not have ("ReferenceError:
 *  __name is not defined" at launch), so the source brings its own. */
const PIN_SOURCE = `(() => { const __name = (f) => f; return ${pin.toString()}; })()`;

export async function pinEnvironment(context: BrowserContext, environment: PinnedEnvironment): Promise<void> {
  const pinWorker = async (worker: Worker) => {
    if (!isExtensionWorker(worker)) return;
    await worker.evaluate(`(${PIN_SOURCE})(${JSON.stringify(environment)})`);
    if (!(await worker.evaluate(() => (globalThis as { __pinnedEnvironment?: boolean }).__pinnedEnvironment === true))) throw new Error(`the extension's worker ${worker.url()} was not pinned`);
  };
  context.on('serviceworker', (worker) => void pinWorker(worker).catch((error: unknown) => console.warn(`pinning a restarted worker: ${String(error)}`)));
  await context.addInitScript(
    ({ source, environment: pinned }) => {
      if (location.protocol === 'chrome-extension:') (0, eval)(`(${source})`)(pinned);
    },
    { source: PIN_SOURCE, environment },
  );
  await Promise.all(context.serviceWorkers().map(pinWorker));
}
