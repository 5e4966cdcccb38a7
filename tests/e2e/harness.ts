/**
 * Real-browser test harness: a local fixture server that answers http and https on one port under
 * production hostnames, and Debian's Chromium (driven by playwright-core) with the unpacked extension
 * loaded. Nothing leaves the machine: `--host-resolver-rules` maps every hostname to the local port.
 * Debian's Firefox ESR is driven by puppeteer-core over WebDriver BiDi (playwright-core's Firefox is a
 * patched build it would download), through a local proxy to the same server.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import http from 'node:http';
import https from 'node:https';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { promisify } from 'node:util';
import { chromium, type BrowserContext, type Frame, type Page, type Worker } from 'playwright-core';
import puppeteer, { type Browser as BidiBrowser } from 'puppeteer-core';
import { BLANK_AFTER_MS } from '../../lib/detection/rules/blank-login-page';
import { PASS_INTERVAL_MS } from '../../lib/content/changes';
import { STATS_GLOBAL, type ContentStats } from '../../lib/content/stats';
import { currentChromium, pinEnvironment, type PinnedEnvironment } from './environment';

const execFileAsync = promisify(execFile);

/** The built extension the browser tests and the scripts load: `.output/chrome-mv3`, or LR_EXTENSION, a
 *  copy of it, for a run while `.output` is being rebuilt. */
export const CHROME_BUILD: string = path.resolve(process.env.LR_EXTENSION ?? '.output/chrome-mv3');
/** The same for Firefox: `.output/firefox-mv3`, or LR_EXTENSION_FIREFOX, a copy of it. */
export const FIREFOX_BUILD: string = path.resolve(process.env.LR_EXTENSION_FIREFOX ?? '.output/firefox-mv3');

/** The real binary; `/usr/bin/chromium` is Debian's wrapper script (prints a harmless shell error). */
export const CHROMIUM: string = existsSync('/usr/lib/chromium/chromium') ? '/usr/lib/chromium/chromium' : '/usr/bin/chromium';

const OPENSSL = existsSync('/usr/bin/openssl') ? '/usr/bin/openssl' : 'openssl';
const DEFAULT_CONTENT_TYPE = 'text/html; charset=utf-8';

// ---------------------------------------------------------------------------------------------------
// Fixture server
// ---------------------------------------------------------------------------------------------------

export interface FixtureServer {
  port: number;
  close(): Promise<void>;
  /**
   * Serve `body` (a string, or `{ file }` read at request time) at `url`, a full URL such as
   * 'https://www.amazon.co.jp/ap/signin?x=1' (the hash is ignored). A request matches a route with the
   * same scheme, hostname and path and the exact query string first, else one with the same scheme,
   * hostname and path whatever its query (a route registered without a query wins, else the latest).
   * Ports are ignored on both sides. Registering the same URL again replaces the route. `delayMs`
   * holds the answer back (a resource that keeps a page loading).
   */
  route(url: string, body: string | { file: string }, contentType?: string, delayMs?: number): void;
}

interface Route {
  body: string | { file: string };
  contentType: string;
  delayMs: number;
}

interface Cert {
  key: Buffer;
  cert: Buffer;
}

let certPromise: Promise<Cert> | undefined;

/** A throwaway self-signed certificate, generated once per process (the browser ignores HTTPS errors). */
function selfSignedCert(): Promise<Cert> {
  certPromise ??= (async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'login-rescue-cert-'));
    try {
      const keyFile = path.join(dir, 'key.pem');
      const certFile = path.join(dir, 'cert.pem');
      await execFileAsync(OPENSSL, [
        'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=localhost',
        '-keyout', keyFile, '-out', certFile,
      ]);
      return { key: await readFile(keyFile), cert: await readFile(certFile) };
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  })();
  certPromise.catch(() => {
    certPromise = undefined; // let a later call retry
  });
  return certPromise;
}

