import { defineConfig } from 'wxt';
import { OUR_PAGES } from './lib/content/pages';

// Host access is limited to the two sites we read; the reasons for every permission are in the README.
export default defineConfig({
  modules: ['@wxt-dev/module-react', '@wxt-dev/webextension-polyfill'],
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
    // The content script's second stage, imported by it on demand (lib/content/page-reader.ts).
    // Only our sites' pages may load it, and only under a per-session address (use_dynamic_url),
    // so no page can probe for the extension by its fixed id.
    web_accessible_resources: [{ resources: ['page-reader.js'], matches: OUR_PAGES, use_dynamic_url: true }],
    commands: {
      'save-page': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: 'Save this page to Science Clipper',
      },
    },
  },
});
