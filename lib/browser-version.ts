/**
 * Which browser this is and how far behind the current stable release it is — offline, from a table of
 * known release dates and the release cadence beyond it (design §6).
 */

export type Engine = 'chromium' | 'gecko' | 'webkit';

export interface BrowserIdentity {
  /** Display name: "Google Chrome", "Microsoft Edge", "Firefox", … */
  name: string;
  /** The browser's own version (Opera's differs from its engine's). */
  version: string;
  engine: Engine | null;
  /** Major version of the engine: what is compared with the current stable release. */
  engineMajor: number | null;
  /** On iOS every browser is WebKit, updated with iOS itself. */
  ios: boolean;
}

export type VersionVerdict = 'up-to-date' | 'behind' | 'esr' | 'unknown';

export interface VersionStatus {
  verdict: VersionVerdict;
  /** Major versions behind the estimated current stable release (0 when up to date or unknown). */
  behind: number;
  /** Estimated current stable major of the engine, or null when not estimable. */
  currentMajor: number | null;
  /** 3+ versions behind: worth telling the user on a login page. */
  outdated: boolean;
}

export const OUTDATED_AFTER = 3;

/** Known stable releases [major, date] per engine. Add a row when a new release date is known. */
export const RELEASES: Record<'chromium' | 'gecko', Array<[major: number, date: string]>> = {
  chromium: [
    [120, '2023-12-05'],
    [132, '2025-01-14'],
    [153, '2026-09-08'],
  ],
  gecko: [
    [120, '2023-11-21'],
    [134, '2025-01-07'],
    [155, '2026-09-01'],
    [160, '2026-11-10'],
    [161, '2026-11-24'],
    [162, '2026-12-08'],
    [163, '2027-01-12'],
  ],
};
/** Both ship every 2 weeks since September 2026. */
const CADENCE_DAYS = 14;
/** Beyond the table, leave one release slot out per half year for holiday gaps: never a false alarm. */
const GAP_EVERY_DAYS = 182;
/** Firefox ESR lines still supported: far behind the rapid release on purpose. */
const FIREFOX_ESR = new Set([115, 128, 140, 153]);
const DAY_MS = 86_400_000;

/** The engine's current stable major on a date: interpolated inside the table, by cadence after it. */
export function estimateStableMajor(engine: 'chromium' | 'gecko', date: Date): number {
  const rows = RELEASES[engine].map(([major, day]) => [major, Date.parse(`${day}T00:00:00Z`)] as const);
  const t = date.getTime();
  const i = rows.findLastIndex(([, released]) => released <= t);
  if (i < 0) return rows[0]![0] - 1;
  const [major, released] = rows[i]!;
  const next = rows[i + 1];
  if (next) {
    const [nextMajor, nextReleased] = next;
    return major + Math.floor(((t - released) / (nextReleased - released)) * (nextMajor - major));
  }
  const days = (t - released) / DAY_MS;
  return major + Math.max(0, Math.floor(days / CADENCE_DAYS) - Math.floor(days / GAP_EVERY_DAYS));
}

export function versionStatus(browser: BrowserIdentity, date: Date): VersionStatus {
  const unknown: VersionStatus = { verdict: 'unknown', behind: 0, currentMajor: null, outdated: false };
  if (browser.ios || browser.engineMajor === null || (browser.engine !== 'chromium' && browser.engine !== 'gecko')) return unknown;
  const currentMajor = estimateStableMajor(browser.engine, date);
  const behind = Math.max(0, currentMajor - browser.engineMajor);
  if (behind === 0) return { verdict: 'up-to-date', behind, currentMajor, outdated: false };
  if (browser.engine === 'gecko' && FIREFOX_ESR.has(browser.engineMajor)) return { verdict: 'esr', behind: 0, currentMajor, outdated: false };
  return { verdict: 'behind', behind, currentMajor, outdated: behind >= OUTDATED_AFTER };
}

export interface Brand {
  brand: string;
  version: string;
}

/** Chromium brands whose own number is the engine's (Opera's is not: compared by its engine). */
const BRAND_NAMES: Array<[brand: string, name: string]> = [
  ['Microsoft Edge', 'Microsoft Edge'],
  ['Brave', 'Brave'],
  ['Opera', 'Opera'],
  ['Google Chrome', 'Google Chrome'],
];

/** From `navigator.userAgentData` brands (or the full version list): exact, no UA parsing. */
export function identifyFromBrands(brands: Brand[]): BrowserIdentity | null {
  const engine = brands.find((b) => b.brand === 'Chromium');
  if (!engine) return null;
  const known = BRAND_NAMES.find(([brand]) => brands.some((b) => b.brand === brand));
  // Samsung Internet, Yandex…: their own brand, shipping older engines by design: named, no verdict.
  const other = brands.find((b) => b.brand !== 'Chromium' && !/not.?a.?brand/i.test(b.brand) && !BRAND_NAMES.some(([brand]) => brand === b.brand));
  if (!known && other) return { name: other.brand, version: other.version, engine: 'chromium', engineMajor: null, ios: false };
  const own = known ? brands.find((b) => b.brand === known[0])! : engine;
  return {
    name: known ? known[1] : 'Chromium',
    version: own.version,
    engine: 'chromium',
    engineMajor: majorOf(engine.version),
    ios: false,
  };
}

/** UA patterns, most specific first: [pattern, name, engine of the version the pattern captures]. */
const UA_RULES: Array<[RegExp, string, Engine | null]> = [
  [/EdgiOS\/([\d.]+)/, 'Microsoft Edge', null],
  [/CriOS\/([\d.]+)/, 'Google Chrome', null],
  [/FxiOS\/([\d.]+)/, 'Firefox', null],
  [/SamsungBrowser\/([\d.]+)/, 'Samsung Internet', null],
  [/YaBrowser\/([\d.]+)/, 'Yandex Browser', null],
  [/OPR\/([\d.]+)/, 'Opera', null],
  [/Edg(?:e|A)?\/([\d.]+)/, 'Microsoft Edge', 'chromium'],
  [/Firefox\/([\d.]+)/, 'Firefox', 'gecko'],
  [/Chrome\/([\d.]+)/, 'Google Chrome', 'chromium'],
  [/Version\/([\d.]+).*Safari\//, 'Safari', 'webkit'],
];

/** The UA string, for browsers without client hints (Firefox, Safari) and as a fallback. */
export function identifyFromUserAgent(ua: string): BrowserIdentity {
  const ios = /\b(iPhone|iPad|iPod)\b/.test(ua);
  for (const [pattern, name, engine] of UA_RULES) {
    const version = pattern.exec(ua)?.[1];
    if (!version) continue;
    // Opera, Samsung and Yandex number themselves: compare their Chromium engine instead.
    const chromium = /Chrome\/([\d.]+)/.exec(ua)?.[1];
    if (ios) return { name, version, engine: 'webkit', engineMajor: null, ios };
    if (engine === null && chromium && name === 'Opera') return { name, version, engine: 'chromium', engineMajor: majorOf(chromium), ios };
    // Samsung Internet and Yandex ship older engines by design: no verdict rather than a false alarm.
    if (engine === null) return { name, version, engine: chromium ? 'chromium' : null, engineMajor: null, ios };
    return { name, version, engine, engineMajor: engine === 'webkit' ? null : majorOf(version), ios };
  }
  return { name: 'unknown', version: '', engine: null, engineMajor: null, ios };
}

export function majorOf(version: string): number | null {
  const major = Number.parseInt(version, 10);
  return Number.isFinite(major) ? major : null;
}
