/**
 * npm run bench — what the extension costs a page, measured in one run on this machine (never a timed
 * test). Prints one table: every figure with its median, spread (interquartile range) and budget.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROME_BUILD, contentStats, launchChromium, startFixtureServer, type FixtureServer } from '../e2e/harness';
import { orderHistory, productPage, reviews, stormPage } from './pages';
import type { WarmUpCallback } from './page-entry';

/** What the bench is doing now: named when it stops (a time limit, an error). */
let doing = 'starting';

/**
 * A wait that ends: `promise`, or an error naming what did not finish after `ms`. Every wait on the
 * browser goes through one (page evaluations, idle callbacks, DevTools calls, a part as a whole), so that
 * `npm run bench` never waits for ever: it stops with the step it was on.
 */
function within<T>(ms: number, what: string | (() => string), promise: Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const limit = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${typeof what === 'string' ? what : what()} did not finish in ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}
/** A page evaluation or a DevTools call: seconds at most (the slowest, 15 timed passes of a large page). */
const CALL_MS = 60_000;

const ROWS: string[][] = [];
const row = (...cells: Array<string | number>) => ROWS.push(cells.map(String));
const fmt = (n: number, digits = 2) => n.toFixed(digits);

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
function iqr(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length * 0.75)]! - s[Math.floor(s.length * 0.25)]!;
}
/** Budgets missed in this run: `npm run bench` exits non-zero when there is one (`--report` only prints). */
const missed: string[] = [];
const verdict = (ok: boolean, what = '') => {
  if (!ok) missed.push(what);
  return ok ? 'ok' : 'MISSED';
};
/** A pass of the content scripts must fit in a quarter of a 60 Hz frame. */
const PASS_MAX_MS = 4;
/** Page loads per sign-in page for its cold figures (the warm-up and the first pass). */
const COLD_LOADS = 3;

// 1. Injected code ------------------------------------------------------------------------------------
/** Every page of the sites gets the bootstrap (declared in the manifest); the background injects the
 *  detector where the gate opens, with the lexicon's chunk of the frame's language (lib/detection/languages.ts),
 *  and the tips only into a page with something to show. */
const INJECTED = [
  ['boot.js', 'bootstrap: every page'],
  ['detector.js', 'detector, Japanese and English in it: sign-in pages and widgets'],
  ['tips.js', 'tips: only with a tip to show'],
] as const;

function injectedCode(): void {
  const gzip = (file: string) => gzipSync(readFileSync(resolve(CHROME_BUILD, file)), { level: 9 }).length;
  for (const [file, when] of INJECTED) row('injected', `${file} (${when})`, `${fmt(readFileSync(resolve(CHROME_BUILD, file)).length / 1024, 1)} KB raw`, `${fmt(gzip(file) / 1024, 1)} KB gzip`, '', '');
  const [boot, detector, tips] = INJECTED.map(([file]) => gzip(file));
  row('injected', 'every page of the sites (bootstrap)', '', `${fmt(boot! / 1024, 1)} KB gzip`, '≤ 4 KB gzip', verdict(boot! <= 4 * 1024, 'bootstrap size'));
  let largest = 0;
  for (const file of readdirSync(CHROME_BUILD).filter((f) => /^lexicon-\w+\.js$/.test(f))) {
    const both = detector! + gzip(file);
    largest = Math.max(largest, both);
    row('injected', `detector + ${file}`, '', `${fmt(gzip(file) / 1024, 1)} KB gzip; with the detector ${fmt(both / 1024, 1)} KB`, '≤ 20 KB gzip', verdict(both <= 20 * 1024, `detector + ${file}`));
  }
  row('injected', 'a page showing a tip, at most (all three and the largest chunk)', '', `${fmt((boot! + largest + tips!) / 1024, 1)} KB gzip`, 'information', '');
}

// 2. Detection pass against the floor -----------------------------------------------------------------
interface Fixture {
  name: string;
  url: string;
  html: string;
  signIn: boolean;
  /** A figure shown for information, with no budget. */
  information?: boolean;
}