/** scheme://hostname/path — no port, no query, no hash. */
function pathKey(url: URL): string {
  return `${url.protocol}//${url.hostname}${url.pathname}`;
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const { key, cert } = await selfSignedCert();
  // scheme://hostname/path (no port) -> search ('' or '?…') -> route, in registration order.
  const routes = new Map<string, Map<string, Route>>();

  const lookup = (url: URL): Route | undefined => {
    const bySearch = routes.get(pathKey(url));
    if (!bySearch) return undefined;
    return bySearch.get(url.search) ?? bySearch.get('') ?? [...bySearch.values()].pop();
  };

  const handler = (secure: boolean) => (req: http.IncomingMessage, res: http.ServerResponse) => {
    void (async () => {
      const host = req.headers.host || 'localhost';
      let url: URL;
      try {
        url = new URL(req.url ?? '/', `${secure ? 'https' : 'http'}://${host}`);
      } catch {
        res.writeHead(400, { 'content-type': 'text/plain' }).end();
        return;
      }
      const route = lookup(url);
      if (!route) {
        res.writeHead(404, { 'content-type': 'text/plain', 'content-length': '0', 'cache-control': 'no-store' }).end();
        return;
      }
      if (route.delayMs) await new Promise((resolve) => setTimeout(resolve, route.delayMs));
      let body: Buffer;
      try {
        body = typeof route.body === 'string' ? Buffer.from(route.body, 'utf8') : await readFile(path.resolve(route.body.file));
      } catch (err) {
        const msg = `fixture server: cannot read ${JSON.stringify(route.body)}: ${String(err)}`;
        res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(msg);
        return;
      }
      res
        .writeHead(200, {
          'content-type': route.contentType,
          'content-length': String(body.length),
          'cache-control': 'no-store',
        })
        .end(body);
    })();
  };

  const httpServer = http.createServer(handler(false));
  const httpsServer = https.createServer({ key, cert }, handler(true));
  httpsServer.on('tlsClientError', () => {}); // aborted handshakes (preconnects, teardown) are not errors
  httpServer.on('clientError', (_err, socket) => socket.destroy());

  const sockets = new Set<net.Socket>();
  // One port for both schemes: peek at the first byte; 0x16 opens a TLS handshake record.
  const front = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
    socket.once('data', (chunk: Buffer) => {
      socket.pause();
      socket.unshift(chunk);
      (chunk[0] === 0x16 ? httpsServer : httpServer).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });

  await new Promise<void>((resolve, reject) => {
    front.once('error', reject);
    front.listen(0, '127.0.0.1', () => {
      front.off('error', reject);
      resolve();
    });
  });
  const address = front.address();
  if (!address || typeof address === 'string') throw new Error('fixture server: no TCP address');

  let closing: Promise<void> | undefined;
  return {
    port: address.port,
    route(url, body, contentType = DEFAULT_CONTENT_TYPE, delayMs = 0) {
      const parsed = new URL(url);
      const routeKey = pathKey(parsed);
      const bySearch = routes.get(routeKey) ?? new Map<string, Route>();
      bySearch.delete(parsed.search); // re-registering moves the route to the end ("latest")
      bySearch.set(parsed.search, { body, contentType, delayMs });
      routes.set(routeKey, bySearch);
    },
    close() {
      closing ??= new Promise<void>((resolve) => {
        front.close(() => resolve());
        for (const socket of sockets) socket.destroy();
        httpServer.close();
        httpsServer.close();
      });
      return closing;
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Browser with the extension
// ---------------------------------------------------------------------------------------------------

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

export interface PlainBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

function idFromUrl(url: string): string | undefined {
  return /^chrome-extension:\/\/([a-p]{32})\//.exec(url)?.[1];
}

/** Every host mapped to the fixture server, nothing of Chromium's own on the network, the UI language. */
export function chromiumFlags(port: number, lang: string): string[] {
  return [
    `--host-resolver-rules=MAP * 127.0.0.1:${port}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    `--lang=${lang}`,
  ];
}

/** Chromium with a fresh profile, every host mapped to the fixture server; the extension when given.
 *  With the extension, its browser identity and clock are pinned (tests/e2e/environment.ts): a Chromium
 *  current on the day unless a test asks for another `environment`. */
export async function launchChromium(opts: { port: number; lang?: string; extensionDir?: string; environment?: PinnedEnvironment }): Promise<PlainBrowser> {
  if (!existsSync(CHROMIUM)) throw new Error('Chromium not found: install it with `apt-get install -y chromium` (bash .ci/run does)');
  const lang = opts.lang ?? 'en-US';
  const extension = opts.extensionDir ? path.resolve(opts.extensionDir) : null;
  if (extension && !existsSync(path.join(extension, 'manifest.json'))) throw new Error(`no built extension in ${extension}: run npm run build`);
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'login-rescue-profile-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      ignoreHTTPSErrors: true,
      locale: lang,
      args: [
        ...(extension ? [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`] : []),
        ...chromiumFlags(opts.port, lang),
      ],
    });
  } catch (err) {
    await rm(userDataDir, { recursive: true, force: true });
    throw err;
  }
  if (extension) await pinEnvironment(context, opts.environment ?? currentChromium());
  let closing: Promise<void> | undefined;
  const close = (): Promise<void> => {
    closing ??= (async () => {
      try {
        await context.close();
      } finally {
        await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
      }
    })();
    return closing;
  };
  return { context, close };
}

