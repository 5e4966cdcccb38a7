import { describe, expect, it } from 'vitest';
import { estimateStableMajor, identifyFromBrands, identifyFromUserAgent, OUTDATED_AFTER_WEEKS, releaseDate, versionStatus, type BrowserIdentity } from '@/lib/browser-version';

const day = (iso: string) => new Date(`${iso}T12:00:00Z`);

describe('estimated current stable major', () => {
  it.each([
    ['chromium', '2023-12-04', 119],
    ['chromium', '2023-12-05', 120],
    ['chromium', '2025-01-14', 132],
    ['chromium', '2026-09-07', 152],
    ['chromium', '2026-09-08', 153],
    ['chromium', '2026-09-21', 153],
    ['chromium', '2026-09-22', 154],
    ['chromium', '2026-11-22', 158],
    ['chromium', '2026-12-07', 159],
    ['gecko', '2023-11-21', 120],
    ['gecko', '2026-04-21', 150],
    ['gecko', '2026-05-19', 151],
    ['gecko', '2026-07-21', 153],
    // Firefox stays on four weeks (Mozilla's release calendar): 156 on 2026-10-13, then 157, 158…
    ['gecko', '2026-10-13', 156],
    ['gecko', '2026-11-09', 156],
    ['gecko', '2026-11-10', 157],
    ['gecko', '2026-12-07', 157],
  ] as const)('%s on %s → %i', (engine, date, major) => {
    expect(estimateStableMajor(engine, day(date))).toBe(major);
  });

  it('beyond the table it never runs ahead of the cadence (late, never early)', () => {
    const inAYear = estimateStableMajor('chromium', day('2027-09-08'));
    expect(inAYear).toBeLessThanOrEqual(153 + 26);
    expect(inAYear).toBeGreaterThanOrEqual(153 + 23);
    const firefoxInAYear = estimateStableMajor('gecko', day('2027-10-13'));
    expect(firefoxInAYear).toBeLessThanOrEqual(156 + 13);
    expect(firefoxInAYear).toBeGreaterThanOrEqual(156 + 11);
  });

  it('release dates are the table rows and then one cadence apart', () => {
    expect(new Date(releaseDate('chromium', 153)).toISOString().slice(0, 10)).toBe('2026-09-08');
    expect(new Date(releaseDate('chromium', 154)).toISOString().slice(0, 10)).toBe('2026-09-22');
    expect(new Date(releaseDate('gecko', 157)).toISOString().slice(0, 10)).toBe('2026-11-10');
  });
});

describe('outdated by time behind, not by a count of versions', () => {
  const chrome = (major: number): BrowserIdentity => ({ name: 'Google Chrome', version: `${major}.0.0.0`, engine: 'chromium', engineMajor: major, ios: false });
  it.each([
    // Debian's Chromium 156 on 2026-12-07: three versions behind, but 157 shipped only 5 weeks ago.
    [156, '2026-12-07', 3, false],
    // Chrome's Extended Stable moves every 8 weeks: 8 weeks behind is normal updating.
    [154, '2026-11-17', 4, false],
    // The release after it shipped 12 weeks ago: this browser stopped updating.
    [156, '2027-01-26', 7, true],
    [150, '2026-12-07', 9, true],
  ] as const)('Chromium %i on %s: %i behind, outdated %s', (major, date, behind, outdated) => {
    expect(versionStatus(chrome(major), day(date))).toMatchObject({ verdict: 'behind', behind, outdated });
  });

  it(`turns outdated exactly ${OUTDATED_AFTER_WEEKS} weeks after the next release shipped`, () => {
    const next = releaseDate('chromium', 157);
    const justBefore = new Date(next + OUTDATED_AFTER_WEEKS * 7 * 86_400_000 - 3_600_000);
    const at = new Date(next + OUTDATED_AFTER_WEEKS * 7 * 86_400_000);
    expect(versionStatus(chrome(156), justBefore).outdated).toBe(false);
    expect(versionStatus(chrome(156), at)).toMatchObject({ outdated: true, weeksBehind: OUTDATED_AFTER_WEEKS });
  });

  it('a browser that keeps updating is never outdated, on any day of the next two years', () => {
    for (let t = Date.parse('2026-09-08T12:00:00Z'); t < Date.parse('2028-09-08T12:00:00Z'); t += 86_400_000) {
      const date = new Date(t);
      for (const engine of ['chromium', 'gecko'] as const) {
        // The current release, and the one before it (a staged roll-out, a distribution a release late).
        for (const lag of [0, 1]) {
          const major = estimateStableMajor(engine, date) - lag;
          const status = versionStatus({ name: engine, version: String(major), engine, engineMajor: major, ios: false }, date);
          expect(status.outdated, `${engine} ${major} on ${date.toISOString()}`).toBe(false);
        }
      }
    }
  });
});