function fixtures(): Fixture[] {
  const real = (file: string, url: string) => ({ name: `amazon-real/${file}`, url, html: readFileSync(resolve('tests/fixtures/amazon-real', file), 'utf8'), signIn: true });
  const list: Fixture[] = [
    real('signin-claim-username.html', 'https://www.amazon.com/ax/claim/signin'),
    real('post-signin-intent.html', 'https://www.amazon.com/ax/claim/intent'),
    real('post-signin-invalid-password.html', 'https://www.amazon.com/ap/signin'),
    real('post-signin-mfa.html', 'https://www.amazon.com/ap/mfa'),
    real('signin.html', 'https://www.amazon.com/ap/signin'),
    { name: 'product page, 600 reviews', url: 'https://www.amazon.co.jp/dp/B0BENCH01', html: productPage(), signIn: false },
    // Not a real sign-in page (those have 28–428 elements): a login form and its slider above 600 reviews'
    // markup, to show what a pass costs where a page's whole text is read. Its figure is information.
    { name: 'synthetic: login form above 600 reviews', url: 'https://login.aliexpress.com/bench-large', html: stormPage('login', 0, reviews(600)), signIn: true, information: true },
    { name: 'order history, 400 orders', url: 'https://www.amazon.co.jp/gp/css/order-history', html: orderHistory(), signIn: false },
  ];
  for (const dir of ['own', 'training/set1']) {
    const cases = JSON.parse(readFileSync(resolve('tests/fixtures', dir, 'cases.json'), 'utf8')) as Array<{ file: string; url: string }>;
    for (const c of cases.slice(0, 6)) list.push({ name: `${dir}/${c.file}`, url: c.url, html: readFileSync(resolve('tests/fixtures', dir, c.file), 'utf8'), signIn: !/\/(dp|item|gp\/css)\//.test(c.url) });
  }
  return list;
}

async function detectionPass(server: FixtureServer, context: BrowserContext): Promise<void> {
  const bundle = await build({ entryPoints: [resolve('tests/bench/page-entry.ts')], bundle: true, format: 'iife', write: false, minify: true, target: 'chrome120' });
  const script = bundle.outputFiles[0]!.text;
  for (const f of fixtures()) {
    server.route(f.url, f.html);
    doing = `the detection pass on ${f.name}`;
    // As the detector does (lib/content/watch.ts): in idle callbacks, as long as each idle period lasts, the
    // lexicon's expressions compile, the reader runs on small pages of our own and looks at this one once
    // (detect.ts), a pass is rehearsed twice on a form of our own; then the first pass on the page, in a task
    // of its own. Idle callbacks come only when the page is idle, each at most 100 ms late: seconds at most.
    // A cold pass is one sample a page load: the page is loaded COLD_LOADS times (the machine is shared:
    // one sample is the machine's as much as ours), the last load kept for the timed passes.
    const warm: WarmUpCallback[] = [];
    const firsts: number[] = [];
    let page: Page | undefined;
    for (let load = 0; load < (f.signIn ? COLD_LOADS : 1); load++) {
      await page?.close();
      page = await context.newPage();
      await page.goto(f.url, { waitUntil: 'load' });
      // A source of its own each load: never compiled code the engine kept from the load before.
      await page.addScriptTag({ content: `${script}\n// load ${load}` });
      if (!f.signIn) break;
      warm.push(...((await within(10_000, `the warm-up's idle callbacks on ${f.name}`, page.evaluate(() => (globalThis as unknown as { loginRescueBench: { warmUp(): Promise<WarmUpCallback[]> } }).loginRescueBench.warmUp()))) as WarmUpCallback[]));
      firsts.push((await within(CALL_MS, `the first pass on ${f.name}`, page.evaluate(() => (globalThis as unknown as { loginRescueBench: { firstPass(): number } }).loginRescueBench.firstPass()))) as number);
    }
    page = page!;
    const r = (await within(CALL_MS, `the timed passes on ${f.name}`, page.evaluate(() => (globalThis as unknown as { loginRescueBench: { measure(n: number): unknown } }).loginRescueBench.measure(15)))) as {
      passes: number[];
      floors: number[];
      elements: number;
    };
    const ratio = median(r.passes) / median(r.floors);
    if (f.signIn) {
      // A pass must fit in a quarter of a frame (issue 11): its slowest of the repeated runs, not its median.
      const slowest = Math.max(...r.passes);
      // A callback in idle time must end within the idle period the browser granted it; one that came on its
      // timeout (the page was busy) is a task the page waits for: it has the pass's budget.
      const warmTotal = warm.reduce((sum, c) => sum + c.ms, 0);
      const overran = warm.filter((c) => (c.timedOut ? c.ms > PASS_MAX_MS : c.ms > c.granted));
      const longest = warm.reduce((a, b) => (b.ms > a.ms ? b : a));
      row('detection, warm-up in idle time before the first pass', `${f.name}`, `${warm.length} idle callbacks (${warm.filter((c) => c.timedOut).length} on their timeout), ${fmt(warmTotal, 1)} ms in all, slowest ${fmt(longest.ms, 1)} ms of ${fmt(longest.granted, 1)} ms granted`, '', f.information ? 'information' : `within its idle period (on a timeout ≤ ${PASS_MAX_MS} ms)`, f.information ? '' : verdict(overran.length === 0, `warm-up, ${f.name}: ${overran.length} callback(s) past their idle period`));
      const first = median(firsts);
      row('detection, first pass in a frame (cold)', `${f.name}`, `${fmt(first, 1)} ms, median of ${firsts.length} page loads (${firsts.map((t) => fmt(t, 1)).join(', ')}): the pass a page first waits for, after the warm-up`, '', f.information ? 'information' : `median ≤ ${PASS_MAX_MS} ms`, f.information ? '' : verdict(first <= PASS_MAX_MS, `first pass, ${f.name}`));
      row('detection pass', `${f.name} (${r.elements} el.)`, `${fmt(median(r.passes) * 1000, 0)} µs ± ${fmt(iqr(r.passes) * 1000, 0)}, slowest ${fmt(slowest * 1000, 0)} µs`, `floor ${fmt(median(r.floors) * 1000, 0)} µs (${fmt(ratio)}×)`, f.information ? 'information' : `slowest ≤ ${PASS_MAX_MS} ms`, f.information ? '' : verdict(slowest <= PASS_MAX_MS, `detection pass, ${f.name}`));
    } else {
      // Against one `querySelectorAll('*')` (issue 4's budget) for information: on a page that has just
      // changed, no complete gate comes near it (README). The budget is the pass's own length.
      const slowest = Math.max(...r.passes);
      row('gate, whole page (once, on start)', `${f.name} (${r.elements} el.)`, `${fmt(median(r.passes) * 1000, 0)} µs ± ${fmt(iqr(r.passes) * 1000, 0)}, slowest ${fmt(slowest * 1000, 0)} µs`, `floor ${fmt(median(r.floors) * 1000, 0)} µs (${fmt(ratio)}×)`, `slowest ≤ ${PASS_MAX_MS} ms`, verdict(slowest <= PASS_MAX_MS, `gate, ${f.name}`));
    }
    if (!f.signIn) {
      // What the bootstrap does on every later pass of an ordinary page.
      const a = (await within(CALL_MS, `the gate's timed passes on ${f.name}`, page.evaluate(() => (globalThis as unknown as { loginRescueBench: { measureAddition(n: number): unknown } }).loginRescueBench.measureAddition(15)))) as {
        passes: number[];
        floors: number[];
        addedElements: number;
      };
      const addRatio = median(a.passes) / median(a.floors);
      const slowest = Math.max(...a.passes);
      row('gate, each later pass', `${f.name}, ${a.addedElements} el. added`, `${fmt(median(a.passes) * 1000, 1)} µs ± ${fmt(iqr(a.passes) * 1000, 1)}, slowest ${fmt(slowest * 1000, 0)} µs`, `floor ${fmt(median(a.floors) * 1000, 0)} µs (${fmt(addRatio)}×)`, `slowest ≤ ${PASS_MAX_MS} ms`, verdict(slowest <= PASS_MAX_MS, `gate addition, ${f.name}`));
    }
    await page.close();
  }
}

// 3. Page load with and without the extension ---------------------------------------------------------
async function loadTime(page: Page, url: string): Promise<number> {
  await page.goto(url, { waitUntil: 'load' });
  return within(CALL_MS, `reading the load time of ${url}`, page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return nav.loadEventEnd - nav.startTime;
  }));
}