/** The first-run page the extension opens once on install (entrypoints/welcome), or null after `timeoutMs`. */
export async function welcomePage(context: BrowserContext, extensionId: string, timeoutMs = 5000): Promise<Page | null> {
  const url = `chrome-extension://${extensionId}/welcome.html`;
  for (const end = Date.now() + timeoutMs; Date.now() < end; await new Promise((done) => setTimeout(done, 50))) {
    const page = context.pages().find((p) => p.url() === url);
    if (page) return page;
  }
  return null;
}

/** Resolves once the pin pinEnvironment started in the extension's worker (when it found it, or when the
 *  worker started) has run there; throws when it has not after `timeoutMs`, or when the worker is gone:
 *  a test never runs against an extension that reads the real browser and clock. */
async function workerPinned(worker: Worker, timeoutMs = 5000): Promise<void> {
  let last: unknown = 'not pinned';
  for (const end = Date.now() + timeoutMs; Date.now() < end; await new Promise((done) => setTimeout(done, 50))) {
    try {
      if (await worker.evaluate(() => (globalThis as unknown as { __pinnedEnvironment?: boolean }).__pinnedEnvironment === true)) return;
      last = 'not pinned';
    } catch (error) {
      last = error;
    }
  }
  throw new Error(`the extension's worker ${worker.url()} was not pinned (tests/e2e/environment.ts) within ${timeoutMs} ms: ${String((last as Error)?.message ?? last)}`);
}

/** Chromium with the built extension; its id comes from its service worker's URL. The welcome tab the
 *  install opens is closed (so that it never becomes the active tab under a test) unless `keepWelcome`.
 *  It returns once that worker is pinned (tests/e2e/environment.ts), and throws if it is not. */
export async function launchWithExtension(opts: { extensionDir: string; port: number; lang?: string; environment?: PinnedEnvironment; keepWelcome?: boolean }): Promise<ExtensionBrowser> {
  const { context, close } = await launchChromium(opts);
  try {
    const worker =
      context.serviceWorkers().find((w) => idFromUrl(w.url()) !== undefined) ??
      (await context.waitForEvent('serviceworker', { predicate: (w) => idFromUrl(w.url()) !== undefined, timeout: 10_000 }));
    const extensionId = idFromUrl(worker.url());
    if (!extensionId) throw new Error(`no extension id found for ${opts.extensionDir}`);
    await workerPinned(worker);
    if (!opts.keepWelcome) await (await welcomePage(context, extensionId))?.close();
    return { context, extensionId, close };
  } catch (err) {
    await close();
    throw err;
  }
}