const UA = {
  chrome: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/158.0.0.0 Safari/537.36',
  chromeOld: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36',
  edge: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Safari/537.36 Edg/157.0.3100.12',
  opera: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/157.0.0.0 Safari/537.36 OPR/142.0.0.0',
  firefox: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:160.0) Gecko/20100101 Firefox/160.0',
  firefoxEsr: 'Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:140.0) Gecko/20100101 Firefox/140.0',
  firefoxOld: 'Mozilla/5.0 (X11; Linux x86_64; rv:150.0) Gecko/20100101 Firefox/150.0',
  safariMac: 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/26.1 Safari/605.1.15',
  safariIos: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.6 Mobile/15E148 Safari/604.1',
  chromeIos: 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/140.0.0.0 Mobile/15E148 Safari/604.1',
  samsung: 'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/29.0 Chrome/136.0.0.0 Mobile Safari/537.36',
  unknown: 'curl/8.5.0',
};
const NOW = day('2026-11-22');

describe('browser identity and verdict (UA string)', () => {
  it.each([
    ['chrome', 'Google Chrome', 'up-to-date', 0, false],
    ['chromeOld', 'Google Chrome', 'behind', 8, true],
    ['edge', 'Microsoft Edge', 'behind', 1, false],
    ['opera', 'Opera', 'behind', 1, false],
    ['firefox', 'Firefox', 'up-to-date', 0, false],
    ['firefoxEsr', 'Firefox', 'esr', 0, false],
    ['firefoxOld', 'Firefox', 'behind', 7, true],
    ['safariMac', 'Safari', 'unknown', 0, false],
    ['safariIos', 'Safari', 'unknown', 0, false],
    ['chromeIos', 'Google Chrome', 'unknown', 0, false],
    ['samsung', 'Samsung Internet', 'unknown', 0, false],
    ['unknown', 'unknown', 'unknown', 0, false],
  ] as const)('%s → %s, %s', (key, name, verdict, behind, outdated) => {
    const browser = identifyFromUserAgent(UA[key]);
    expect(browser.name).toBe(name);
    expect(versionStatus(browser, NOW)).toMatchObject({ verdict, behind, outdated });
  });

  it('Opera is compared by its Chromium engine, not its own number', () => {
    expect(identifyFromUserAgent(UA.opera)).toMatchObject({ version: '142.0.0.0', engineMajor: 157 });
  });

  it('iOS browsers are WebKit, updated with iOS', () => {
    expect(identifyFromUserAgent(UA.chromeIos)).toMatchObject({ ios: true, engine: 'webkit' });
  });
});

describe('browser identity from client-hint brands', () => {
  const grease = { brand: 'Not?A_Brand', version: '99' };
  it.each([
    [[grease, { brand: 'Chromium', version: '158' }, { brand: 'Google Chrome', version: '158' }], 'Google Chrome', 158],
    [[{ brand: 'Microsoft Edge', version: '157' }, grease, { brand: 'Chromium', version: '157' }], 'Microsoft Edge', 157],
    [[{ brand: 'Brave', version: '150' }, { brand: 'Chromium', version: '150' }, grease], 'Brave', 150],
    [[{ brand: 'Chromium', version: '156' }, grease], 'Chromium', 156],
  ])('%j → %s', (brands, name, engineMajor) => {
    expect(identifyFromBrands(brands)).toMatchObject({ name, engineMajor, engine: 'chromium' });
  });

  it('no Chromium brand: not identifiable from brands', () => {
    expect(identifyFromBrands([grease])).toBeNull();
  });

  it('a Firefox ESR no table lists yet is an ESR by its own version string (runtime.getBrowserInfo)', () => {
    const esr: BrowserIdentity = { name: 'Firefox', version: '166.4.0esr', engine: 'gecko', engineMajor: 166, ios: false };
    expect(versionStatus(esr, day('2028-06-01'))).toMatchObject({ verdict: 'esr', outdated: false });
    expect(versionStatus({ ...esr, version: '166.4.0' }, day('2028-06-01'))).toMatchObject({ verdict: 'behind', outdated: true });
  });

  it('a browser with no engine version is never called outdated', () => {
    const odd: BrowserIdentity = { name: 'x', version: '', engine: 'chromium', engineMajor: null, ios: false };
    expect(versionStatus(odd, NOW).verdict).toBe('unknown');
  });
});