/** The same page on a host the extension does not run on: the control in the same browser. */
const control = (url: string) => url.replace(/^https:\/\/[^/]+/, 'https://shop.example.net');

/** An image the server answers after 5 s: the page is still loading when the background's 3 s wait for
 *  it ends and the bootstrap comes in (entrypoints/background.ts, bootTab). */
const SLOW_IMAGE = '/bench-slow.gif';

async function pageLoad(server: FixtureServer, context: BrowserContext): Promise<void> {
  const slowUrl = 'https://www.amazon.co.jp/dp/B0BENCH03';
  for (const origin of [new URL(slowUrl).origin, new URL(control(slowUrl)).origin]) server.route(`${origin}${SLOW_IMAGE}`, 'GIF89a', 'image/gif', 5000);
  const pages = [
    ['order history', 'https://www.amazon.co.jp/gp/your-account/order-history', orderHistory(), 30],
    ['product page', 'https://www.amazon.co.jp/dp/B0BENCH02', productPage(), 30],
    ['product page still loading after 3 s (an image taking 5 s)', slowUrl, productPage().replace('</body>', `<img src="${SLOW_IMAGE}" alt=""></body>`), 6],
  ] as const;
  const page = await context.newPage();
  for (const [name, url, html, rounds] of pages) {
    server.route(url, html);
    server.route(control(url), html);
    doing = `the page load of ${name}`;
    const times = { with: [] as number[], without: [] as number[] };
    for (let round = 0; round < rounds; round++) {
      // Alternating A/B, and which goes first.
      const order = round % 2 ? (['with', 'without'] as const) : (['without', 'with'] as const);
      for (const label of order) times[label].push(await loadTime(page, label === 'with' ? url : control(url)));
    }
    const ratio = median(times.with) / median(times.without);
    row('page load', name, `${fmt(median(times.with), 1)} ms ± ${fmt(iqr(times.with), 1)}`, `without ${fmt(median(times.without), 1)} ms ± ${fmt(iqr(times.without), 1)}`, `${fmt(ratio, 3)} (≤ 1.03)`, verdict(ratio <= 1.03, `page load, ${name}`));
  }
  await page.close();
  // The extension's own main-thread time against all of the page's, from its start to 4 s after its load
  // (the bootstrap comes in once it has loaded, and its first look at the page).
  for (const [name, url, html] of pages.slice(0, 2)) {
    server.route(url, html);
    doing = `the own main-thread time on ${name}`;
    const shares: number[] = [];
    for (let round = 0; round < 5; round++) {
      const tab = await context.newPage();
      const clock = await mainThreadClock(tab);
      await tab.goto(url, { waitUntil: 'load' });
      await tab.waitForTimeout(4000);
      const own = (await runsSoFar(tab)).busyMs;
      shares.push(own / (await clock.ms()));
      await clock.close();
      await tab.close();
    }
    row('own main-thread time', `${name}: load and 4 s after`, `${fmt(100 * median(shares), 2)} % ± ${fmt(100 * iqr(shares), 2)}`, 'of all the page\'s tasks', '≤ 3 %', verdict(median(shares) <= 0.03, `own time, ${name}`));
  }
}