export const FIREFOX: string = existsSync('/usr/bin/firefox-esr') ? '/usr/bin/firefox-esr' : '/usr/bin/firefox';

export interface FirefoxWithExtension {
  browser: BidiBrowser;
  /** `moz-extension://<uuid>`: the add-on's pages (the uuid is fixed by a preference). */
  extensionOrigin: string;
  close(): Promise<void>;
}

/** The internal uuid Firefox gives the add-on in these tests (random in a real profile). */
const FIREFOX_ADDON_UUID = '6f1c2a4e-8d3b-4c5a-9e7f-1b2c3d4e5f60';

/**
 * Firefox with a fresh profile and the built extension installed as a temporary add-on. Every request
 * goes through a local proxy to the fixture server (Firefox has no host-resolver rules).
 */
export async function launchFirefoxWithExtension(opts: { port: number; extensionDir: string }): Promise<FirefoxWithExtension> {
  if (!existsSync(FIREFOX)) throw new Error('Firefox not found: install it with `apt-get install -y firefox-esr` (bash .ci/run does)');
  const extension = path.resolve(opts.extensionDir);
  if (!existsSync(path.join(extension, 'manifest.json'))) throw new Error(`no built extension in ${extension}: run npm run build`);
  const addonId = (JSON.parse(readFileSync(path.join(extension, 'manifest.json'), 'utf8')) as { browser_specific_settings: { gecko: { id: string } } })
    .browser_specific_settings.gecko.id;
  // Plain http is passed on as asked (the request names its whole URL), https tunnelled (CONNECT).
  const proxy = http.createServer((req, res) => {
    const upstream = http.request({ host: '127.0.0.1', port: opts.port, method: req.method, path: req.url, headers: req.headers }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      pipeline(answer, res, () => undefined);
    });
    upstream.on('error', () => (res.headersSent ? res.destroy() : res.writeHead(502).end()));
    res.on('close', () => upstream.destroy());
    req.pipe(upstream);
  });
  proxy.on('connect', (_req: http.IncomingMessage, client: net.Socket, head: Buffer) => {
    const upstream = net.connect(opts.port, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
  const proxyPort = (proxy.address() as net.AddressInfo).port;
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'login-rescue-firefox-'));
  const release = async () => {
    proxy.close();
    await rm(userDataDir, { recursive: true, force: true, maxRetries: 3 });
  };
  let browser: BidiBrowser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      acceptInsecureCerts: true,
      // Lets the tests open the add-on's own pages (moz-extension://), as Chromium's tests open theirs.
      args: ['--remote-allow-system-access'],
      userDataDir,
      extraPrefsFirefox: {
        'network.proxy.type': 1,
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': proxyPort,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': proxyPort,
        'network.proxy.no_proxies_on': '',
        'extensions.webextensions.uuids': JSON.stringify({ [addonId]: FIREFOX_ADDON_UUID }),
      },
    });
    await browser.installExtension(extension);
  } catch (err) {
    await release();
    throw err;
  }
  return {
    browser,
    extensionOrigin: `moz-extension://${FIREFOX_ADDON_UUID}`,
    async close() {
      try {
        await browser.close();
      } finally {
        await release();
      }
    },
  };
}

// ---------------------------------------------------------------------------------------------------
// Page marker
// ---------------------------------------------------------------------------------------------------

/** A page of either driver (playwright-core's Chromium, puppeteer-core's Firefox). */
interface AnyPage {
  evaluate(fn: () => string): Promise<string>;
  isClosed(): boolean;
}

/** Errors of a page that is navigating or closing: there is no marker yet. Any other error fails the check. */
const NAVIGATING = /context was destroyed|navigat|Target (page, context or browser )?(has been )?closed|detached|Cannot find context/i;

