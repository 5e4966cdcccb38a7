/** The running browser, for the content script (sync, major versions) and the popup (async, full versions). */
import { identifyFromBrands, identifyFromUserAgent, majorOf, versionStatus, type Brand, type BrowserIdentity, type VersionStatus } from './browser-version';

interface UserAgentData {
  brands: Brand[];
  getHighEntropyValues?(hints: string[]): Promise<{ fullVersionList?: Brand[] }>;
}

const uaData = () => (navigator as Navigator & { userAgentData?: UserAgentData }).userAgentData;

function thisBrowserNow(): BrowserIdentity {
  const brands = uaData()?.brands;
  return (brands && identifyFromBrands(brands)) || identifyFromUserAgent(navigator.userAgent);
}

export async function thisBrowser(): Promise<BrowserIdentity> {
  try {
    const full = await uaData()?.getHighEntropyValues?.(['fullVersionList']);
    const fromHints = full?.fullVersionList && identifyFromBrands(full.fullVersionList);
    if (fromHints) return fromHints;
  } catch {
    // Hints refused: the low-entropy brands or the UA string still name the browser.
  }
  // Firefox only (WXT's types are Chrome's).
  const runtime = browser.runtime as typeof browser.runtime & { getBrowserInfo?(): Promise<{ name: string; version: string }> };
  const info = await runtime.getBrowserInfo?.().catch(() => null);
  if (info?.name === 'Firefox') return { name: 'Firefox', version: info.version, engine: 'gecko', engineMajor: majorOf(info.version), ios: false };
  return thisBrowserNow();
}

export function statusNow(identity: BrowserIdentity): VersionStatus {
  return versionStatus(identity, new Date());
}

/** Where this browser updates itself. */
export function updateRoute(identity: BrowserIdentity): { url?: string; ja: string; en: string } {
  if (identity.ios) return { ja: '「設定」→「一般」→「ソフトウェアアップデート」でiOSを更新します。iPhoneのブラウザーは、iOSと一緒に更新されます。', en: 'Update iOS in Settings → General → Software Update. Browsers on iPhone update with iOS.' };
  switch (identity.name) {
    case 'Google Chrome':
      return { url: 'chrome://settings/help', ja: '⋮→「ヘルプ」→「Google Chrome について」で更新します。', en: 'Menu ⋮ → Help → About Google Chrome updates it.' };
    case 'Microsoft Edge':
      return { url: 'edge://settings/help', ja: '「設定」→「Microsoft Edge について」で更新します。', en: 'Settings → About Microsoft Edge updates it.' };
    case 'Brave':
      return { url: 'brave://settings/help', ja: '≡→「Brave について」で更新します。', en: 'Menu ≡ → About Brave updates it.' };
    case 'Opera':
      return { url: 'opera://update', ja: 'メニュー→「アップデートとリカバリー」で更新します。', en: 'Menu → Update & Recovery updates it.' };
    case 'Firefox':
      return { ja: '≡→「ヘルプ」→「Firefox について」で更新します。', en: 'Menu ≡ → Help → About Firefox updates it.' };
    case 'Safari':
      return { ja: 'macOSの「ソフトウェアアップデート」でSafariを更新します。', en: 'Safari updates with macOS Software Update.' };
    default:
      return { ja: 'ブラウザーの設定にある「更新」または「バージョン情報」から更新します。', en: "Use the browser's own update or About page." };
  }
}
