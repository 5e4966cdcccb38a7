import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { chromeCookiePatterns, contentScriptMatches, hostPermissionPatterns, shopPagePatterns } from './lib/sites';

/** What of the site modules only the manifest uses, left out of the scripts in the page (a package test
 *  checks both ends): `matchPaths` are the manifest's match patterns, read here at build time. */
const withoutBuildTimeData = {
  name: 'login-rescue:without-build-time-data',
  transform: (code: string, id: string) =>
    /\/lib\/sites\/[\w-]+\.ts$/.test(id) ? code.replace(/\bmatchPaths: \[[^\]]*\],?/g, '') : null,
};

/** WXT's unlisted-script wrapper logs a script's start-up error with a message its logger drops in a
 *  production build (`print` returns first): the messages are left out, the error still thrown. 150 bytes
 *  gzip of every page's bootstrap (its 4 KB budget, README Performance). */
const withoutSilencedLogs = {
  name: 'login-rescue:without-silenced-logs',
  transform: (code: string, id: string) => (id.includes('virtual:wxt-unlisted-script-entrypoint') ? code.replace(/\blogger\.error\(`[^`]*`, err\);/g, '') : null),
};

export default defineConfig({
  hooks: {
    // Content scripts use the browser's own promise-based API (Chrome MV3 `chrome.*`, Firefox `browser.*`):
    // the polyfill would be half of what every page loads (see README, Dependencies). Extension pages keep it.
    'vite:build:extendConfig': (entrypoints, config) => {
      // Scripts are written as UTF-8 (as extensions' scripts must be) rather than with \u escapes, six bytes
      // for each Japanese or Chinese character of the lexicon.
      config.esbuild = { ...(config.esbuild || {}), charset: 'utf8' };
      if (!entrypoints.every((e) => e.type === 'content-script' || e.type === 'unlisted-script')) return;
      config.plugins = [...(config.plugins ?? []), withoutBuildTimeData, withoutSilencedLogs];
      const alias = config.resolve?.alias;
      if (alias && !Array.isArray(alias)) delete (alias as Record<string, string>)['wxt/browser'];
    },
  },
  modules: ['@wxt-dev/webextension-polyfill'],
  // No module-preload polyfill: it would fetch() the extension's own chunks; extension pages need none.
  vite: () => ({ plugins: [preact()], build: { modulePreload: { polyfill: false } } }),
  manifest: ({ browser }) => ({
    // Store name and description per language: public/_locales/{ja,en}/messages.json.
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // cookies + browsingData: the one-click reset of the current site's data (design §5); alarms: its undo
    // snapshot (cookie values) is dropped when undo's window ends (lib/undo-window.ts). scripting: the detector and the tips
    // are injected only into the frames that need them (README, Performance).
    permissions: ['storage', 'cookies', 'browsingData', 'alarms', 'scripting'],
    action: { default_title: '__MSG_actionTitle__' },
    // The shop's hosts over https (lib/sites); Chrome also over http, for its cookies API alone (it lists a
    // non-Secure cookie only with http access: lib/sites `chromeCookiePatterns`).
    host_permissions: [...hostPermissionPatterns(), ...(browser === 'firefox' ? [] : chromeCookiePatterns())],
    // The card's own page, framed by the tips in the sites' https pages only (components/mount-tips.ts);
    // Chrome serves it only at a per-session address that pages cannot guess.
    web_accessible_resources: [
      {
        resources: ['card.html'],
        matches: shopPagePatterns(),
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
    ],
    // Puts the keyboard in the page's card (Escape folds it away again).
    commands: { 'focus-card': { suggested_key: { default: 'Alt+Shift+L' }, description: '__MSG_focusCardCommand__' } },
    // The bootstrap, declared for sign-in pages in every frame (the background injects it into the sites'
    // other pages once loaded, and injects the detector and the tips where needed). The three are WXT
    // unlisted scripts, not content-script entrypoints: WXT's content-script wrapper adds 0.8–1 KB gzip
    // to each and announces the extension to the page with an event on `document` (README, Performance).
    content_scripts: [
      { matches: contentScriptMatches(), js: ['boot.js'], all_frames: true, run_at: 'document_idle' },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'login-rescue@example.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } },
            // Firefox for Android reads data_collection_permissions from 142 on.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