async function readMarker(page: AnyPage): Promise<string[]> {
  try {
    const raw = await page.evaluate(() => document.querySelector('login-rescue-tips')?.getAttribute('data-findings') ?? '');
    return raw
      .split(/[\s,]+/)
      .filter((id) => id !== '')
      .sort();
  } catch (error) {
    if (NAVIGATING.test(String((error as Error)?.message ?? error))) return [];
    throw error;
  }
}

/** How long a page must stay without tips to count as quiet: past the blank-page timer, the latest any
 *  finding can appear on a page that does not change. */
export const QUIET_MS = BLANK_AFTER_MS + 3 * PASS_INTERVAL_MS;

/**
 * A check that nothing happens: polls `read` until `happened(value)` or `timeoutMs` (past every timer of
 * the extension's scripts) passes, and resolves with the last value. It ends as soon as something did.
 */
export async function watchQuiet<T>(read: () => Promise<T>, happened: (value: T) => boolean, timeoutMs = QUIET_MS): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (happened(value) || Date.now() >= deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, Math.min(100, Math.max(0, deadline - Date.now()))));
  }
}

/**
 * Poll the top document's `<login-rescue-tips data-findings>` until `predicate(ids)` holds or `timeoutMs`
 * passes; resolve with the last sorted id list either way ([] when the element is absent or empty).
 */
export async function waitForMarker(page: AnyPage, predicate: (ids: string[]) => boolean, timeoutMs = 10_000): Promise<string[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ids = await readMarker(page);
    if (predicate(ids) || Date.now() >= deadline || page.isClosed()) return ids;
    await new Promise((resolve) => setTimeout(resolve, Math.min(100, Math.max(0, deadline - Date.now()))));
  }
}

// ---------------------------------------------------------------------------------------------------
// Shared helpers of the browser tests and the screenshot script
// ---------------------------------------------------------------------------------------------------

let axeSource: string | undefined;
/** Page-level rules that a widget on someone else's page (the card, in its frame) cannot be asked to meet. */
const NOT_THE_CARDS = ['region', 'landmark-one-main', 'page-has-heading-one', 'html-has-lang', 'document-title', 'landmark-complementary-is-top-level'];

/**
 * axe-core's serious and critical findings (`id (nodes)`) in a page or frame as it is now: the whole
 * document, or with `include` (a selector: the card's '.panel') only that part, without the page-level
 * rules a widget on someone else's page cannot meet. Injected through the DevTools protocol: extension
 * pages forbid inline scripts (their CSP).
 */
export async function seriousAxeViolations(target: Page | Frame, options: { include?: string } = {}): Promise<string[]> {
  axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  await target.evaluate(axeSource);
  return target.evaluate(
    async ([selector, skip]) => {
      const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: Array<{ id: string; impact: string; nodes: unknown[] }> }> } }).axe;
      const result = await axe.run(selector ? { include: [[selector]] } : document, { rules: Object.fromEntries(skip.map((id) => [id, { enabled: false }])) });
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
    },
    [options.include ?? null, options.include ? NOT_THE_CARDS : []] as [string | null, string[]],
  );
}

/** A cookie's expiry a year from now (seconds since the epoch, as cookies take it). */
export const IN_A_YEAR = Math.floor(Date.now() / 1000) + 365 * 86400;

/** AliExpress's sign-in cookies as the tests give a profile before a reset: a session cookie of the whole
 *  site (http-only) and its site preference. */
export const ALI_COOKIES = [
  { name: 'xman_t', value: 'd1', domain: '.aliexpress.com', path: '/', httpOnly: true, secure: true, sameSite: 'None' as const, expires: IN_A_YEAR },
  { name: 'aep_usuc_f', value: 'site=jpn', domain: '.aliexpress.com', path: '/', httpOnly: false, secure: true, sameSite: 'Lax' as const, expires: IN_A_YEAR },
];

/** The extension's service worker; woken (its options page asks it something) when Chromium has stopped
 *  it, and checked pinned (tests/e2e/environment.ts) as launchWithExtension checks the first. */
