/** The built packages: permissions pinned to the documented list, no remote code, no network APIs. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { runInContext, type Context } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { STATS_GLOBAL } from '../../lib/content/stats';
import { SITES } from '../../lib/sites';
import { CHUNKED_LANGUAGES } from '../../lib/detection/languages';
import { CHUNKED } from '../../lib/detection/lexicon/all';
import { CHROME_BUILD, FIREFOX_BUILD } from './harness';

const BUILDS = { chrome: CHROME_BUILD, firefox: FIREFOX_BUILD };
const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
/** The lexicon's languages other than Japanese and English, each a chunk injected before the detector
 *  (lib/detection/languages.ts). */
const LEXICON_CHUNKS = CHUNKED_LANGUAGES.map((lang) => `lexicon-${lang}.js`);
/** Every script that goes into the sites' pages. */
const PAGE_SCRIPTS = ['boot.js', 'detector.js', 'tips.js', ...LEXICON_CHUNKS];

/** Changing this list is a deliberate change: update the README's permission table with it. */
const PERMISSIONS = ['alarms', 'browsingData', 'cookies', 'scripting', 'storage'];
/** The host access: the shop's hosts (lib/sites, an allow-list) and the bare registrable domains, over https;
 *  Chrome also over http, for its cookies API alone (lib/sites `chromeCookiePatterns`). */
const HOSTS = [...new Set(SITES.flatMap((site) => [...site.hosts, ...site.domains]))];
const hostAccess = (browser: string) => [...HOSTS.map((h) => `https://${h}/*`), ...(browser === 'chrome' ? HOSTS.map((h) => `http://${h}/*`) : [])].sort();

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

