import { fileURLToPath } from 'node:url';
import { defineConfig } from 'wxt';

// Host access is limited to the two sites we read; the reasons for every permission are in the README.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
  vite: () => ({
    resolve: {
      alias: {
        // The Markdown export runs in a worker, which has no DOM, and this package's browser build
        // decodes character references with one; its plain build uses a table instead.
        'decode-named-character-reference': fileURLToPath(new URL('./node_modules/decode-named-character-reference/index.js', import.meta.url)),
      },
    },
  }),
  // `npm run dev` opens Chrome/Chromium with the extension loaded, on the site it is for.
  webExt: {
    startUrls: ['https://www.amazon.science/'],
    // Chromium refuses to start as root without this (containers, CI boxes).
    chromiumArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
  },
  manifest: {
    name: 'Science Clipper',
    description:
      'Clip Amazon Science articles, researcher profiles and job postings; read them offline and track applications.',
    permissions: ['storage', 'unlimitedStorage', 'contextMenus'],
    host_permissions: [
      '*://amazon.science/*',
      '*://www.amazon.science/*',
      '*://amazon.jobs/*',
      '*://www.amazon.jobs/*',
      '*://cdn.amazon.science/*',
      '*://assets.amazon.science/*',
    ],
    omnibox: { keyword: 'sc' },
    commands: {
      'save-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save this page to Science Clipper',
      },
    },
  },
});