/** A clock of all the main-thread task time of a page's renderer (DevTools' TaskDuration), from now on. */
async function mainThreadClock(page: Page): Promise<{ ms(): Promise<number>; close(): Promise<void> }> {
  const session = await within(CALL_MS, 'opening a DevTools session', page.context().newCDPSession(page));
  await within(CALL_MS, 'DevTools Performance.enable', session.send('Performance.enable'));
  const read = async () => 1000 * ((await within(CALL_MS, 'DevTools Performance.getMetrics', session.send('Performance.getMetrics'))).metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN);
  const start = await read();
  return { ms: async () => (await read()) - start, close: () => within(CALL_MS, 'closing a DevTools session', session.detach()) };
}

// 4 and 5. Mutation storm and memory -----------------------------------------------------------------
/** Runs after page changes so far in the page's top frame (gate checks and detection passes), and the
 *  time they took. */
const runsSoFar = async (page: Page) => {
  const stats = await within(CALL_MS, "reading the content scripts' counters", contentStats(page));
  return { passes: stats?.passes ?? 0, busyMs: stats?.busyMs ?? 0 };
};

async function storm(server: FixtureServer, context: BrowserContext): Promise<void> {
  const seconds = 3;
  for (const [kind, url] of [['login', 'https://login.aliexpress.com/'], ['list', 'https://www.aliexpress.com/item/1005000000001.html']] as const) {
    server.route(url, stormPage(kind, seconds));
    server.route(control(url), stormPage(kind, seconds));
    doing = `the mutation storm on the ${kind} page`;
    const results = { with: [] as number[], without: [] as number[], mutations: { with: [] as number[], without: [] as number[] }, rate: [] as number[], busy: [] as number[], share: [] as number[] };
    for (let round = 0; round < 10; round++) {
      for (const label of round % 2 ? (['with', 'without'] as const) : (['without', 'with'] as const)) {
        const page = await context.newPage();
        await page.goto(label === 'with' ? url : control(url));
        const clock = label === 'with' ? await mainThreadClock(page) : null;
        const before = label === 'with' ? await runsSoFar(page) : null;
        const t0 = Date.now();
        await page.waitForFunction(() => (window as unknown as { stormResult?: unknown }).stormResult, undefined, { timeout: 30_000, polling: 200 });
        const r = (await within(CALL_MS, `reading the storm's result (${kind} page)`, page.evaluate(() => (window as unknown as { stormResult: { work: number; mutations: number } }).stormResult))) as { work: number; mutations: number };
        // The page works for a fixed time, so its total depends on how many turns it got: compare the
        // cost of its work per thousand mutations.
        results[label].push((1000 * r.work) / r.mutations);
        results.mutations[label].push(r.mutations);
        if (before) {
          const after = await runsSoFar(page);
          const seconds = (Date.now() - t0) / 1000;
          results.rate.push((after.passes - before.passes) / seconds);
          results.busy.push((after.busyMs - before.busyMs) / seconds);
          results.share.push((after.busyMs - before.busyMs) / (await clock!.ms()));
          await clock!.close();
        }
        await page.close();
      }
    }
    const ratio = median(results.with) / median(results.without);
    const rate = median(results.rate);
    row('mutation storm', `${kind} page, ${fmt(median(results.mutations.without) / seconds, 0)} mutations/s`, `the extension's own time ${fmt(100 * median(results.share), 2)} % ± ${fmt(100 * iqr(results.share), 2)} of all the page's tasks; ${fmt(rate, 1)} passes/s`, 'all tasks (DevTools TaskDuration)', '≤ 5 %, ≤ 10 passes/s', verdict(median(results.share) <= 0.05 && rate <= 10, `storm, ${kind} page`));
    row('mutation storm', `${kind} page, the page's script per 1000 mutations`, `${fmt(median(results.with), 2)} vs ${fmt(median(results.without), 2)} ms`, `${fmt(ratio, 3)} of without`, 'information', '');
    const throughput = median(results.mutations.with) / median(results.mutations.without);
    row('mutation storm', `${kind} page, mutations done in ${seconds} s`, '', `${fmt(throughput, 3)} of without`, 'information', '');
  }
}