/** Any of these in the built code is a network API the extension has no use for. */
const NETWORK = [/\bXMLHttpRequest\b/, /\bWebSocket\b/, /\bsendBeacon\b/, /\bEventSource\b/, /\bfetch\(/, /\bimportScripts\b/];
/** A sign-in page of the sites still loading (happy-dom, the extension API stubbed: messages never
 *  answered), for running a built script in as the browser would inject it. */
async function onLoadingPage(run: (window: Context) => void): Promise<void> {
  const window = new Window({ url: 'https://login.aliexpress.com/' });
  try {
    Object.defineProperty(window.document, 'readyState', { value: 'loading' });
    const event = { addListener: () => undefined, removeListener: () => undefined };
    const runtime = { id: 'test', sendMessage: () => new Promise(() => undefined), onMessage: event, onConnect: event, getURL: (path: string) => `chrome-extension://test${path}` };
    Object.assign(window, { chrome: { runtime, i18n: { getUILanguage: () => 'ja' }, storage: { onChanged: event } } });
    run(window as unknown as Context);
  } finally {
    await window.happyDOM.close();
  }
}

describe.each(Object.entries(BUILDS))('%s package', (browserName, dir) => {
  it('asks for exactly the documented permissions', () => {
    const m = manifest(dir);
    expect([...(m.permissions ?? [])].sort()).toEqual(PERMISSIONS);
    expect([...(m.host_permissions ?? [])].sort()).toEqual(hostAccess(browserName));
    for (const pattern of m.host_permissions) expect(pattern).not.toMatch(/^\*|:\/\/\*/);
    expect(m.optional_permissions ?? []).toEqual([]);
    expect(JSON.stringify(m)).not.toContain('<all_urls>');
    // One web-accessible page, the card's (its frame in the sites' pages), for the sites' https pages only;
    // Chrome serves it only at its per-session dynamic address.
    const resources = m.web_accessible_resources as Array<{ resources: string[]; matches: string[]; use_dynamic_url?: boolean }>;
    expect(resources).toHaveLength(1);
    expect(resources[0]!.resources).toEqual(['card.html']);
    // The shop's own pages, not the bare domains the cookies need (taobao.com is another shop).
    expect([...resources[0]!.matches].sort()).toEqual([...new Set(SITES.flatMap((site) => site.hosts))].map((host) => `https://${host}/*`).sort());
    expect(resources[0]!.matches).not.toContain('https://taobao.com/*');
    if (browserName === 'chrome') expect(resources[0]!.use_dynamic_url).toBe(true);
  });

  it('the scripts in the page carry no card, no Preact and no clipboard code: the card is the frame\'s own page, and the support message never passes through the page', () => {
    for (const file of PAGE_SCRIPTS) {
      const code = readFileSync(join(dir, file), 'utf8');
      expect(code, file).not.toMatch(/execCommand|navigator\.clipboard|writeText|attachShadow\(\{\s*mode:\s*["']open|__PREACT|preact/i);
    }
    expect(readFileSync(join(dir, 'tips.js'), 'utf8')).toMatch(/attachShadow\(\{\s*mode:\s*["']closed["']/);
  });

  it('the bootstrap is declared only for the sites, in all frames', () => {
    const [script] = manifest(dir).content_scripts;
    expect(script.all_frames).toBe(true);
    // https only, on the shop's own hosts.
    for (const match of script.matches) expect(HOSTS).toContain(new URL(match.replace(/\*/g, 'x')).hostname);
    for (const match of script.matches) expect(match).toMatch(/^https:\/\//);
  });

  it('keeps the strict default extension CSP (no remote or eval code)', () => {
    const csp = manifest(dir).content_security_policy;
    if (csp) expect(JSON.stringify(csp)).not.toMatch(/unsafe-eval|https?:/);
  });

  it('injects at most 4 KB gzip into every page, and 20 KB gzip of detector and one language into a sign-in page (sizes, not timings: they cannot be noisy)', () => {
    const gzip = (file: string) => gzipSync(readFileSync(join(dir, file)), { level: 9 }).length;
    const declared = manifest(dir).content_scripts.flatMap((c: { js?: string[] }) => c.js ?? []) as string[];
    // Every page gets the bootstrap; a frame whose gate opened also the detector (Japanese and English in
    // it) with its own language's chunk. The tips come only with a tip to show.
    expect(declared).toEqual(['boot.js']);
    expect(gzip('boot.js')).toBeLessThanOrEqual(4 * 1024);
    expect(gzip('detector.js')).toBeLessThanOrEqual(20 * 1024);
    for (const chunk of LEXICON_CHUNKS) expect(gzip('detector.js') + gzip(chunk), chunk).toBeLessThanOrEqual(20 * 1024);
    expect(existsSync(join(dir, 'tips.js'))).toBe(true);
  });

  it('carries each language other than Japanese and English in its own chunk, not in the detector', () => {
    const detector = readFileSync(join(dir, 'detector.js'), 'utf8');
    for (const [lang, terms] of Object.entries(CHUNKED)) {
      const chunk = readFileSync(join(dir, `lexicon-${lang}.js`), 'utf8');
      // Written as UTF-8, as in the source (wxt.config.ts).
      for (const words of Object.values(terms)) expect(chunk, lang).toContain(JSON.stringify(words).slice(1, -1));
      expect(detector, lang).not.toContain(terms['not-found']!);
    }
  });

  it('leaves the manifest\'s match patterns out of the page scripts (wxt.config.ts strips them; the manifest keeps them), and names no other service', () => {
    for (const file of PAGE_SCRIPTS) {
      const code = readFileSync(join(dir, file), 'utf8');
      expect(code).not.toContain('matchPaths');
      expect(code).not.toContain('sellercentral');
    }
    const scripts = manifest(dir).content_scripts as Array<{ matches: string[]; exclude_matches?: string[] }>;
    expect(scripts.flatMap((c) => c.matches)).toContain('https://www.aliexpress.com/*forgot*');
    expect(scripts.flatMap((c) => c.matches).join(' ')).not.toMatch(/sellercentral|aws\.amazon|brandregistry/);
  });

  it.each(PAGE_SCRIPTS)('%s ends with no pending promise (executeScript would wait for it, and Chrome holds the load event of a page still loading meanwhile)', async (file) => {
    // A page of the sites, still loading when the script comes in (the background's 3 s fallback).
    await onLoadingPage((window) => {
      const completion: unknown = runInContext(readFileSync(join(dir, file), 'utf8'), window);
      // Made in the page's realm: no `instanceof` here.
      expect(typeof (completion as { then?: unknown } | undefined)?.then).not.toBe('function');
    });
  });

  it('boot.js runs once in a frame however often it comes in (declared and injected, or injected twice)', async () => {
    await onLoadingPage((window) => {
      const boot = readFileSync(join(dir, 'boot.js'), 'utf8');
      for (let i = 0; i < 3; i++) runInContext(boot, window);
      expect((window as unknown as Record<string, { boots: number }>)[STATS_GLOBAL]!.boots).toBe(1);
    });
  });

  it("carries no WXT content-script wrapper into pages (it announces the extension on the page's document)", () => {
    for (const file of PAGE_SCRIPTS) expect(readFileSync(join(dir, file), 'utf8')).not.toMatch(/content-script-started|wxt:/);
  });

  it('contains no network API and no remote script', () => {
    const offenders: string[] = [];
    for (const file of files(dir).filter((f) => /\.(js|html)$/.test(f))) {
      const code = readFileSync(file, 'utf8');
      for (const api of NETWORK) if (api.test(code)) offenders.push(`${file.slice(dir.length)}: ${api}`);
      if (/<script[^>]+src=["']https?:/.test(code)) offenders.push(`${file}: remote script`);
    }
    expect(offenders).toEqual([]);
  });
});

/** web-ext lint's warnings that are understood: Preact's renderer contains the innerHTML assignment
 *  behind `dangerouslySetInnerHTML`, which this extension never uses (tip text is rendered as text). */
const EXPLAINED_WARNINGS = [{ code: 'UNSAFE_VAR_ASSIGNMENT', message: 'Unsafe assignment to innerHTML' }];

it('web-ext lint: the Firefox package has no errors and no unexplained warning', async () => {
  const { execFile } = await import('node:child_process');
  const stdout = await new Promise<string>((done, fail) =>
    execFile('node_modules/.bin/web-ext', ['lint', '--source-dir', BUILDS.firefox, '--output', 'json', '--no-config-discovery'], { maxBuffer: 1 << 24 }, (error, out) =>
      out ? done(out) : fail(error),
    ),
  );
  const report = JSON.parse(stdout) as { errors: unknown[]; warnings: Array<{ code: string; message: string; file?: string }> };
  expect(report.errors).toEqual([]);
  const unexplained = report.warnings.filter((w) => !EXPLAINED_WARNINGS.some((e) => e.code === w.code && e.message === w.message));
  expect(unexplained).toEqual([]);
}, 60_000);
