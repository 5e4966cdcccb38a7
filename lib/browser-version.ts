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
  /** Whole weeks since the next major after this one shipped (0 when up to date or unknown). */
  weeksBehind: number;
  /** Estimated current stable major of the engine, or null when not estimable. */
  currentMajor: number | null;
  /** Behind for longer than a browser that updates normally ever is: worth naming as a cause. */
  outdated: boolean;
}

/**
 * A browser is outdated when the release after its own shipped this many weeks ago or more. Time, not a
 * count of versions: a browser that updates normally is never called outdated — Chrome's Extended Stable
 * moves every 8 weeks, roll-outs are staged over about a week, and distributions' packages lag a few
 * more (Debian's Chromium, Firefox through a distribution).
 */
export const OUTDATED_AFTER_WEEKS = 12;

/**
 * Known stable releases [major, date] per engine; between two rows the dates are interpolated. Sources
 * (README, Browser-version table): Chrome's announcement of the two-week cycle from 153 on 2026-09-08;
 * Mozilla's release calendar (whattrainisitnow.com) for Firefox, which stays on four weeks.
 */
export const RELEASES: Record<'chromium' | 'gecko', Array<[major: number, date: string]>> = {
  chromium: [
    [120, '2023-12-05'],
    [132, '2025-01-14'],
    [153, '2026-09-08'],
  ],
  gecko: [
    [120, '2023-11-21'],
    [134, '2025-01-07'],
    [150, '2026-04-21'],
    [151, '2026-05-19'],
    [153, '2026-07-21'],
    [156, '2026-10-13'],
  ],
};
/** The cadence after each table's last row: Chrome every 2 weeks since 153, Firefox every 4. */
export const CADENCE_DAYS: Record<'chromium' | 'gecko', number> = { chromium: 14, gecko: 28 };
/** Beyond the table, one release slot left out per half year (holiday gaps): releases are estimated late,
 *  never early, so that the estimate never calls a browser behind before it is. */
const GAP_EVERY_DAYS = 182;
/** Firefox ESR lines still supported: far behind the rapid release on purpose. */
const FIREFOX_ESR = new Set([115, 128, 140, 153]);
const DAY_MS = 86_400_000;
const WEEK_MS = 7 * DAY_MS;

const rowsOf = (engine: 'chromium' | 'gecko') => RELEASES[engine].map(([major, day]) => [major, Date.parse(`${day}T00:00:00Z`)] as const);

/** When the engine's `major` shipped (or is estimated to ship): interpolated inside the table, by the
 *  cadence before and after it (late rather than early beyond its end). */
export function releaseDate(engine: 'chromium' | 'gecko', major: number): number {
  const rows = rowsOf(engine);
  const [firstMajor, firstDate] = rows[0]!;
  if (major <= firstMajor) return firstDate - (firstMajor - major) * 28 * DAY_MS;
  const i = rows.findLastIndex(([m]) => m <= major);
  const [m, d] = rows[i]!;
  const next = rows[i + 1];
  if (next) return d + ((major - m) / (next[0] - m)) * (next[1] - d);
  const days = (major - m) * CADENCE_DAYS[engine];
  // Each half year that passes leaves one more slot out.
  return d + (days + Math.floor(days / (GAP_EVERY_DAYS - CADENCE_DAYS[engine])) * CADENCE_DAYS[engine]) * DAY_MS;
}

/** The engine's current stable major on a date: the newest major shipped by then. */
export function estimateStableMajor(engine: 'chromium' | 'gecko', date: Date): number {
  const t = date.getTime();
  let major = rowsOf(engine)[0]![0] - 1;
  while (releaseDate(engine, major + 1) <= t) major++;
  return major;
}

export function versionStatus(browser: BrowserIdentity, date: Date): VersionStatus {
  const unknown: VersionStatus = { verdict: 'unknown', behind: 0, weeksBehind: 0, currentMajor: null, outdated: false };
  if (browser.ios || browser.engineMajor === null || (browser.engine !== 'chromium' && browser.engine !== 'gecko')) return unknown;
  const currentMajor = estimateStableMajor(browser.engine, date);
  const behind = Math.max(0, currentMajor - browser.engineMajor);
  if (behind === 0) return { verdict: 'up-to-date', behind, weeksBehind: 0, currentMajor, outdated: false };
  // An ESR says so in its version (runtime.getBrowserInfo(): "153.8.0esr"); the known lines cover the UA string.
  if (browser.engine === 'gecko' && (FIREFOX_ESR.has(browser.engineMajor) || /esr$/i.test(browser.version))) return { verdict: 'esr', behind: 0, weeksBehind: 0, currentMajor, outdated: false };
  const weeksBehind = Math.max(0, Math.floor((date.getTime() - releaseDate(browser.engine, browser.engineMajor + 1)) / WEEK_MS));
  return { verdict: 'behind', behind, weeksBehind, currentMajor, outdated: weeksBehind >= OUTDATED_AFTER_WEEKS };
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