async function heapUsed(page: Page): Promise<number> {
  const session = await within(CALL_MS, 'opening a DevTools session', page.context().newCDPSession(page));
  await within(CALL_MS, 'DevTools HeapProfiler.collectGarbage', session.send('HeapProfiler.collectGarbage'));
  const { usedSize } = await within(CALL_MS, 'DevTools Runtime.getHeapUsage', session.send('Runtime.getHeapUsage'));
  await within(CALL_MS, 'closing a DevTools session', session.detach());
  return usedSize;
}

/**
 * Heap after garbage collection at 5 s, 35 s and 65 s of mutations, with and without the extension.
 * Growth in the second half tells a leak from warm-up (compiled code, caches filled once).
 */
async function memory(server: FixtureServer, context: BrowserContext): Promise<void> {
  // A large sign-in page (a slider animating above 600 reviews' worth of markup): the detector runs.
  const url = 'https://login.aliexpress.com/?bench=memory';
  server.route(url, stormPage('login', 70, reviews(600)));
  server.route(control(url), stormPage('login', 70, reviews(600)));
  doing = 'the memory of a large sign-in page';
  const samples: Record<string, number[]> = {};
  let elements = 0;
  let detectors = 0;
  await Promise.all(
    (['with', 'without'] as const).map(async (label) => {
      const page = await context.newPage();
      await page.goto(label === 'with' ? url : control(url));
      samples[label] = [];
      for (const wait of [5000, 30_000, 30_000]) {
        await page.waitForTimeout(wait);
        samples[label]!.push(await heapUsed(page));
      }
      if (label === 'with') {
        elements = await within(CALL_MS, 'counting the elements', page.evaluate(() => document.querySelectorAll('*').length));
        detectors = (await contentStats(page))?.detectors ?? 0;
      }
      await page.close();
    }),
  );
  const kb = (bytes: number) => `${bytes < 0 ? '−' : '+'}${fmt(Math.abs(bytes) / 1024, 0)} KB`;
  const [w0, w1, w2] = samples.with!;
  const [c0, c1, c2] = samples.without!;
  const lateExtra = w2! - w1! - (c2! - c1!);
  if (detectors !== 1) throw new Error(`memory: the detector should run on the page (detectors: ${detectors})`);
  row('memory', `large sign-in page (${elements} el.), 65 s of mutations`, `with: ${kb(w1! - w0!)} then ${kb(w2! - w1!)}`, `without: ${kb(c1! - c0!)} then ${kb(c2! - c1!)}`, `second half, extension: ${kb(lateExtra)} (no growth)`, verdict(lateExtra < 64 * 1024, 'memory'));
}

