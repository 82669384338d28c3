import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';
import { READER_FILES } from './lib/content/page-reader';
import { OUR_PAGES } from './lib/content/pages';
import { ICON_SIZES, iconPath } from './modules/icons';

/**
 * Firefox's id for the extension: fixed, so that its storage (the whole library) survives updates
 * and reinstalls, and so that AMO accepts the package (Manifest V3 requires one).
 */
const GECKO_ID = 'science-clipper@science-clipper';

// Host access is limited to the two sites we read; the reasons for every permission are in the README.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  vite: () => ({
    resolve: {
      alias: {
        // The Markdown export runs in a worker, which has no DOM, and this package's browser build
        // decodes character references with one; its plain build uses a table instead.
        'decode-named-character-reference': fileURLToPath(
          new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url),
        ),
      },
    },
  }),
  // Manifest V3 for Firefox too (WXT's default there is V2): one set of APIs for both browsers.
  // The measurements behind that choice are in docs/firefox.md.
  manifestVersion: 3,
  // `npm run dev` opens Chrome/Chromium with the extension loaded, on the site it is for.
  webExt: {
    startUrls: ['https://www.amazon.science/'],
    // Chromium refuses to start as root without this (containers, CI boxes).
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  },
  manifest: ({ browser }) => ({
    name: 'Science Clipper',
    description: 'Clip Amazon Science articles, researcher profiles and job postings; read them offline and track applications.',
    permissions: ['storage', 'unlimitedStorage', 'contextMenus', 'alarms'],
    // Asked for the first time the user switches follow-up reminders on (options page).
    optional_permissions: ['notifications'],
    // https only: an address of ours over http is never clipped, saved or fetched.
    host_permissions: [
      'https://amazon.science/*',
      'https://www.amazon.science/*',
      'https://amazon.jobs/*',
      'https://www.amazon.jobs/*',
      'https://cdn.amazon.science/*',
      'https://assets.amazon.science/*',
    ],
    action: { default_icon: Object.fromEntries(ICON_SIZES.map((size) => [size, iconPath(size)])) },
    omnibox: { keyword: 'sc' },
    // The content script's second stage (the page reader, and the card reader for job buttons),
    // imported by it on demand (lib/content/page-reader.ts).
    // Only our sites' pages may load them, and only under a per-session address (use_dynamic_url),
    // so no page can probe for the extension by its fixed id.
    web_accessible_resources: [
      { resources: Object.values(READER_FILES).map((file) => file.slice(1)), matches: OUR_PAGES, use_dynamic_url: true },
    ],
    commands: {
      'save-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save this page to Science Clipper',
      },
    },
    ...(browser === 'firefox' && {
      browser_specific_settings: {
        gecko: {
          id: GECKO_ID,
          // 140 is the first release (and ESR) that reads data_collection_permissions.
          strict_min_version: '140.0',
          // Nothing leaves the browser: no server, no account, no analytics.
          data_collection_permissions: { required: ['none'] },
        },
        // Firefox for Android reads data_collection_permissions from 142 on.
        gecko_android: { strict_min_version: '142.0' },
      },
    }),
  }),
});