export async function extensionWorker(browser: ExtensionBrowser): Promise<Worker> {
  const running = browser.context.serviceWorkers()[0];
  if (running) return running;
  const waking = browser.context.waitForEvent('serviceworker');
  const page = await browser.context.newPage();
  try {
    await page.goto(`chrome-extension://${browser.extensionId}/options.html`);
    await page.evaluate(() => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'tab-state', tabId: -1 }).catch(() => undefined));
    const woken = browser.context.serviceWorkers()[0] ?? (await waking);
    await workerPinned(woken);
    return woken;
  } finally {
    await page.close();
  }
}

/** What the extension remembers between tests, forgotten: no closed card, no reset to undo. */
export async function resetExtensionState(browser: ExtensionBrowser): Promise<void> {
  await (await extensionWorker(browser)).evaluate(async () => {
    const api = (globalThis as unknown as { chrome: { storage: { local: { remove(k: string[]): Promise<void> }; session: { remove(k: string[]): Promise<void> } } } }).chrome;
    await api.storage.local.remove(['closed-cards']);
    await api.storage.session.remove(['reset-last', 'reset-undo']);
  });
}

/** The id of the tab showing a URL (query string ignored), or of the active tab; asked of the
 *  extension's service worker, where the tabs API is. */
export async function tabIdOf(browser: ExtensionBrowser, url?: string): Promise<number> {
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  const query = url ? { url: `${url.replace(/\?.*$/, '')}*` } : { active: true, lastFocusedWindow: true };
  return worker.evaluate(async (q) => {
    const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<Array<{ id?: number }>> } } }).chrome;
    return (await api.tabs.query(q))[0]!.id!;
  }, query);
}

/** Evaluates `expression` in the extension's isolated world of a page's top frame (where its content
 *  scripts run), through the DevTools protocol; null while no script of the extension has run there. */
export async function inContentWorld<T>(page: Page, expression: string): Promise<T | null> {
  const session = await page.context().newCDPSession(page);
  try {
    const contexts: Array<{ id: number; name: string; auxData?: { type?: string; frameId?: string } }> = [];
    session.on('Runtime.executionContextCreated', (event) => contexts.push(event.context));
    // Enabling reports every existing context first.
    await session.send('Runtime.enable');
    const { frameTree } = await session.send('Page.getFrameTree');
    const world = contexts.find((c) => c.auxData?.type === 'isolated' && c.auxData.frameId === frameTree.frame.id && c.name.includes('Login Rescue'));
    if (!world) return null;
    const { result } = await session.send('Runtime.evaluate', { expression, contextId: world.id, returnByValue: true, awaitPromise: true });
    return result.value as T;
  } finally {
    await session.detach();
  }
}

/** The content scripts' counters (lib/content/stats.ts) in a page's top frame. */
export function contentStats(page: Page): Promise<ContentStats | null> {
  return inContentWorld<ContentStats | null>(page, `globalThis.${STATS_GLOBAL} ?? null`);
}

/** An AliExpress home page (no sign-in page: no script declared for it) whose lock notice opens after
 *  it has loaded. */
export function homeWithLateLockNotice(): string {
  return `<!doctype html><html lang="ja"><head><meta charset="utf-8"><title>AliExpress</title></head><body>
    <div class="home-wrap"><h2>スーパーディール</h2></div>
    <script>addEventListener('load', () => setTimeout(() => document.body.insertAdjacentHTML('beforeend',
      '<div role="dialog" aria-modal="true"><div class="title">お客様のアカウントは一時的にロックされています</div><button>ロックを解除</button></div>'), 800));</script></body></html>`;
}

/** The real amazon.com wrong-password page with the Japanese message amazon.co.jp shows. */
export function amazonJpWrongPasswordPage(): string {
  return readFileSync(path.resolve('tests/fixtures/amazon-real/post-signin-invalid-password.html'), 'utf8')
    .replace('There was a problem', '問題が発生しました。')
    .replace('Your password is incorrect', 'パスワードが正しくありません');
}