/** `npm run bench -- load storm` runs only those parts (while working on one figure); none: all. */
const PARTS = { detection: detectionPass, load: pageLoad, storm, memory } as const;

/** Closes what the run opened (set by main). */
let closeAll = async (): Promise<void> => undefined;

/** Stopped from outside (`timeout`, Ctrl-C): what was measured is shown, the browser closed, and the process
 *  ends (tsx would otherwise relay the signal and leave it to us). */
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`bench: stopped by ${signal} at ${doing}`);
    printTable();
    setTimeout(() => process.exit(1), 5000).unref();
    void closeAll().finally(() => process.exit(1));
  });
}

/** A part as a whole (the longest, the page loads, takes four to six minutes on a busy machine). */
const PART_MS = 12 * 60_000;

async function main(): Promise<void> {
  if (!readdirSync(CHROME_BUILD).includes('manifest.json')) throw new Error('build first: npm run build');
  const report = process.argv.includes('--report');
  const wanted = process.argv.slice(2).filter((arg) => arg !== '--report');
  const unknown = wanted.filter((part) => !(part in PARTS));
  if (unknown.length) throw new Error(`unknown part ${unknown.join(', ')}; parts: ${Object.keys(PARTS).join(', ')}`);
  injectedCode();
  // Whatever was opened is closed however the run ends: an open server or browser would keep the
  // process alive after an error (what made `npm run bench` hang after a failed launch).
  let server: FixtureServer | undefined;
  let withExt: { close(): Promise<void> } | undefined;
  closeAll = async () => {
    const closing = [withExt?.close(), server?.close()].map((done) => done?.catch((error: unknown) => console.error(`bench: closing: ${String(error)}`)));
    withExt = server = undefined;
    await within(30_000, 'closing the browser and the fixture server', Promise.all(closing)).catch((error: unknown) => console.error(`bench: ${(error as Error).message}`));
  };
  try {
    doing = 'starting the fixture server';
    const started = await within(CALL_MS, doing, startFixtureServer());
    server = started;
    // One browser with the extension; "without" is the same page on a host the extension does not run on.
    doing = 'launching Chromium with the extension';
    const browser = await within(CALL_MS, doing, launchChromium({ port: started.port, extensionDir: CHROME_BUILD }));
    withExt = browser;
    for (const [name, part] of Object.entries(PARTS)) {
      if (wanted.length && !wanted.includes(name)) continue;
      const t0 = Date.now();
      console.error(`bench: ${name}…`);
      await within(PART_MS, () => `the ${name} part (at ${doing})`, part(started, browser.context));
      console.error(`bench: ${name} done in ${fmt((Date.now() - t0) / 1000, 0)} s`);
    }
  } finally {
    await closeAll();
    // What was measured is shown however the run ends.
    printTable();
  }
  if (missed.length > 0) {
    console.log(`bench: ${missed.length} budget(s) missed: ${missed.join('; ')}`);
    if (!report) process.exitCode = 1;
  } else console.log('bench: every budget met');
}

function printTable(): void {
  if (!ROWS.length) return;
  const widths = ROWS[0]!.map((_, i) => Math.max(...ROWS.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  console.log(line(['what', 'page / file', 'measured', 'against', 'ratio / budget', 'verdict'].map((h, i) => h.padEnd(widths[i]!))));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const r of ROWS) console.log(line(r));
}

// The process ends when the bench does, pass or fail: nothing left open (a timer, a socket, a browser
// that would not close) keeps it waiting.
main().then(
  () => process.exit(),
  (error: unknown) => {
    console.error(`bench: stopped at ${doing}: ${(error as Error).stack ?? error}`);
    process.exit(1);
  },
);
